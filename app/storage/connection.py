"""Open SQLCipher connections the one safe way.

Every connection is keyed first with a raw 256-bit key, then refuses to go on
unless SQLCipher is really there (``cipher_version`` is not empty: plain SQLite
would silently write plaintext), and then sets the pragmas our promises rest on:
temp data in memory only, secure delete, foreign keys, WAL with full sync, a busy
timeout, and SQLCipher's own logging off (it could otherwise write to stderr).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

import sqlcipher3

from app.errors import DiskError, DiskFull, JournalExists, JournalNotFound
from app.files import create_private_empty_file
from app.storage.sql_errors import FULL_MESSAGE, classify, known_errors
from app.words import QT_TR_NOOP

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its Connection has the same API as sqlite3's.
    from sqlite3 import Connection as Connection  # noqa: PLC0414 - re-exported for mypy
else:
    Connection = sqlcipher3.Connection

BUSY_TIMEOUT_MS = 5000
WAL_AUTOCHECKPOINT_PAGES = 10_000

_SETTINGS = (
    "PRAGMA temp_store = MEMORY",
    # 32 MiB of decrypted pages: a 10k-entry search index stays in memory, so
    # search-as-you-type does not decrypt the same pages on every keystroke.
    "PRAGMA cache_size = -32768",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    # Rarely a checkpoint inside a commit: with SQLite's default (1,000 pages) every
    # ~66th autosave paid ~21 ms for one at 10k entries (190 ms at 100k). The app
    # checkpoints when idle (Journal.checkpoint) and SQLite when the last connection
    # closes; this bound (~40 MB of log) only stops a long bulk write growing it.
    f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}",
)


class KeyMismatch(Exception):
    """The key does not decrypt this database (wrong key, or the file is damaged)."""


class NotSQLCipher(RuntimeError):
    """The SQLite library in use has no encryption; refuse to write anything."""


def open_connection(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) the database at ``path`` with ``key``.

    Raises:
        JournalNotFound: ``create`` is false and there is no file.
        JournalExists: ``create`` is true and a file is already there.
        KeyMismatch: the key does not open the file.
        NotSQLCipher: the linked library cannot encrypt.
    """
    if create:
        try:
            create_private_empty_file(path)
        except FileExistsError as error:
            raise JournalExists(
                QT_TR_NOOP("A journal already exists here; it was left untouched.")
            ) from error
    elif not path.is_file():
        raise JournalNotFound(QT_TR_NOOP("There is no journal in this folder yet."))
    connection = cast(
        Connection,
        sqlcipher3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000),
    )
    try:
        _key_connection(connection, key)
        with known_errors():
            for statement in _SETTINGS:
                connection.execute(statement)
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except DiskError as error:
        connection.close()
        if _no_space_left(path):
            raise DiskFull(FULL_MESSAGE) from error
        raise
    except BaseException:
        connection.close()
        raise
    return connection


def _no_space_left(path: Path) -> bool:
    """Whether the disk holding ``path`` is (nearly) full.

    SQLite reports a disk too full for its ``-shm`` file as a generic I/O error.
    """
    import shutil  # noqa: PLC0415 - only on a disk error

    return shutil.disk_usage(path.parent).free < 64 * 1024


def _key_connection(connection: Connection, key: bytes) -> None:
    """Key the connection, prove it can encrypt, and prove the key fits."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    version = connection.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise NotSQLCipher("SQLCipher is not available; refusing to store anything unencrypted.")
    try:
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise KeyMismatch from error
        known = classify(error)
        if known is None:
            raise
        raise known from error


@contextlib.contextmanager
def transaction(connection: Connection) -> Iterator[Connection]:
    """One write transaction: committed on success, rolled back on any error.

    ``BEGIN IMMEDIATE`` takes the write lock up front, so a second writer waits
    (up to the busy timeout) at the start rather than failing halfway through.
    Inside another transaction it is a savepoint: the inner part is undone on an
    error and the outer one decides (an entry added with its attachments, say).
    """
    if connection.in_transaction:
        yield from _savepoint(connection)
        return
    with known_errors():
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                with contextlib.suppress(sqlcipher3.Error):
                    connection.execute("ROLLBACK")
            raise


def _savepoint(connection: Connection) -> Iterator[Connection]:
    with known_errors():
        connection.execute("SAVEPOINT inner_write")
        try:
            yield connection
            connection.execute("RELEASE inner_write")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                connection.execute("ROLLBACK TO inner_write")
                connection.execute("RELEASE inner_write")
            raise
