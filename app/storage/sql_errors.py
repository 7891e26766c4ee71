"""Sort SQLCipher's errors into the ones a user can meet and bugs.

Modelled on qutebrowser's ``misc/sql.py``: a full disk, a busy or read-only
database and a damaged file are known errors with plain messages; anything else is
re-raised as it is, to be logged (without content) as a bug.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlcipher3

from app.errors import DiskError, DiskFull, JournalBusy, JournalDamaged, KnownError, ReadOnly
from app.words import QT_TR_NOOP

_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL = {"SQLITE_FULL"}
_READ_ONLY = {"SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"}
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_DISK = {"SQLITE_IOERR"}

BUSY_MESSAGE = QT_TR_NOOP(
    "The journal is busy in another Threshold window or command. "
    "Nothing was changed; please try again in a moment."
)
FULL_MESSAGE = QT_TR_NOOP(
    "Threshold couldn't save because the disk is full. Nothing already saved was lost. "
    "Free some space and try again."
)
READ_ONLY_MESSAGE = QT_TR_NOOP(
    "Threshold can't write to the journal's folder (it is read-only or not yours). "
    "Nothing was changed."
)
DISK_MESSAGE = QT_TR_NOOP(
    "The disk reported an error while Threshold was using the journal. "
    "Nothing was changed; please check the disk and try again."
)
DAMAGED_MESSAGE = QT_TR_NOOP(
    "The journal file looks damaged, so Threshold left it untouched. "
    "A backup can bring your entries back."
)


def classify(error: sqlcipher3.Error) -> KnownError | None:
    """The known error ``error`` stands for, or None when it is a bug."""
    name = _primary_code_name(error)
    if name in _BUSY:
        return JournalBusy(BUSY_MESSAGE)
    if name in _FULL:
        return DiskFull(FULL_MESSAGE)
    if name in _READ_ONLY:
        return ReadOnly(READ_ONLY_MESSAGE)
    if name in _DAMAGED:
        return JournalDamaged(DAMAGED_MESSAGE)
    if name in _DISK:
        return DiskError(DISK_MESSAGE)
    return None


@contextlib.contextmanager
def known_errors() -> Iterator[None]:
    """Re-raise SQLCipher errors a user can meet as ``KnownError``."""
    try:
        yield
    except sqlcipher3.Error as error:
        known = classify(error)
        if known is None:
            raise
        raise known from error


def _primary_code_name(error: sqlcipher3.Error) -> str:
    """``SQLITE_IOERR`` for ``SQLITE_IOERR_WRITE`` and so on."""
    name = getattr(error, "sqlite_errorname", None) or ""
    if name.startswith("SQLITE_IOERR"):
        return "SQLITE_IOERR"
    for family in (
        "SQLITE_BUSY",
        "SQLITE_LOCKED",
        "SQLITE_READONLY",
        "SQLITE_CANTOPEN",
        "SQLITE_CORRUPT",
    ):
        if name.startswith(family):
            return family
    return name
