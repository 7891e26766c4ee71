"""My reasons: the short list a person writes to reread in a moment of doubt.

The user writes and orders them; the order is theirs (``position``), kept dense
(0, 1, 2, ...) so moving one is a small, exact change. Every change is one short
transaction, so editing in place can save on every edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import EntryNotFound, InvalidInput
from app.storage.connection import Connection, transaction
from app.storage.rows import to_text
from app.storage.sql_errors import known_errors
from app.storage.validation import check_text
from app.words import QT_TR_NOOP

_GONE = QT_TR_NOOP("That reason no longer exists.")

MAX_REASON_CHARS = 1000
MAX_REASONS = 200


@dataclass(frozen=True)
class Reason:
    """One reason, in the user's words."""

    id: int
    text: str


class ReasonStore:
    """Reads and writes the reasons list."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def all(self) -> list[Reason]:
        """Every reason, in the user's order."""
        with known_errors():
            rows = self._db.execute("SELECT id, text FROM reasons ORDER BY position, id")
            return [Reason(int(row[0]), str(row[1])) for row in rows]

    def add(self, text: str, position: int | None = None) -> Reason:
        """Add a reason (at the end, or at ``position``)."""
        text = clean_reason(text)
        now = _now()
        with transaction(self._db):
            count = int(self._db.execute("SELECT count(*) FROM reasons").fetchone()[0])
            if count >= MAX_REASONS:
                raise InvalidInput(
                    QT_TR_NOOP("The list can hold up to {limit} reasons."), limit=MAX_REASONS
                )
            at = count if position is None else max(0, min(position, count))
            self._db.execute(
                "UPDATE reasons SET position = position + 1 WHERE position >= ?", (at,)
            )
            cursor = self._db.execute(
                "INSERT INTO reasons (position, text, created, updated) VALUES (?, ?, ?, ?)",
                (at, text, now, now),
            )
        return Reason(int(cursor.lastrowid or 0), text)

    def update(self, reason_id: int, text: str) -> Reason:
        """Change a reason's words."""
        text = clean_reason(text)
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE reasons SET text = ?, updated = ? WHERE id = ?", (text, _now(), reason_id)
            )
        if cursor.rowcount == 0:
            raise EntryNotFound(_GONE)
        return Reason(reason_id, text)

    def remove(self, reason_id: int) -> None:
        """Delete a reason (the caller asks first); the others close the gap."""
        with transaction(self._db):
            row = self._db.execute(
                "SELECT position FROM reasons WHERE id = ?", (reason_id,)
            ).fetchone()
            if row is None:
                raise EntryNotFound(_GONE)
            self._db.execute("DELETE FROM reasons WHERE id = ?", (reason_id,))
            self._db.execute("UPDATE reasons SET position = position - 1 WHERE position > ?", row)

    def move(self, reason_id: int, position: int) -> None:
        """Move a reason to ``position`` (0 is the top); the others shift to make room."""
        with transaction(self._db):
            ids = [
                int(r[0]) for r in self._db.execute("SELECT id FROM reasons ORDER BY position, id")
            ]
            if reason_id not in ids:
                raise EntryNotFound(_GONE)
            ids.remove(reason_id)
            ids.insert(max(0, min(position, len(ids))), reason_id)
            self._db.executemany(
                "UPDATE reasons SET position = ? WHERE id = ?", list(enumerate(ids))
            )


def clean_reason(text: str) -> str:
    """One reason, trimmed; refused when empty or too long.

    Raises:
        InvalidInput: nothing to keep, or more than ``MAX_REASON_CHARS`` characters.
    """
    check_text(text, QT_TR_NOOP("reason"))
    text = text.strip()
    if not text:
        raise InvalidInput(QT_TR_NOOP("A reason needs a few words. Nothing was changed."))
    if len(text) > MAX_REASON_CHARS:
        raise InvalidInput(
            QT_TR_NOOP(
                "A reason can be up to {limit} characters; longer thoughts fit "
                "well in an entry you mark to remember."
            ),
            limit=MAX_REASON_CHARS,
        )
    return text


def _now() -> str:
    return to_text(dt.datetime.now(dt.UTC))
