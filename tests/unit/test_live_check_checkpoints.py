"""While the check after opening reads the file, nothing is checkpointed into it.

The check's HMAC pass reads the database file's pages directly. A checkpoint
copying the log into the file at that moment could rewrite a page as it is read
and make a sound journal look damaged (a 1,000-kill campaign once saw it, with a
~40 MB log). Real SQLCipher files here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.records.entries import EntryFields
from app.storage import maintenance
from app.storage.connection import WAL_AUTOCHECKPOINT_PAGES, open_connection
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

KEYS: dict[str, bytes] = {}


def open_journal_with_log(files: JournalFiles) -> Journal:
    journal, _ = create_journal(files, keystore=MemoryKeystore(), argon2=FAST_ARGON2)
    KEYS[str(files.folder)] = journal._key
    journal.checkpoint()
    return journal


def key_of(files: JournalFiles) -> bytes:
    return KEYS[str(files.folder)]


def autocheckpoint(journal: Journal) -> int:
    return int(journal._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_checkpoints_wait_for_the_check_and_resume_after(files: JournalFiles) -> None:
    journal = open_journal_with_log(files)
    try:
        before = file_bytes(files.database)
        check = journal.live_check()
        assert autocheckpoint(journal) == 0  # SQLite copies nothing on its own meanwhile
        journal.entries.add(EntryFields(title="During the check", body="words " * 400))
        journal.checkpoint()  # the idle checkpoint is skipped too
        assert file_bytes(files.database) == before
        report = check.run()
        assert report is not None and report.ok
        journal.live_check_ended()
        assert autocheckpoint(journal) == WAL_AUTOCHECKPOINT_PAGES
        journal.checkpoint()
        assert file_bytes(files.database) != before  # the log went in once it ended
    finally:
        journal.close()


def test_a_backup_during_the_check_copies_page_by_page_and_leaves_the_file(
    files: JournalFiles, tmp_path: Path
) -> None:
    journal = open_journal_with_log(files)
    try:
        journal.entries.add(EntryFields(title="Before the backup", body="words " * 400))
        before = file_bytes(files.database)
        check = journal.live_check()
        report = journal.backup_to(tmp_path / "backup.db")
        assert report.ok and report.entries == 1
        assert file_bytes(files.database) == before  # nothing was checkpointed into it
        assert check.run() is not None
        journal.live_check_ended()
        assert journal.backup_to(tmp_path / "second.db").entries == 1
        assert file_bytes(files.database) != before  # the fast copy checkpoints first
    finally:
        journal.close()


def test_ending_after_the_journal_closed_is_quiet(files: JournalFiles) -> None:
    journal = open_journal_with_log(files)
    journal.live_check()
    journal.close()
    journal.live_check_ended()  # a lock while the check ran: nothing to restore
    assert os.path.exists(files.database)


def test_a_page_read_mid_checkpoint_is_looked_at_again(
    files: JournalFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a log beside the file, a failed HMAC is read again; a passing second read wins."""
    journal = open_journal_with_log(files)
    try:
        journal.entries.add(EntryFields(title="In the log", body="words"))
        assert Path(f"{files.database}-wal").stat().st_size > 0
        answers = [["HMAC verification failed for page 7"], []]
        calls: list[int] = []

        def torn_then_sound(connection: object) -> list[str]:
            calls.append(1)
            return answers[min(len(calls), len(answers)) - 1]

        monkeypatch.setattr(maintenance, "_hmac_findings", torn_then_sound)
        assert maintenance.lasting_hmac_findings(journal._db) == []
        assert len(calls) == 2
    finally:
        journal.close()


def test_a_changed_bit_is_reported_every_time(files: JournalFiles) -> None:
    """A real flipped bit in a page, with a log beside the file: still found after the retries."""
    journal = open_journal_with_log(files)
    journal.entries.add(EntryFields(title="Kept", body="words " * 200))
    journal.close()  # the log goes into the file
    page = 4096
    with files.database.open("r+b") as handle:
        handle.seek(2 * page + 100)
        byte = handle.read(1)
        handle.seek(2 * page + 100)
        handle.write(bytes([byte[0] ^ 0x10]))
    connection = open_connection(files.database, key_of(files))
    try:
        Path(f"{files.database}-wal").write_bytes(b"\0" * 32)  # as if a log were beside it
        findings = maintenance.lasting_hmac_findings(connection)
        assert findings and "page 3" in findings[0]
    finally:
        connection.close()


def test_without_a_log_a_finding_is_not_waited_on(
    files: JournalFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = open_journal_with_log(files)
    journal.close()
    calls: list[int] = []

    def always(connection: object) -> list[str]:
        calls.append(1)
        return ["HMAC verification failed for page 2"]

    monkeypatch.setattr(maintenance, "_hmac_findings", always)
    connection = open_connection(files.database, key_of(files))
    try:
        Path(f"{files.database}-wal").unlink(missing_ok=True)
        assert maintenance.lasting_hmac_findings(connection)
        assert len(calls) == 1
    finally:
        connection.close()
