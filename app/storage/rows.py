"""Convert database rows to model objects and back.

Dates are ISO-8601 text; times are UTC with milliseconds, so they sort as text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.records.entries import Entry, EntrySummary, Revision

SUMMARY_COLUMNS = (
    "e.uuid, e.entry_date, e.created, e.updated, e.headline,"
    " e.mood, e.theme, e.marked, e.heavy, e.trashed"
)
ENTRY_COLUMNS = (
    f"{SUMMARY_COLUMNS}, e.title, e.body, e.tags, e.prompt_id, e.energy, e.feeling, e.pulls,"
    " e.source, e.source_id"
)
REVISION_COLUMNS = "id, saved, title, body, tags, mood"
Row = Sequence[object]


def to_text(moment: dt.datetime) -> str:
    """A UTC timestamp as sortable text."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


def to_time(text: object) -> dt.datetime:
    """Parse a stored timestamp."""
    return dt.datetime.fromisoformat(str(text))


def join_tags(tags: Sequence[str]) -> str:
    """Tags as stored in the entry row (and indexed for search)."""
    return "\n".join(tags)


def split_tags(text: object) -> tuple[str, ...]:
    """Tags read back from the entry row."""
    return tuple(tag for tag in str(text).split("\n") if tag)


def summary_from_row(row: Row) -> EntrySummary:
    """An ``EntrySummary`` from ``SUMMARY_COLUMNS``."""
    uuid, day, created, updated, headline, mood, theme, marked, heavy, trashed = row[:10]
    return EntrySummary(
        id=str(uuid),
        date=dt.date.fromisoformat(str(day)),
        created=to_time(created),
        updated=to_time(updated),
        headline=str(headline),
        mood=None if mood is None else int(str(mood)),
        theme=None if theme is None else str(theme),
        marked=bool(marked),
        heavy=bool(heavy),
        trashed=None if trashed is None else to_time(trashed),
    )


def entry_from_row(row: Row) -> Entry:
    """An ``Entry`` from ``ENTRY_COLUMNS``."""
    summary = summary_from_row(row)
    title, body, tags, prompt, energy, feeling, pulls, source, source_id = row[10:19]
    return Entry(
        id=summary.id,
        date=summary.date,
        created=summary.created,
        updated=summary.updated,
        title=str(title),
        headline=summary.headline,
        body=str(body),
        tags=split_tags(tags),
        mood=summary.mood,
        theme=summary.theme,
        prompt=None if prompt is None else str(prompt),
        marked=summary.marked,
        heavy=summary.heavy,
        trashed=summary.trashed,
        energy=None if energy is None else int(str(energy)),
        feeling=None if feeling is None else str(feeling),
        pulls=split_tags(pulls),
        source=None if source is None else str(source),
        source_id=None if source_id is None else str(source_id),
    )


def revision_from_row(row: Row) -> Revision:
    """A ``Revision`` from ``REVISION_COLUMNS``."""
    rev_id, saved, title, body, tags, mood = row
    return Revision(
        id=int(str(rev_id)),
        saved=to_time(saved),
        title=str(title),
        body=str(body),
        tags=split_tags(tags),
        mood=None if mood is None else int(str(mood)),
    )
