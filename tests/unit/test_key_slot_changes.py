"""Slot changes read the key file as it is now, and never lose a way in.

Two holders of one journal (the app and a command, here two ``Journal`` objects as
two processes would have) each change slots; every change lands on the other's,
nothing comes back that was removed, and refusals undo what they began.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import DiskFull, JournalBusy, KeyringUnavailable, WrongSecret
from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.vault import slots as slots_module
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind, read_slot_file
from tests.helpers.cli import Cli
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

PASSPHRASE = "the long way round"


@pytest.fixture
def made(files: JournalFiles, keystore: MemoryKeystore) -> tuple[JournalFiles, RecoveryKey]:
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(EntryFields(body="still here"))
    return files, recovery


def _open(files: JournalFiles, secret: SlotSecret) -> Journal:
    return open_journal(files, secret, argon2=FAST_ARGON2)


def _opens(files: JournalFiles, secret: SlotSecret) -> bool:
    try:
        with _open(files, secret) as journal:
            return journal.entries.count() == 1
    except WrongSecret:
        return False


def _keyring(files: JournalFiles, keystore: MemoryKeystore) -> SlotSecret:
    slot_file = read_slot_file(files.key_slots)
    slot = slot_file.find(SlotKind.KEYRING)
    assert slot is not None
    secret = keystore.get_secret(slot.keyring_item(slot_file.journal_id))
    assert secret is not None
    return SlotSecret.device(secret)


def test_a_change_made_elsewhere_is_kept_by_the_next_change_here(
    made: tuple[JournalFiles, RecoveryKey], keystore: MemoryKeystore
) -> None:
    """The reported loss: app open, `keys set-passphrase`, then the app's new recovery key."""
    files, recovery = made
    app = _open(files, _keyring(files, keystore))
    with _open(files, SlotSecret.recovery(recovery)) as command:
        command.set_passphrase(PASSPHRASE, keystore)
    assert keystore.secrets == {}  # the keyring secret went with its slot
    new_key = app.replace_recovery_key(lambda _key: None)
    app.close()
    assert read_slot_file(files.key_slots).kinds() == [SlotKind.RECOVERY, SlotKind.PASSPHRASE]
    assert keystore.secrets == {}  # nothing came back
    assert _opens(files, SlotSecret.passphrase(PASSPHRASE))
    assert _opens(files, SlotSecret.recovery(new_key))
    assert not _opens(files, SlotSecret.recovery(recovery))


@pytest.mark.parametrize("elsewhere", ["set_passphrase", "remove_passphrase", "new_recovery"])
@pytest.mark.parametrize("here", ["set_passphrase", "enroll_keyring", "new_recovery"])
def test_changes_from_two_holders_both_land(
    made: tuple[JournalFiles, RecoveryKey],
    keystore: MemoryKeystore,
    elsewhere: str,
    here: str,
) -> None:
    files, recovery = made
    first = _open(files, SlotSecret.recovery(recovery))
    second = _open(files, SlotSecret.recovery(recovery))
    secrets = {"recovery": SlotSecret.recovery(recovery)}
    try:
        secrets.update(_change(second, elsewhere, keystore, "elsewhere"))
        secrets.update(_change(first, here, keystore, "here"))
    finally:
        second.close()
        first.close()
    for name, secret in secrets.items():
        assert _opens(files, secret), name
    for kind in read_slot_file(files.key_slots).kinds():
        if kind == SlotKind.KEYRING:
            assert _opens(files, _keyring(files, keystore))


def _change(
    journal: Journal, what: str, keystore: MemoryKeystore, who: str
) -> dict[str, SlotSecret]:
    if what == "set_passphrase":
        journal.set_passphrase(f"{PASSPHRASE} {who}", keystore)
        return {"passphrase": SlotSecret.passphrase(f"{PASSPHRASE} {who}")}
    if what == "remove_passphrase":
        journal.set_passphrase(PASSPHRASE, keystore)
        journal.remove_passphrase(keystore)
        return {}
    if what == "enroll_keyring":
        journal.enroll_keyring(keystore)
        return {}
    key = journal.replace_recovery_key(lambda _key: None)
    return {"recovery": SlotSecret.recovery(key)}


def test_a_new_recovery_key_not_yet_shown_leaves_the_old_one_working(
    made: tuple[JournalFiles, RecoveryKey],
) -> None:
    files, recovery = made
    shown: list[RecoveryKey] = []

    def crash_while_showing(key: RecoveryKey) -> None:
        shown.append(key)
        raise KeyboardInterrupt  # the process ends before the showing was confirmed

    with _open(files, SlotSecret.recovery(recovery)) as journal, pytest.raises(KeyboardInterrupt):
        journal.replace_recovery_key(crash_while_showing)
    assert read_slot_file(files.key_slots).pending_recovery() is not None
    assert _opens(files, SlotSecret.recovery(recovery))  # the old one, still
    assert read_slot_file(files.key_slots).pending_recovery() is not None  # both still work
    assert _opens(files, SlotSecret.recovery(shown[0]))  # the new one: its holder has it...
    assert read_slot_file(files.key_slots).pending_recovery() is None
    assert not _opens(files, SlotSecret.recovery(recovery))  # ...so the old one goes


def test_a_refused_keyring_change_undoes_its_new_keyring_item(
    made: tuple[JournalFiles, RecoveryKey],
    keystore: MemoryKeystore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The key file can't be written (a full disk): the keyring keeps only what works."""
    files, recovery = made
    before = dict(keystore.secrets)

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    with _open(files, SlotSecret.recovery(recovery)) as journal:
        monkeypatch.setattr(slots_module, "write_private_file_atomically", full_disk)
        with pytest.raises(DiskFull, match="the disk is full"):  # said calmly, not a crash
            journal.enroll_keyring(keystore)
    assert keystore.secrets == before
    assert _opens(files, _keyring(files, keystore))


def test_renewing_the_keyring_secret_uses_a_new_item_and_forgets_the_old(
    made: tuple[JournalFiles, RecoveryKey], keystore: MemoryKeystore
) -> None:
    files, recovery = made
    (old_item,) = keystore.secrets
    with _open(files, SlotSecret.recovery(recovery)) as journal:
        journal.enroll_keyring(keystore)
    (new_item,) = keystore.secrets
    assert new_item != old_item and new_item.startswith(old_item + ".")
    assert _opens(files, _keyring(files, keystore))


def test_a_keyring_that_refuses_the_new_secret_changes_nothing(
    made: tuple[JournalFiles, RecoveryKey], keystore: MemoryKeystore
) -> None:
    files, recovery = made
    before = files.key_slots.read_bytes()

    class Refusing(MemoryKeystore):
        def set_secret(self, item: str, secret: bytes) -> None:
            raise KeyringUnavailable("it is locked")

    refusing = Refusing()
    refusing.secrets = keystore.secrets
    with _open(files, SlotSecret.recovery(recovery)) as journal, pytest.raises(KeyringUnavailable):
        journal.enroll_keyring(refusing)
    assert files.key_slots.read_bytes() == before


def test_a_slot_change_waits_for_another_writer_then_says_busy(
    made: tuple[JournalFiles, RecoveryKey], monkeypatch: pytest.MonkeyPatch
) -> None:
    files, recovery = made
    import fcntl
    import os

    monkeypatch.setattr(slots_module, "LOCK_WAIT_SECONDS", 0.2)
    holder = os.open(f"{files.key_slots}.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        with _open(files, SlotSecret.recovery(recovery)) as journal, pytest.raises(JournalBusy):
            journal.replace_recovery_key(lambda _key: None)
    finally:
        os.close(holder)
    assert read_slot_file(files.key_slots).pending_recovery() is None


def test_rotation_refuses_a_wrong_passphrase_before_changing_anything(
    files: JournalFiles,
) -> None:
    """A mistyped passphrase used to be wrapped in: after the rotation only it opened."""
    journal, recovery = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    with journal:
        before = files.key_slots.read_bytes()
        with pytest.raises(WrongSecret):
            journal.rotate_key(
                [SlotSecret.recovery(recovery), SlotSecret.passphrase("not the passphrase")]
            )
    assert files.key_slots.read_bytes() == before
    assert _opens_any(files, SlotSecret.passphrase(PASSPHRASE))


def _opens_any(files: JournalFiles, secret: SlotSecret) -> bool:
    with _open(files, secret):
        return True


def test_rotation_keeps_the_recovery_key_offered_and_drops_an_unconfirmed_one(
    made: tuple[JournalFiles, RecoveryKey], keystore: MemoryKeystore
) -> None:
    files, recovery = made
    with _open(files, SlotSecret.recovery(recovery)) as journal:
        with pytest.raises(KeyboardInterrupt):
            journal.replace_recovery_key(_interrupted)
        journal.rotate_key([SlotSecret.recovery(recovery), _keyring(files, keystore)])
    data = json.loads(files.key_slots.read_text())
    assert [slot["kind"] for slot in data["slots"]].count("recovery") == 1
    assert _opens(files, SlotSecret.recovery(recovery))


def _interrupted(_key: RecoveryKey) -> None:
    raise KeyboardInterrupt


def test_keys_status_says_when_two_recovery_keys_open_the_journal(
    made: tuple[JournalFiles, RecoveryKey], cli: Cli
) -> None:
    files, recovery = made
    assert json.loads(cli("keys", "status", "--json").stdout)["two_recovery_keys"] is False
    with _open(files, SlotSecret.recovery(recovery)) as journal, pytest.raises(KeyboardInterrupt):
        journal.replace_recovery_key(_interrupted)
    status = cli("keys", "status")
    assert "two recovery keys" in status.stdout
    assert json.loads(cli("keys", "status", "--json").stdout)["two_recovery_keys"] is True
