"""Keeping entries that come from elsewhere, with the times and ids they had there.

``EntryStore.add`` stamps a new entry with the present; an import keeps the
source's created and modified times, where it came from and its id there (so
the same file imported again adds nothing), an archived entry's own id when it
is free, and its earlier versions. The caller holds one transaction around the
whole import (``Journal.all_or_nothing``); each entry is a savepoint inside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.records.entries import EntryFields, Revision
from app.storage.connection import Connection, transaction
from app.storage.entries import content_values
from app.storage.rows import join_tags, to_text
from app.storage.validation import clean_fields

_BATCH = 500  # ids per ``IN (…)`` query, well under SQLite's variable limit


class ImportedEntryStore:
    """Adds imported entries on one connection.

    Args:
        connection: a keyed, migrated connection.
    """

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def known_source_ids(self, source: str, source_ids: Iterable[str]) -> set[str]:
        """Which of ``source_ids`` from ``source`` the journal holds (the trash too)."""
        wanted = list(dict.fromkeys(source_ids))
        found: set[str] = set()
        for start in range(0, len(wanted), _BATCH):
            part = wanted[start : start + _BATCH]
            rows = self._db.execute(
                f"SELECT source_id FROM entries WHERE source = ?"
                f" AND source_id IN ({', '.join('?' * len(part))})",
                (source, *part),
            )
            found.update(str(row[0]) for row in rows)
        return found

    def known_entry_ids(self, entry_ids: Iterable[str]) -> set[str]:
        """Which of ``entry_ids`` are entries here already (the trash too)."""
        wanted = list(dict.fromkeys(entry_ids))
        found: set[str] = set()
        for start in range(0, len(wanted), _BATCH):
            part = wanted[start : start + _BATCH]
            rows = self._db.execute(
                f"SELECT uuid FROM entries WHERE uuid IN ({', '.join('?' * len(part))})", part
            )
            found.update(str(row[0]) for row in rows)
        return found

    def add(
        self,
        fields: EntryFields,
        *,
        created: dt.datetime,
        updated: dt.datetime,
        source: str | None,
        source_id: str | None,
        entry_id: str | None = None,
        revisions: Iterable[Revision] = (),
    ) -> str:
        """Keep one imported entry; returns its id (``entry_id`` when given and free).

        Raises:
            InvalidInput: a field cannot be stored (too long, a NUL character).
        """
        import uuid  # noqa: PLC0415 - only when importing

        fields = clean_fields(fields)
        assert fields.date is not None, "an imported entry always has its date"
        new_id = entry_id or str(uuid.uuid4())
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO entries (uuid, entry_date, created, updated, title, headline, body,"
                " tags, mood, theme, prompt_id, marked, heavy, energy, feeling, pulls,"
                " source, source_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id,
                    fields.date.isoformat(),
                    to_text(created),
                    to_text(updated),
                    *content_values(fields),
                    source,
                    source_id,
                ),
            )
            row_id = int(cursor.lastrowid or 0)
            self._db.executemany(
                "INSERT OR IGNORE INTO entry_tags (tag, entry) VALUES (?, ?)",
                [(tag, row_id) for tag in fields.tags],
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO entry_pulls (pull, entry) VALUES (?, ?)",
                [(pull, row_id) for pull in fields.pulls],
            )
            self._db.executemany(
                "INSERT INTO revisions (entry, saved, title, body, tags, mood)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (row_id, to_text(r.saved), r.title, r.body, join_tags(r.tags), r.mood)
                    for r in revisions
                ],
            )
        return new_id
