"""Backup file names: the one pattern rotation and listing trust.

Only files whose whole name matches are ever treated as backups (and so only
they can be rotated away); anything else in a chosen folder, such as a USB
stick, is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from app.copies import keys_beside

AUTOMATIC = "automatic"
BEFORE_UPGRADE = "before upgrade"
_AUTOMATIC_NAME = re.compile(r"threshold-(\d{8}-\d{6})\.db")
_UPGRADE_NAME = re.compile(r"before-upgrade-from-v\d+-(\d{8}T\d{6}Z)\.db")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    """A file named like a backup, with the time its name records (UTC)."""

    path: Path
    when: dt.datetime
    kind: str


def backup_name(when: dt.datetime) -> str:
    """``threshold-YYYYMMDD-HHMMSS.db`` in UTC, so names sort by time across DST."""
    return f"threshold-{when.astimezone(dt.UTC).strftime(_STAMP)}.db"


def parse_backup(path: Path) -> BackupFile | None:
    """The backup ``path`` names, or None when its name is not a backup's."""
    automatic = _AUTOMATIC_NAME.fullmatch(path.name)
    if automatic:
        when = dt.datetime.strptime(automatic[1], _STAMP).replace(tzinfo=dt.UTC)
        return BackupFile(path, when, AUTOMATIC)
    upgrade = _UPGRADE_NAME.fullmatch(path.name)
    if upgrade:
        when = dt.datetime.strptime(upgrade[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        return BackupFile(path, when, BEFORE_UPGRADE)
    return None


def backup_files(
    folder: Path, kinds: tuple[str, ...] = (AUTOMATIC, BEFORE_UPGRADE)
) -> list[BackupFile]:
    """Backups in ``folder`` of the given kinds, newest first (none if it is missing)."""
    try:
        children = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [parse_backup(child) for child in children if child.is_file()]
    chosen = [backup for backup in found if backup is not None and backup.kind in kinds]
    return sorted(chosen, key=lambda backup: backup.when, reverse=True)


def free_name(folder: Path, when: dt.datetime) -> Path:
    """A backup path in ``folder`` not yet taken (a later second if two collide)."""
    candidate = folder / backup_name(when)
    while candidate.exists() or keys_beside(candidate).exists():
        when += dt.timedelta(seconds=1)
        candidate = folder / backup_name(when)
    return candidate
