"""The one place that talks to the operating system's keyring.

The keyring holds a per-journal *device secret*, never the database key itself.
Every call runs with a timeout (a hung D-Bus can block for minutes) and every
failure becomes ``KeyringUnavailable`` naming the cause in plain words. Backends
that would keep the secret in a plaintext file are refused outright.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from app import APP_ID
from app.errors import KeyringUnavailable
from app.words import QT_TR_NOOP

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

T = TypeVar("T")
_NOT_READ = object()
log = logging.getLogger(__name__)
DEFAULT_TIMEOUT_SECONDS = 10.0
_PLAINTEXT_BACKEND_MODULES = ("keyrings.alt",)
# Why the keyring can't be used, as the error's cause ("The system keyring can't be used: …").
LOCKED = QT_TR_NOOP("it is locked and could not be unlocked")
PLAIN_FILE_ONLY = QT_TR_NOOP("the only keyring found keeps secrets in a plain file")
NO_ANSWER = QT_TR_NOOP("it did not answer within {seconds} seconds")


class Keystore(Protocol):
    """Where device secrets are kept, one per keyring item (named after its journal)."""

    def get_secret(self, item: str) -> bytes | None:
        """The stored secret, or None when there is none."""

    def set_secret(self, item: str, secret: bytes) -> None:
        """Store ``secret``, replacing any earlier one."""

    def delete_secret(self, item: str) -> None:
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

    def get_secret(self, item: str) -> bytes | None:
        """Read the device secret for a journal."""
        text = self._fast_read(item)
        if text is _NOT_READ:
            text = self._call(lambda backend: backend.get_password(APP_ID, item))
        if not isinstance(text, str):
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError as error:
            raise KeyringUnavailable(
                QT_TR_NOOP("the stored secret is not one Threshold wrote")
            ) from error

    def set_secret(self, item: str, secret: bytes) -> None:
        """Store the device secret and read it back, so a keyring that drops it is caught.

        The direct read first refuses a locked keyring through a connection it
        closes: keyring's own Secret Service path leaves its D-Bus connection open
        when the collection stays locked.
        """
        self._fast_read(item)
        text = base64.b64encode(secret).decode("ascii")
        self._call(lambda backend: backend.set_password(APP_ID, item, text))
        if self.get_secret(item) != secret:
            raise KeyringUnavailable(QT_TR_NOOP("it did not keep the secret it was given"))

    def delete_secret(self, item: str) -> None:
        """Remove the device secret if present."""
        from keyring.errors import PasswordDeleteError  # noqa: PLC0415

        def delete(backend: KeyringBackend) -> None:
            with contextlib.suppress(PasswordDeleteError):
                backend.delete_password(APP_ID, item)

        self._call(delete)

    def _call(self, action: Callable[[KeyringBackend], T]) -> T:
        """Run ``action`` against the backend with a timeout, explaining failures."""
        try:
            return self._run_with_timeout(lambda: action(self._resolve_backend()))
        except KeyringUnavailable:
            raise
        except Exception as error:
            raise _explain(error) from error

    def _run_with_timeout(self, action: Callable[[], T]) -> T:
        """Run ``action`` in a worker thread: a hung D-Bus must not hang Threshold."""
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["value"] = action()
            except BaseException as error:
                outcome["error"] = error

        worker = threading.Thread(target=run, name="keyring-call", daemon=True)
        worker.start()
        worker.join(self._timeout)
        if worker.is_alive():
            raise KeyringUnavailable(NO_ANSWER, seconds=f"{self._timeout:g}")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]

    def _fast_read(self, item: str) -> str | object | None:
        """Read straight from the Secret Service when keyring would use it anyway.

        Importing keyring costs about 60 ms before it says a word, and every headless
        command would pay it. The item is keyring's own format, so both paths see the
        same items. Returns ``_NOT_READ`` when this path does not apply or fails, so
        keyring's path runs and explains any failure.
        """
        if self._backend is not None or not _secret_service_is_default():
            return _NOT_READ
        try:
            return self._run_with_timeout(lambda: _read_secret_service_item(item))
        except KeyringUnavailable:
            raise
        except Exception:
            log.debug("Direct Secret Service read failed; asking keyring.")
            return _NOT_READ

    def _resolve_backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = detect_backend()
        self._backend = _without_plaintext(self._backend)
        return self._backend


def detect_backend() -> KeyringBackend:
    """The backend keyring would choose, found without its slow discovery where possible.

    keyring's discovery imports every backend through entry points (about 50 ms,
    most of it macOS bindings, even on Linux). On a Linux desktop that is not KDE and
    where the user has not chosen a backend, discovery picks the Secret Service, so
    that is tried first; everything else goes through keyring's own discovery.
    """
    import keyring  # noqa: PLC0415 - lazy: only when a keyring slot is used

    if _secret_service_is_default():
        from keyring.backends import SecretService  # noqa: PLC0415

        try:
            SecretService.Keyring.priority  # noqa: B018 - raises when no daemon answers
        except Exception:
            log.debug("Secret Service not available; using keyring's discovery.")
        else:
            return SecretService.Keyring()  # type: ignore[no-untyped-call]
    return keyring.get_keyring()


def _without_plaintext(backend: KeyringBackend) -> KeyringBackend:
    """Refuse plaintext backends, also inside keyring's chainer.

    When several backends are usable keyring chains them; a chain holding a
    plaintext backend is replaced by its best safe member.
    """
    members = getattr(backend, "backends", None)
    if members is None:
        if _is_plaintext(backend):
            raise KeyringUnavailable(PLAIN_FILE_ONLY)
        return backend
    safe = [member for member in members if not _is_plaintext(member)]
    if not safe:
        raise KeyringUnavailable(PLAIN_FILE_ONLY)
    return backend if len(safe) == len(members) else safe[0]


def _is_plaintext(backend: object) -> bool:
    return type(backend).__module__.startswith(_PLAINTEXT_BACKEND_MODULES)


def _secret_service_is_default() -> bool:
    """Whether keyring's discovery would pick the Secret Service (Linux, no override)."""
    return sys.platform.startswith("linux") and not _user_chose_backend()


def _read_secret_service_item(item: str) -> str | None:
    """Read keyring's item of this name straight from the Secret Service."""
    import secretstorage  # noqa: PLC0415 - keyring's own dependency on Linux

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            collection.unlock()
        if collection.is_locked():
            raise KeyringUnavailable(LOCKED)
        for found in collection.search_items({"service": APP_ID, "username": item}):
            if found.is_locked():
                found.unlock()
            return str(found.get_secret().decode("utf-8"))
        return None
    finally:
        connection.close()


def _user_chose_backend() -> bool:
    """Whether keyring is configured (environment or keyringrc.cfg), or on KDE.

    ``KEYRING_PROPERTY_*`` (a preferred collection or scheme) counts as configured,
    since the direct read only knows keyring's default collection and scheme.

    The config path is keyring's Linux one (``keyring.util.platform_``), computed
    here because importing anything from keyring costs the 50 ms we are saving.
    """
    if any(name.startswith(("PYTHON_KEYRING_BACKEND", "KEYRING_PROPERTY_")) for name in os.environ):
        return True
    if "KDE" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
        return True
    config_home = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(config_home, "python_keyring", "keyringrc.cfg").exists()


def _explain(error: BaseException) -> BaseException:
    """Turn a keyring or D-Bus failure into a plain ``KeyringUnavailable``."""
    if isinstance(error, KeyringUnavailable):
        return error
    from keyring import errors  # noqa: PLC0415

    if isinstance(error, errors.NoKeyringError):
        explained = KeyringUnavailable(QT_TR_NOOP("no keyring service is running on this computer"))
    elif isinstance(error, errors.KeyringLocked):
        explained = KeyringUnavailable(LOCKED)
    elif isinstance(error, errors.InitError):
        explained = KeyringUnavailable(QT_TR_NOOP("it could not be started"))
    elif isinstance(error, errors.KeyringError):
        explained = KeyringUnavailable(QT_TR_NOOP("it refused the request"))
    else:
        explained = KeyringUnavailable(
            QT_TR_NOOP("it failed unexpectedly ({kind})"), kind=type(error).__name__
        )
    explained.__cause__ = error
    return explained
