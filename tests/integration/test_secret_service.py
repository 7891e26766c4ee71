"""Threshold against a real Secret Service (gnome-keyring-daemon on a private D-Bus).

Run through ``scripts/with-test-keyring``, which starts an unlocked, throwaway login
keyring; without it the module is skipped (the ``keyring_integration`` mark).
The CLI runs in real subprocesses; secrets go through the environment or files only.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService

from app import APP_ID
from app.errors import KeyringUnavailable
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.vault import Vault
from tests.helpers.keyring import (
    KeyringJournal,
    Run,
    add_entry,
    create_keyring_journal,
    current_item,
    forget_keyring_item,
    secret_tool,
    stored_secret,
    succeeds,
    threshold,
    wipe_keyring_item,
)

pytestmark = pytest.mark.keyring_integration

EXIT_UNLOCK = 3
PASSPHRASE = "a long walk by the river"


# ---------------------------------------------------------------------- helpers


def assert_cannot_unlock(result: Run, *phrases: str) -> None:
    """Exit 3 with one plain line on stderr containing every phrase."""
    assert result.status == EXIT_UNLOCK, (result.status, result.stderr)
    assert result.stderr.startswith("threshold: ")
    assert result.stderr.count("\n") == 1, result.stderr
    for phrase in phrases:
        assert phrase in result.stderr


def keyring_item(journal_id: str) -> dict[str, str]:
    """What ``secret-tool search`` shows of the journal's item ({} when there is none).

    It prints the label and secret on stdout and the attributes on stderr.
    """
    found = secret_tool("search", "--all", "service", APP_ID, "username", journal_id)
    assert found.returncode == 0, found.stderr
    lines = (found.stdout + found.stderr).splitlines()
    pairs = (line.partition(" = ") for line in lines if " = " in line)
    return {name: value for name, _, value in pairs}


def database_key(journal: KeyringJournal) -> bytes:
    """The database key, unwrapped from the recovery slot."""
    recovery = RecoveryKey.parse(journal.recovery_key_file.read_text())
    (key,) = Vault.load(journal.key_slots).candidate_keys(SlotSecret.recovery(recovery))
    return key


def opens_with(folder: Path) -> list[str]:
    status = succeeds(threshold("keys", "status", "--json", folder=folder))
    kinds: list[str] = json.loads(status.stdout)["opens_with"]
    return kinds


# ---------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def no_secrets_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    monkeypatch.delenv("THRESHOLD_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[KeyringJournal]:
    """A journal made by ``threshold init`` that opens with the keyring (or recovery key)."""
    created = create_keyring_journal(tmp_path / "journal", tmp_path / "recovery-key.txt")
    yield created
    forget_keyring_item(created.journal_id)


# ---------------------------------------------------------------------- SystemKeystore itself


def test_keyring_detection_in_this_run_is_the_secret_service() -> None:
    """The unit tests' fake backends are not chained in ahead of the real one."""
    assert isinstance(keyring.get_keyring(), SecretService.Keyring)


def test_system_keystore_round_trips_through_the_secret_service() -> None:
    keystore, journal_id, secret = SystemKeystore(), str(uuid.uuid4()), os.urandom(32)
    keystore.set_secret(journal_id, secret)
    try:
        assert keystore.get_secret(journal_id) == secret
        assert stored_secret(journal_id) == base64.b64encode(secret).decode()
    finally:
        keystore.delete_secret(journal_id)
    assert keystore.get_secret(journal_id) is None
    keystore.delete_secret(journal_id)  # quiet when already gone


def test_system_keystore_reports_a_locked_collection(locked_collection: None) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        SystemKeystore().get_secret(str(uuid.uuid4()))
    assert "locked" in caught.value.cause


# ---------------------------------------------------------------------- the CLI, process by process


def test_fresh_processes_open_through_the_keyring(journal: KeyringJournal) -> None:
    entry_id = add_entry(journal.folder, "First light", "The kettle, the window, the quiet.")

    listed = succeeds(threshold("list", folder=journal.folder))
    shown = succeeds(threshold("show", entry_id, folder=journal.folder))

    assert "First light" in listed.stdout
    assert "The kettle, the window, the quiet." in shown.stdout


def test_keys_status_says_it_opens_with_the_computer_login(journal: KeyringJournal) -> None:
    status = succeeds(threshold("keys", "status", folder=journal.folder))
    assert "the computer login (system keyring)" in status.stdout
    assert "your recovery key" in status.stdout
    assert opens_with(journal.folder) == ["keyring", "recovery"]


def test_the_keyring_item_is_found_by_service_and_journal_id(journal: KeyringJournal) -> None:
    item = keyring_item(journal.journal_id)
    assert item["attribute.service"] == APP_ID
    assert item["attribute.username"] == journal.journal_id
    assert item["secret"] == stored_secret(journal.journal_id)


def test_the_keyring_holds_a_device_secret_not_the_database_key(journal: KeyringJournal) -> None:
    text = stored_secret(journal.journal_id)
    assert text is not None
    device_secret = base64.b64decode(text, validate=True)
    assert len(device_secret) == 32
    assert device_secret != database_key(journal)


def test_the_key_file_holds_no_secret(journal: KeyringJournal) -> None:
    key_file = journal.key_slots.read_text()
    text = stored_secret(journal.journal_id)
    assert text is not None
    device_secret = base64.b64decode(text)
    recovery = RecoveryKey.parse(journal.recovery_key_file.read_text())
    stored_values = {
        base64.b64decode(value)
        for slot in json.loads(key_file)["slots"]
        for value in [slot["salt"], *(v for w in slot["wrapped"] for v in w.values())]
    }

    assert text not in key_file
    assert device_secret not in stored_values
    assert database_key(journal) not in stored_values
    assert base64.b64encode(database_key(journal)).decode() not in key_file
    assert database_key(journal).hex() not in key_file.lower()
    assert str(recovery) not in key_file


def test_a_wiped_keyring_is_explained(journal: KeyringJournal) -> None:
    wipe_keyring_item(journal.journal_id)
    listed = threshold("list", folder=journal.folder)
    assert_cannot_unlock(listed, "no longer holds this journal's secret", "--recovery-key-file")


def test_recover_re_enrolls_a_wiped_keyring(journal: KeyringJournal) -> None:
    old_secret = stored_secret(journal.journal_id)
    wipe_keyring_item(journal.journal_id)

    recovery_key = ["--recovery-key-file", str(journal.recovery_key_file)]
    recovered = threshold("keys", "recover", *recovery_key, folder=journal.folder)

    assert "keyring opens your journal again" in succeeds(recovered).stdout
    assert stored_secret(current_item(journal.folder)) not in (None, old_secret)
    succeeds(threshold("list", folder=journal.folder))


def test_set_passphrase_removes_the_keyring_item(journal: KeyringJournal) -> None:
    new_passphrase = {"THRESHOLD_NEW_PASSPHRASE": PASSPHRASE}
    succeeds(threshold("keys", "set-passphrase", folder=journal.folder, env=new_passphrase))

    assert keyring_item(journal.journal_id) == {}
    assert opens_with(journal.folder) == ["recovery", "passphrase"]
    assert_cannot_unlock(threshold("list", folder=journal.folder), "passphrase")
    succeeds(threshold("list", folder=journal.folder, env={"THRESHOLD_PASSPHRASE": PASSPHRASE}))


def test_remove_passphrase_re_enrolls_the_keyring(journal: KeyringJournal) -> None:
    new_passphrase = {"THRESHOLD_NEW_PASSPHRASE": PASSPHRASE}
    succeeds(threshold("keys", "set-passphrase", folder=journal.folder, env=new_passphrase))

    passphrase = {"THRESHOLD_PASSPHRASE": PASSPHRASE}
    succeeds(threshold("keys", "remove-passphrase", folder=journal.folder, env=passphrase))

    assert stored_secret(current_item(journal.folder)) is not None
    assert opens_with(journal.folder) == ["keyring", "recovery"]
    succeeds(threshold("list", folder=journal.folder))


def test_rotate_changes_the_key_and_every_slot_still_opens(journal: KeyringJournal) -> None:
    add_entry(journal.folder, "Before the change", "Written under the old key.")
    old_key, old_secret = database_key(journal), stored_secret(journal.journal_id)
    recovery_key = ["--recovery-key-file", str(journal.recovery_key_file)]

    succeeds(threshold("keys", "rotate", *recovery_key, folder=journal.folder))

    assert database_key(journal) != old_key
    assert stored_secret(journal.journal_id) == old_secret  # re-wrapped, not re-enrolled
    assert opens_with(journal.folder) == ["keyring", "recovery"]
    for unlocking in ([], recovery_key):
        listed = succeeds(threshold("list", *unlocking, folder=journal.folder))
        assert "Before the change" in listed.stdout


def test_a_locked_keyring_is_explained(journal: KeyringJournal, locked_collection: None) -> None:
    listed = threshold("list", folder=journal.folder)
    assert_cannot_unlock(listed, "locked", "--recovery-key-file")


def test_a_locked_keyring_still_lets_the_recovery_key_open_it(
    journal: KeyringJournal, locked_collection: None
) -> None:
    recovery_key = ["--recovery-key-file", str(journal.recovery_key_file)]
    succeeds(threshold("list", *recovery_key, folder=journal.folder))


@pytest.mark.parametrize("bus", ["unset", "missing socket"])
def test_without_dbus_the_cli_explains_quickly(
    journal: KeyringJournal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bus: str
) -> None:
    with monkeypatch.context() as patch:
        if bus == "unset":
            patch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
        else:
            patch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
        started = time.monotonic()
        listed = threshold("list", folder=journal.folder)
        elapsed = time.monotonic() - started

    assert_cannot_unlock(listed, "no keyring service", "--recovery-key-file")
    assert elapsed < 5


def test_init_without_dbus_writes_nothing_and_suggests_a_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    no_bus = {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}"}

    created = threshold("init", folder=folder, env=no_bus)

    assert_cannot_unlock(created, "no keyring service", "passphrase instead")
    assert not folder.exists()


# ---------------------------------------------------------------------- a second computer


@pytest.fixture
def second_computer(journal: KeyringJournal, tmp_path: Path) -> Path:
    """Only journal.db and journal.keys, copied to a new folder; this keyring forgot it."""
    add_entry(journal.folder, "Carried over", "Copied to the new laptop.")
    folder = tmp_path / "second-computer"
    folder.mkdir(mode=0o700)
    for name in ("journal.db", "journal.keys"):
        shutil.copy2(journal.folder / name, folder / name)
    wipe_keyring_item(journal.journal_id)
    return folder


def test_a_copied_journal_opens_with_the_recovery_key(
    journal: KeyringJournal, second_computer: Path
) -> None:
    assert_cannot_unlock(threshold("list", folder=second_computer), "no longer holds")
    recovery_key = ["--recovery-key-file", str(journal.recovery_key_file)]
    listed = succeeds(threshold("list", *recovery_key, folder=second_computer))
    assert "Carried over" in listed.stdout


def test_a_copied_journal_can_enroll_the_new_keyring(
    journal: KeyringJournal, second_computer: Path
) -> None:
    recovery_key = ["--recovery-key-file", str(journal.recovery_key_file)]
    succeeds(threshold("keys", "recover", *recovery_key, folder=second_computer))
    listed = succeeds(threshold("list", folder=second_computer))
    assert "Carried over" in listed.stdout
