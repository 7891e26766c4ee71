"""An advisory lock that tells open journals from exclusive operations.

Every open journal holds a shared lock on an empty lock file; re-keying needs the
exclusive lock, so it cannot pull the key from under another open window. SQLite
still guards each write itself; this lock only protects whole-journal operations.
On systems without ``fcntl`` the lock is a no-op.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.errors import JournalBusy
from app.files import PRIVATE_FILE_MODE

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BUSY_MESSAGE = (
    "The journal is open in another Threshold window or command. "
    "Please close it and try again; nothing was changed."
)


class JournalLock:
    """A shared lock held while a journal is open."""

    def __init__(self, path: Path) -> None:
        self._descriptor = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        self._take(shared=True)

    def make_exclusive(self) -> None:
        """Upgrade to exclusive without waiting.

        Raises:
            JournalBusy: another process has the journal open.
        """
        self._take(shared=False)

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
        if fcntl is None:
            return
        mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        try:
            fcntl.flock(self._descriptor, mode | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise JournalBusy(BUSY_MESSAGE) from error
