"""Entries: add, save, read, list, search, trash and revisions.

Every write is one short transaction (about a millisecond), so the UI can save
on a timer and the CLI can save once, with the same code. Saving an unchanged
entry writes nothing. A revision keeps the previous version when a change is
meaningful: the text changed after ten minutes without a revision, or a large
part was cut; an explicit edit always keeps one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from enum import Enum

from app.errors import EntryNotFound
from app.records.entries import Entry, EntryFields, EntryFilter, EntrySummary, Revision, SearchHit
from app.storage.connection import Connection, transaction
from app.storage.filters import where_clause
from app.storage.rows import (
    ENTRY_COLUMNS,
    REVISION_COLUMNS,
    SUMMARY_COLUMNS,
    entry_from_row,
    join_tags,
    revision_from_row,
    summary_from_row,
    to_text,
    to_time,
)
from app.storage.search import search as search_index
from app.storage.sql_errors import known_errors
from app.storage.validation import clean_fields, headline
from app.words import QT_TR_NOOP

Clock = Callable[[], dt.datetime]
REVISION_PAUSE = dt.timedelta(minutes=10)
LARGE_CUT_CHARS = 200
MIN_ID_PREFIX = 4
TIDY_PAGES = 100
_ID_PREFIX = re.compile(r"^[0-9a-f-]{4,36}$")  # at least MIN_ID_PREFIX characters


class RevisionPolicy(Enum):
    """When saving keeps the previous version."""

    AUTO = "auto"  # meaningful changes only (autosave)
    ALWAYS = "always"  # an explicit edit (the CLI's ``edit``)


def utc_now() -> dt.datetime:
    """The current time in UTC (the default clock)."""
    return dt.datetime.now(dt.UTC)


class EntryStore:
    """All reads and writes of entries on one connection.

    Args:
        connection: a keyed, migrated connection.
        clock: gives the current time; tests pass a fixed one.
    """

    def __init__(self, connection: Connection, clock: Clock = utc_now) -> None:
        self._db = connection
        self._clock = clock

    # ------------------------------------------------------------------ writing

    def add(self, fields: EntryFields) -> Entry:
        """Store a new entry and return it."""
        fields = clean_fields(fields)
        now = to_text(self._clock())
        import uuid  # noqa: PLC0415 - only when adding; start-up time is a budget

        entry_id = str(uuid.uuid4())
        day = (fields.date or self._clock().astimezone().date()).isoformat()
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO entries (uuid, entry_date, created, updated, title, headline, body,"
                " tags, mood, theme, prompt_id, marked, heavy, energy, feeling, pulls)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, day, now, now, *content_values(fields)),
            )
            self._set_labels(int(cursor.lastrowid or 0), fields)
        return self.get(entry_id)

    def save(
        self, entry_id: str, fields: EntryFields, policy: RevisionPolicy = RevisionPolicy.AUTO
    ) -> Entry:
        """Save new fields for an entry; a no-op when nothing changed."""
        fields = clean_fields(fields)
        with transaction(self._db):
            row_id, current = self._current(entry_id)
            if current.fields() == _with_date(fields, current.date):
                return current
            if self._wants_revision(row_id, current, fields, policy):
                self._keep_revision(row_id, current)
            self._db.execute(
                "UPDATE entries SET entry_date = ?, updated = ?, title = ?, headline = ?, body = ?,"
                " tags = ?, mood = ?, theme = ?, prompt_id = ?, marked = ?, heavy = ?,"
                " energy = ?, feeling = ?, pulls = ? WHERE id = ?",
                (
                    (fields.date or current.date).isoformat(),
                    to_text(self._clock()),
                    *content_values(fields),
                    row_id,
                ),
            )
            self._set_labels(row_id, fields, current)
        return self.get(current.id)

    def trash(self, entry_id: str) -> None:
        """Move an entry to the trash (it can be restored)."""
        self._set_trashed(entry_id, to_text(self._clock()), live=True)

    def restore(self, entry_id: str) -> None:
        """Bring an entry back from the trash."""
        self._set_trashed(entry_id, None, live=False)

    def purge(self, entry_id: str) -> None:
        """Delete a trashed entry and its revisions for good."""
        full_id = self.resolve_id(entry_id, trashed=True)
        with transaction(self._db):
            self._db.execute(
                "DELETE FROM entries WHERE uuid = ? AND trashed IS NOT NULL", (full_id,)
            )
            _drop_stale_index_words(self._db)

    def empty_trash(self) -> int:
        """Delete every trashed entry for good; returns how many."""
        with transaction(self._db):
            cursor = self._db.execute("DELETE FROM entries WHERE trashed IS NOT NULL")
            _drop_stale_index_words(self._db)
        return int(cursor.rowcount)

    def put(self, entry_id: str, fields: EntryFields, created: str, trashed: str | None) -> None:
        """An entry as another computer has it: added under its own id, or saved over.

        Words it replaces are kept as an earlier version, as an explicit edit's are.
        """
        fields = clean_fields(fields)
        now = to_text(self._clock())
        trashed = None if trashed is None else to_text(to_time(trashed))
        with transaction(self._db):
            row = self._db.execute("SELECT id FROM entries WHERE uuid = ?", (entry_id,)).fetchone()
            if row is None:
                cursor = self._db.execute(
                    "INSERT INTO entries (uuid, entry_date, created, updated, title, headline,"
                    " body, tags, mood, theme, prompt_id, marked, heavy, energy, feeling, pulls,"
                    " trashed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (entry_id, _day(fields), created, now, *content_values(fields), trashed),
                )
                self._set_labels(int(cursor.lastrowid or 0), fields)
                return
            current = self.get(entry_id)
            if (current.fields(), current.trashed) != (fields, _time_or_none(trashed)):
                self.save(entry_id, fields, RevisionPolicy.ALWAYS)
                self._db.execute(
                    "UPDATE entries SET trashed = ? WHERE uuid = ?", (trashed, entry_id)
                )

    def keep_words(self, entry_id: str, title: str, body: str) -> None:
        """Keep ``title`` and ``body`` as an earlier version of the entry (they lost a merge)."""
        row_id, current = self._current(entry_id)
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO revisions (entry, saved, title, body, tags, mood)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    row_id,
                    to_text(self._clock()),
                    title,
                    body,
                    join_tags(current.tags),
                    current.mood,
                ),
            )

    def restore_revision(self, entry_id: str, revision_id: int) -> Entry:
        """Make an earlier version current again (the version it replaces is kept)."""
        current = self.get(entry_id)
        revision = next((r for r in self.revisions(entry_id) if r.id == revision_id), None)
        if revision is None:
            raise EntryNotFound(QT_TR_NOOP("That earlier version no longer exists."))
        fields = EntryFields(
            body=revision.body,
            title=revision.title,
            date=current.date,
            tags=revision.tags,
            mood=revision.mood,
            theme=current.theme,
            prompt=current.prompt,
            marked=current.marked,
            heavy=current.heavy,
            energy=current.energy,
            feeling=current.feeling,
            pulls=current.pulls,
        )
        return self.save(current.id, fields, RevisionPolicy.ALWAYS)

    # ------------------------------------------------------------------ reading

    def get(self, entry_id: str) -> Entry:
        """One entry by id or unique id prefix (live or trashed)."""
        return self._current(entry_id)[1]

    def summaries(
        self, entry_filter: EntryFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[EntrySummary]:
        """Timeline rows, newest first, straight from the covering index."""
        condition, params = where_clause(entry_filter or EntryFilter())
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM entries e WHERE {condition}"
            " ORDER BY e.entry_date DESC, e.created DESC LIMIT ? OFFSET ?"
        )
        with known_errors():
            rows = self._db.execute(
                sql, (*params, -1 if limit is None else limit, offset)
            ).fetchall()
        return [summary_from_row(row) for row in rows]

    def count(self, entry_filter: EntryFilter | None = None) -> int:
        """How many entries match (for lazy list models)."""
        condition, params = where_clause(entry_filter or EntryFilter())
        with known_errors():
            row = self._db.execute(
                f"SELECT count(*) FROM entries e WHERE {condition}", params
            ).fetchone()
        return int(row[0])

    def search(
        self, query: str, entry_filter: EntryFilter | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Ranked full-text search with highlighted snippets (see ``app.storage.search``)."""
        return search_index(self._db, query, entry_filter, limit)

    def revisions(self, entry_id: str) -> list[Revision]:
        """Earlier versions of an entry, newest first."""
        row_id, _ = self._current(entry_id)
        with known_errors():
            rows = self._db.execute(
                f"SELECT {REVISION_COLUMNS} FROM revisions WHERE entry = ?"
                " ORDER BY saved DESC, id DESC",
                (row_id,),
            ).fetchall()
        return [revision_from_row(row) for row in rows]

    def prompt_last_used(self, since: dt.date) -> dict[str, dt.date]:
        """Prompt id -> the latest entry date that answered it, from ``since`` on.

        Trashed entries count too: the prompt was still answered.
        """
        with known_errors():
            rows = self._db.execute(
                "SELECT prompt_id, max(entry_date) FROM entries"
                " WHERE prompt_id IS NOT NULL AND entry_date >= ? GROUP BY prompt_id",
                (since.isoformat(),),
            ).fetchall()
        return {str(prompt): dt.date.fromisoformat(str(day)) for prompt, day in rows}

    def tidy_search_index(self, pages: int = TIDY_PAGES) -> bool:
        """Merge a little of the search index; True while there is more to merge.

        Autosave never merges (schema v3 turns automerge off), so this is called
        when writing pauses: each step does about ``pages`` pages (~10 ms for 100).
        """
        with transaction(self._db):
            before = self._db.total_changes
            self._db.execute(
                "INSERT INTO entries_fts (entries_fts, rank) VALUES ('merge', ?)", (pages,)
            )
            return self._db.total_changes - before > 1

    def checked_in_on(self, day: dt.date) -> bool:
        """Whether a live entry of that day came from a check-in (has its fields)."""
        with known_errors():
            row = self._db.execute(
                "SELECT 1 FROM entries WHERE entry_date = ? AND trashed IS NULL AND"
                " (prompt_id IS NOT NULL OR feeling IS NOT NULL OR pulls != '') LIMIT 1",
                (day.isoformat(),),
            ).fetchone()
        return row is not None

    def resolve_id(self, entry_id: str, trashed: bool | None = None) -> str:
        """The full id for an id or a unique prefix of at least four characters.

        Raises:
            EntryNotFound: no entry, or several, start with it.
        """
        prefix = entry_id.strip().lower()
        if 0 < len(prefix) < MIN_ID_PREFIX:
            raise EntryNotFound(
                QT_TR_NOOP("Please give at least {count} characters of the id."),
                count=MIN_ID_PREFIX,
            )
        if not _ID_PREFIX.match(prefix):
            raise _not_found(entry_id)
        sql = "SELECT uuid FROM entries WHERE uuid GLOB ?"
        if trashed is not None:
            sql += " AND trashed IS NOT NULL" if trashed else " AND trashed IS NULL"
        with known_errors():
            rows = self._db.execute(sql + " LIMIT 2", (prefix + "*",)).fetchall()
        if not rows:
            raise _not_found(entry_id)
        if len(rows) != 1:
            raise EntryNotFound(
                QT_TR_NOOP("More than one entry starts with {id}; please give more of the id."),
                id=repr(entry_id),
            )
        return str(rows[0][0])

    # ------------------------------------------------------------------ helpers

    def _current(self, entry_id: str) -> tuple[int, Entry]:
        """The entry's row id (for joins) and the entry."""
        full_id = self.resolve_id(entry_id)
        with known_errors():
            row = self._db.execute(
                f"SELECT {ENTRY_COLUMNS}, e.id FROM entries e WHERE e.uuid = ?", (full_id,)
            ).fetchone()
        if row is None:
            raise _not_found(entry_id)
        return int(row[-1]), entry_from_row(row)

    def _set_trashed(self, entry_id: str, when: str | None, live: bool) -> None:
        full_id = self.resolve_id(entry_id)
        if (self.get(full_id).trashed is None) != live:
            if live:
                raise EntryNotFound(QT_TR_NOOP("That entry is already in the trash."))
            raise EntryNotFound(QT_TR_NOOP("That entry isn't in the trash."))
        with transaction(self._db):
            self._db.execute("UPDATE entries SET trashed = ? WHERE uuid = ?", (when, full_id))

    def _set_labels(self, row_id: int, fields: EntryFields, current: Entry | None = None) -> None:
        """Keep the tag and pull lookup tables in step (untouched when unchanged)."""
        if current is None or current.tags != fields.tags:
            self._db.execute("DELETE FROM entry_tags WHERE entry = ?", (row_id,))
            self._db.executemany(
                "INSERT INTO entry_tags (tag, entry) VALUES (?, ?)",
                [(tag, row_id) for tag in fields.tags],
            )
        if current is None or current.pulls != fields.pulls:
            self._db.execute("DELETE FROM entry_pulls WHERE entry = ?", (row_id,))
            self._db.executemany(
                "INSERT INTO entry_pulls (pull, entry) VALUES (?, ?)",
                [(pull, row_id) for pull in fields.pulls],
            )

    def _wants_revision(
        self, row_id: int, current: Entry, fields: EntryFields, policy: RevisionPolicy
    ) -> bool:
        if policy == RevisionPolicy.ALWAYS:
            return True
        if (current.title, current.body, current.tags) == (fields.title, fields.body, fields.tags):
            return False  # only marks, mood or date changed: nothing worth keeping twice
        if len(current.body) - len(fields.body) >= LARGE_CUT_CHARS:
            return True
        row = self._db.execute(
            "SELECT max(saved) FROM revisions WHERE entry = ?", (row_id,)
        ).fetchone()
        last = to_time(row[0]) if row[0] else current.created
        return self._clock() - last >= REVISION_PAUSE

    def _keep_revision(self, row_id: int, current: Entry) -> None:
        self._db.execute(
            "INSERT INTO revisions (entry, saved, title, body, tags, mood)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                row_id,
                to_text(current.updated),
                current.title,
                current.body,
                join_tags(current.tags),
                current.mood,
            ),
        )


def _drop_stale_index_words(connection: Connection) -> None:
    """Merge the search index so words of deleted and edited text leave it now.

    Autosave does not use FTS5's secure-delete (it is too slow on every save), so
    deleting for good rebuilds the index segments instead: ~0.6 s at 10k entries,
    paid only when the user empties the trash or deletes an entry for good.
    """
    connection.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")


def content_values(fields: EntryFields) -> tuple[object, ...]:
    """The row values from ``title`` to ``pulls``, in ``INSERT`` order (imports share it)."""
    return (
        fields.title,
        headline(fields.title, fields.body),
        fields.body,
        join_tags(fields.tags),
        fields.mood,
        fields.theme,
        fields.prompt,
        int(fields.marked),
        int(fields.heavy),
        fields.energy,
        fields.feeling,
        join_tags(fields.pulls),
    )


def _day(fields: EntryFields) -> str:
    assert fields.date is not None  # an entry from another computer always has its day
    return fields.date.isoformat()


def _time_or_none(text: str | None) -> dt.datetime | None:
    return None if text is None else to_time(text)


def _with_date(fields: EntryFields, default: dt.date) -> EntryFields:
    return fields if fields.date is not None else replace(fields, date=default)


def _not_found(entry_id: str) -> EntryNotFound:
    shown = entry_id if len(entry_id) <= 40 else entry_id[:40] + "…"
    return EntryNotFound(QT_TR_NOOP("There is no entry with the id {id}."), id=repr(shown))
