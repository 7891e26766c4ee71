"""Every way the keyring can fail ends on the calm unlock screen, never in a new journal.

Against a real Secret Service (gnome-keyring-daemon on a private D-Bus, started by
``scripts/with-test-keyring``) and the real window as ``threshold-gui`` builds it
(``build_window`` with the system keyring): no Secret Service at all, the keyring
locked, the journal's item wiped, a stale item, and a second computer that has only
a backup and the recovery key. Each time the window says why in plain words, the
journal's files are untouched, and the recovery key (or the passphrase) opens it.
"""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring.backend
import keyring.core
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.ui.launch import build_window
from app.ui.main_window import MainWindow
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from tests.helpers.cli import run_threshold
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keyring import (
    current_item,
    forget_keyring_item,
    stored_secret,
    unlock_default_collection,
    wipe_keyring_item,
)

pytestmark = pytest.mark.keyring_integration

BODIES = ("The first morning on my own.", "A letter I did not send.")
PASSPHRASE = "a lantern in the hallway"
BARE_BUS_CONFIG = """<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass(frozen=True)
class Made:
    files: JournalFiles
    recovery: RecoveryKey
    journal_id: str
    keyring_item: str | None  # the item's secret as created (None for a passphrase)


# ---------------------------------------------------------------------- helpers


def make_journal(folder: Path, *, passphrase: str | None = None) -> Made:
    """A journal with two entries, opening with the keyring (or a passphrase)."""
    files = JournalFiles(folder)
    keystore = None if passphrase else SystemKeystore()
    journal, recovery = create_journal(
        files, keystore=keystore, passphrase=passphrase, argon2=FAST_ARGON2
    )
    with journal:
        for body in BODIES:
            journal.entries.add(EntryFields(body=body))
        journal_id = journal.vault.journal_id
    return Made(files, recovery, journal_id, stored_secret(journal_id))


def fingerprint(files: JournalFiles) -> dict[str, str]:
    """A hash of every file in the journal's folder: proof nothing was written."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(files.folder.iterdir())
        if path.is_file() and path.name != "access-history"  # notes each try, sealed, by design
    }


def open_window(qtbot: QtBot, folder: Path) -> MainWindow:
    """The window exactly as ``threshold-gui`` starts it, with the system keyring."""
    window = build_window(folder)
    qtbot.addWidget(window)
    window.resize(900, 650)
    window.show()
    qtbot.waitExposed(window)
    return window


def assert_calm_unlock(window: MainWindow, *phrases: str) -> None:
    """The unlock screen: the reason above, the recovery key field focused, no journal."""
    unlock = window.unlock
    assert window.stack.currentWidget() is unlock
    assert not window.controller.is_open()
    reason = unlock._status.text()
    assert "keyring" in reason
    for phrase in phrases:
        assert phrase in reason, reason
    assert unlock.is_showing_recovery()
    assert window.focusWidget() is unlock._recovery.field  # the way that works, not the failed one
    assert unlock._keyring.property("primary") == "false"
    assert not any(action.isEnabled() for action in window.commands.journal_actions())


def type_recovery_key(qtbot: QtBot, window: MainWindow, recovery: RecoveryKey) -> None:
    """Type the key as a person would (lower case, spaces) and press Enter."""
    field = window.unlock._recovery.field
    qtbot.keyClicks(field, str(recovery).lower().replace("-", " "))
    qtbot.keyClick(field, Qt.Key.Key_Return)


def assert_journal_shown(window: MainWindow) -> None:
    """Every earlier entry is there: the journal, not a new empty one."""
    assert window.stack.currentWidget() is window.journal_page
    journal = window.controller.journal
    bodies = {journal.entries.get(s.id).body for s in journal.entries.summaries()}
    assert bodies == set(BODIES)
    assert window.journal_page.timeline.model.rowCount() > 0


def status_message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# ---------------------------------------------------------------------- fixtures


@pytest.fixture
def made(tmp_path: Path) -> Iterator[Made]:
    created = make_journal(tmp_path / "journal")
    yield created
    forget_keyring_item(created.journal_id)


@pytest.fixture
def fresh_keyring_discovery() -> Iterator[None]:
    """keyring with nothing discovered yet, as in a fresh app; its caches are put back after.

    Discovery without a Secret Service would otherwise stay cached for later tests.
    """
    viable = keyring.backend.get_all_keyring.__dict__
    before = keyring.core._keyring_backend, viable.pop("saved_result", None)
    keyring.core._keyring_backend = None
    yield
    viable.pop("saved_result", None)
    keyring.core._keyring_backend, saved = before
    if saved is not None:
        viable["saved_result"] = saved


@pytest.fixture
def bare_bus(tmp_path: Path) -> Iterator[str]:
    """A session bus with no Secret Service on it (and none it could start)."""
    config = tmp_path / "bare-bus.conf"
    sockets = tmp_path / "bus"
    sockets.mkdir()
    config.write_text(BARE_BUS_CONFIG.format(folder=sockets))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


# ---------------------------------------------------------------------- (1) no Secret Service


@pytest.mark.parametrize("bus", ["no bus at all", "a bus without a keyring"])
def test_without_a_secret_service_the_recovery_key_opens_it(
    qtbot: QtBot,
    made: Made,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fresh_keyring_discovery: None,
    request: pytest.FixtureRequest,
    bus: str,
) -> None:
    address = (
        f"unix:path={tmp_path / 'no-bus'}"
        if bus == "no bus at all"
        else request.getfixturevalue("bare_bus")
    )
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    before = fingerprint(made.files)

    window = open_window(qtbot, made.files.folder)

    assert_calm_unlock(window, "no keyring service is running")
    window.unlock._keyring.click()  # trying again says the same, calmly
    assert window.stack.currentWidget() is window.unlock
    assert fingerprint(made.files) == before  # nothing written, no new journal
    type_recovery_key(qtbot, window, made.recovery)
    assert_journal_shown(window)
    assert status_message(window) == ""  # no keyring to renew: nothing claimed


def test_a_passphrase_journal_never_needs_the_keyring(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_journal(tmp_path / "journal", passphrase=PASSPHRASE)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")

    window = open_window(qtbot, made.files.folder)

    assert window.stack.currentWidget() is window.unlock
    assert window.unlock._status.text() == ""  # nothing failed: just the passphrase
    assert not window.unlock._keyring.isVisibleTo(window.unlock)
    qtbot.keyClicks(window.unlock._passphrase.field, PASSPHRASE)
    qtbot.keyClick(window.unlock._passphrase.field, Qt.Key.Key_Return)
    assert_journal_shown(window)


# ---------------------------------------------------------------------- (2) locked


def test_a_locked_keyring_says_so_and_the_recovery_key_opens_it(
    qtbot: QtBot, made: Made, locked_collection: None
) -> None:
    before = fingerprint(made.files)

    window = open_window(qtbot, made.files.folder)

    assert_calm_unlock(window, "locked")
    type_recovery_key(qtbot, window, made.recovery)
    assert_journal_shown(window)
    window.close()
    assert fingerprint(made.files)["journal.keys"] == before["journal.keys"]  # slot kept
    unlock_default_collection()
    assert stored_secret(made.journal_id) == made.keyring_item
    assert open_window(qtbot, made.files.folder).controller.is_open()  # unlocked: straight in


def test_unlocking_the_keyring_meanwhile_lets_try_again_open_it(
    qtbot: QtBot, made: Made, locked_collection: None
) -> None:
    window = open_window(qtbot, made.files.folder)
    assert_calm_unlock(window, "locked")
    unlock_default_collection()  # the person unlocks it in the desktop, then tries again
    window.unlock._keyring.click()
    assert_journal_shown(window)


# ---------------------------------------------------------------------- (3) wiped, or stale


@pytest.mark.parametrize("damage", ["wiped", "stale"])
def test_a_wiped_or_stale_keyring_item_is_renewed_by_the_recovery_key(
    qtbot: QtBot, made: Made, damage: str
) -> None:
    if damage == "wiped":
        wipe_keyring_item(made.journal_id)
        phrase = "no longer holds this journal's secret"
    else:  # an item with another secret (say, restored from an older setup)
        SystemKeystore().set_secret(made.journal_id, os.urandom(32))
        phrase = "Your recovery key still does"
    before = fingerprint(made.files)

    window = open_window(qtbot, made.files.folder)

    assert_calm_unlock(window, phrase)
    assert fingerprint(made.files) == before
    type_recovery_key(qtbot, window, made.recovery)
    assert_journal_shown(window)
    assert "keyring opens your journal again" in status_message(window)
    window.close()
    renewed = stored_secret(current_item(made.files.folder))
    assert stored_secret(made.journal_id) is None  # the old item went with its slot
    assert renewed is not None and len(base64.b64decode(renewed)) == 32
    again = open_window(qtbot, made.files.folder)
    assert_journal_shown(again)  # the next start opens straight away


# ---------------------------------------------------------------------- (4) a second computer


def test_a_second_computer_with_only_a_backup_and_the_recovery_key(
    qtbot: QtBot, made: Made, tmp_path: Path
) -> None:
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    key_file = tmp_path / "recovery-key.txt"
    key_file.write_text(f"{made.recovery}\n")
    backed_up = run_threshold("backup", "--to", str(usb), data_dir=made.files.folder)
    assert backed_up.returncode == 0, backed_up.stderr
    (backup,) = usb.glob("threshold-*.db")
    wipe_keyring_item(made.journal_id)  # the new computer's keyring never held it
    second = tmp_path / "second-computer" / "Threshold"

    restored = run_threshold(
        "restore", str(backup), "--recovery-key-file", str(key_file), "--yes", data_dir=second
    )

    assert restored.returncode == 0, restored.stderr
    assert b"Restored 2 entries" in restored.stdout
    assert b"Traceback" not in restored.stderr
    window = open_window(qtbot, second)
    assert_calm_unlock(window, "no longer holds this journal's secret")
    type_recovery_key(qtbot, window, made.recovery)
    assert_journal_shown(window)
    assert "keyring opens your journal again" in status_message(window)
    window.close()
    assert stored_secret(current_item(second)) is not None  # a fresh slot on this computer
    again = open_window(qtbot, second)
    assert_journal_shown(again)  # the next start opens straight away
    listed = run_threshold("list", data_dir=second)  # and the CLI too, without a key
    assert listed.returncode == 0, listed.stderr
