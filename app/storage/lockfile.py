"""An advisory lock that tells open journals from exclusive operations.

Every open journal holds a shared lock on an empty lock file; re-keying needs the
exclusive lock, so it cannot pull the key from under another open window. SQLite
still guards each write itself; this lock only protects whole-journal operations.
On systems without ``fcntl`` the lock is a no-op.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from app.errors import JournalBusy
from app.files import PRIVATE_FILE_MODE
from app.words import QT_TR_NOOP

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BUSY_MESSAGE = QT_TR_NOOP(
    "The journal is open in another Threshold window or command. "
    "Please close it and try again; nothing was changed."
)


class JournalLock:
    """A shared lock held while a journal is open."""

    def __init__(self, path: Path) -> None:
        self._descriptor = _open_lock_file(path)
        try:
            self._take(shared=True)
        except BaseException:
            self.release()
            raise

    def make_exclusive(self) -> None:
        """Upgrade to exclusive without waiting.

        A failed ``flock`` upgrade drops the shared lock on Linux, so it is taken
        back before the error is raised (another window may hold the journal open).

        Raises:
            JournalBusy: another process has the journal open.
        """
        try:
            self._take(shared=False)
        except JournalBusy:
            self._take(shared=True)
            raise

    def try_exclusive(self) -> bool:
        """Upgrade to exclusive if no other process holds the journal; True if it did.

        For tidying what a crash left (a half-made key change, say) only when nobody
        else could be in the middle of it.
        """
        try:
            self.make_exclusive()
        except JournalBusy:
            return False
        return True

    def make_shared(self) -> None:
        """Go back to a shared lock after an exclusive operation."""
        self._take(shared=True)

    def release(self) -> None:
        """Drop the lock (closing the file releases it)."""
        if self._descriptor >= 0:
            with contextlib.suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = -1

    def _take(self, shared: bool) -> None:
        if fcntl is None or self._descriptor < 0:
            return
        mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        try:
            fcntl.flock(self._descriptor, mode | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise JournalBusy(BUSY_MESSAGE) from error


def _open_lock_file(path: Path) -> int:
    """Open (or create) the lock file; -1 when a read-only folder has none.

    On a read-only folder the journal can still be read, so an existing lock file
    is opened read-only (``flock`` works on it) and a missing one means no lock.
    """
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    except OSError as error:
        if error.errno not in {errno.EROFS, errno.EACCES, errno.EPERM}:
            raise
    try:
        return os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return -1
