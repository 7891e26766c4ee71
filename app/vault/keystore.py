"""The one place that talks to the operating system's keyring.

The keyring holds a per-journal *device secret*, never the database key itself.
Every call runs with a timeout (a hung D-Bus can block for minutes) and every
failure becomes ``KeyringUnavailable`` naming the cause in plain words. Backends
that would keep the secret in a plaintext file are refused outright.
"""

from __future__ import annotations

import base64
import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from app import APP_ID
from app.errors import KeyringUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

T = TypeVar("T")
DEFAULT_TIMEOUT_SECONDS = 10.0
_PLAINTEXT_BACKEND_MODULES = ("keyrings.alt",)


class Keystore(Protocol):
    """Where device secrets are kept, one per journal id."""

    def get_secret(self, journal_id: str) -> bytes | None:
        """The stored secret, or None when there is none."""

    def set_secret(self, journal_id: str, secret: bytes) -> None:
        """Store ``secret``, replacing any earlier one."""

    def delete_secret(self, journal_id: str) -> None:
        """Forget the secret; quietly succeed when there is none."""


class SystemKeystore:
    """The OS keyring through ``keyring``, with timeouts and plain errors.

    Args:
        backend: a keyring backend to use instead of the detected one (tests).
        timeout: seconds to wait for the keyring before giving up.
    """

    def __init__(
        self, backend: KeyringBackend | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS
    ) -> None:
        self._backend = backend
        self._timeout = timeout

    def get_secret(self, journal_id: str) -> bytes | None:
        """Read the device secret for a journal."""
        text = self._call(lambda backend: backend.get_password(APP_ID, journal_id))
        if text is None:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError as error:
            raise KeyringUnavailable("the stored secret is not one Threshold wrote") from error

    def set_secret(self, journal_id: str, secret: bytes) -> None:
        """Store the device secret and read it back, so a keyring that drops it is caught."""
        text = base64.b64encode(secret).decode("ascii")
        self._call(lambda backend: backend.set_password(APP_ID, journal_id, text))
        if self.get_secret(journal_id) != secret:
            raise KeyringUnavailable("it did not keep the secret it was given")

    def delete_secret(self, journal_id: str) -> None:
        """Remove the device secret if present."""
        from keyring.errors import PasswordDeleteError  # noqa: PLC0415

        def delete(backend: KeyringBackend) -> None:
            with contextlib.suppress(PasswordDeleteError):
                backend.delete_password(APP_ID, journal_id)

        self._call(delete)

    def _call(self, action: Callable[[KeyringBackend], T]) -> T:
        """Run ``action`` against the backend in a worker thread, with a timeout."""
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["value"] = action(self._resolve_backend())
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=run, name="keyring-call", daemon=True)
        worker.start()
        worker.join(self._timeout)
        if worker.is_alive():
            raise KeyringUnavailable(f"it did not answer within {self._timeout:g} seconds")
        if "error" in outcome:
            raise _explain(outcome["error"])  # type: ignore[arg-type]
        return outcome["value"]  # type: ignore[return-value]

    def _resolve_backend(self) -> KeyringBackend:
        if self._backend is None:
            import keyring  # noqa: PLC0415 - lazy: ~70 ms, only when a keyring slot is used

            self._backend = keyring.get_keyring()
        if type(self._backend).__module__.startswith(_PLAINTEXT_BACKEND_MODULES):
            raise KeyringUnavailable("the only keyring found keeps secrets in a plain file")
        return self._backend


def _explain(error: BaseException) -> BaseException:
    """Turn a keyring or D-Bus failure into a plain ``KeyringUnavailable``."""
    if isinstance(error, KeyringUnavailable):
        return error
    from keyring import errors  # noqa: PLC0415

    if isinstance(error, errors.NoKeyringError):
        cause = "no keyring service is running on this computer"
    elif isinstance(error, errors.KeyringLocked):
        cause = "it is locked and could not be unlocked"
    elif isinstance(error, errors.InitError):
        cause = "it could not be started"
    elif isinstance(error, errors.KeyringError):
        cause = "it refused the request"
    else:
        cause = f"it failed unexpectedly ({type(error).__name__})"
    explained = KeyringUnavailable(cause)
    explained.__cause__ = error
    return explained
