"""Put a backup in place of the journal, keeping the current one aside.

A restore never deletes anything: the current ``journal.db`` (with its ``-wal``
and ``-shm``) and ``journal.keys`` are moved into ``replaced-YYYYMMDD-HHMMSS/``
in the journal's folder first. It works when the current journal is damaged or
missing, because it never opens the current journal, only moves it. If a step
fails, the original files are moved back and the error says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path

from app.backup.names import keys_beside
from app.errors import JournalDamaged, KnownError
from app.files import (
    PRIVATE_FILE_MODE,
    JournalFiles,
    ensure_private_folder,
    sync_folder,
    write_private_file_atomically,
)
from app.journal import check_backup
from app.storage.lockfile import JournalLock
from app.vault.vault import SlotSecret

_DATABASE_PARTS = ("", "-wal", "-shm", "-journal")
BACKUP_FAILED_CHECK = (
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
        RestoreFailed: a step failed; the original journal was put back.
    """
    report = check_backup(backup, keys_beside(backup), secret)
    if not report.ok:
        raise JournalDamaged(BACKUP_FAILED_CHECK)
    ensure_private_folder(files.folder)
    lock = JournalLock(files.lock)
    try:
        lock.make_exclusive()
        return _swap_in(files, backup, now or dt.datetime.now(dt.UTC))
    finally:
        lock.release()


def _swap_in(files: JournalFiles, backup: Path, now: dt.datetime) -> Path | None:
    """Move the current journal aside, copy the backup in, and undo on any failure."""
    aside = _aside_folder(files, now)
    moved = _move_aside(files, aside)
    try:
        _copy_into_place(files, backup)
    except BaseException as error:
        _undo(files, aside, moved, error)
        raise
    if moved:
        return aside
    _drop_empty(aside)
    return None


def _undo(files: JournalFiles, aside: Path, moved: list[Path], error: BaseException) -> None:
    """Remove what was copied in and move the originals back; raise what happened."""
    try:
        _remove_copied(files)
        _move_back(files, aside, moved)
    except OSError as undo_error:
        raise RestoreFailed(
            "The restore couldn't be finished, and the journal couldn't be put back "
            f"automatically. Nothing was deleted: its files are in {aside}."
        ) from undo_error
    if isinstance(error, Exception):
        raise RestoreFailed(_rolled_back_message(error)) from error


def _aside_folder(files: JournalFiles, now: dt.datetime) -> Path:
    """``replaced-YYYYMMDD-HHMMSS`` (UTC) that does not exist yet."""
    while True:
        aside = files.folder / f"replaced-{now.astimezone(dt.UTC).strftime('%Y%m%d-%H%M%S')}"
        if not aside.exists():
            return aside
        now += dt.timedelta(seconds=1)


def _current_parts(files: JournalFiles) -> list[Path]:
    parts = [Path(f"{files.database}{suffix}") for suffix in _DATABASE_PARTS]
    return [part for part in [*parts, files.key_slots] if part.exists()]


def _move_aside(files: JournalFiles, aside: Path) -> list[Path]:
    """Rename each part of the current journal into ``aside``; the renames stay on one disk."""
    ensure_private_folder(aside)
    moved: list[Path] = []
    try:
        for part in _current_parts(files):
            os.replace(part, aside / part.name)
            moved.append(part)
    except BaseException:
        _move_back(files, aside, moved)
        raise
    sync_folder(files.folder)
    return moved


def _copy_into_place(files: JournalFiles, backup: Path) -> None:
    """Copy the backup's database and key slots in, each through a 0600 temp file."""
    temp = files.folder / ".journal.db.restoring"
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with backup.open("rb") as source, os.fdopen(descriptor, "wb") as target:
            shutil.copyfileobj(source, target, 1024 * 1024)
            target.flush()
            os.fsync(target.fileno())
        os.replace(temp, files.database)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    write_private_file_atomically(files.key_slots, keys_beside(backup).read_bytes())


def _remove_copied(files: JournalFiles) -> None:
    """After the originals were moved aside, anything in their place came from the copy."""
    for part in _current_parts(files):
        part.unlink()


def _move_back(files: JournalFiles, aside: Path, moved: list[Path]) -> None:
    for part in moved:
        os.replace(aside / part.name, part)
    sync_folder(files.folder)
    _drop_empty(aside)


def _drop_empty(aside: Path) -> None:
    with contextlib.suppress(OSError):
        aside.rmdir()


def _rolled_back_message(error: Exception) -> str:
    cause = error.message if isinstance(error, KnownError) else type(error).__name__
    return (
        f"The restore couldn't be finished ({cause}). Your journal was put back exactly "
        "as it was; nothing was deleted."
    )
