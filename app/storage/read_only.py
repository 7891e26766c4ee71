"""Read a database without writing anything: backups, and the check after opening.

A backup must never be changed by looking at it, and may sit on a write-protected
USB stick, so it is opened ``immutable``: no ``-wal``/``-shm`` files appear beside
it. The journal itself is checked while it is open and in use, so that check reads
it as any other reader does (``mode=ro``, through the write-ahead log). Keying
follows the same rules as every other connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

import sqlcipher3

from app.errors import JournalDamaged, JournalNotFound, KnownError
from app.storage.connection import BUSY_TIMEOUT_MS, Connection, KeyMismatch, _key_connection
from app.storage.maintenance import IntegrityReport, lasting_hmac_findings
from app.storage.sql_errors import known_errors
from app.words import QT_TR_NOOP

LIVE_CACHE_KIB = 256
T = TypeVar("T")


def inspect_read_only(
    path: Path, keys: list[bytes], *, full: bool, journal_id: str | None = None
) -> IntegrityReport | None:
    """Open ``path`` read-only with the first key that fits and check or count it."""

    def inspect(connection: Connection) -> IntegrityReport:
        report = _read_only_check(connection) if full else _count_entries(connection)
        if report.ok and journal_id is not None:
            report = _with_journal_id_check(connection, journal_id, report)
        return report

    return read_with_first_key(path, keys, inspect)


def read_with_first_key(path: Path, keys: list[bytes], read: Callable[[Connection], T]) -> T | None:
    """``read`` a read-only, immutable connection opened with the first key that fits.

    None when no key opens the file (the caller says what that means for it).
    """
    for key in keys:
        try:
            connection = _open_read_only(path, key)
        except KeyMismatch:
            continue
        try:
            return read(connection)
        finally:
            connection.close()
    return None


def _open_read_only(path: Path, key: bytes, *, live: bool = False) -> Connection:
    """A read-only connection that writes nothing beside the file.

    ``immutable=1``: plain ``mode=ro`` creates ``-wal``/``-shm`` files beside a
    WAL-mode copy and leaves them there; immutable reads the file alone, which also
    works on read-only media such as a write-protected USB stick. A ``live`` journal
    is open elsewhere, its log and index already beside it, and changing: it is
    read through them, as any reader would.

    Raises:
        JournalNotFound: there is no file.
        KeyMismatch: the key does not open it (wrong key, or page 1 damaged).
    """
    if not path.is_file():
        raise JournalNotFound(QT_TR_NOOP("There is no backup file at that place."))
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if live else "&immutable=1")
    connection = sqlcipher3.connect(
        uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        _key_connection(connection, key)
        with known_errors():
            connection.execute("PRAGMA temp_store = MEMORY")
            connection.execute("PRAGMA query_only = ON")
            if live:  # each page is read about once: as fast as the default, ~8 MiB leaner
                connection.execute(f"PRAGMA cache_size = -{LIVE_CACHE_KIB}")
    except BaseException:
        connection.close()
        raise
    return cast(Connection, connection)


def _count_entries(connection: Connection) -> IntegrityReport:
    """How many entries; a file with no journal in it (empty, or cut short) is a problem."""
    try:
        with known_errors():
            count = int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])
    except KnownError as error:
        return IntegrityReport(problems=[error.message])
    except sqlcipher3.OperationalError:  # "no such table": SQLCipher opens an empty file
        return IntegrityReport(problems=["the file holds no journal (it is empty or cut short)"])
    return IntegrityReport(entries=count)


def _read_only_check(connection: Connection) -> IntegrityReport:
    """Every page's HMAC and the b-trees, without writing.

    ``check_integrity`` also runs FTS5's integrity-check command, which SQLite
    treats as a write and refuses on a read-only file; the HMAC of every page
    still catches any change to the search index's pages.
    """
    try:
        with known_errors():
            rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            problems = [str(row[0]) for row in rows]
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            problems += [str(row[0]) for row in rows if row[0] != "ok"]
    except KnownError as error:
        return IntegrityReport(problems=[error.message])
    if problems:
        return IntegrityReport(problems=problems)
    return _count_entries(connection)


def quick_check(connection: Connection) -> IntegrityReport:
    """``PRAGMA quick_check`` (every page read, so every HMAC verified) and a count."""
    try:
        with known_errors():
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except KnownError as error:
        return IntegrityReport(problems=[error.message])
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    if problems:
        return IntegrityReport(problems=problems)
    return _count_entries(connection)


def _with_journal_id_check(
    connection: Connection, journal_id: str, report: IntegrityReport
) -> IntegrityReport:
    row = connection.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
    if row is not None and row[0] == journal_id:
        return report
    return IntegrityReport(problems=["its key file belongs to a different journal"])


# ---------------------------------------------------------------------- the open journal

FIRST_PAGE_PROBLEM = "the first page no longer opens with the journal's key"


class LiveCheck:
    """The check after opening, on its own read-only connection, for a worker thread.

    The journal stays open and in use meanwhile: saves go on through the main
    connection, and this one reads a consistent snapshot beside them. ``run`` is
    called on one thread; ``cancel`` may be called from any other.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = path
        self._key = key
        self._guard = threading.Lock()
        self._connection: Connection | None = None
        self._cancelled = False

    def run(self) -> IntegrityReport | None:
        """Every page's HMAC, the b-trees, and a count.

        Returns None when cancelled, or when the disk was busy or failing so
        nothing could be concluded. HMAC findings are looked at again after short
        pauses (``lasting_hmac_findings``), and any finding gets one more whole pass
        before it is reported: the HMAC pass reads the file directly, and a checkpoint
        (the open journal holds its own off meanwhile, but a command's may run) could
        show a page half-written once.
        """
        report = self._one_pass()
        if report is None or report.ok:
            return report
        return self._one_pass()

    def cancel(self) -> None:
        """Stop as soon as SQLite allows (an HMAC pass already begun runs to its end)."""
        with self._guard:
            self._cancelled = True
            if self._connection is not None:
                self._connection.interrupt()

    def cancelled(self) -> bool:
        """Whether ``cancel`` was called."""
        with self._guard:
            return self._cancelled

    def _one_pass(self) -> IntegrityReport | None:
        try:
            connection = self._connect()
        except KeyMismatch:
            return IntegrityReport(problems=[FIRST_PAGE_PROBLEM])
        except JournalDamaged as error:
            return IntegrityReport(problems=[error.message])
        except KnownError:
            return None
        if connection is None:
            return None
        try:
            return _live_report(connection, self.cancelled)
        finally:
            with self._guard:
                self._connection = None
            connection.close()

    def _connect(self) -> Connection | None:
        with self._guard:
            if self._cancelled:
                return None
        connection = _open_read_only(self._path, self._key, live=True)
        with self._guard:
            if self._cancelled:
                connection.close()
                return None
            self._connection = connection
        return connection


def _live_report(connection: Connection, cancelled: Callable[[], bool]) -> IntegrityReport | None:
    """``quick_check``, then ``cipher_integrity_check`` (every page in the file, free ones too).

    ``quick_check`` reads every page of every table and index (each page's HMAC
    is verified as it is decrypted) but not the free pages; the HMAC pass covers
    those, so no changed bit anywhere goes unseen. It goes second because it can't
    be interrupted, and by then the file is in the OS cache (0.15 s at 10k entries).
    """
    problems: list[str] = []
    try:
        with known_errors():
            rows = connection.execute("PRAGMA quick_check").fetchall()
            problems += [str(row[0]) for row in rows if row[0] != "ok"]
            if cancelled():
                return None
            problems += lasting_hmac_findings(connection)
            if problems:
                return IntegrityReport(problems=problems)
            count = int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])
    except JournalDamaged as error:
        return IntegrityReport(problems=[*problems, error.message])
    except KnownError:
        return None
    except sqlcipher3.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
            return None
        raise
    return IntegrityReport(entries=count)


def close_without_checkpoint(connection: Connection, path: Path, key: bytes) -> None:
    """Close ``connection`` and leave the database file exactly as it is.

    The last connection to close a WAL database copies the log into the file. For
    a damaged file that would be one more write into it, so a read-only reader is
    kept in a read transaction while ``connection`` closes (it is then not the
    last), and a read-only connection never checkpoints: the log stays beside the
    file, as it was. If even the first page can't be read, it closes as usual.
    """
    companion = _reader_holding(path, key)
    try:
        connection.close()
    finally:
        if companion is not None:
            companion.close()


def _reader_holding(path: Path, key: bytes) -> Connection | None:
    """A read-only connection inside a read transaction on ``path``, or None if it fails."""
    try:
        companion = _open_read_only(path, key, live=True)
    except (KeyMismatch, KnownError):
        return None
    try:
        companion.execute("BEGIN")
        companion.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.Error:
        companion.close()
        return None
    return companion
