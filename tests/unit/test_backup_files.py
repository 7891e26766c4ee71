"""Making, listing and checking real encrypted backups (SQLCipher files)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from app import files as files_module
from app.backup import (
    back_up_if_due,
    describe_backup,
    keys_beside,
    list_backups,
    make_backup,
    newest_good_backup,
)
from app.backup.backups import NOT_THIS_KEY
from app.errors import JournalDamaged, WrongSecret
from app.files import JournalFiles
from app.journal import Journal, check_backup, create_journal, keyring_secret
from app.records.entries import EntryFields
from app.storage import maintenance
from app.storage.maintenance import IntegrityReport
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2, NewJournal
from tests.helpers.keystores import MemoryKeystore

NOW = dt.datetime(2024, 5, 1, 20, 30, 15, tzinfo=dt.UTC)
PAGE = 4096


def _write(journal: Journal, count: int) -> None:
    for number in range(count):
        journal.entries.add(EntryFields(body=f"entry {number} " + "words " * 200))


def test_backup_is_private_verified_and_named_by_time(new_journal: NewJournal) -> None:
    _write(new_journal.journal, 3)
    folder = new_journal.files.backups
    info = make_backup(new_journal.journal, folder, NOW)
    assert info.path == folder / "threshold-20240501-203015.db"
    assert (info.entries, info.when, info.size) == (3, NOW, info.path.stat().st_size)
    for path in (info.path, keys_beside(info.path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys_beside(info.path).read_bytes() == new_journal.files.key_slots.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name, f"{info.path.name}.keys"]


def test_backup_opens_on_another_machine_with_the_recovery_key(
    new_journal: NewJournal, tmp_path: Path
) -> None:
    _write(new_journal.journal, 2)
    info = make_backup(new_journal.journal, tmp_path / "usb", NOW)
    elsewhere = tmp_path / "other-machine"
    elsewhere.mkdir()
    copy = elsewhere / info.path.name
    copy.write_bytes(info.path.read_bytes())
    keys_beside(copy).write_bytes(keys_beside(info.path).read_bytes())
    report = check_backup(copy, keys_beside(copy), SlotSecret.recovery(new_journal.recovery))
    assert report.ok and report.entries == 2


def test_backup_of_a_passphrase_journal_opens_with_the_passphrase(tmp_path: Path) -> None:
    files = JournalFiles(tmp_path / "journal")
    journal, _ = create_journal(files, passphrase="a long quiet walk", argon2=FAST_ARGON2)
    with journal:
        _write(journal, 1)
        info = make_backup(journal, tmp_path / "usb", NOW)
    keys = keys_beside(info.path)
    assert check_backup(info.path, keys, SlotSecret.passphrase("a long quiet walk")).entries == 1
    with pytest.raises(WrongSecret):
        check_backup(info.path, keys, SlotSecret.passphrase("not it"))


def test_failed_verification_leaves_nothing_that_looks_like_a_backup(
    new_journal: NewJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Page by page (the log could not be emptied) and the copy fails its full check."""
    monkeypatch.setattr(maintenance, "_has_log", lambda _connection: True)
    monkeypatch.setattr(
        maintenance, "check_integrity", lambda _c: IntegrityReport(problems=["HMAC page 3"])
    )
    folder = tmp_path / "usb"
    with pytest.raises(JournalDamaged):
        make_backup(new_journal.journal, folder, NOW)
    assert list(folder.iterdir()) == []


def test_a_short_copy_leaves_nothing(
    new_journal: NewJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file's bytes were copied, but fewer than the journal has."""

    def short(source: int, target: int) -> int:
        written = os.write(target, os.read(source, 1000))
        os.lseek(source, 0, os.SEEK_END)
        return written

    monkeypatch.setattr(files_module, "_kernel_copy", short)
    folder = tmp_path / "usb"
    with pytest.raises(JournalDamaged):
        make_backup(new_journal.journal, folder, NOW)
    assert list(folder.iterdir()) == []


def test_a_backup_is_the_journals_own_bytes_and_has_no_log(
    new_journal: NewJournal, tmp_path: Path
) -> None:
    _write(new_journal.journal, 3)
    info = make_backup(new_journal.journal, tmp_path / "usb", NOW)
    assert info.entries == 3
    assert sorted(p.name for p in info.path.parent.iterdir()) == sorted(
        [info.path.name, keys_beside(info.path).name]
    )
    report = check_backup(
        info.path, keys_beside(info.path), SlotSecret.recovery(new_journal.recovery)
    )
    assert report.ok and report.entries == 3


def test_back_up_if_due_runs_at_most_daily(new_journal: NewJournal) -> None:
    folder = new_journal.files.backups
    assert back_up_if_due(new_journal.journal, folder, NOW) is not None
    assert back_up_if_due(new_journal.journal, folder, NOW + dt.timedelta(hours=23)) is None
    assert back_up_if_due(new_journal.journal, folder, NOW + dt.timedelta(hours=24)) is not None


def test_list_backups_newest_first_with_counts(new_journal: NewJournal) -> None:
    journal, folder = new_journal.journal, new_journal.files.backups
    make_backup(journal, folder, NOW)
    _write(journal, 2)
    make_backup(journal, folder, NOW + dt.timedelta(days=1))
    listed = list_backups(folder, journal)
    assert [info.entries for info in listed] == [2, 0]
    assert listed[0].when > listed[1].when
    assert [info.entries for info in list_backups(folder)] == [None, None]


def test_a_backup_from_before_a_key_change_still_opens_with_its_own_slots(
    new_journal: NewJournal, keystore: MemoryKeystore
) -> None:
    journal, folder = new_journal.journal, new_journal.files.backups
    _write(journal, 1)
    info = make_backup(journal, folder, NOW)
    recovery = SlotSecret.recovery(new_journal.recovery)
    journal.rotate_key([recovery, keyring_secret(new_journal.files, keystore)])
    assert describe_backup(journal, info.path).note == NOT_THIS_KEY
    good = newest_good_backup(folder, recovery)
    assert good is not None and good.path == info.path and good.entries == 1


def test_newest_good_backup_passes_over_a_damaged_one(new_journal: NewJournal) -> None:
    journal, folder = new_journal.journal, new_journal.files.backups
    older = make_backup(journal, folder, NOW)
    newer = make_backup(journal, folder, NOW + dt.timedelta(days=1))
    _flip(newer.path, 2 * PAGE + 100)
    good = newest_good_backup(folder, SlotSecret.recovery(new_journal.recovery))
    assert good is not None and good.path == older.path


def test_every_flipped_page_of_a_backup_is_detected(new_journal: NewJournal) -> None:
    _write(new_journal.journal, 39)
    gone = new_journal.journal.entries.add(EntryFields(body="purged " * 2000))
    new_journal.journal.entries.trash(gone.id)
    new_journal.journal.entries.purge(gone.id)  # free pages are checked too
    info = make_backup(new_journal.journal, new_journal.files.backups, NOW)
    original = info.path.read_bytes()
    pages = len(original) // PAGE
    assert pages > 20
    recovery = SlotSecret.recovery(new_journal.recovery)
    for page in range(pages):
        _flip(info.path, page * PAGE + 1000)
        assert not _passes(info.path, recovery), f"a flip in page {page + 1} went unnoticed"
        info.path.write_bytes(original)
    assert _passes(info.path, recovery)


def _passes(path: Path, secret: SlotSecret) -> bool:
    try:
        return check_backup(path, keys_beside(path), secret).ok
    except JournalDamaged:
        return False


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_odd_and_partial_files_named_like_backups_are_listed_as_such(
    new_journal: NewJournal,
) -> None:
    """An interrupted upgrade's backup (cut short, no keys) or a stray file never breaks a list."""
    journal, folder = new_journal.journal, new_journal.files.backups
    good = make_backup(journal, folder, NOW).path
    (folder / "threshold-20240101-000000.db").write_bytes(b"")
    (folder / "threshold-20240102-000000.db").write_bytes(good.read_bytes()[:5000])
    (folder / "threshold-20240102-000000.db.keys").write_text("[[[")
    (folder / "threshold-20240103-000000.db").mkdir()
    (folder / "before-upgrade-from-v3-20240104T000000Z.db").write_bytes(b"junk")
    for full in (False, True):
        listed = {info.path.name: info for info in list_backups(folder, journal, full=full)}
        assert listed[good.name].entries == journal.entries.count()
        for name in (
            "threshold-20240101-000000.db",
            "threshold-20240102-000000.db",
            "before-upgrade-from-v3-20240104T000000Z.db",
        ):
            assert listed[name].entries is None and listed[name].note, name
        assert "threshold-20240103-000000.db" not in listed
    newest = newest_good_backup(folder, SlotSecret.recovery(new_journal.recovery))
    assert newest is not None and newest.path == good
