"""Turn an ``EntryFilter`` into a SQL condition with bound parameters.

Values are always bound, never formatted into SQL. The table alias is ``e``.
"""

from __future__ import annotations

from app.records.entries import EntryFilter

Params = list[object]


def where_clause(entry_filter: EntryFilter) -> tuple[str, Params]:
    """A ``WHERE`` body (without the keyword) and its parameters."""
    conditions = ["e.trashed IS NOT NULL" if entry_filter.trashed else "e.trashed IS NULL"]
    params: Params = []
    if entry_filter.since is not None:
        conditions.append("e.entry_date >= ?")
        params.append(entry_filter.since.isoformat())
    if entry_filter.until is not None:
        conditions.append("e.entry_date <= ?")
        params.append(entry_filter.until.isoformat())
    for tag in entry_filter.tags:
        conditions.append("e.id IN (SELECT entry FROM entry_tags WHERE tag = ?)")
        params.append(tag.lstrip("#").strip())
    if entry_filter.theme is not None:
        conditions.append("e.theme = ?")
        params.append(entry_filter.theme)
    if entry_filter.mood is not None:
        conditions.append("e.mood = ?")
        params.append(entry_filter.mood)
    if entry_filter.marked is not None:
        conditions.append("e.marked = ?")
        params.append(int(entry_filter.marked))
    if entry_filter.heavy is not None:
        conditions.append("e.heavy = ?")
        params.append(int(entry_filter.heavy))
    if entry_filter.pull is not None:
        conditions.append("e.id IN (SELECT entry FROM entry_pulls WHERE pull = ?)")
        params.append(entry_filter.pull.strip())
    if entry_filter.feeling is not None:
        conditions.append("e.feeling = ? COLLATE NOCASE")
        params.append(entry_filter.feeling.strip())
    return " AND ".join(conditions), params
