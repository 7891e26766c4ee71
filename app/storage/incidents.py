"""The incident record's store: add, amend, trash and check; never change in place.

Each record keeps when it happened and, apart, when it was recorded (the store's
clock, never a caller's). A correction is an amendment kept beneath the original;
every record, amendment, trash, restore and removal is a link of the hash chain,
written in the same transaction, so the chain and the rows never disagree after a
crash. ``verify`` checks every link against the rows, and every row against the
links; ``find_link`` checks a receipt noted elsewhere.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import EntryNotFound, InvalidInput
from app.records.incidents import (
    MAX_LINE_CHARS,
    Amendment,
    Incident,
    IncidentFields,
    amended,
    to_plain,
)
from app.storage.connection import Connection, transaction
from app.storage.contact_people import forget_unused, remember_people
from app.storage.incident_chain import (
    ChainBreak,
    Link,
    LinkKind,
    Standing,
    amendment_ref,
    content_digest,
    first_break,
    genesis,
    next_link,
)
from app.storage.incident_rows import (
    COLUMNS,
    LINK_COLUMNS,
    UNREADABLE,
    amendment_seal,
    changes_json,
    clean_incident,
    incident_from_row,
    link_from_row,
    newest_first,
    record_seal,
    row_values,
)
from app.storage.rows import to_text, to_time
from app.storage.sql_errors import known_errors
from app.storage.validation import check_text

Clock = Callable[[], dt.datetime]
_MIN_PREFIX = 8
# Amendments in the order the chain sealed them (a row id can be forged; the chain can't).
_AMENDMENTS = (
    "SELECT a.incident, a.recorded, a.reason, a.changes FROM incident_amendments a"
    " JOIN incidents i ON i.id = a.incident"
    " LEFT JOIN incident_chain c ON c.ref = i.uuid || '/' || a.uuid"
)


def utc_now() -> dt.datetime:
    """The current time, in UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Receipt:
    """The chain's newest digest, to note down: any later rewrite would no longer reach it."""

    digest: str
    at: str
    links: int


@dataclass(frozen=True)
class Found:
    """A receipt's digest found in the chain: its link, and what came after it."""

    link: Link
    links: int
    removals_after: int


class IncidentStore:
    """All reads and writes of the incident record on one connection.

    Args:
        connection: a keyed, migrated connection.
        journal_id: the journal's id (the chain starts from it).
        clock: gives the current time; tests pass a fixed one.
    """

    def __init__(self, connection: Connection, journal_id: str, clock: Clock = utc_now) -> None:
        self._db = connection
        self._first = genesis(journal_id)
        self._clock = clock

    # ------------------------------------------------------------------ writing

    def add(self, fields: IncidentFields) -> Incident:
        """Keep a new record, sealed; its recorded time is now."""
        fields = clean_incident(fields)
        incident = Incident(str(uuid.uuid4()), self._now(), fields)
        with transaction(self._db), known_errors():
            cursor = self._db.execute(
                f"INSERT INTO incidents ({COLUMNS}) VALUES ({', '.join('?' * 16)})",
                row_values(incident),
            )
            self._name_people(int(cursor.lastrowid or 0), fields.who)
            recorded = to_text(incident.recorded)
            self._seal(LinkKind.RECORD, incident.id, recorded, record_seal(incident))
        return incident

    def amend(self, incident_id: str, reason: str, fields: IncidentFields) -> Incident:
        """Keep a correction beneath the record: the fields that differ, and why.

        Raises:
            InvalidInput: no reason given, nothing differs, or the record is in the trash.
        """
        _check_reason(reason)
        fields = clean_incident(fields)
        with transaction(self._db), known_errors():
            row_id, current = self._current(incident_id)
            if current.trashed is not None:
                raise InvalidInput("That record is in the trash; restore it to amend it.")
            now_plain = to_plain(amended(current.fields, current.amendments))
            changes = {k: v for k, v in to_plain(fields).items() if now_plain[k] != v}
            if not changes:
                raise InvalidInput(
                    "Nothing differs from the record as it reads now. Nothing was saved."
                )
            amendment = Amendment(self._now(), reason, changes)
            amendment_id = str(uuid.uuid4())
            self._db.execute(
                "INSERT INTO incident_amendments (uuid, incident, recorded, reason, changes)"
                " VALUES (?, ?, ?, ?, ?)",
                (amendment_id, row_id, to_text(amendment.recorded), reason, changes_json(changes)),
            )
            self._name_people(row_id, fields.who)
            seal = amendment_seal(current.id, amendment_id, amendment)
            ref = amendment_ref(current.id, amendment_id)
            self._seal(LinkKind.AMENDMENT, ref, to_text(amendment.recorded), seal)
        return self.get(current.id)

    def trash(self, incident_id: str) -> None:
        """Move a record to the trash (restorable); the chain notes when."""
        self._set_trashed(incident_id, trashed=True)

    def restore(self, incident_id: str) -> None:
        """Bring a record back from the trash; the chain notes when."""
        self._set_trashed(incident_id, trashed=False)

    def purge(self, incident_id: str) -> None:
        """Delete a trashed record for good, with its amendments; the chain says so.

        The removal link seals the record's digest, never its words, with the
        time it was removed: the chain still holds, and shows that one went.

        Raises:
            EntryNotFound: the record is not in the trash.
        """
        with transaction(self._db), known_errors():
            _, current = self._current(incident_id)
            if current.trashed is None:
                raise EntryNotFound("That record isn't in the trash. Nothing was deleted.")
            seal = record_seal(current)
            self._db.execute("DELETE FROM incidents WHERE uuid = ?", (current.id,))
            forget_unused(self._db)
            self._seal(LinkKind.REMOVAL, current.id, to_text(self._now()), seal)

    # ------------------------------------------------------------------ reading

    def get(self, incident_id: str) -> Incident:
        """One record with its amendments, in order."""
        return self._current(incident_id)[1]

    def all(self, *, trashed: bool = False, who: str | None = None) -> list[Incident]:
        """Every record (or every trashed one), by when it happened, newest first.

        ``who``: only records naming this person (any case), first or by amendment;
        read from the sealed names, not from the list of people.
        """
        where = "trashed IS NOT NULL" if trashed else "trashed IS NULL"
        with known_errors():
            rows = self._db.execute(f"SELECT id, {COLUMNS} FROM incidents WHERE {where}").fetchall()
            amendments = self._amendments_by_row()
        found = [incident_from_row(row[1:], tuple(amendments.get(int(row[0]), ()))) for row in rows]
        if who is not None:
            found = [incident for incident in found if _names(incident, who.strip())]
        return sorted(found, key=newest_first)

    def verify(self) -> ChainBreak | None:
        """The first thing that does not hold (a link, or a row no link accounts for)."""
        with known_errors():
            links = self._links()
            standing = self._standing()
        return first_break(links, self._first, standing)

    def receipt(self) -> Receipt | None:
        """The chain's newest digest and time (None: nothing recorded yet)."""
        last, count = self._last_link(), self._count_links()
        return None if last is None else Receipt(last.digest, last.at, count)

    def find_link(self, digest: str) -> Found | None:
        """The link whose digest a receipt noted (None: the chain no longer reaches it)."""
        with known_errors():
            links = self._links()
        for link in links:
            if link.digest == digest.strip().lower():
                after = links[link.seq :]
                removals = sum(later.kind is LinkKind.REMOVAL for later in after)
                return Found(link, len(links), removals)
        return None

    # ------------------------------------------------------------------ inside

    def _current(self, incident_id: str) -> tuple[int, Incident]:
        full_id = self._resolve(incident_id)
        with known_errors():
            row = self._db.execute(
                f"SELECT id, {COLUMNS} FROM incidents WHERE uuid = ?", (full_id,)
            ).fetchone()
            amendments = self._amendments_by_row(int(row[0]))
        return int(row[0]), incident_from_row(row[1:], tuple(amendments.get(int(row[0]), ())))

    def _resolve(self, incident_id: str) -> str:
        """The full id a (full or at least 8-character) prefix names."""
        if len(incident_id) < _MIN_PREFIX:
            raise EntryNotFound(f"Give at least 8 characters of a record's id ({incident_id!r}).")
        with known_errors():
            rows = self._db.execute(
                "SELECT uuid FROM incidents WHERE substr(uuid, 1, ?) = ? LIMIT 2",
                (len(incident_id), incident_id),
            ).fetchall()
        if not rows:
            raise EntryNotFound(f"No record has the id {incident_id!r}.")
        if len(rows) > 1:
            raise EntryNotFound(f"Several records begin with {incident_id!r}; give more of it.")
        return str(rows[0][0])

    def _amendments_by_row(self, row_id: int | None = None) -> dict[int, list[Amendment]]:
        where, params = ("", ()) if row_id is None else (" WHERE a.incident = ?", (row_id,))
        found: dict[int, list[Amendment]] = {}
        for incident, recorded, reason, changes in self._db.execute(
            f"{_AMENDMENTS}{where} ORDER BY a.incident, c.seq, a.id", params
        ):
            amendment = Amendment(to_time(recorded), str(reason), json.loads(str(changes)))
            found.setdefault(int(incident), []).append(amendment)
        return found

    def _standing(self) -> Standing:
        """Every record's and amendment's content digest as its rows stand now, and the trash."""
        contents: dict[str, str] = {}
        rows = self._db.execute(f"SELECT id, {COLUMNS} FROM incidents").fetchall()
        ids = {int(row[0]): str(row[1]) for row in rows}
        for row in rows:
            try:
                contents[str(row[1])] = record_seal(incident_from_row(row[1:], ()))
            except (ValueError, TypeError):  # a row no longer of its shape: changed
                contents[str(row[1])] = UNREADABLE
        for amendment_id, incident, recorded, reason, changes in self._db.execute(
            "SELECT uuid, incident, recorded, reason, changes FROM incident_amendments"
        ):
            record_id = ids.get(int(incident), "")
            ref = amendment_ref(record_id, str(amendment_id))
            try:
                amendment = Amendment(to_time(recorded), str(reason), json.loads(str(changes)))
                contents[ref] = amendment_seal(record_id, str(amendment_id), amendment)
            except (ValueError, TypeError):
                contents[ref] = UNREADABLE
        trashed = frozenset(str(row[1]) for row in rows if row[-1] is not None)
        return Standing(contents, trashed)

    def _links(self) -> list[Link]:
        query = f"SELECT {LINK_COLUMNS} FROM incident_chain ORDER BY seq"
        return [link_from_row(row) for row in self._db.execute(query)]

    def _name_people(self, row_id: int, names: tuple[str, ...]) -> None:
        """Link the people named to the record (its first names and any amended ones stay).

        The names join the list the contact log offers; the record keeps them as typed.
        """
        people = remember_people(self._db, names, to_text(self._now()))
        self._db.executemany(
            "INSERT OR IGNORE INTO incident_people (incident, person) VALUES (?, ?)",
            [(row_id, person) for person, _ in people],
        )

    def _seal(self, kind: LinkKind, ref: str, at: str, content: str) -> None:
        """Append the link sealing ``content`` (inside the caller's transaction)."""
        link = next_link(self._last_link(), self._first, kind=kind, ref=ref, at=at, content=content)
        self._db.execute(
            f"INSERT INTO incident_chain ({LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (link.seq, link.at, link.kind.value, link.ref, link.content, link.digest),
        )

    def _last_link(self) -> Link | None:
        row = self._db.execute(
            f"SELECT {LINK_COLUMNS} FROM incident_chain ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return None if row is None else link_from_row(row)

    def _count_links(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM incident_chain").fetchone()[0])

    def _set_trashed(self, incident_id: str, *, trashed: bool) -> None:
        with transaction(self._db), known_errors():
            _, current = self._current(incident_id)
            if (current.trashed is not None) == trashed:
                said = "is in the trash already" if trashed else "isn't in the trash"
                raise InvalidInput(f"That record {said}. Nothing was changed.")
            now = to_text(self._now())
            self._db.execute(
                "UPDATE incidents SET trashed = ? WHERE uuid = ?",
                (now if trashed else None, current.id),
            )
            kind = LinkKind.TRASH if trashed else LinkKind.RESTORE
            seal = content_digest({"record": current.id, "trashed": trashed})
            self._seal(kind, current.id, now, seal)

    def _now(self) -> dt.datetime:
        return self._clock().astimezone(dt.UTC)


def _check_reason(reason: str) -> None:
    """A reason is kept as typed; it must say something, and fit."""
    check_text(reason, "reason")
    if not reason.strip():
        raise InvalidInput("An amendment needs a reason, in a few words. Nothing was saved.")
    if len(reason) > MAX_LINE_CHARS:
        raise InvalidInput(
            f"A reason can be up to {MAX_LINE_CHARS:,} characters. Nothing was saved."
        )


def _names(incident: Incident, who: str) -> bool:
    """Whether the record names ``who`` (any case), as first written or by an amendment."""
    wanted = who.casefold()
    names = [*incident.fields.who]
    for amendment in incident.amendments:
        named = amendment.changes.get("who")
        if isinstance(named, list):
            names += [str(name) for name in named]
    return any(name.casefold() == wanted for name in names)
