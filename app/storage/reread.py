"""What "remind me why" shows: marked entries, chosen themes, and this day in past years.

Each list is one indexed query (marked entries and month-days have their own
partial indexes), and excerpts are cut in SQL so only the first few hundred
characters of each body are read back: with years of entries this opens in a
few milliseconds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.records.entries import EntrySummary
from app.storage.connection import Connection
from app.storage.rows import SUMMARY_COLUMNS, summary_from_row
from app.storage.sql_errors import known_errors

EXCERPT_CHARS = 240
_READ_CHARS = 800  # enough body to make an excerpt after dropping Markdown marks
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)", re.MULTILINE)
_EMPHASIS = re.compile(r"[*_`]{1,3}")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Excerpt:
    """An entry's list row and the start of its text, plain."""

    entry: EntrySummary
    text: str


class RereadStore:
    """Reads the lists "remind me why" shows; it never writes."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def marked_entries(self, limit: int = 500) -> list[Excerpt]:
        """Entries marked "remember this", newest first."""
        return _excerpts(
            self._db,
            "SELECT {columns} FROM entries e INDEXED BY entries_marked"
            " WHERE e.marked = 1 AND e.trashed IS NULL"
            " ORDER BY e.entry_date DESC, e.created DESC LIMIT ?",
            (limit,),
        )

    def theme_entries(self, themes: Sequence[str], limit: int = 50) -> list[Excerpt]:
        """Unmarked entries on the chosen themes, newest first (marked ones are listed above)."""
        if not themes:
            return []
        marks = ", ".join("?" * len(themes))
        return _excerpts(
            self._db,
            "SELECT {columns} FROM entries e WHERE e.trashed IS NULL AND e.marked = 0"
            f" AND e.theme IN ({marks}) ORDER BY e.entry_date DESC, e.created DESC LIMIT ?",
            (*themes, limit),
        )

    def on_this_day(self, today: dt.date) -> list[EntrySummary]:
        """Entries written on this month and day in earlier years, newest first."""
        with known_errors():
            rows = self._db.execute(
                # Without the hint SQLite walks the whole timeline index for "earlier years".
                f"SELECT {SUMMARY_COLUMNS} FROM entries e INDEXED BY entries_month_day"
                " WHERE substr(e.entry_date, 6, 5) = ? AND e.trashed IS NULL AND e.entry_date < ?"
                " ORDER BY e.entry_date DESC, e.created DESC",
                (today.isoformat()[5:], f"{today.year:04d}-01-01"),
            ).fetchall()
        return [summary_from_row(row) for row in rows]


def excerpt(body: str) -> str:
    """The start of a body as one plain line, cut at a word near ``EXCERPT_CHARS``."""
    text = _SPACES.sub(" ", _EMPHASIS.sub("", _MARKUP.sub("", body))).strip()
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text.rfind(" ", 0, EXCERPT_CHARS)
    return text[: cut if cut > EXCERPT_CHARS // 2 else EXCERPT_CHARS].rstrip(",;:") + "…"


def _excerpts(connection: Connection, sql: str, params: tuple[object, ...]) -> list[Excerpt]:
    columns = f"{SUMMARY_COLUMNS}, substr(e.body, 1, {_READ_CHARS})"
    with known_errors():
        rows = connection.execute(sql.format(columns=columns), params).fetchall()
    return [Excerpt(summary_from_row(row), excerpt(str(row[10]))) for row in rows]
