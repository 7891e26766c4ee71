"""What happened next: an entry linked to a later one, read back as pairs.

A link joins two entries by their row ids (``entry_links``, schema v11), so
deleting either for good removes it. A pair shows only while both entries are
live: trashing one hides it, restoring brings it back, and every read here
says so in SQL. The later entry must come after the earlier one: a later day,
or the same day and written afterwards. See docs/plans/patterns.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import EntryNotFound, InvalidInput
from app.records.entries import EntrySummary
from app.records.links import LinkedPair
from app.storage.connection import Connection, transaction
from app.storage.entries import Clock, utc_now
from app.storage.rows import SUMMARY_COLUMNS, summary_from_row, to_text, to_time
from app.storage.sql_errors import known_errors
from app.words import QT_TR_NOOP

# CROSS JOIN keeps the links as the outer loop: given an index on (trashed, entry_date)
# SQLite would otherwise walk every live entry of a period looking for links (115 ms at
# 100k entries with no link at all; benchmarks/patterns_bench.py).
_PAIRS = (
    "SELECT a.uuid, b.uuid, a.entry_date, b.entry_date, l.created"
    " FROM entry_links l CROSS JOIN entries a ON a.id = l.entry"
    " CROSS JOIN entries b ON b.id = l.next"
    " WHERE a.trashed IS NULL AND b.trashed IS NULL"
)
_ORDER = " ORDER BY a.entry_date, a.created, b.entry_date, b.created"
_FIRST_DAY = dt.date.min.isoformat()
_LAST_DAY = dt.date.max.isoformat()


@dataclass(frozen=True)
class _Row:
    """An entry as a link needs it: its row id, its day, when written, whether trashed."""

    id: int
    date: str
    created: str
    trashed: bool


class LinkStore:
    """Links entries to what happened next (``journal.links``).

    Args:
        connection: a keyed, migrated connection.
        clock: gives the current time (when a link was made); tests pass a fixed one.
    """

    def __init__(self, connection: Connection, clock: Clock = utc_now) -> None:
        self._db = connection
        self._clock = clock

    # ------------------------------------------------------------------ writing

    def link(self, earlier: str, later: str) -> LinkedPair:
        """Link ``later`` to ``earlier`` as what happened next; again, nothing changes.

        Raises:
            InvalidInput: one entry twice, ``later`` written before ``earlier``, or
                an entry missing or in the trash; nothing was linked.
        """
        with transaction(self._db):
            first, second = self._linkable(earlier, later, live=True)
            self._db.execute(
                "INSERT OR IGNORE INTO entry_links (entry, next, created) VALUES (?, ?, ?)",
                (first.id, second.id, to_text(self._clock())),
            )
        return self._pair(earlier, later)

    def keep(self, earlier: str, later: str, linked: dt.datetime) -> bool:
        """Keep a link as an archive gives it (either entry may be in the trash here).

        Returns False when it was here already. Called inside an import's transaction.

        The two need not be in order: a date changed after linking moves an entry,
        and the link stays as the person made it.

        Raises:
            EntryNotFound: an entry is not in the journal.
            InvalidInput: an entry linked to itself.
        """
        with transaction(self._db):
            first, second = self._linkable(earlier, later, live=False, ordered=False)
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO entry_links (entry, next, created) VALUES (?, ?, ?)",
                (first.id, second.id, to_text(linked)),
            )
        return cursor.rowcount > 0

    def unlink(self, earlier: str, later: str) -> None:
        """Remove the link between two entries (nothing happens if there is none)."""
        with transaction(self._db):
            self._db.execute(
                "DELETE FROM entry_links WHERE entry = (SELECT id FROM entries WHERE uuid = ?)"
                " AND next = (SELECT id FROM entries WHERE uuid = ?)",
                (earlier, later),
            )

    # ------------------------------------------------------------------ reading

    def pairs(self, since: dt.date | None = None, until: dt.date | None = None) -> list[LinkedPair]:
        """Every pair of live entries, by the earlier one's day, then the later one's.

        With ``since`` or ``until``, the pairs with either entry's day in that period.
        """
        low = since.isoformat() if since else _FIRST_DAY
        high = until.isoformat() if until else _LAST_DAY
        return self._read(
            " AND (a.entry_date BETWEEN ? AND ? OR b.entry_date BETWEEN ? AND ?)",
            (low, high, low, high),
        )

    def next_of(self, entry: str) -> list[LinkedPair]:
        """The pairs in which ``entry`` comes first: what happened after it."""
        return self._read(" AND a.uuid = ?", (entry,))

    def before_of(self, entry: str) -> list[LinkedPair]:
        """The pairs in which ``entry`` tells what happened next: what came before it."""
        return self._read(" AND b.uuid = ?", (entry,))

    def linked_next(self, entry: str) -> list[EntrySummary]:
        """The live entries linked as what happened after ``entry``, whatever their dates now."""
        with known_errors():
            rows = self._db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM entry_links l CROSS JOIN entries e ON e.id = l.next"
                " WHERE l.entry = (SELECT id FROM entries WHERE uuid = ?) AND e.trashed IS NULL"
                " ORDER BY e.entry_date DESC, e.created DESC",
                (entry,),
            ).fetchall()
        return [summary_from_row(found) for found in rows]

    def later_than(self, entry: str) -> list[EntrySummary]:
        """The live entries that could tell what happened after ``entry``, newest first.

        Raises:
            InvalidInput: the entry is missing or in the trash.
        """
        row = self._entry(entry, live=True)
        with known_errors():
            rows = self._db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM entries e WHERE e.trashed IS NULL"
                " AND (e.entry_date > ? OR (e.entry_date = ? AND e.created > ?))"
                " ORDER BY e.entry_date DESC, e.created DESC",
                (row.date, row.date, row.created),
            ).fetchall()
        return [summary_from_row(found) for found in rows]

    # ------------------------------------------------------------------ helpers

    def _read(self, where: str, values: Sequence[object]) -> list[LinkedPair]:
        with known_errors():
            rows = self._db.execute(_PAIRS + where + _ORDER, tuple(values)).fetchall()
        return [
            LinkedPair(
                earlier=str(row[0]),
                later=str(row[1]),
                earlier_date=dt.date.fromisoformat(str(row[2])),
                later_date=dt.date.fromisoformat(str(row[3])),
                linked=to_time(row[4]),
            )
            for row in rows
        ]

    def _pair(self, earlier: str, later: str) -> LinkedPair:
        found = [pair for pair in self.next_of(earlier) if pair.later == later]
        return found[0]

    def _linkable(
        self, earlier: str, later: str, *, live: bool, ordered: bool = True
    ) -> tuple[_Row, _Row]:
        """Both entries, checked: two of them, each there (and live), in order."""
        if earlier == later:
            raise InvalidInput(
                QT_TR_NOOP("An entry can't be linked to itself; please choose a later one.")
            )
        first, second = self._entry(earlier, live), self._entry(later, live)
        if ordered and (second.date, second.created) <= (first.date, first.created):
            raise InvalidInput(
                QT_TR_NOOP(
                    "What happened next has to be an entry written after the first one. "
                    "Nothing was linked."
                )
            )
        return first, second

    def _entry(self, entry: str, live: bool) -> _Row:
        with known_errors():
            row = self._db.execute(
                "SELECT id, entry_date, created, trashed FROM entries WHERE uuid = ?", (entry,)
            ).fetchone()
        if row is None:  # the window asks about entries it showed; an archive, about any
            missing = InvalidInput if live else EntryNotFound
            raise missing("That entry is no longer in the journal. Nothing was linked.")
        found = _Row(int(row[0]), str(row[1]), str(row[2]), row[3] is not None)
        if live and found.trashed:
            raise InvalidInput(
                QT_TR_NOOP("That entry is in the trash. You can restore it first, then link it.")
            )
        return found
