"""Turn an ``EntryFilter`` into a SQL condition with bound parameters.

Values are always bound, never formatted into SQL. The table alias is ``e``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app.records.entries import EntryFilter

Params = list[object]
Fields = tuple[tuple[str, str, Callable[[Any], object]], ...]
"""(filter field, its condition, how its value is bound): a field that is set adds both."""

_DATES: Fields = (
    ("since", "e.entry_date >= ?", dt.date.isoformat),
    ("until", "e.entry_date <= ?", dt.date.isoformat),
)
_TAG = "e.id IN (SELECT entry FROM entry_tags WHERE tag = ?)"
_LABELS: Fields = (
    ("theme", "e.theme = ?", lambda theme: theme),
    ("mood", "e.mood = ?", lambda mood: mood),
    ("marked", "e.marked = ?", int),
    ("heavy", "e.heavy = ?", int),
    ("pull", "e.id IN (SELECT entry FROM entry_pulls WHERE pull = ?)", str.strip),
    ("feeling", "e.feeling = ? COLLATE NOCASE", str.strip),
    ("source", "e.source = ?", str),
)


def where_clause(entry_filter: EntryFilter) -> tuple[str, Params]:
    """A ``WHERE`` body (without the keyword) and its parameters."""
    conditions = ["e.trashed IS NOT NULL" if entry_filter.trashed else "e.trashed IS NULL"]
    params: Params = []
    tags = [(_TAG, tag.lstrip("#").strip()) for tag in entry_filter.tags]
    for condition, param in [*_set(entry_filter, _DATES), *tags, *_set(entry_filter, _LABELS)]:
        conditions.append(condition)
        params.append(param)
    return " AND ".join(conditions), params


def _set(entry_filter: EntryFilter, fields: Fields) -> list[tuple[str, object]]:
    """The conditions and bound values of the ``fields`` that are set (not None)."""
    return [
        (condition, bind(value))
        for name, condition, bind in fields
        if (value := getattr(entry_filter, name)) is not None
    ]
