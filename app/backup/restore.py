"""Put a backup in place of the journal, keeping the current one aside.

A restore never deletes anything: the current ``journal.db`` (with its ``-wal``
and ``-shm``) and ``journal.keys`` are moved into ``replaced-YYYYMMDD-HHMMSS/``
in the journal's folder. It works when the current journal is damaged or
missing, because it never opens the current journal, only moves it. The backup is
copied in first and swapped in last, and a restore a crash interrupted is finished
at the next start (see ``app.restore_swap``), so the journal never looks gone.
"""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

from app.copies import keys_beside
from app.errors import DiskFull, JournalDamaged, KnownError
from app.files import JournalFiles, ensure_private_folder
from app.journal import check_backup
from app.restore_swap import finish_interrupted_restore, stage, swap
from app.storage.lockfile import JournalLock
from app.vault.slot_secret import SlotSecret
from app.words import QT_TR_NOOP

BACKUP_FAILED_CHECK = QT_TR_NOOP(
    "This backup didn't pass its check, so it was not restored. Nothing was changed; "
    "an older backup may still be sound."
)


class RestoreFailed(KnownError):
    """The restore stopped halfway; the message says where the journal is now."""


def restore_backup(
    files: JournalFiles, backup: Path, secret: SlotSecret, now: dt.datetime | None = None
) -> Path | None:
    """Check ``backup`` with ``secret`` through its own key slots, then put it in place.

    Returns the folder the replaced journal was kept in (None when there was none).

    Raises:
        JournalNotFound: the backup or its ``.keys`` file is missing.
        WrongSecret, NoSlotAvailable: ``secret`` does not open the backup.
        JournalDamaged: the backup failed its check (nothing was changed).
        JournalBusy: the journal is open in another window or command.
        DiskFull, KnownError: the copy could not be made (nothing was changed).
        RestoreFailed: the swap stopped halfway; the next start finishes it.
    """
    report = check_backup(backup, keys_beside(backup), secret)
    if not report.ok:
        raise JournalDamaged(BACKUP_FAILED_CHECK)
    ensure_private_folder(files.folder)
    lock = JournalLock(files.lock)
    try:
        lock.make_exclusive()
        finish_interrupted_restore(files)
        return _restore(files, backup, now or dt.datetime.now(dt.UTC))
    finally:
        lock.release()


def _restore(files: JournalFiles, backup: Path, now: dt.datetime) -> Path | None:
    aside = _aside_folder(files, now)
    try:
        stage(files, backup, keys_beside(backup), aside)
    except OSError as error:
        raise _copy_failed(error) from error
    try:
        swap(files, aside)
    except OSError as error:
        raise RestoreFailed(
            QT_TR_NOOP(
                "The restore stopped halfway through. Nothing was deleted, and Threshold will "
                "finish it the next time it starts; the journal it replaces is in {folder}."
            ),
            folder=aside,
        ) from error
    return aside if aside.is_dir() else None


def _aside_folder(files: JournalFiles, now: dt.datetime) -> Path:
    """``replaced-YYYYMMDD-HHMMSS`` (UTC) that does not exist yet."""
    while True:
        aside = files.folder / f"replaced-{now.astimezone(dt.UTC).strftime('%Y%m%d-%H%M%S')}"
        if not aside.exists():
            return aside
        now += dt.timedelta(seconds=1)


def _copy_failed(error: OSError) -> KnownError:
    if error.errno in {errno.ENOSPC, errno.EDQUOT}:
        return DiskFull(
            QT_TR_NOOP(
                "There isn't enough space to restore this backup: it needs about as much free "
                "space as the backup takes. Nothing was changed; free some space and try again."
            )
        )
    reason = error.strerror or type(error).__name__
    return RestoreFailed(
        QT_TR_NOOP("The backup couldn't be copied in ({reason}). Nothing was changed."),
        reason=reason,
    )
