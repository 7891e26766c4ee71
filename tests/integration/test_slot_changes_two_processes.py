"""A slot change by a command while the app holds the journal, then one by the app.

The app (here a child process that opens the journal exactly as the window does,
through the real keyring) keeps its journal open for hours; meanwhile a command in
a terminal may change how it opens. Each pair below is one such afternoon; after
it, every way in that the two changes leave must open the journal, nothing removed
may come back, and the command line must open it the way ``keys status`` says.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.errors import KnownError
from app.files import JournalFiles
from app.journal import create_journal, keyring_secret, open_journal
from app.records.entries import EntryFields
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import run_threshold
from tests.helpers.paths import REPO

pytestmark = pytest.mark.keyring_integration

FIRST, SECOND = "written in the terminal", "chosen in the window"


@dataclass
class Made:
    files: JournalFiles
    recovery: RecoveryKey
    key_file: Path


@pytest.fixture
def made(tmp_path: Path) -> Iterator[Made]:
    files = JournalFiles(tmp_path / "journal")
    journal, recovery = create_journal(files, keystore=SystemKeystore())
    with journal:
        journal.entries.add(EntryFields(body="one entry"))
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(f"{recovery}\n")
    yield Made(files, recovery, key_file)
    _forget_keyring_items(files)


class App:
    """The child holding the journal open; ``change`` sends one command."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.hold_open_and_change_slots", str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
            text=True,
        )
        assert self._line() == "open", self.process.stderr.read()  # type: ignore[union-attr]

    def change(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._line()

    def quit(self) -> None:
        """Close the journal and end the child; its pipes are closed too."""
        assert self.process.stdin is not None
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
        self.process.communicate(timeout=30)

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()


def _terminal(made: Made, *argv: str, env: dict[str, str] | None = None) -> str:
    done = run_threshold(*argv, data_dir=made.files.folder, env=env)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


def _opens(made: Made, secret: SlotSecret | None) -> bool:
    if secret is None:
        return False
    try:
        with open_journal(made.files, secret) as journal:
            return journal.entries.count() == 1
    except KnownError:
        return False


def _keyring(made: Made) -> SlotSecret | None:
    try:
        return keyring_secret(made.files, SystemKeystore())
    except KnownError:
        return None


def _opens_with(made: Made) -> list[str]:
    status = json.loads(_terminal(made, "keys", "status", "--json"))
    return sorted(status["opens_with"])


def _forget_keyring_items(files: JournalFiles) -> None:
    import secretstorage

    from app import APP_ID

    connection = secretstorage.dbus_init()
    try:
        for item in secretstorage.get_default_collection(connection).search_items(
            {"service": APP_ID}
        ):
            if item.get_attributes().get("username", "").startswith(_journal_id(files)):
                item.delete()
    finally:
        connection.close()


def _journal_id(files: JournalFiles) -> str:
    return str(json.loads(files.key_slots.read_text())["journal_id"])


def test_terminal_passphrase_then_window_recovery_key(made: Made) -> None:
    """The reported loss: the window wrote back its stale copy of the slots."""
    app = App(made.files.folder)
    try:
        _terminal(made, "keys", "set-passphrase", env={"THRESHOLD_NEW_PASSPHRASE": FIRST})
        answer = app.change("new-recovery")
    finally:
        app.quit()
    new_key = RecoveryKey.parse(answer.removeprefix("recovery-key "))
    assert _opens_with(made) == ["passphrase", "recovery"]
    assert _keyring(made) is None  # the secret went with the slot and did not come back
    assert _opens(made, SlotSecret.passphrase(FIRST))
    assert _opens(made, SlotSecret.recovery(new_key))
    assert not _opens(made, SlotSecret.recovery(made.recovery))
    _terminal(made, "list", env={"THRESHOLD_PASSPHRASE": FIRST})


def test_terminal_passphrase_then_window_keyring(made: Made) -> None:
    app = App(made.files.folder)
    try:
        _terminal(made, "keys", "set-passphrase", env={"THRESHOLD_NEW_PASSPHRASE": FIRST})
        assert app.change("enroll-keyring") == "done"
    finally:
        app.quit()
    assert _opens_with(made) == ["keyring", "passphrase", "recovery"]
    assert _opens(made, _keyring(made))
    assert _opens(made, SlotSecret.passphrase(FIRST))
    _terminal(made, "list")


def test_terminal_passphrase_then_window_another_passphrase(made: Made) -> None:
    app = App(made.files.folder)
    try:
        _terminal(made, "keys", "set-passphrase", env={"THRESHOLD_NEW_PASSPHRASE": FIRST})
        assert app.change(f"set-passphrase {SECOND}") == "done"
    finally:
        app.quit()
    assert _opens_with(made) == ["passphrase", "recovery"]
    assert _opens(made, SlotSecret.passphrase(SECOND))
    assert not _opens(made, SlotSecret.passphrase(FIRST))
    assert _opens(made, SlotSecret.recovery(made.recovery))


def test_terminal_recover_then_window_passphrase(made: Made) -> None:
    app = App(made.files.folder)
    try:
        _terminal(made, "keys", "recover", "--recovery-key-file", str(made.key_file))
        assert app.change(f"set-passphrase {SECOND}") == "done"
    finally:
        app.quit()
    assert _opens_with(made) == ["passphrase", "recovery"]
    assert _keyring(made) is None
    assert _opens(made, SlotSecret.passphrase(SECOND))


def test_terminal_passphrase_then_window_back_to_login(made: Made) -> None:
    app = App(made.files.folder)
    try:
        _terminal(made, "keys", "set-passphrase", env={"THRESHOLD_NEW_PASSPHRASE": FIRST})
        assert app.change("remove-passphrase") == "done"
    finally:
        app.quit()
    assert _opens_with(made) == ["keyring", "recovery"]
    assert _opens(made, _keyring(made))
    assert not _opens(made, SlotSecret.passphrase(FIRST))
    _terminal(made, "list")


def test_a_rotation_waits_for_the_window_and_changes_nothing(made: Made) -> None:
    before = made.files.key_slots.read_bytes()
    app = App(made.files.folder)
    try:
        refused = run_threshold(
            "keys",
            "rotate",
            "--new-recovery-key",
            data_dir=made.files.folder,
        )
        assert app.change("new-recovery").startswith("recovery-key ")
    finally:
        app.quit()
    assert refused.returncode == 1
    assert b"open in another Threshold window" in refused.stderr
    assert b"recovery key" not in refused.stdout.lower()  # no key shown for nothing
    assert made.files.key_slots.read_bytes() != before  # only the window's change
    assert _opens(made, _keyring(made))
