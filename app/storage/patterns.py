"""Patterns over time, counted in SQL: entries, moods and energies by week, and words.

Every query reads one period of live entries by the day written on them (the
person's own date, never a UTC time), so a week never loses an evening to a time
zone or a change of the clocks. A week starts on Monday: ``date(d, '-6 days',
'weekday 1')`` is the Monday on or before ``d``. See docs/plans/patterns.md.
"""

from __future__ import annotations

import datetime as dt

from app.records.patterns import Counted, Period, Week
from app.storage.connection import Connection
from app.storage.sql_errors import known_errors

_LIVE = "e.trashed IS NULL AND e.entry_date BETWEEN ? AND ?"
_COUNTS = (
    "SELECT {start} AS start, count(*),"
    " coalesce(sum(e.mood), 0), count(e.mood), coalesce(sum(e.energy), 0), count(e.energy),"
    f" sum(e.heavy) FROM entries e WHERE {_LIVE} GROUP BY start ORDER BY start"
)
_WEEKS = _COUNTS.format(start="date(e.entry_date, '-6 days', 'weekday 1')")
_MONTHS = _COUNTS.format(start="strftime('%Y-%m-01', e.entry_date)")
_WORDS = {
    "feeling": "SELECT e.feeling, count(*) FROM entries e"
    f" WHERE {_LIVE} AND coalesce(e.feeling, '') <> '' GROUP BY e.feeling",
    "theme": "SELECT e.theme, count(*) FROM entries e"
    f" WHERE {_LIVE} AND coalesce(e.theme, '') <> '' GROUP BY e.theme",
    "pull": "SELECT p.pull, count(*) FROM entry_pulls p JOIN entries e ON e.id = p.entry"
    f" WHERE {_LIVE} GROUP BY p.pull",
}


class PatternStore:
    """Reads the figures behind the Patterns page (``journal.patterns``)."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def weeks(self, period: Period) -> tuple[list[Week], int]:
        """Each week with entries in the period (Monday first), and how many were heavy."""
        with known_errors():
            rows = self._db.execute(_WEEKS, _bounds(period)).fetchall()
        weeks = [
            Week(dt.date.fromisoformat(str(row[0])), *(int(value) for value in row[1:6]))
            for row in rows
        ]
        return weeks, sum(int(row[6]) for row in rows)

    def months(self, period: Period) -> list[Week]:
        """Each calendar month with entries in the period (``start``: its first day)."""
        with known_errors():
            rows = self._db.execute(_MONTHS, _bounds(period)).fetchall()
        return [
            Week(dt.date.fromisoformat(str(row[0])), *(int(value) for value in row[1:6]))
            for row in rows
        ]

    def counted(self, what: str, period: Period) -> list[Counted]:
        """The feelings, themes or pulls named in the period, most often first."""
        with known_errors():
            rows = self._db.execute(_WORDS[what], _bounds(period)).fetchall()
        found = [Counted(str(name), int(count)) for name, count in rows]
        return sorted(found, key=lambda item: (-item.count, item.name.casefold()))

    def first_day(self) -> dt.date | None:
        """The earliest day written on a live entry (where "everything" starts)."""
        with known_errors():
            row = self._db.execute(
                "SELECT min(entry_date) FROM entries WHERE trashed IS NULL"
            ).fetchone()
        return None if row is None or row[0] is None else dt.date.fromisoformat(str(row[0]))

    def moods_by_day(self, period: Period) -> dict[dt.date, list[int]]:
        """Every mood given in the period, by the day written."""
        with known_errors():
            rows = self._db.execute(
                f"SELECT e.entry_date, e.mood FROM entries e WHERE {_LIVE} AND e.mood IS NOT NULL",
                _bounds(period),
            ).fetchall()
        days: dict[dt.date, list[int]] = {}
        for day, mood in rows:
            days.setdefault(dt.date.fromisoformat(str(day)), []).append(int(mood))
        return days


def _bounds(period: Period) -> tuple[str, str]:
    return period.since.isoformat(), period.until.isoformat()
