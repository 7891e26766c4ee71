"""Attachments: the original bytes of pictures and documents, inside the encrypted database.

Adding one is one transaction (the row and every chunk, or nothing), so a crash
while attaching leaves no half attachment. Bytes are read back a chunk at a time;
``check`` re-hashes every attachment against the SHA-256 taken when it arrived.
Deleting an entry for good deletes its attachments with it (the schema cascades,
and ``secure_delete`` overwrites the freed pages).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from app.digests import sha256_stream
from app.errors import AttachmentNotFound, EntryNotFound
from app.records.attachments import Attachment, Incoming, MediaKind, referenced_ids
from app.storage.connection import Connection, transaction
from app.storage.rows import Row, to_text, to_time
from app.storage.sql_errors import known_errors
from app.words import QT_TR_NOOP

CHUNK_BYTES = 1 << 20
"""How much of a file one row holds: small enough to hold twice, large enough to be few."""

Clock = Callable[[], dt.datetime]

_COLUMNS = "a.uuid, e.uuid, a.name, a.mime, a.size, a.sha256, a.added, a.width, a.height"
_FROM = "FROM attachments a LEFT JOIN entries e ON e.id = a.entry"  # evidence has no entry


@dataclass(frozen=True)
class AttachmentFindings:
    """What a full check of the attachments found (counts and ids, never names or bytes).

    Attributes:
        problems: damage: a hash that no longer matches, missing or stray chunks.
        notes: not damage, worth knowing: attachments no text refers to any more,
            and references to attachments that are not in the journal.
        count: how many attachments were checked.
    """

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    count: int = 0


class AttachmentStore:
    """All reads and writes of attachments on one connection.

    Args:
        connection: a keyed, migrated connection. A window attaches on a worker
            thread through a connection of its own (``Journal.attachment_writer``).
        clock: gives the current time; tests pass a fixed one.
    """

    def __init__(self, connection: Connection, clock: Clock) -> None:
        self._db = connection
        self._clock = clock

    # ------------------------------------------------------------------ writing

    def add(
        self,
        entry_id: str,
        incoming: Incoming,
        attachment_id: str | None = None,
        added: dt.datetime | None = None,
    ) -> Attachment:
        """Keep ``incoming`` with the entry ``entry_id``; all of it or, on any error, none.

        ``attachment_id`` (32 hex digits, not taken) is kept as its id, and ``added``
        as the time it was attached: an import keeps what its source said.

        Raises:
            EntryNotFound: no such entry, or it is in the trash.
            DiskFull, DiskError: the database could not grow; nothing was kept.
        """
        import uuid  # noqa: PLC0415 - only when attaching; start-up time is a budget

        attachment_id = attachment_id or uuid.uuid4().hex
        info = incoming.info
        with transaction(self._db):
            row = self._db.execute(
                "SELECT id FROM entries WHERE uuid = ? AND trashed IS NULL", (entry_id,)
            ).fetchone()
            if row is None:
                raise EntryNotFound(
                    QT_TR_NOOP("That entry isn't there any more; nothing was attached.")
                )
            cursor = self._db.execute(
                "INSERT INTO attachments (uuid, entry, name, mime, size, sha256, added,"
                " width, height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attachment_id,
                    row[0],
                    incoming.name,
                    info.kind.value,
                    incoming.size,
                    incoming.sha256,
                    to_text(added or self._clock()),
                    info.width,
                    info.height,
                ),
            )
            self._write_chunks(int(cursor.lastrowid or 0), memoryview(incoming.data))
        return self.get(attachment_id)

    def add_evidence(self, incident_row: int, incoming: Incoming, attachment_id: str) -> None:
        """Keep an evidence file owned by a record, inside the record store's transaction.

        The record seals the file's SHA-256; deleting the record for good deletes it.
        """
        info = incoming.info
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO attachments (uuid, incident, name, mime, size, sha256, added,"
                " width, height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attachment_id,
                    incident_row,
                    incoming.name,
                    info.kind.value,
                    incoming.size,
                    incoming.sha256,
                    to_text(self._clock()),
                    info.width,
                    info.height,
                ),
            )
            self._write_chunks(int(cursor.lastrowid or 0), memoryview(incoming.data))

    def _write_chunks(self, row_id: int, data: memoryview) -> None:
        self._db.executemany(
            "INSERT INTO attachment_chunks (attachment, seq, data) VALUES (?, ?, ?)",
            (
                (row_id, seq, data[start : start + CHUNK_BYTES])
                for seq, start in enumerate(range(0, len(data), CHUNK_BYTES))
            ),
        )

    # ------------------------------------------------------------------ reading

    def get(self, attachment_id: str) -> Attachment:
        """One attachment's record.

        Raises:
            AttachmentNotFound: there is none with this id.
        """
        with known_errors():
            row = self._db.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE a.uuid = ?", (_clean_id(attachment_id),)
            ).fetchone()
        if row is None:
            raise _not_found(attachment_id)
        return _from_row(row)

    def for_entry(self, entry_id: str) -> list[Attachment]:
        """An entry's attachments, in the order they were added."""
        with known_errors():
            rows = self._db.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE e.uuid = ? ORDER BY a.added, a.id", (entry_id,)
            ).fetchall()
        return [_from_row(row) for row in rows]

    def chunks(self, attachment_id: str) -> Iterator[bytes]:
        """The original bytes, a chunk at a time, in order.

        Raises:
            AttachmentNotFound: there is none with this id.
        """
        row_id = self._row_id(attachment_id)
        with known_errors():
            cursor = self._db.execute(
                "SELECT data FROM attachment_chunks WHERE attachment = ? ORDER BY seq", (row_id,)
            )
            for (data,) in cursor:
                yield bytes(data)

    def read(self, attachment_id: str) -> bytes:
        """The original bytes, whole (for showing a picture; files are at most 100 MB)."""
        return b"".join(self.chunks(attachment_id))

    def read_buffer(self, attachment_id: str) -> bytearray:
        """The original bytes in one buffer the caller may change: one copy in memory, never two.

        (``read`` holds the chunks and their join at once, for a moment.)
        """
        buffer = bytearray(self.get(attachment_id).size)
        view, at = memoryview(buffer), 0
        for chunk in self.chunks(attachment_id):
            view[at : at + len(chunk)] = chunk
            at += len(chunk)
        view.release()
        if at != len(buffer):
            del buffer[at:]
        return buffer

    def taken(self, attachment_id: str) -> bool:
        """Whether an attachment (in any entry, the trash's too) has this id."""
        row = self._db.execute(
            "SELECT 1 FROM attachments WHERE uuid = ?", (attachment_id,)
        ).fetchone()
        return row is not None

    def count(self) -> int:
        """How many attachments the journal holds, the trash's included."""
        with known_errors():
            return int(self._db.execute("SELECT count(*) FROM attachments").fetchone()[0])

    # ------------------------------------------------------------------ checking

    def check(self) -> AttachmentFindings:
        """Re-hash every attachment and look for chunks and references that lost their pair."""
        problems: list[str] = []
        with known_errors():
            rows = self._db.execute("SELECT id, uuid, size, sha256 FROM attachments").fetchall()
            for row_id, attachment_id, size, digest in rows:
                problems += self._check_one(row_id, attachment_id, size, digest)
            problems += self._stray_chunks()
            notes = self._unreferenced() + self._missing_references()
        return AttachmentFindings(problems, notes, len(rows))

    def _check_one(self, row_id: int, attachment_id: str, size: int, digest: str) -> list[str]:
        counted = 0

        def pieces() -> Iterator[bytes]:
            nonlocal counted
            cursor = self._db.execute(
                "SELECT data FROM attachment_chunks WHERE attachment = ? ORDER BY seq", (row_id,)
            )
            for (data,) in cursor:
                counted += len(data)
                yield data

        actual = sha256_stream(pieces())
        if counted != size:
            return [f"attachment {attachment_id}: {counted} of its {size} bytes are there"]
        if actual != digest:
            return [f"attachment {attachment_id}: its bytes no longer match their SHA-256"]
        return []

    def _stray_chunks(self) -> list[str]:
        row = self._db.execute(
            "SELECT count(DISTINCT attachment) FROM attachment_chunks"
            " WHERE attachment NOT IN (SELECT id FROM attachments)"
        ).fetchone()
        strays = int(row[0])
        return [f"{strays} attachment(s) left chunks with no record"] if strays else []

    def _unreferenced(self) -> list[str]:
        rows = self._db.execute(
            "SELECT a.uuid FROM attachments a WHERE a.entry IS NOT NULL AND NOT EXISTS ("
            "  SELECT 1 FROM entries e WHERE e.id = a.entry AND instr(e.body, a.uuid) > 0)"
            " AND NOT EXISTS ("
            "  SELECT 1 FROM revisions r WHERE r.entry = a.entry AND instr(r.body, a.uuid) > 0)"
            " ORDER BY a.id"
        ).fetchall()
        return [f"attachment {row[0]}: no text of its entry refers to it" for row in rows]

    def _missing_references(self) -> list[str]:
        known = {str(row[0]) for row in self._db.execute("SELECT uuid FROM attachments")}
        notes = []
        for entry_id, body in self._db.execute(
            "SELECT uuid, body FROM entries WHERE instr(body, 'attachment:') > 0"
        ):
            notes += [
                f"entry {entry_id}: refers to attachment {ref}, not in the journal"
                for ref in referenced_ids(str(body))
                if ref not in known
            ]
        return notes

    # ------------------------------------------------------------------ helpers

    def _row_id(self, attachment_id: str) -> int:
        with known_errors():
            row = self._db.execute(
                "SELECT id FROM attachments WHERE uuid = ?", (_clean_id(attachment_id),)
            ).fetchone()
        if row is None:
            raise _not_found(attachment_id)
        return int(row[0])


def _from_row(row: Row) -> Attachment:
    attachment_id, entry_id, name, mime, size, digest, added, width, height = row
    return Attachment(
        id=str(attachment_id),
        entry_id="" if entry_id is None else str(entry_id),
        name=str(name),
        kind=MediaKind.from_mime(str(mime)),
        size=int(str(size)),
        sha256=str(digest),
        added=to_time(added),
        width=None if width is None else int(str(width)),
        height=None if height is None else int(str(height)),
    )


def _clean_id(attachment_id: str) -> str:
    return attachment_id.strip().lower().removeprefix("attachment:")


def _not_found(attachment_id: str) -> AttachmentNotFound:
    return AttachmentNotFound(
        QT_TR_NOOP("There is no attachment {id} in this journal."), id=repr(attachment_id)
    )
