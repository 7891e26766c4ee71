"""The export log: when something left the vault, in which format, how many entries.

It lives inside the encrypted database and records only what a person needs to
remember that an export happened: never the text, titles, ids or names. The
selection is one of a few fixed words, and anything else is refused, so no
caller can slip content into the log by mistake.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import InvalidInput
from app.storage.connection import Connection, transaction
from app.storage.export_progress import clear_exports, note_export, noted_exports
from app.storage.rows import to_text, to_time
from app.storage.sql_errors import known_errors
from app.words import QT_TR_NOOP

FORMATS = frozenset({"pdf", "md", "html", "txt", "print", "archive", "csv"})
SELECTIONS = frozenset({"current entry", "several entries", "filter", "everything"})


@dataclass(frozen=True)
class ExportRecord:
    """One export, as logged."""

    id: int
    at: dt.datetime
    format: str
    entries: int
    selection: str


class ExportLog:
    """Reads and writes the export log on one connection."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def record(self, fmt: str, entries: int, selection: str) -> ExportRecord:
        """Log one export made now.

        Raises:
            InvalidInput: an unknown format or selection kind, or a negative count.
        """
        if fmt not in FORMATS or selection not in SELECTIONS or entries < 0:
            raise InvalidInput(
                QT_TR_NOOP("The export log only records a known format and selection.")
            )
        at = dt.datetime.now(dt.UTC)
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO export_log (at, format, entries, selection) VALUES (?, ?, ?, ?)",
                (to_text(at), fmt, entries, selection),
            )
        return ExportRecord(int(cursor.lastrowid or 0), at, fmt, entries, selection)

    def note_writing(self, folder: str) -> str:
        """Note an export starting to write into ``folder``; return a token to clear it."""
        return note_export(self._db, folder)

    def clear_writing(self, tokens: list[str]) -> None:
        """Forget notes of exports that finished (or whose folders were swept)."""
        clear_exports(self._db, tokens)

    def writing(self) -> dict[str, str]:
        """Token -> folder of exports noted and never cleared (interrupted, or running)."""
        return noted_exports(self._db)

    def recent(self, limit: int = 50) -> list[ExportRecord]:
        """The latest exports, newest first."""
        with known_errors():
            rows = self._db.execute(
                "SELECT id, at, format, entries, selection FROM export_log"
                " ORDER BY at DESC, id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            ExportRecord(int(row[0]), to_time(row[1]), str(row[2]), int(row[3]), str(row[4]))
            for row in rows
        ]
