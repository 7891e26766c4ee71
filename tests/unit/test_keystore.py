"""SystemKeystore against fake keyring backends: every failure is one plain KeyringUnavailable.

The fakes are handed over with ``SystemKeystore(backend=...)``, so nothing here talks to a
real keyring. ``keyring`` registers every concrete ``KeyringBackend`` subclass for its own
backend detection (and chains all of priority >= 1 ahead of the real one), so each fake is
taken back out of that registry: otherwise ``SystemKeystore()`` in the Secret Service
tests of the same run would be handed a chain that includes these fakes.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    PasswordDeleteError,
    PasswordSetError,
)

from app import APP_ID
from app.errors import KeyringUnavailable
from app.files import JournalFiles
from app.journal import create_journal
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from tests.helpers.cli import Cli
from tests.helpers.journals import FAST_ARGON2

JOURNAL_ID = "6f1c2a4e-9b7d-4c3e-8a21-0d5e7f9a1b2c"
SECRET = bytes(range(32))
SHORT_TIMEOUT = 0.2
EXIT_UNLOCK = 3

Backend = TypeVar("Backend", bound=type[KeyringBackend])
Operation = Callable[[SystemKeystore], object]


def unregistered(cls: Backend) -> Backend:
    """Keep a fake out of ``keyring``'s registry, so its detection never picks it up."""
    vars(KeyringBackend)["_classes"].discard(cls)
    return cls


# ---------------------------------------------------------------------- fake backends


@unregistered
class MemoryBackend(KeyringBackend):
    """A working keyring that keeps its items in a dict."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


@unregistered
class RaisingBackend(KeyringBackend):
    """A keyring that fails every call with a fresh ``error(message)``."""

    priority = 1

    def __init__(self, error: type[Exception], message: str = "D-Bus said no") -> None:
        super().__init__()
        self.error = error
        self.message = message

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error(self.message)

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error(self.message)

    def delete_password(self, service: str, username: str) -> None:
        raise self.error(self.message)


@unregistered
class HangingBackend(KeyringBackend):
    """A keyring that never answers (a frozen D-Bus daemon) until released."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.released = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.released.wait(timeout=30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.released.wait(timeout=30)

    def delete_password(self, service: str, username: str) -> None:
        self.released.wait(timeout=30)


@unregistered
class PlaintextBackend(MemoryBackend):
    """Looks like a ``keyrings.alt`` backend, which keeps secrets in a plain file."""

    __module__ = "keyrings.alt.file"


@unregistered
class PlaintextChain(ChainerBackend):
    """A chain of plain-file backends.

    keyring's detection returns this when two ``keyrings.alt`` backends are viable
    (keyrings.alt plus pycryptodome) and no Secret Service answers.
    """

    backends = (PlaintextBackend(), PlaintextBackend())


def locked() -> RaisingBackend:
    return RaisingBackend(KeyringLocked, "Failed to unlock the collection!")


@pytest.fixture
def hanging() -> Iterator[HangingBackend]:
    backend = HangingBackend()
    yield backend
    backend.released.set()  # let the abandoned worker thread finish


@pytest.fixture(autouse=True)
def no_secrets_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    monkeypatch.delenv("THRESHOLD_NEW_PASSPHRASE", raising=False)


OPERATIONS: dict[str, Operation] = {
    "get": lambda keystore: keystore.get_secret(JOURNAL_ID),
    "set": lambda keystore: keystore.set_secret(JOURNAL_ID, SECRET),
    "delete": lambda keystore: keystore.delete_secret(JOURNAL_ID),
}


def failure(backend: KeyringBackend, operation: Operation) -> KeyringUnavailable:
    """The KeyringUnavailable that ``operation`` raises against ``backend``."""
    with pytest.raises(KeyringUnavailable) as caught:
        operation(SystemKeystore(backend=backend, timeout=SHORT_TIMEOUT))
    return caught.value


# ---------------------------------------------------------------------- failures, one by one


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_no_keyring_service_is_named(operation: Operation) -> None:
    error = failure(fail.Keyring(), operation)
    assert "no keyring service" in error.cause


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_a_locked_keyring_says_it_is_locked(operation: Operation) -> None:
    error = failure(locked(), operation)
    assert "locked" in error.cause


@pytest.mark.parametrize("error_type", [KeyringError, PasswordSetError])
@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_a_refusing_keyring_says_it_refused(
    operation: Operation, error_type: type[KeyringError]
) -> None:
    error = failure(RaisingBackend(error_type), operation)
    assert "refused" in error.cause


def test_a_keyring_that_cannot_start_says_so() -> None:
    error = failure(RaisingBackend(InitError), OPERATIONS["get"])
    assert "could not be started" in error.cause


def test_an_unexpected_error_is_named_by_type_only() -> None:
    backend = RaisingBackend(OSError, "my diary says: the secret word is tulip")
    error = failure(backend, OPERATIONS["get"])
    assert error.cause == "it failed unexpectedly (OSError)"
    assert "tulip" not in error.message


def test_the_message_is_one_plain_sentence_and_keeps_the_original_error() -> None:
    error = failure(locked(), OPERATIONS["get"])
    assert error.message == f"The system keyring can't be used: {error.cause}."
    assert "\n" not in error.message
    assert isinstance(error.__cause__, KeyringLocked)


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_a_hanging_keyring_gives_up_quickly(hanging: HangingBackend, operation: Operation) -> None:
    started = time.monotonic()
    error = failure(hanging, operation)
    assert time.monotonic() - started < 2
    assert "did not answer" in error.cause
    assert f"{SHORT_TIMEOUT:g} seconds" in error.cause


def test_a_keyring_that_drops_secrets_is_caught_on_set() -> None:
    keystore = SystemKeystore(backend=null.Keyring())
    with pytest.raises(KeyringUnavailable) as caught:
        keystore.set_secret(JOURNAL_ID, SECRET)
    assert "did not keep" in caught.value.cause


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
def test_a_plaintext_keyring_is_refused_and_never_used(operation: Operation) -> None:
    backend = PlaintextBackend()
    backend.items[APP_ID, JOURNAL_ID] = base64.b64encode(SECRET).decode()
    before = dict(backend.items)
    error = failure(backend, operation)
    assert "plain file" in error.cause
    assert backend.items == before


def test_a_chain_of_plaintext_keyrings_is_refused() -> None:
    error = failure(PlaintextChain(), OPERATIONS["set"])
    assert "plain file" in error.cause


@pytest.mark.parametrize("stored", ["not base64 at all!", "abc", "géraldine"])
def test_a_stored_value_threshold_did_not_write_is_a_plain_error(stored: str) -> None:
    backend = MemoryBackend()
    backend.items[APP_ID, JOURNAL_ID] = stored
    error = failure(backend, OPERATIONS["get"])
    assert error.cause == "the stored secret is not one Threshold wrote"


# ---------------------------------------------------------------------- a working keyring


def test_a_working_keyring_round_trips_the_secret() -> None:
    backend = MemoryBackend()
    keystore = SystemKeystore(backend=backend)
    keystore.set_secret(JOURNAL_ID, SECRET)
    assert keystore.get_secret(JOURNAL_ID) == SECRET
    assert backend.items == {(APP_ID, JOURNAL_ID): base64.b64encode(SECRET).decode()}


def test_setting_again_replaces_the_secret() -> None:
    keystore = SystemKeystore(backend=MemoryBackend())
    keystore.set_secret(JOURNAL_ID, SECRET)
    keystore.set_secret(JOURNAL_ID, b"\x00" * 32)
    assert keystore.get_secret(JOURNAL_ID) == b"\x00" * 32


def test_a_missing_secret_is_none() -> None:
    assert SystemKeystore(backend=MemoryBackend()).get_secret(JOURNAL_ID) is None


def test_delete_forgets_the_secret_and_is_quiet_when_absent() -> None:
    backend = MemoryBackend()
    keystore = SystemKeystore(backend=backend)
    keystore.set_secret(JOURNAL_ID, SECRET)
    keystore.delete_secret(JOURNAL_ID)
    assert backend.items == {}
    keystore.delete_secret(JOURNAL_ID)
    assert keystore.get_secret(JOURNAL_ID) is None


# ---------------------------------------------------------------------- through the core and CLI


def create_keyring_journal(files: JournalFiles, backend: KeyringBackend) -> RecoveryKey:
    journal, recovery = create_journal(
        files, keystore=SystemKeystore(backend=backend), argon2=FAST_ARGON2
    )
    journal.close()
    return recovery


def cli_using(
    backend: KeyringBackend, files: JournalFiles, capsys: pytest.CaptureFixture[str]
) -> Cli:
    """The in-process CLI with a SystemKeystore over ``backend``."""
    keystore = SystemKeystore(backend=backend, timeout=SHORT_TIMEOUT)
    return Cli(files, keystore, capsys)


def write_recovery_key(tmp_path: Path, recovery: RecoveryKey) -> Path:
    path = tmp_path / "recovery-key.txt"
    path.write_text(f"{recovery}\n")
    path.chmod(0o600)
    return path


FAILING_BACKENDS: dict[str, tuple[Callable[[], KeyringBackend], str]] = {
    "no-service": (fail.Keyring, "no keyring service"),
    "locked": (locked, "locked"),
    "refused": (lambda: RaisingBackend(KeyringError), "refused"),
    "drops-secrets": (null.Keyring, "did not keep"),
    "plaintext": (PlaintextBackend, "plain file"),
}


@pytest.mark.parametrize(
    ("make_backend", "cause"), FAILING_BACKENDS.values(), ids=FAILING_BACKENDS.keys()
)
def test_create_with_a_failing_keyring_writes_nothing(
    tmp_path: Path,
    files: JournalFiles,
    make_backend: Callable[[], KeyringBackend],
    cause: str,
) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        create_journal(files, keystore=SystemKeystore(backend=make_backend()), argon2=FAST_ARGON2)
    assert cause in caught.value.cause
    assert list(tmp_path.iterdir()) == []


def test_init_with_a_locked_keyring_suggests_a_passphrase(
    tmp_path: Path, files: JournalFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    result = cli_using(locked(), files, capsys)("init")
    assert result.status == EXIT_UNLOCK
    assert_one_plain_line(result.stderr, "locked")
    assert "passphrase instead" in result.stderr
    assert list(tmp_path.iterdir()) == []


def assert_one_plain_line(stderr: str, cause: str) -> None:
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith("threshold: The system keyring can't be used: ")
    assert cause in stderr


OPENING_FAILURES: dict[str, tuple[Callable[[], KeyringBackend], str]] = {
    "no-service": (fail.Keyring, "no keyring service"),
    "locked": (locked, "locked"),
    "refused": (lambda: RaisingBackend(KeyringError), "refused"),
    "wiped": (MemoryBackend, "no longer holds this journal's secret"),
    "forgotten": (null.Keyring, "no longer holds this journal's secret"),
}


@pytest.mark.parametrize(
    ("make_backend", "cause"), OPENING_FAILURES.values(), ids=OPENING_FAILURES.keys()
)
def test_opening_with_a_failing_keyring_exits_3_with_one_plain_line(
    files: JournalFiles,
    capsys: pytest.CaptureFixture[str],
    make_backend: Callable[[], KeyringBackend],
    cause: str,
) -> None:
    create_keyring_journal(files, MemoryBackend())
    result = cli_using(make_backend(), files, capsys)("list")
    assert result.status == EXIT_UNLOCK
    assert_one_plain_line(result.stderr, cause)
    assert "passphrase" in result.stderr
    assert "--recovery-key-file" in result.stderr
    assert result.stdout == ""


def test_opening_with_a_hanging_keyring_gives_up_quickly(
    files: JournalFiles, capsys: pytest.CaptureFixture[str], hanging: HangingBackend
) -> None:
    create_keyring_journal(files, MemoryBackend())
    started = time.monotonic()
    result = cli_using(hanging, files, capsys)("list")
    assert time.monotonic() - started < 2
    assert result.status == EXIT_UNLOCK
    assert_one_plain_line(result.stderr, "did not answer")


@pytest.mark.parametrize(
    "make_backend", [fail.Keyring, locked, HangingBackend], ids=["no-service", "locked", "hanging"]
)
def test_the_recovery_key_still_opens_it(
    tmp_path: Path,
    files: JournalFiles,
    capsys: pytest.CaptureFixture[str],
    make_backend: Callable[[], KeyringBackend],
) -> None:
    backend = MemoryBackend()
    recovery = create_keyring_journal(files, backend)
    cli = cli_using(backend, files, capsys)
    assert cli("add", "--title", "Kept", stdin=b"Still here.").status == 0
    key_file = write_recovery_key(tmp_path, recovery)

    result = cli_using(make_backend(), files, capsys)("list", "--recovery-key-file", str(key_file))

    assert result.status == 0, result.stderr
    assert "Kept" in result.stdout
    assert result.stderr == ""
