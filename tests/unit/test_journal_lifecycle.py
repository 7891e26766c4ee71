"""Creating and opening journals: never a new empty journal, never a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.errors import (
    JournalDamaged,
    JournalExists,
    JournalNotFound,
    KeyringUnavailable,
    WrongSecret,
)
from app.files import JournalFiles
from app.journal import create_journal, keyring_secret, open_journal
from app.records.entries import EntryFields
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind
from tests.helpers.journals import FAST_ARGON2, NewJournal
from tests.helpers.keystores import MemoryKeystore


class BrokenKeystore(MemoryKeystore):
    def set_secret(self, journal_id: str, secret: bytes) -> None:
        raise KeyringUnavailable("it is locked and could not be unlocked")


def test_new_journal_files_are_private(new_journal: NewJournal) -> None:
    folder = new_journal.files.folder
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path.name


def test_keyring_journal_reopens_with_keyring_and_recovery(
    new_journal: NewJournal, keystore: MemoryKeystore
) -> None:
    entry = new_journal.journal.entries.add(EntryFields(body="first words"))
    new_journal.journal.close()
    for secret in (
        keyring_secret(new_journal.files, keystore),
        SlotSecret.recovery(new_journal.recovery),
    ):
        with open_journal(new_journal.files, secret) as reopened:
            assert reopened.entries.get(entry.id).body == "first words"


def test_passphrase_journal_has_no_keyring_slot(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal, _ = create_journal(
        files, passphrase="evening light", keystore=keystore, argon2=FAST_ARGON2
    )
    journal.close()
    assert set(journal.vault.kinds()) == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}
    assert keystore.secrets == {}
    with open_journal(files, SlotSecret.passphrase("evening light")):
        pass


def test_keyring_failure_at_setup_writes_nothing(files: JournalFiles) -> None:
    with pytest.raises(KeyringUnavailable):
        create_journal(files, keystore=BrokenKeystore())
    assert not files.folder.exists() or not any(files.folder.iterdir())


def test_create_never_replaces_a_journal(new_journal: NewJournal, keystore: MemoryKeystore) -> None:
    before = new_journal.files.key_slots.read_bytes()
    with pytest.raises(JournalExists):
        create_journal(new_journal.files, keystore=keystore)
    assert new_journal.files.key_slots.read_bytes() == before


def test_wrong_passphrase_is_a_known_error_and_changes_nothing(files: JournalFiles) -> None:
    journal, _ = create_journal(files, passphrase="right", argon2=FAST_ARGON2)
    journal.close()
    snapshot = {p.name: p.read_bytes() for p in files.folder.iterdir()}
    with pytest.raises(WrongSecret):
        open_journal(files, SlotSecret.passphrase("wrong"))
    after = {p.name: p.read_bytes() for p in files.folder.iterdir()}
    history = snapshot.pop("access-history")  # the attempt is added, sealed (test_access_history)
    assert after.pop("access-history").startswith(history)
    assert after == snapshot


def test_missing_journal_is_never_created_on_open(tmp_path: Path) -> None:
    files = JournalFiles(tmp_path / "nothing-here")
    with pytest.raises(JournalNotFound):
        open_journal(files, SlotSecret.passphrase("x"))
    assert not files.folder.exists()


def test_missing_database_beside_key_file_is_reported(new_journal: NewJournal) -> None:
    new_journal.journal.close()
    new_journal.files.database.rename(new_journal.files.folder / "moved.db")
    with pytest.raises(JournalNotFound, match="key file is here"):
        open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery))
    assert not new_journal.files.database.exists()


def test_flipped_bit_in_page_one_is_damage_not_wrong_key(new_journal: NewJournal) -> None:
    new_journal.journal.close()
    _flip_bit(new_journal.files.database, 100)
    with pytest.raises(JournalDamaged):
        open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery))


def test_flipped_bit_in_a_later_page_is_found_by_verify(new_journal: NewJournal) -> None:
    journal = new_journal.journal
    for number in range(40):
        journal.entries.add(EntryFields(body=f"entry {number} " + "words " * 200))
    journal.close()
    size = new_journal.files.database.stat().st_size
    _flip_bit(new_journal.files.database, size - 2000)
    with open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery)) as reopened:
        report = reopened.verify()
    assert not report.ok
    assert any("HMAC" in problem or "page" in problem for problem in report.problems)


def test_key_file_of_another_journal_is_refused(tmp_path: Path) -> None:
    one, two = JournalFiles(tmp_path / "one"), JournalFiles(tmp_path / "two")
    j1, _ = create_journal(one, passphrase="same", argon2=FAST_ARGON2)
    j2, _ = create_journal(two, passphrase="same", argon2=FAST_ARGON2)
    j1.close()
    j2.close()
    os.replace(two.key_slots, one.key_slots)
    with pytest.raises(JournalDamaged):
        open_journal(one, SlotSecret.passphrase("same"))


def test_rotation_rekeys_and_every_slot_still_opens(
    new_journal: NewJournal, keystore: MemoryKeystore
) -> None:
    journal = new_journal.journal
    entry = journal.entries.add(EntryFields(body="still here"))
    old_database = new_journal.files.database.read_bytes()
    journal.rotate_key(
        [SlotSecret.recovery(new_journal.recovery), keyring_secret(new_journal.files, keystore)]
    )
    journal.entries.add(EntryFields(body="after rotation"))
    journal.close()
    assert new_journal.files.database.read_bytes()[:4096] != old_database[:4096]
    for secret in (
        keyring_secret(new_journal.files, keystore),
        SlotSecret.recovery(new_journal.recovery),
    ):
        with open_journal(new_journal.files, secret) as reopened:
            assert reopened.entries.get(entry.id).body == "still here"
            assert reopened.verify().ok


def test_crash_after_staging_keeps_the_old_key(
    new_journal: NewJournal, keystore: MemoryKeystore
) -> None:
    """A rotation interrupted before the re-key: the old key opens and is kept."""
    journal = new_journal.journal
    journal.vault.stage_rotation(
        b"\x01" * 32,
        [SlotSecret.recovery(new_journal.recovery), keyring_secret(new_journal.files, keystore)],
    )
    journal.close()
    with open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery)) as reopened:
        assert not reopened.vault.is_mid_rotation()
        assert reopened.verify().ok


def test_crash_after_rekey_keeps_the_new_key(
    new_journal: NewJournal, keystore: MemoryKeystore
) -> None:
    """A rotation interrupted after the re-key, before the key file settled."""
    from app.storage.maintenance import rekey

    journal = new_journal.journal
    fresh = b"\x02" * 32
    journal.vault.stage_rotation(
        fresh,
        [SlotSecret.recovery(new_journal.recovery), keyring_secret(new_journal.files, keystore)],
    )
    rekey(journal._db, fresh)
    journal.close()
    with open_journal(new_journal.files, keyring_secret(new_journal.files, keystore)) as reopened:
        assert not reopened.vault.is_mid_rotation()
        assert reopened.vault.candidate_keys(SlotSecret.recovery(new_journal.recovery)) == [fresh]


def test_backup_copy_opens_on_its_own(new_journal: NewJournal, tmp_path: Path) -> None:
    journal = new_journal.journal
    journal.entries.add(EntryFields(body="kept in the copy"))
    target = tmp_path / "copy" / "journal.db"
    target.parent.mkdir()
    report = journal.backup_to(target)
    assert report.ok and report.entries == 1
    copy = JournalFiles(target.parent)
    Path(f"{target}.keys").rename(copy.key_slots)
    with open_journal(copy, SlotSecret.recovery(new_journal.recovery)) as opened:
        assert opened.entries.summaries()[0].headline == "kept in the copy"


def _flip_bit(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def test_data_version_changes_when_another_connection_writes(new_journal: NewJournal) -> None:
    journal = new_journal.journal
    before = journal.data_version()
    journal.entries.add(EntryFields(body="own write"))
    assert journal.data_version() == before  # our own commits do not count
    with open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery)) as other:
        other.entries.add(EntryFields(body="from the CLI"))
    assert journal.data_version() != before


def test_checkpoint_folds_the_log_into_the_database(new_journal: NewJournal) -> None:
    journal = new_journal.journal
    for number in range(50):
        journal.entries.add(EntryFields(body=f"evening {number} " + "words " * 100))
    wal = Path(f"{new_journal.files.database}-wal")
    assert wal.stat().st_size > 0  # no automatic checkpoint inside the saves
    before = new_journal.files.database.stat().st_size
    journal.checkpoint()
    assert new_journal.files.database.stat().st_size > before
    journal.close()
    with open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery)) as reopened:
        assert reopened.entries.count() == 50
        assert reopened.verify().ok
