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
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from app.errors import EntryNotFound, InvalidInput
from app.records.attachments import Incoming
from app.records.incidents import (
    MAX_LINE_CHARS,
    Amendment,
    Evidence,
    Incident,
    IncidentFields,
    IncidentKind,
    amended,
    to_plain,
)
from app.storage.attachments import AttachmentStore
from app.storage.connection import Connection, transaction
from app.storage.contact_people import forget_unused, remember_people
from app.storage.incident_chain import (
    ChainBreak,
    Link,
    LinkKind,
    amendment_ref,
    content_digest,
    first_break,
    genesis,
    next_link,
)
from app.storage.incident_reading import (
    every_evidence,
    evidence_break,
    links,
    matching_rows,
    of_kind,
    read_incidents,
    standing,
)
from app.storage.incident_rows import (
    COLUMNS,
    LINK_COLUMNS,
    PLACES,
    amendment_seal,
    changes_json,
    clean_incident,
    link_from_row,
    record_seal,
    row_values,
)
from app.storage.rows import to_text
from app.storage.search import build_match
from app.storage.sql_errors import known_errors
from app.storage.validation import check_text
from app.words import QT_TR_NOOP

Clock = Callable[[], dt.datetime]
_MIN_PREFIX = 8
_NOT_NAMED = QT_TR_NOOP("A file came with a record that does not name it. Nothing was kept.")
_ID_TAKEN = QT_TR_NOOP("An evidence file's id is taken in this journal already. Nothing was kept.")
_MISSING = QT_TR_NOOP("An evidence file the record names did not come with it. Nothing was kept.")


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

    def add(self, fields: IncidentFields, files: Sequence[Incoming] = ()) -> Incident:
        """Keep a new record, sealed, with its evidence files; its recorded time is now.

        Raises:
            InvalidInput: a field can't be kept, or names evidence not given here.
        """
        fields = clean_incident(fields)
        if fields.evidence:
            raise InvalidInput(
                QT_TR_NOOP("Evidence files come with a new record. Nothing was saved.")
            )
        new = _evidence(files)
        incident = Incident(str(uuid.uuid4()), self._now(), replace(fields, evidence=new))
        with transaction(self._db), known_errors():
            row_id = self._insert(incident)
            self._keep_files(row_id, files, new)
            recorded = to_text(incident.recorded)
            self._seal(LinkKind.RECORD, incident.id, recorded, record_seal(incident))
        return self.get(incident.id)  # as kept (times to the millisecond)

    def keep(self, incident: Incident, files: Iterable[Incoming] = ()) -> bool:
        """Keep a record from an archive with its own id, times and amendments, sealed here.

        ``files`` are the bytes of every evidence file the record names (first, or by
        an amendment), each kept with its own attachment id; they may come one at a
        time (a generator), so one file is in memory at once. False (and nothing
        written) when a record has that id already.

        Raises:
            InvalidInput: a field can't be kept, a file is missing, not one the record
                names, or has an id another file has here; nothing was kept.
        """
        fields = clean_incident(incident.fields)
        kept = Incident(incident.id, incident.recorded, fields)
        with transaction(self._db), known_errors():
            taken = self._db.execute("SELECT 1 FROM incidents WHERE uuid = ?", (incident.id,))
            if taken.fetchone() is not None:
                return False
            row_id = self._insert(kept)
            self._seal(LinkKind.RECORD, kept.id, to_text(kept.recorded), record_seal(kept))
            for amendment in incident.amendments:
                self._append_amendment(row_id, kept.id, amendment)
            self._keep_named_files(row_id, replace(kept, amendments=incident.amendments), files)
            self._name_people(row_id, amended(fields, incident.amendments).who)
        return True

    def amend(
        self,
        incident_id: str,
        reason: str,
        fields: IncidentFields,
        files: Sequence[Incoming] = (),
    ) -> Incident:
        """Keep a correction beneath the record: the fields that differ, and why.

        ``files`` are evidence added by this amendment (after those ``fields`` name).

        Raises:
            InvalidInput: no reason given, nothing differs, the record is in the
                trash, or ``fields`` names evidence the record never had.
        """
        _check_reason(reason)
        fields = clean_incident(fields)
        with transaction(self._db), known_errors():
            row_id, current = self._current(incident_id)
            if current.trashed is not None:
                raise InvalidInput(
                    QT_TR_NOOP("That record is in the trash; restore it to amend it.")
                )
            _check_evidence_known(current, fields)
            new = _evidence(files)
            fields = replace(fields, evidence=fields.evidence + new)
            now_plain = to_plain(amended(current.fields, current.amendments))
            changes = {
                name: value
                for name, value in to_plain(fields).items()
                if now_plain.get(name) != value
            }
            changes |= {name: None for name in now_plain if name not in to_plain(fields)}
            if not changes:
                raise InvalidInput(
                    QT_TR_NOOP(
                        "Nothing differs from the record as it reads now. Nothing was saved."
                    )
                )
            self._keep_files(row_id, files, new)
            self._append_amendment(row_id, current.id, Amendment(self._now(), reason, changes))
            self._name_people(row_id, fields.who)
            forget_unused(self._db)
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
                raise EntryNotFound(
                    QT_TR_NOOP("That record isn't in the trash. Nothing was deleted.")
                )
            seal = record_seal(current)
            self._db.execute("DELETE FROM incidents WHERE uuid = ?", (current.id,))
            forget_unused(self._db)
            self._seal(LinkKind.REMOVAL, current.id, to_text(self._now()), seal)

    # ------------------------------------------------------------------ reading

    def get(self, incident_id: str) -> Incident:
        """One record with its amendments, in order."""
        return self._current(incident_id)[1]

    def all(
        self,
        *,
        trashed: bool = False,
        who: str | None = None,
        kind: IncidentKind | None = None,
    ) -> list[Incident]:
        """Every record (or every trashed one), by when it happened, newest first.

        ``who``: only records naming this person (any case), first or by amendment;
        read from the sealed names, not from the list of people. ``kind``: only
        records of this kind as they read now.
        """
        where = "trashed IS NOT NULL" if trashed else "trashed IS NULL"
        with known_errors():
            found = of_kind(read_incidents(self._db, where), kind)
        if who is not None:
            found = [incident for incident in found if _names(incident, who.strip())]
        return found

    def search(
        self, query: str, limit: int = 100, kind: IncidentKind | None = None
    ) -> list[Incident]:
        """Live records whose words or amendments match ``query`` (as entry search), best first."""
        match = build_match(query)
        if match is None:
            return []
        with known_errors():
            rows = matching_rows(self._db, match, limit)
            found = {
                incident.id: incident
                for row in rows
                for incident in read_incidents(self._db, "id = ? AND trashed IS NULL", (row,))
            }
        return of_kind(list(found.values()), kind)

    def verify(self) -> ChainBreak | None:
        """The first thing that does not hold (a link, a row no link accounts for, a file)."""
        with known_errors():
            broken = first_break(links(self._db), self._first, standing(self._db))
            return broken or evidence_break(self._db)

    def receipt(self) -> Receipt | None:
        """The chain's newest digest and time (None: nothing recorded yet)."""
        last, count = self._last_link(), self._count_links()
        return None if last is None else Receipt(last.digest, last.at, count)

    def find_link(self, digest: str) -> Found | None:
        """The link whose digest a receipt noted (None: the chain no longer reaches it)."""
        with known_errors():
            chain = links(self._db)
        for link in chain:
            if link.digest == digest.strip().lower():
                after = chain[link.seq :]
                removals = sum(later.kind is LinkKind.REMOVAL for later in after)
                return Found(link, len(chain), removals)
        return None

    # ------------------------------------------------------------------ inside

    def _current(self, incident_id: str) -> tuple[int, Incident]:
        full_id = self._resolve(incident_id)
        with known_errors():
            row = self._db.execute("SELECT id FROM incidents WHERE uuid = ?", (full_id,)).fetchone()
            return int(row[0]), read_incidents(self._db, "id = ?", (int(row[0]),))[0]

    def _resolve(self, incident_id: str) -> str:
        """The full id a (full or at least 8-character) prefix names."""
        if len(incident_id) < _MIN_PREFIX:
            raise EntryNotFound(
                QT_TR_NOOP("Give at least 8 characters of a record's id ({id})."),
                id=repr(incident_id),
            )
        with known_errors():
            rows = self._db.execute(
                "SELECT uuid FROM incidents WHERE substr(uuid, 1, ?) = ? LIMIT 2",
                (len(incident_id), incident_id),
            ).fetchall()
        if not rows:
            raise EntryNotFound(QT_TR_NOOP("No record has the id {id}."), id=repr(incident_id))
        if len(rows) > 1:
            raise EntryNotFound(
                QT_TR_NOOP("Several records begin with {id}; give more of it."),
                id=repr(incident_id),
            )
        return str(rows[0][0])

    def _insert(self, incident: Incident) -> int:
        """The record's row and its people; its row id."""
        cursor = self._db.execute(
            f"INSERT INTO incidents ({COLUMNS}) VALUES ({PLACES})", row_values(incident)
        )
        row_id = int(cursor.lastrowid or 0)
        self._name_people(row_id, incident.fields.who)
        return row_id

    def _append_amendment(self, row_id: int, record_id: str, amendment: Amendment) -> None:
        """An amendment's row and its link (inside the caller's transaction)."""
        amendment_id = str(uuid.uuid4())
        recorded = to_text(amendment.recorded)
        self._db.execute(
            "INSERT INTO incident_amendments (uuid, incident, recorded, reason, changes)"
            " VALUES (?, ?, ?, ?, ?)",
            (amendment_id, row_id, recorded, amendment.reason, changes_json(amendment.changes)),
        )
        seal = amendment_seal(record_id, amendment_id, amendment)
        self._seal(LinkKind.AMENDMENT, amendment_ref(record_id, amendment_id), recorded, seal)

    def _keep_files(
        self, row_id: int, files: Sequence[Incoming], evidence: tuple[Evidence, ...]
    ) -> None:
        store = AttachmentStore(self._db, self._now)
        for incoming, item in zip(files, evidence, strict=True):
            store.add_evidence(row_id, incoming, item.attachment)

    def _keep_named_files(self, row_id: int, incident: Incident, files: Iterable[Incoming]) -> None:
        """Each file the record names, by its SHA-256, with its own id; none missing, none more.

        Matched by the bytes' digest, not by order, so the caller cannot pair a file
        with the wrong name; two named files with the same bytes are the same bytes.
        """
        waiting = sorted(every_evidence(incident), key=lambda item: item.attachment)
        store = AttachmentStore(self._db, self._now)
        for incoming in files:
            item = next((e for e in waiting if e.sha256 == incoming.sha256), None)
            if item is None:
                raise InvalidInput(_NOT_NAMED)
            if store.taken(item.attachment):
                raise InvalidInput(_ID_TAKEN)
            waiting.remove(item)
            store.add_evidence(row_id, replace(incoming, name=item.name), item.attachment)
        if waiting:
            raise InvalidInput(_MISSING)

    def _name_people(self, row_id: int, names: tuple[str, ...]) -> None:
        """Link the people the record names as it reads now (the list offered again).

        The list is an index, not the record: the record keeps every name as typed and
        sealed, so a typo amended away leaves the list, never the record.
        """
        people = remember_people(self._db, names, to_text(self._now()))
        self._db.execute("DELETE FROM incident_people WHERE incident = ?", (row_id,))
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
                if trashed:
                    raise InvalidInput(
                        QT_TR_NOOP("That record is in the trash already. Nothing was changed.")
                    )
                raise InvalidInput(
                    QT_TR_NOOP("That record isn't in the trash. Nothing was changed.")
                )
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
    check_text(reason, QT_TR_NOOP("reason"))
    if not reason.strip():
        raise InvalidInput(
            QT_TR_NOOP("An amendment needs a reason, in a few words. Nothing was saved.")
        )
    if len(reason) > MAX_LINE_CHARS:
        raise InvalidInput(
            QT_TR_NOOP("A reason can be up to {limit} characters. Nothing was saved."),
            limit=MAX_LINE_CHARS,
        )


def _evidence(files: Sequence[Incoming]) -> tuple[Evidence, ...]:
    """Each file as the record will name it, with a new id."""
    return tuple(
        Evidence(
            uuid.uuid4().hex,
            incoming.name,
            incoming.info.kind.value,
            incoming.size,
            incoming.sha256,
        )
        for incoming in files
    )


def _check_evidence_known(current: Incident, fields: IncidentFields) -> None:
    """An amendment may drop evidence from the list, never name a file the record lacks."""
    if not set(fields.evidence) <= every_evidence(current):
        raise InvalidInput(QT_TR_NOOP("That evidence file isn't this record's. Nothing was saved."))


def _names(incident: Incident, who: str) -> bool:
    """Whether the record names ``who`` (any case), as first written or by an amendment."""
    wanted = who.casefold()
    names = [*incident.fields.who]
    for amendment in incident.amendments:
        named = amendment.changes.get("who")
        if isinstance(named, list):
            names += [str(name) for name in named]
    return any(name.casefold() == wanted for name in names)
