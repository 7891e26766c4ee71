"""Read a database without writing anything: backups, and the quick check on open.

A backup must never be changed by looking at it, and may sit on a write-protected
USB stick, so it is opened ``immutable``: no ``-wal``/``-shm`` files appear beside
it. Keying follows the same rules as every other connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

import sqlcipher3

from app.errors import JournalNotFound, KnownError
from app.storage.connection import Connection, KeyMismatch, _key_connection
from app.storage.maintenance import IntegrityReport
from app.storage.sql_errors import known_errors


def inspect_read_only(
    path: Path, keys: list[bytes], *, full: bool, journal_id: str | None = None
) -> IntegrityReport | None:
    """Open ``path`` read-only with the first key that fits and check or count it."""
    for key in keys:
        try:
            connection = _open_read_only(path, key)
        except KeyMismatch:
            continue
        try:
            report = _read_only_check(connection) if full else _count_entries(connection)
            if report.ok and journal_id is not None:
                report = _with_journal_id_check(connection, journal_id, report)
            return report
        finally:
            connection.close()
    return None


def _open_read_only(path: Path, key: bytes) -> Connection:
    """A read-only connection that writes nothing beside the file.

    ``immutable=1``: plain ``mode=ro`` creates ``-wal``/``-shm`` files beside a
    WAL-mode copy and leaves them there; immutable reads the file alone, which also
    works on read-only media such as a write-protected USB stick.

    Raises:
        JournalNotFound: there is no file.
        KeyMismatch: the key does not open it (wrong key, or page 1 damaged).
    """
    if not path.is_file():
        raise JournalNotFound("There is no backup file at that place.")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        _key_connection(connection, key)
        with known_errors():
            connection.execute("PRAGMA temp_store = MEMORY")
            connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return cast(Connection, connection)


def _count_entries(connection: Connection) -> IntegrityReport:
    try:
        with known_errors():
            count = int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])
    except KnownError as error:
        return IntegrityReport(problems=[error.message])
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
