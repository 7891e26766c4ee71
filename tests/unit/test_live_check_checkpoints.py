"""While the check after opening reads the file, nothing is checkpointed into it.

The check's HMAC pass reads the database file's pages directly. A checkpoint
copying the log into the file at that moment could rewrite a page as it is read
and make a sound journal look damaged (a 1,000-kill campaign once saw it, with a
~40 MB log). Real SQLCipher files here.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.storage.connection import WAL_AUTOCHECKPOINT_PAGES
from app.storage.models import EntryFields
from tests.conftest import FAST_ARGON2, MemoryKeystore


def open_journal_with_log(files: JournalFiles) -> Journal:
    journal, _ = create_journal(files, keystore=MemoryKeystore(), argon2=FAST_ARGON2)
    journal.checkpoint()
    return journal


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


def test_ending_after_the_journal_closed_is_quiet(files: JournalFiles) -> None:
    journal = open_journal_with_log(files)
    journal.live_check()
    journal.close()
    journal.live_check_ended()  # a lock while the check ran: nothing to restore
    assert os.path.exists(files.database)
