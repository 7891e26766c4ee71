"""Restoring a backup into place: the current journal is kept aside, never deleted."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from app import restore_swap
from app.backup import keys_beside, make_backup, restore_backup
from app.errors import DiskFull, JournalBusy, JournalDamaged, WrongSecret
from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.records.entries import EntryFields
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.keystores import MemoryKeystore

NOW = dt.datetime(2024, 5, 1, 20, 0, tzinfo=dt.UTC)


@pytest.fixture
def setup(tmp_path: Path, keystore: MemoryKeystore) -> tuple[JournalFiles, Path, RecoveryKey]:
    """A closed journal with 3 entries whose backup holds 2."""
    files = JournalFiles(tmp_path / "journal")
    journal, recovery = create_journal(files, keystore=keystore)
    with journal:
        for number in range(2):
            journal.entries.add(EntryFields(body=f"kept {number}"))
        backup = make_backup(journal, tmp_path / "usb", NOW).path
        journal.entries.add(EntryFields(body="written after the backup"))
    return files, backup, recovery


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "journal.lock"
    }


def _count(files: JournalFiles, recovery: RecoveryKey) -> int:
    with open_journal(files, SlotSecret.recovery(recovery)) as journal:
        return journal.entries.count()


def test_restore_keeps_the_current_journal_aside(
    setup: tuple[JournalFiles, Path, RecoveryKey],
) -> None:
    files, backup, recovery = setup
    before = files.database.read_bytes()
    aside = restore_backup(files, backup, SlotSecret.recovery(recovery), NOW)
    assert aside == files.folder / "replaced-20240501-200000"
    assert (aside / "journal.db").read_bytes() == before
    assert (aside / "journal.keys").is_file()
    assert _count(files, recovery) == 2
    assert _count(JournalFiles(aside), recovery) == 3


def test_restore_over_a_damaged_journal(setup: tuple[JournalFiles, Path, RecoveryKey]) -> None:
    files, backup, recovery = setup
    data = bytearray(files.database.read_bytes())
    for offset in range(10, len(data), 4096):
        data[offset] ^= 0xFF
    files.database.write_bytes(bytes(data))
    with pytest.raises(JournalDamaged):
        open_journal(files, SlotSecret.recovery(recovery))
    aside = restore_backup(files, backup, SlotSecret.recovery(recovery), NOW)
    assert aside is not None and (aside / "journal.db").read_bytes() == bytes(data)
    assert _count(files, recovery) == 2


def test_restore_onto_a_new_machine(
    setup: tuple[JournalFiles, Path, RecoveryKey], tmp_path: Path
) -> None:
    _, backup, recovery = setup
    fresh = JournalFiles(tmp_path / "new-machine")
    assert restore_backup(fresh, backup, SlotSecret.recovery(recovery), NOW) is None
    assert _count(fresh, recovery) == 2


def test_a_damaged_backup_is_refused_and_nothing_changes(
    setup: tuple[JournalFiles, Path, RecoveryKey],
) -> None:
    files, backup, recovery = setup
    data = bytearray(backup.read_bytes())
    data[2 * 4096 + 500] ^= 0x01
    backup.write_bytes(bytes(data))
    before = _fingerprint(files.folder)
    with pytest.raises(JournalDamaged):
        restore_backup(files, backup, SlotSecret.recovery(recovery), NOW)
    assert _fingerprint(files.folder) == before


def test_a_wrong_secret_is_refused_and_nothing_changes(
    setup: tuple[JournalFiles, Path, RecoveryKey],
) -> None:
    files, backup, _ = setup
    before = _fingerprint(files.folder)
    with pytest.raises(WrongSecret):
        restore_backup(files, backup, SlotSecret.recovery(RecoveryKey.generate()), NOW)
    assert _fingerprint(files.folder) == before


def test_restore_refuses_while_the_journal_is_open(
    setup: tuple[JournalFiles, Path, RecoveryKey],
) -> None:
    files, backup, recovery = setup
    with open_journal(files, SlotSecret.recovery(recovery)):
        before = _fingerprint(files.folder)
        with pytest.raises(JournalBusy):
            restore_backup(files, backup, SlotSecret.recovery(recovery), NOW)
        assert _fingerprint(files.folder) == before


def test_a_full_disk_while_copying_in_changes_nothing(
    setup: tuple[JournalFiles, Path, RecoveryKey], monkeypatch: pytest.MonkeyPatch
) -> None:
    files, backup, recovery = setup
    before = _fingerprint(files.folder)

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore_swap, "write_private_file_atomically", full_disk)
    with pytest.raises(DiskFull, match="Nothing was changed"):
        restore_backup(files, backup, SlotSecret.recovery(recovery), NOW)
    assert _fingerprint(files.folder) == before
    assert not list(files.folder.glob("replaced-*"))
    assert not list(files.folder.glob(".*restoring"))
    assert _count(files, recovery) == 3
    assert keys_beside(backup).is_file()
