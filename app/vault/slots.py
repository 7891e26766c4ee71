"""The key-slot file on disk: read it safely, and change it one writer at a time.

The file is JSON so that it can be inspected and recovered by hand. It holds the
journal id, and per slot its kind, salt, KDF parameters and the wrapped database
key. It never holds a secret, a key in the clear, or any journal content.

Several processes may hold one journal open (the app, a command in a terminal),
and each may change a slot. So a change never writes back a copy read earlier:
``change_slot_file`` takes an exclusive lock beside the file, reads the current
file, applies the change to it and replaces it atomically, all under the lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from app.errors import (
    DiskError,
    DiskFull,
    JournalBusy,
    JournalDamaged,
    JournalNotFound,
    JournalTooNew,
    JournalUnreadable,
)
from app.files import (
    PRIVATE_FILE_MODE,
    FileTooLarge,
    NotARegularFile,
    read_small_file,
    write_private_file_atomically,
)
from app.vault import slot_format
from app.vault.slot_model import FORMAT_NAME, FORMAT_VERSION, KeySlot, SlotFile, SlotKind
from app.words import QT_TR_NOOP, Said

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "KeySlot",
    "SlotFile",
    "SlotKind",
    "change_slot_file",
    "read_slot_file",
    "write_slot_file",
]

MAX_KEY_FILE_BYTES = 64 * 1024  # ours are about 1 KB
LOCK_WAIT_SECONDS = 10.0
_LOCK_POLL_SECONDS = 0.02
DAMAGED_MESSAGE = QT_TR_NOOP(
    "This journal's key file is damaged, so it was left untouched. "
    "A backup of the journal folder can bring it back."
)
NOT_A_FILE_MESSAGE = QT_TR_NOOP(
    "This journal's key file ({name}) is not a file Threshold wrote (it is a folder or "
    "a special file), so nothing was opened or changed. A backup of the journal folder "
    "can bring the right one back."
)
UNREADABLE_MESSAGE = QT_TR_NOOP(
    "Threshold isn't allowed to read this journal's key file ({path}). This can happen "
    "after running Threshold with sudo, which leaves files owned by another user. "
    "Nothing was changed. Giving the file back to your user (for example with "
    "`sudo chown $USER {path}`) lets it open again."
)
TOO_NEW_MESSAGE = QT_TR_NOOP(
    "This journal was set up by a newer version of Threshold. Please update Threshold "
    "to open it; the journal was left untouched."
)
BUSY_MESSAGE = QT_TR_NOOP(
    "Another Threshold window or command is changing how this journal opens just now. "
    "Nothing was changed; please try again in a moment."
)
A_DISK_ERROR = Said(QT_TR_NOOP("a disk error"))
"""What a failure is called when the system gives no reason of its own."""


def read_slot_file(path: Path) -> SlotFile:
    """Load and validate a key-slot file.

    Raises:
        JournalNotFound: there is no file.
        JournalUnreadable: the file is there but may not be read.
        JournalDamaged: the file cannot be read as a key-slot file.
        JournalTooNew: an intact key file of a later format (a newer Threshold's).
    """
    try:
        raw = read_small_file(path, MAX_KEY_FILE_BYTES)
    except FileNotFoundError as error:
        raise JournalNotFound(QT_TR_NOOP("This journal's key file is missing.")) from error
    except PermissionError as error:
        raise JournalUnreadable(UNREADABLE_MESSAGE, path=path) from error
    except (NotARegularFile, IsADirectoryError) as error:
        raise JournalDamaged(NOT_A_FILE_MESSAGE, name=path.name) from error
    except FileTooLarge as error:
        raise JournalDamaged(DAMAGED_MESSAGE) from error
    except OSError as error:
        raise JournalDamaged(
            QT_TR_NOOP(
                "This journal's key file couldn't be read ({reason}), so nothing was opened "
                "or changed. A backup of the journal folder can bring it back."
            ),
            reason=error.strerror or A_DISK_ERROR,
        ) from error
    try:
        return slot_format.decode(raw)
    except slot_format.KeyFileTooNew as error:
        raise JournalTooNew(TOO_NEW_MESSAGE) from error
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise JournalDamaged(DAMAGED_MESSAGE) from error


def write_slot_file(path: Path, slot_file: SlotFile) -> None:
    """Replace the key-slot file atomically (0600, fsynced); the old one stays on failure.

    Raises:
        DiskFull, DiskError: the disk refused the new file; the key file is as it was.
    """
    try:
        write_private_file_atomically(path, slot_format.encode(slot_file))
    except OSError as error:
        if error.errno in {errno.ENOSPC, errno.EDQUOT}:
            raise DiskFull(
                QT_TR_NOOP(
                    "The journal's key file couldn't be changed because the disk is full. "
                    "Nothing was changed: every way in still opens it. Free some space and "
                    "try again."
                )
            ) from error
        raise DiskError(
            QT_TR_NOOP(
                "The journal's key file couldn't be changed ({reason}). "
                "Nothing was changed: every way in still opens it."
            ),
            reason=error.strerror or A_DISK_ERROR,
        ) from error


def change_slot_file(path: Path, change: Callable[[SlotFile], SlotFile]) -> SlotFile:
    """Apply ``change`` to the key file as it is now, under an exclusive lock.

    Returns the file as written. ``change`` may raise to refuse; then nothing is
    written. It must be quick: work such as deriving a passphrase key is done
    before, so another process never waits long.

    Raises:
        JournalBusy: another process held the lock for longer than ``LOCK_WAIT_SECONDS``.
        JournalDamaged, JournalNotFound, JournalUnreadable: the current file can't be read.
    """
    with _exclusive(Path(f"{path}.lock")):
        changed = change(read_slot_file(path))
        write_slot_file(path, changed)
    return changed


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``lock_path`` (created 0600), waiting a little."""
    if fcntl is None:  # pragma: no cover - Windows: one writer at a time by convention
        yield
        return
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        _take(descriptor)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _take(descriptor: int) -> None:
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as error:
            if error.errno not in {errno.EWOULDBLOCK, errno.EAGAIN}:
                raise
        if time.monotonic() > deadline:
            raise JournalBusy(BUSY_MESSAGE)
        time.sleep(_LOCK_POLL_SECONDS)
