"""Whole-database operations: verify, encrypted copies, and re-keying.

Copies are the database's own encrypted bytes (or, when that cannot be done
safely, SQLite's online backup API into a keyed target), so they never exist in
plaintext; they are checked by opening them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from app.errors import DiskError, DiskFull, JournalDamaged, KnownError
from app.files import copy_private_file_atomically
from app.storage.connection import Connection, KeyMismatch, open_connection, transaction
from app.storage.sql_errors import DAMAGED_MESSAGE, DISK_MESSAGE, known_errors
from app.words import QT_TR_NOOP


@dataclass(frozen=True)
class IntegrityReport:
    """The result of a full check.

    Attributes:
        problems: plain descriptions (page numbers, never content); empty when sound.
        entries: how many entries (live and trashed) the journal holds.
        notes: findings that are not damage (an attachment no text refers to).
        attachments: how many attachments were re-hashed, when they were.
    """

    problems: list[str] = field(default_factory=list)
    entries: int = 0
    notes: list[str] = field(default_factory=list)
    attachments: int = 0

    @property
    def ok(self) -> bool:
        """Whether nothing was found wrong."""
        return not self.problems


# Pauses before looking again at pages whose HMAC failed, when the journal has a
# write-ahead log. The HMAC pass reads the file's pages directly; a window that has
# the journal open may be checkpointing just then, copying the log into the file
# and rewriting a page as it is read. A changed bit fails every time; a page read
# mid-write is sound the next time. Without a log there is nothing to copy.
RECHECK_PAUSES_S = (0.05, 0.25)


def check_integrity(connection: Connection) -> IntegrityReport:
    """Check every page's HMAC, the b-trees, and the search index."""
    problems: list[str] = []
    try:
        with known_errors():
            problems += lasting_hmac_findings(connection)
            problems += [
                str(row[0])
                for row in connection.execute("PRAGMA integrity_check")
                if row[0] != "ok"
            ]
            if not problems:  # after damage SQLite refuses this command (a write) as read-only
                connection.execute(
                    "INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')"
                )
            entries = int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])
    except JournalDamaged:
        return IntegrityReport(problems=[*problems, "the database could not be read"], entries=0)
    except sqlcipher3.DatabaseError as error:
        return IntegrityReport(problems=[*problems, _plain(error)], entries=0)
    return IntegrityReport(problems=problems, entries=entries)


def lasting_hmac_findings(connection: Connection) -> list[str]:
    """``cipher_integrity_check``'s findings, looked at again (see ``RECHECK_PAUSES_S``)."""
    findings = _hmac_findings(connection)
    if not findings or not _has_log(connection):
        return findings
    for pause in RECHECK_PAUSES_S:
        time.sleep(pause)
        findings = _hmac_findings(connection)
        if not findings:
            break
    return findings


def _has_log(connection: Connection) -> bool:
    """Whether the main database has a non-empty write-ahead log beside it."""
    path = _database_path(connection)
    try:
        return path is not None and Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _hmac_findings(connection: Connection) -> list[str]:
    return [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]


def copy_encrypted(
    connection: Connection, target: Path, key: bytes, *, may_checkpoint: bool = True
) -> IntegrityReport:
    """Write an encrypted copy of the database to ``target`` and check it.

    Usually the file's own encrypted bytes are copied while writers wait (see
    ``copy_file_bytes``): as fast as copying any file, which matters once a
    journal holds a gigabyte of pictures. When the write-ahead log cannot be
    emptied first (a long read elsewhere), or must not be (``may_checkpoint`` is
    false while the check after opening reads the file), SQLite's backup API
    copies page by page instead, and the copy is fully checked.

    Raises:
        JournalDamaged: the copy does not pass its check (it is removed).
    """
    report = copy_file_bytes(connection, target, key) if may_checkpoint else None
    if report is not None:
        return report
    copy = open_connection(target, key, create=True)
    try:
        with known_errors():
            # A rollback journal while copying: in WAL mode every page would go through
            # the copy's log first, needing twice the journal's size on a USB stick.
            copy.execute("PRAGMA journal_mode = DELETE")
            connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # the copied header says WAL
    finally:
        copy.close()
    return verify_copy(target, key)


def copy_file_bytes(connection: Connection, target: Path, key: bytes) -> IntegrityReport | None:
    """Copy the database file's encrypted bytes to ``target``; None if the log is not empty.

    The log is checkpointed into the file, then a write transaction holds every
    writer off (in WAL mode only a checkpoint writes the file, and with the log
    empty there is nothing to copy in), so the file stays still while the kernel
    copies it. The copy must be as long as the file, is flushed to the disk, and
    is then opened with ``key`` and switched to a rollback journal (a backup on a
    stick has no log beside it). Every page's HMAC and the structure were checked
    when the journal opened, and are checked again before any restore; checking
    them here as well took four times as long as the copy itself (3 ms per MB
    against 0.7 ms on the machine it was measured on), and would read the copy
    back from memory, not from the disk.

    Raises:
        JournalDamaged: the copy is short or does not open with ``key`` (it is removed).
        OSError: the copy could not be written (it is removed).
    """
    source = _database_path(connection)
    with known_errors():
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    with transaction(connection):
        if source is None or _has_log(connection):
            return None
        expected = source.stat().st_size
        try:
            copy_private_file_atomically(source, target, _length_is(expected))
        except _CopyDiffers as error:
            raise JournalDamaged(DAMAGED_MESSAGE) from error
    return _open_copy(target, key)


class _CopyDiffers(Exception):
    """What was written is not as long as what was read."""


def _length_is(expected: int) -> Callable[[int], None]:
    def compare(descriptor: int) -> None:
        if os.fstat(descriptor).st_size != expected:
            raise _CopyDiffers

    return compare


def _open_copy(target: Path, key: bytes) -> IntegrityReport:
    copy = _open_or_remove(target, key)
    try:
        with known_errors():
            copy.execute("PRAGMA journal_mode = DELETE")
            entries = int(copy.execute("SELECT count(*) FROM entries").fetchone()[0])
    except BaseException:
        copy.close()
        _remove(target)
        raise
    copy.close()
    return IntegrityReport(entries=entries)


def _open_or_remove(copy: Path, key: bytes) -> Connection:
    """A connection to a copy just written; a copy ``key`` does not open is removed."""
    try:
        return open_connection(copy, key)
    except KeyMismatch as error:
        _remove(copy)
        raise JournalDamaged(DAMAGED_MESSAGE) from error


def _database_path(connection: Connection) -> Path | None:
    row = connection.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row is not None and row[2] else None


def verify_copy(path: Path, key: bytes) -> IntegrityReport:
    """Open a copy with ``key`` and check it completely; remove it if it is bad."""
    copy = _open_or_remove(path, key)
    try:
        report = check_integrity(copy)
    finally:
        copy.close()
    if not report.ok:
        _remove(path)
        raise JournalDamaged(DAMAGED_MESSAGE)
    return report


def rekey(connection: Connection, new_key: bytes) -> None:
    """Re-encrypt every page with ``new_key`` (one transaction, crash-safe).

    WAL is switched off for the re-key (SQLCipher re-keys through the rollback
    journal) and back on afterwards. A failed re-key is rolled back by SQLite and
    the file keeps its old key, but SQLCipher keeps the *new* key for this
    connection's writes: anything it wrote afterwards (even switching back to WAL)
    would mix keys and make the journal unreadable with either. So after a failure
    the caller must close ``connection`` without using it again (in rollback
    journal mode closing writes nothing), and open a new one with the old key.

    Raises:
        DiskFull: the disk could not hold the rollback journal; nothing was changed.
        DiskError: the re-key failed otherwise; nothing was changed.
    """
    with known_errors():
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    try:
        connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    except sqlcipher3.Error as error:
        # SQLCipher reports a failed page write as a generic SQLITE_ERROR.
        raise _rekey_failure(connection) from error
    with known_errors():
        connection.execute("PRAGMA journal_mode = WAL")


def _rekey_failure(connection: Connection) -> KnownError:
    """What a failed re-key stands for: a full disk, or else a disk that failed."""
    path = _database_path(connection)
    if path is not None and shutil.disk_usage(path.parent).free < path.stat().st_size:
        return DiskFull(
            QT_TR_NOOP(
                "The journal key couldn't be changed because the disk is full: it needs about "
                "as much free space as the journal takes. Nothing was changed; free some "
                "space and try again."
            )
        )
    return DiskError(DISK_MESSAGE)


def _plain(error: sqlcipher3.Error) -> str:
    return getattr(error, "sqlite_errorname", None) or type(error).__name__


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
