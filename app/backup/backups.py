"""Make, list and check encrypted backups of an open journal.

Every backup is written under a temporary name (``Journal.backup_to``: the
journal's encrypted bytes, read back and compared, opened with the key), and only
then renamed to its ``threshold-*.db`` name: a half-written or failed copy never
looks like a backup. Every page of it is checked before it is ever restored. Its
key slots travel beside it, so it opens on another machine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup.names import (
    AUTOMATIC,
    BackupFile,
    backup_files,
    free_name,
    parse_backup,
)
from app.backup.rotation import rotate
from app.copies import keys_beside, partial_name, publish, remove_partial, sweep_partial_copies
from app.errors import (
    DiskError,
    DiskFull,
    InvalidInput,
    JournalDamaged,
    JournalNotFound,
    KnownError,
    ReadOnly,
)
from app.files import ensure_private_folder
from app.journal import check_backup
from app.words import QT_TR_NOOP

if TYPE_CHECKING:
    from app.journal import Journal
    from app.vault.slot_secret import SlotSecret

BACKUP_INTERVAL = dt.timedelta(hours=24)
NOT_THIS_KEY = (
    "can't be opened with this journal's key (it may be from before a key change, "
    "or damaged); its own key file may still open it"
)
FAILED_CHECK = "failed its check"
COPY_FAILED_MESSAGE = QT_TR_NOOP(
    "The new backup didn't pass its check, so it was removed; earlier backups were not "
    "touched. The journal itself may be damaged: `threshold verify` checks it."
)
FOLDER_FULL_MESSAGE = QT_TR_NOOP(
    "There isn't enough space in the backup folder, so no backup was made. Your journal "
    "and earlier backups are untouched; free some space or choose another folder."
)
FOLDER_READ_ONLY_MESSAGE = QT_TR_NOOP(
    "Threshold can't write to the backup folder (it is read-only or not yours), so no "
    "backup was made. Your journal and earlier backups are untouched."
)
FOLDER_ERROR_MESSAGE = QT_TR_NOOP(
    "The backup folder's disk reported an error (it may have been removed), so no backup "
    "was made. Your journal and earlier backups are untouched."
)
_FOLDER_MESSAGES: dict[type[KnownError], str] = {
    DiskFull: FOLDER_FULL_MESSAGE,
    ReadOnly: FOLDER_READ_ONLY_MESSAGE,
    DiskError: FOLDER_ERROR_MESSAGE,
}
STALE_PARTIAL_SECONDS = 3600.0  # a copy this old is no other window's backup in progress
_SPACE_MARGIN = 256 * 1024  # room for the copy's rollback journal and key slots


@dataclass(frozen=True)
class BackupInfo:
    """One backup as a person would choose it.

    Attributes:
        path: the ``.db`` file (its key slots are ``<path>.keys``).
        when: when it was taken (UTC, from its name).
        size: bytes on disk.
        entries: how many entries it holds; None when it was not opened.
        kind: "automatic" or "before upgrade".
        note: why it could not be counted or checked, in plain words.
    """

    path: Path
    when: dt.datetime
    size: int
    entries: int | None = None
    kind: str = AUTOMATIC
    note: str | None = None


def make_backup(journal: Journal, folder: Path, now: dt.datetime) -> BackupInfo:
    """Write and verify one backup in ``folder``; rename it into place only if sound.

    Raises:
        JournalDamaged: the copy failed its check (nothing that looks like a backup remains).
        DiskFull, DiskError, ReadOnly: the folder could not take the copy (nothing of it
            remains).
    """
    with _plain_folder_errors(journal, folder):
        _prepare_folder(journal, folder)
        sweep_partial_copies(folder, older_than=STALE_PARTIAL_SECONDS)
        final = free_name(folder, now)
        temp = partial_name(final)
        remove_partial(temp)
        try:
            report = journal.backup_to(temp)
            publish(temp, final)
        except JournalDamaged as error:
            remove_partial(temp)
            raise JournalDamaged(COPY_FAILED_MESSAGE) from error
        except BaseException:
            remove_partial(temp)
            raise
    found = parse_backup(final)
    assert found is not None
    return BackupInfo(final, found.when, final.stat().st_size, report.entries)


def backup_due(folder: Path, now: dt.datetime) -> bool:
    """Whether an automatic backup is due: none yet, or the newest is 24 h old.

    Backups dated after ``now`` (a clock that was wrong once) are ignored, so
    they cannot stop backups for good.
    """
    taken = [b.when for b in backup_files(folder, kinds=(AUTOMATIC,)) if b.when <= now]
    return not taken or now - max(taken) >= BACKUP_INTERVAL


def back_up_now(journal: Journal, folder: Path, now: dt.datetime) -> BackupInfo:
    """A manual "back up now": make a verified backup, then apply the rotation."""
    info = make_backup(journal, folder, now)
    rotate(folder, now)
    return info


def back_up_if_due(journal: Journal, folder: Path, now: dt.datetime) -> BackupInfo | None:
    """For the app to call on quit: back up and rotate at most once a day."""
    if not backup_due(folder, now):
        return None
    return back_up_now(journal, folder, now)


def list_backups(
    folder: Path, journal: Journal | None = None, *, full: bool = False
) -> list[BackupInfo]:
    """Backups in ``folder``, newest first; entry counts when a journal is given.

    With ``full`` each one is checked completely (every page's HMAC, the structure),
    so a damaged backup shows as such rather than by its count alone.
    """
    if journal is None:
        return [_info(found) for found in backup_files(folder)]
    return [describe_backup(journal, found.path, full=full) for found in backup_files(folder)]


def describe_backup(journal: Journal, path: Path, *, full: bool = False) -> BackupInfo:
    """Date, size and entry count of one backup, opened read-only with the journal's key."""
    if not path.is_file():
        raise JournalNotFound(QT_TR_NOOP("There is no backup file at that place."))
    found = parse_backup(path) or _unnamed(path)
    try:
        report = journal.inspect_backup(path, full=full)
    except KnownError:  # damaged, unreadable, not a file: listed as such, never an error
        return _info(found, note=FAILED_CHECK)
    if report is None:
        return _info(found, note=NOT_THIS_KEY)
    if not report.ok:
        return _info(found, note=FAILED_CHECK)
    return _info(found, entries=report.entries)


def newest_good_backup(folder: Path, secret: SlotSecret) -> BackupInfo | None:
    """The newest backup that opens with ``secret`` and passes the full check.

    For the damaged-journal screen: a backup that is itself damaged, or that an
    older passphrase protects, is passed over for the next one.
    """
    for found in backup_files(folder):
        try:
            report = check_backup(found.path, keys_beside(found.path), secret)
        except KnownError:
            continue
        if report.ok:
            return _info(found, entries=report.entries)
    return None


@contextlib.contextmanager
def _plain_folder_errors(journal: Journal, folder: Path) -> Iterator[None]:
    """A full, read-only or failing backup folder becomes one plain error about the folder.

    Whatever reported it: an ``OSError`` from a file step, or SQLite's backup API,
    which reports a full disk without its error code (so it can't be sorted by
    code). The folder itself then says what happened; anything else is re-raised.
    """
    try:
        yield
    except Exception as error:
        plain = _folder_problem(journal, folder, error)
        if plain is None:
            raise
        raise plain from error


def _folder_problem(journal: Journal, folder: Path, error: Exception) -> KnownError | None:
    """The plain error about the backup folder that ``error`` stands for (None: a bug)."""
    if isinstance(error, KnownError) and not isinstance(error, tuple(_FOLDER_MESSAGES)):
        return None  # already plain, and not about the folder's disk (a damaged copy…)
    kind = _said_kind(error) or _folder_kind(journal, folder)
    if kind is None and isinstance(error, (OSError, DiskError)):
        kind = DiskError
    return None if kind is None else kind(_FOLDER_MESSAGES[kind])


def _said_kind(error: Exception) -> type[KnownError] | None:
    """What the error itself says: its errno, or the core's own sorting."""
    code = error.errno if isinstance(error, OSError) else None
    if code in {errno.ENOSPC, errno.EDQUOT} or isinstance(error, DiskFull):
        return DiskFull
    if code in {errno.EROFS, errno.EACCES, errno.EPERM} or isinstance(error, ReadOnly):
        return ReadOnly
    return None


def _folder_kind(journal: Journal, folder: Path) -> type[KnownError] | None:
    """What the folder says when the error didn't: read-only, or too full for a copy."""
    if _read_only(folder):
        return ReadOnly
    if _too_little_space(journal, folder):
        return DiskFull
    return None


def _read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY) or not os.access(folder, os.W_OK)
    except OSError:
        return False


def _too_little_space(journal: Journal, folder: Path) -> bool:
    """Whether the folder can't hold a copy of the journal while it is written.

    The copy is written through a small rollback journal, so it needs about the
    journal's own size (database and log), plus room for the key slots.
    """
    parts = (journal.files.database, Path(f"{journal.files.database}-wal"))
    needed = sum(part.stat().st_size for part in parts if part.exists()) + _SPACE_MARGIN
    try:
        return shutil.disk_usage(folder).free < needed
    except OSError:
        return False


def _prepare_folder(journal: Journal, folder: Path) -> None:
    """Create the folder private; a chosen existing folder (a USB stick) keeps its mode."""
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(
            QT_TR_NOOP("{folder} is a file, not a folder. Please choose a folder for backups."),
            folder=folder,
        )
    if folder == journal.files.backups or not folder.exists():
        ensure_private_folder(folder)


def _unnamed(path: Path) -> BackupFile:
    """A backup the user renamed: its file time stands in for the name's."""
    stamp = path.stat().st_mtime
    return BackupFile(path, dt.datetime.fromtimestamp(stamp, dt.UTC), AUTOMATIC)


def _info(found: BackupFile, entries: int | None = None, note: str | None = None) -> BackupInfo:
    return BackupInfo(found.path, found.when, found.path.stat().st_size, entries, found.kind, note)
