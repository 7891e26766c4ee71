"""Which automatic backups to keep: the newest of each recent day and week.

Counted like borg's ``--keep-daily 7 --keep-weekly 4``: the 7 most recent days
*that have a backup*, then the 4 most recent ISO weeks beyond those. Counting days
with backups rather than calendar days means a month away from the app never ages
the whole history out in one go. Pre-upgrade backups and any other file are never
touched, and the newest backup is always kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

from app.backup.names import AUTOMATIC, BackupFile, backup_files
from app.copies import keys_beside

log = logging.getLogger(__name__)


def rotate(folder: Path, now: dt.datetime, daily: int = 7, weekly: int = 4) -> list[Path]:
    """Delete automatic backups the rotation no longer keeps; returns what was removed.

    Backups dated after ``now`` (a clock that jumped back) are always kept.
    """
    backups = backup_files(folder, kinds=(AUTOMATIC,))
    keep = kept(backups, now, daily, weekly)
    removed = [backup.path for backup in backups if backup.path not in keep]
    for path in removed:
        _remove_backup(path)
    if removed:
        log.info("Rotation removed %d older backup(s).", len(removed))
    return removed


def kept(backups: Sequence[BackupFile], now: dt.datetime, daily: int, weekly: int) -> set[Path]:
    """The paths rotation keeps among ``backups`` (newest first)."""
    past = [backup for backup in backups if backup.when <= now]
    keep: set[Path] = set()
    _keep_newest_per_period(past, _day, daily, keep)
    _keep_newest_per_period(past, _iso_week, weekly, keep)
    keep |= {backup.path for backup in backups if backup.when > now}
    if backups:
        keep.add(backups[0].path)  # never the newest, whatever the counts say
    return keep


def _keep_newest_per_period(
    backups: Sequence[BackupFile],
    period: Callable[[dt.datetime], Hashable],
    count: int,
    keep: set[Path],
) -> None:
    """Keep the newest of each of the ``count`` latest periods not already covered.

    A period whose newest backup an earlier rule already keeps (a week whose last
    backup is one of the daily ones) is used up without counting, so the weekly
    keeps reach *beyond* the daily ones.
    """
    seen: set[Hashable] = set()
    added = 0
    for backup in backups:
        if added >= count:
            return
        key = period(backup.when)
        if key in seen:
            continue
        seen.add(key)
        if backup.path not in keep:
            keep.add(backup.path)
            added += 1


def _day(when: dt.datetime) -> Hashable:
    return when.date()


def _iso_week(when: dt.datetime) -> Hashable:
    year, week, _ = when.isocalendar()
    return (year, week)


def _remove_backup(path: Path) -> None:
    """Remove a backup's database, then its key file (never the other way round)."""
    for part in (path, keys_beside(path)):
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
