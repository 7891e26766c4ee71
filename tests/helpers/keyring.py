"""The real, throwaway Secret Service for tests: whether it is here, and its items.

``scripts/with-test-keyring`` starts an unlocked gnome-keyring on a private D-Bus and
sets THRESHOLD_TEST_SECRET_SERVICE=1. Tests marked ``keyring_integration`` need it;
the ``secret_service`` fixture (tests/conftest.py) skips them without it. The CLI runs
in real subprocesses; secrets go through the environment or files only.
"""

from __future__ import annotations

import json
import os
import subprocess
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import secretstorage
from jeepney.io.blocking import DBusConnection
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

from app import APP_ID
from tests.helpers.cli import run_threshold

SECRET_SERVICE_VARIABLE = "THRESHOLD_TEST_SECRET_SERVICE"
NO_SECRET_SERVICE = (
    "needs a real Secret Service: run under "
    "`dbus-run-session -- scripts/with-test-keyring` (a throwaway keyring on a private D-Bus)"
)
TEST_KEYRING_PASSWORD = "threshold-test"  # what scripts/with-test-keyring unlocks with
GNOME_KEYRING_INTERFACE = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"


def secret_service_promised() -> bool:
    """Whether this run has the throwaway keyring (never the person's own: it is not asked)."""
    return os.environ.get(SECRET_SERVICE_VARIABLE) == "1"


def secret_service_unreachable() -> str | None:
    """Why the promised Secret Service does not answer on the session bus, or None."""
    try:
        with closing(secretstorage.dbus_init()) as connection:
            if secretstorage.check_service_availability(connection):
                return None
            return "no org.freedesktop.secrets on the session bus"
    except secretstorage.SecretServiceNotAvailableException as error:
        return f"no session bus: {error}"


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class KeyringJournal:
    """A journal that opens with the (test) keyring, and a file holding its recovery key."""

    folder: Path
    journal_id: str
    recovery_key_file: Path

    @property
    def key_slots(self) -> Path:
        return self.folder / "journal.keys"


def threshold(*argv: str, folder: Path, env: dict[str, str] | None = None, stdin: str = "") -> Run:
    """Run the real CLI in a fresh process; it must never show a traceback."""
    done = run_threshold(*argv, data_dir=folder, env=env, stdin=stdin.encode())
    result = Run(done.returncode, done.stdout.decode(), done.stderr.decode())
    assert "Traceback" not in result.stderr, result.stderr
    return result


def succeeds(result: Run) -> Run:
    assert result.status == 0, result.stderr
    return result


def add_entry(folder: Path, title: str, body: str) -> str:
    """``threshold add``: a new entry; returns its id."""
    return succeeds(threshold("add", "--title", title, folder=folder, stdin=body)).stdout.strip()


def create_keyring_journal(folder: Path, key_file: Path) -> KeyringJournal:
    """``threshold init``: a journal opening with the keyring; its recovery key saved."""
    created = json.loads(succeeds(threshold("init", "--json", folder=folder)).stdout)
    key_file.write_text(created["recovery_key"] + "\n")
    key_file.chmod(0o600)
    journal_id = json.loads((folder / "journal.keys").read_text())["journal_id"]
    return KeyringJournal(folder, journal_id, key_file)


def secret_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["secret-tool", *args], capture_output=True, text=True, timeout=30, check=False
    )


def stored_secret(journal_id: str) -> str | None:
    """The item's secret as ``secret-tool lookup`` gives it, or None."""
    found = secret_tool("lookup", "service", APP_ID, "username", journal_id)
    return found.stdout if found.returncode == 0 else None


def current_item(folder: Path) -> str:
    """The keyring item the journal's key file points at now (renewals get a new one)."""
    data = json.loads((folder / "journal.keys").read_text())
    slot = next(slot for slot in data["slots"] if slot["kind"] == "keyring")
    return str(slot.get("item", data["journal_id"]))


def forget_keyring_item(journal_id: str) -> None:
    """Remove the journal's item from the (throwaway) test keyring, if it is there."""
    secret_tool("clear", "service", APP_ID, "username", journal_id)


def wipe_keyring_item(journal_id: str) -> None:
    """Remove the journal's item and check that it is gone."""
    forget_keyring_item(journal_id)
    assert stored_secret(journal_id) is None


def unlock_without_prompt(connection: DBusConnection, collection: secretstorage.Collection) -> None:
    """Unlock with the test keyring's password (no prompter can show in a headless run)."""
    session = open_session(connection)
    daemon = DBusAddressWrapper("/org/freedesktop/secrets", GNOME_KEYRING_INTERFACE, connection)
    password = format_secret(session, TEST_KEYRING_PASSWORD.encode(), "text/plain")
    daemon.call("UnlockWithMasterPassword", "o(oayays)", collection.collection_path, password)
    assert not collection.is_locked()


def unlock_default_collection() -> None:
    """Unlock the default collection, as the person would in their desktop."""
    with closing(secretstorage.dbus_init()) as connection:
        unlock_without_prompt(connection, secretstorage.get_default_collection(connection))
