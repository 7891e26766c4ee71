"""A journal's file and its checks: data version, checkpoints, integrity checks, sealing.

``Journal`` takes these from ``FileChecks`` so its own module stays about the
stores and the keys; every method here works on the journal's one connection
and its key, which never leave the journal.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.errors import KnownError
from app.files import JournalFiles
from app.storage.connection import WAL_AUTOCHECKPOINT_PAGES, Connection
from app.storage.maintenance import IntegrityReport
from app.storage.read_only import LiveCheck, inspect_read_only, quick_check
from app.storage.sql_errors import known_errors


class FileChecks:
    """The journal's methods about its file: how it changes, and whether it is sound.

    A part of ``Journal`` (its base class); the attributes below are the journal's.
    """

    files: JournalFiles
    _db: Connection
    _key: bytes
    _sealed: bool
    _closed: bool
    _checkpoints_held: bool

    def data_version(self) -> int:
        """A number that changes when another connection commits (the CLI, say).

        Cheap enough to poll every few seconds; equal numbers mean nothing changed.
        """
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database (call when idle; never loses data).

        Skipped while a check after opening reads the file (see ``live_check``).
        """
        if self._sealed or self._checkpoints_held:
            return
        with known_errors():
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    def quick_check(self) -> IntegrityReport:
        """A check cheap enough for every start: structure, page HMACs in use, entry count.

        ``PRAGMA quick_check`` reads every page of every table and index, and
        SQLCipher verifies each page's HMAC as it decrypts it; it skips only the
        slower index-to-table cross-checks and free pages that ``verify`` covers.
        """
        return quick_check(self._db)

    def live_check(self) -> LiveCheck:
        """The check after opening, to run on a worker thread while this journal is in use.

        It has its own read-only connection (the key goes with it, nowhere else) and
        covers every page's HMAC, free pages too, then the structure and a count.
        Checkpoints wait until ``live_check_ended`` is called (see ``_hold_checkpoints``).
        """
        self._hold_checkpoints(True)
        return LiveCheck(self.files.database, self._key)

    def live_check_ended(self) -> None:
        """The check after opening is over (done or stopped): checkpoints may run again."""
        self._hold_checkpoints(False)

    def _hold_checkpoints(self, held: bool) -> None:
        """While held, nothing is copied from the log into the file, not even by SQLite.

        The check's HMAC pass reads the file's pages directly, beside the saves that
        go on meanwhile; a checkpoint rewriting a page just as it is read could make
        a sound page look damaged. The log simply grows a little until it ends.
        """
        self._checkpoints_held = held
        if self._closed:
            return
        pages = 0 if held else WAL_AUTOCHECKPOINT_PAGES
        with contextlib.suppress(KnownError), known_errors():
            self._db.execute(f"PRAGMA wal_autocheckpoint = {pages}").fetchone()

    def seal(self) -> None:
        """Write nothing more into this file: it was found damaged.

        Every later write is refused by SQLite, idle checkpoints stop, and ``close``
        leaves the file as it is, its write-ahead log beside it.
        """
        self._sealed = True
        with contextlib.suppress(KnownError), known_errors():
            self._db.execute("PRAGMA query_only = ON")

    def wrote_since_open(self) -> bool:
        """Whether anything was saved through this journal since it was opened."""
        return self._db.total_changes > 0

    def inspect_backup(self, path: Path, *, full: bool = False) -> IntegrityReport | None:
        """Open a backup read-only with this journal's key: entry count, or a full check.

        The key never leaves this object. Returns None when the key does not open
        the file (a backup from before a key change opens only with its own slots).
        """
        return inspect_read_only(path, [self._key], full=full)
