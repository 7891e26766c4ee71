"""A glance inside a backup before restoring it: how many entries, which days, the newest.

Why: choosing among backups by date alone is guesswork ("did the one from
Tuesday already have that entry?"). The preview opens the backup read-only and
immutable (nothing is written beside it) and reads only what the timeline would
show: dates and headlines. An entry marked heavy is named as such, never quoted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.storage.connection import Connection
from app.storage.read_only import read_with_first_key
from app.storage.sql_errors import known_errors

NEWEST_SHOWN = 5


@dataclass(frozen=True)
class PreviewRow:
    """One of the newest entries: its day and headline (empty for a heavy entry)."""

    day: dt.date
    headline: str
    heavy: bool


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, in brief.

    Attributes:
        entries: entries not in the trash.
        first_day, last_day: the oldest and newest entry dates (None when empty).
        newest: the newest entries, newest first.
    """

    entries: int
    first_day: dt.date | None
    last_day: dt.date | None
    newest: tuple[PreviewRow, ...]


def preview_read_only(
    path: Path, keys: list[bytes], limit: int = NEWEST_SHOWN
) -> BackupPreview | None:
    """Open ``path`` read-only with the first key that fits; None if none fits."""
    return read_with_first_key(path, keys, lambda connection: _preview(connection, limit))


def _preview(connection: Connection, limit: int) -> BackupPreview:
    with known_errors():
        count, first, last = connection.execute(
            "SELECT count(*), min(entry_date), max(entry_date) FROM entries WHERE trashed IS NULL"
        ).fetchone()
        rows = connection.execute(
            "SELECT entry_date, headline, heavy FROM entries WHERE trashed IS NULL"
            " ORDER BY entry_date DESC, created DESC LIMIT ?",
            (limit,),
        ).fetchall()
    return BackupPreview(
        entries=int(count),
        first_day=_day(first),
        last_day=_day(last),
        newest=tuple(
            PreviewRow(_day(day) or dt.date.min, "" if heavy else str(headline), bool(heavy))
            for day, headline, heavy in rows
        ),
    )


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None
