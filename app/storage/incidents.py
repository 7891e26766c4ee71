"""The incident record's store: add, amend, trash and check; never change in place.

Each record keeps when it happened and, apart, when it was recorded (the store's
clock, never a caller's). A correction is an amendment kept beneath the original;
every record and amendment is sealed by a link of the hash chain in the same
transaction, so the chain and the record never disagree after a crash.
``verify`` checks every link and every sealed thing as it stands now.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.errors import EntryNotFound, InvalidInput
from app.records.incidents import (
    MAX_LINE_CHARS,
    MAX_TEXT_CHARS,
    TEXT_FIELDS,
    Amendment,
    Incident,
    IncidentFields,
    IncidentKind,
    When,
    amended,
    to_plain,
)
from app.storage.connection import Connection, transaction
from app.storage.contact_people import (
    clean_people,
    forget_unused,
    remember_people,
    who_names,
    who_text,
)
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
from app.storage.rows import to_text, to_time
from app.storage.sql_errors import known_errors
from app.storage.validation import check_text

Clock = Callable[[], dt.datetime]
_COLUMNS = (
    "uuid, recorded, happened, happened_zone, happened_about, kinds, account, place, who,"
    " witnesses, harm, reports, to_gather, felt, did, trashed"
)
_LINK_COLUMNS = "seq, at, kind, ref, content, digest"
_MIN_PREFIX = 8
_UNREADABLE = "unreadable"  # matches no digest: a row changed out of its shape


def utc_now() -> dt.datetime:
    """The current time, in UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Receipt:
    """The chain's newest digest, to note down: any later rewrite would no longer match."""

    digest: str
    at: str
    links: int


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
                f"INSERT INTO incidents ({_COLUMNS}) VALUES ({', '.join('?' * 16)})",
                _values(incident),
            )
            self._name_people(int(cursor.lastrowid or 0), fields.who)
            self._seal(
                LinkKind.RECORD, incident.id, to_text(incident.recorded), record_seal(incident)
            )
        return incident

    def amend(self, incident_id: str, reason: str, fields: IncidentFields) -> Incident:
        """Keep a correction beneath the record: the fields that differ, and why.

        Raises:
            InvalidInput: no reason given, or nothing differs.
        """
        reason = reason.strip()
        check_text(reason, "reason")
        if not reason:
            raise InvalidInput("An amendment needs a reason, in a few words. Nothing was saved.")
        fields = clean_incident(fields)
        with transaction(self._db), known_errors():
            row_id, current = self._current(incident_id)
            now_plain, new_plain = (
                to_plain(amended(current.fields, current.amendments)),
                to_plain(fields),
            )
            changes = {name: value for name, value in new_plain.items() if now_plain[name] != value}
            if not changes:
                raise InvalidInput(
                    "Nothing differs from the record as it reads now. Nothing was saved."
                )
            amendment = Amendment(self._now(), reason, changes)
            amendment_id = str(uuid.uuid4())
            self._db.execute(
                "INSERT INTO incident_amendments (uuid, incident, recorded, reason, changes)"
                " VALUES (?, ?, ?, ?, ?)",
                (amendment_id, row_id, to_text(amendment.recorded), reason, _json(changes)),
            )
            self._name_people(row_id, fields.who)
            seal = amendment_seal(current.id, amendment_id, amendment)
            ref = amendment_ref(current.id, amendment_id)
            self._seal(LinkKind.AMENDMENT, ref, to_text(amendment.recorded), seal)
        return self.get(current.id)

    def trash(self, incident_id: str) -> None:
        """Move a record to the trash (restorable; the chain is untouched)."""
        self._set_trashed(incident_id, to_text(self._now()))

    def restore(self, incident_id: str) -> None:
        """Bring a record back from the trash."""
        self._set_trashed(incident_id, None)

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

        ``who``: only records naming this person (any case), first or by amendment.
        """
        where = "trashed IS NOT NULL" if trashed else "trashed IS NULL"
        params: tuple[object, ...] = ()
        if who is not None:
            where += (
                " AND id IN (SELECT ip.incident FROM incident_people ip"
                " JOIN people p ON p.id = ip.person WHERE p.name = ?)"
            )
            params = (who.strip(),)
        with known_errors():
            rows = self._db.execute(
                f"SELECT id, {_COLUMNS} FROM incidents WHERE {where}", params
            ).fetchall()
            amendments = self._amendments_by_row()
        found = [_incident(row[1:], tuple(amendments.get(int(row[0]), ()))) for row in rows]
        return sorted(found, key=_newest_first)

    def verify(self) -> ChainBreak | None:
        """The first link of the chain that does not hold, or None when all of it does."""
        with known_errors():
            links = [
                _link(row)
                for row in self._db.execute(
                    f"SELECT {_LINK_COLUMNS} FROM incident_chain ORDER BY seq"
                )
            ]
            sealed = self._sealed_now()
        return first_break(links, self._first, lambda link: sealed.get(link.ref))

    def receipt(self) -> Receipt | None:
        """The chain's newest digest and time (None: nothing recorded yet)."""
        last, count = self._last_link(), self._count_links()
        return None if last is None else Receipt(last.digest, last.at, count)

    # ------------------------------------------------------------------ inside

    def _current(self, incident_id: str) -> tuple[int, Incident]:
        full_id = self._resolve(incident_id)
        with known_errors():
            row = self._db.execute(
                f"SELECT id, {_COLUMNS} FROM incidents WHERE uuid = ?", (full_id,)
            ).fetchone()
            amendments = self._amendments_by_row(int(row[0]))
        return int(row[0]), _incident(row[1:], tuple(amendments.get(int(row[0]), ())))

    def _resolve(self, incident_id: str) -> str:
        """The full id a (full or at least 8-character) prefix names."""
        if len(incident_id) < _MIN_PREFIX:
            raise EntryNotFound(
                f"No record has the id {incident_id!r}; give at least 8 characters."
            )
        with known_errors():
            rows = self._db.execute(
                "SELECT uuid FROM incidents WHERE substr(uuid, 1, ?) = ? LIMIT 2",
                (len(incident_id), incident_id),
            ).fetchall()
        if len(rows) != 1:
            raise EntryNotFound(f"No one record has the id {incident_id!r}.")
        return str(rows[0][0])

    def _amendments_by_row(self, row_id: int | None = None) -> dict[int, list[Amendment]]:
        where, params = ("", ()) if row_id is None else (" WHERE incident = ?", (row_id,))
        found: dict[int, list[Amendment]] = {}
        for incident, recorded, reason, changes in self._db.execute(
            f"SELECT incident, recorded, reason, changes FROM incident_amendments{where}"
            " ORDER BY incident, id",
            params,
        ):
            amendment = Amendment(to_time(recorded), str(reason), json.loads(str(changes)))
            found.setdefault(int(incident), []).append(amendment)
        return found

    def _sealed_now(self) -> dict[str, str]:
        """Each record's and amendment's content digest, as its rows stand now."""
        sealed: dict[str, str] = {}
        rows = self._db.execute(f"SELECT id, {_COLUMNS} FROM incidents").fetchall()
        ids = {int(row[0]): str(row[1]) for row in rows}
        for row in rows:
            try:
                sealed[str(row[1])] = record_seal(_incident(row[1:], ()))
            except (ValueError, TypeError):  # a row no longer of its shape: changed
                sealed[str(row[1])] = _UNREADABLE
        for amendment_id, incident, recorded, reason, changes in self._db.execute(
            "SELECT uuid, incident, recorded, reason, changes FROM incident_amendments"
        ):
            record_id = ids.get(int(incident), "")
            ref = amendment_ref(record_id, str(amendment_id))
            try:
                amendment = Amendment(to_time(recorded), str(reason), json.loads(str(changes)))
                sealed[ref] = amendment_seal(record_id, str(amendment_id), amendment)
            except (ValueError, TypeError):
                sealed[ref] = _UNREADABLE
        return sealed

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
            f"INSERT INTO incident_chain ({_LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (link.seq, link.at, link.kind.value, link.ref, link.content, link.digest),
        )

    def _last_link(self) -> Link | None:
        row = self._db.execute(
            f"SELECT {_LINK_COLUMNS} FROM incident_chain ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return None if row is None else _link(row)

    def _count_links(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM incident_chain").fetchone()[0])

    def _set_trashed(self, incident_id: str, when: str | None) -> None:
        full_id = self._resolve(incident_id)
        with transaction(self._db), known_errors():
            self._db.execute("UPDATE incidents SET trashed = ? WHERE uuid = ?", (when, full_id))

    def _now(self) -> dt.datetime:
        return self._clock().astimezone(dt.UTC)


# ---------------------------------------------------------------------- sealing


def record_seal(incident: Incident) -> str:
    """The content digest of a record as first written: its id, its time, its fields."""
    return content_digest(
        {
            "id": incident.id,
            "recorded": to_text(incident.recorded),
            "fields": to_plain(incident.fields),
        }
    )


def amendment_seal(record_id: str, amendment_id: str, amendment: Amendment) -> str:
    """The content digest of an amendment: whose, when, why and what changed."""
    return content_digest(
        {
            "id": amendment_id,
            "record": record_id,
            "recorded": to_text(amendment.recorded),
            "reason": amendment.reason,
            "changes": amendment.changes,
        }
    )


# ---------------------------------------------------------------------- rows


def clean_incident(fields: IncidentFields) -> IncidentFields:
    """The fields checked: every word kept as typed, or a plain refusal.

    Raises:
        InvalidInput: no kind, a time without its zone offset, text too long or
            holding what can't be stored.
    """
    if not fields.kinds:
        raise InvalidInput("Say what kind of thing happened (at least one). Nothing was saved.")
    if fields.happened.moment.utcoffset() is None:
        raise InvalidInput("When it happened needs its time zone. Nothing was saved.")
    for name in TEXT_FIELDS:
        text, what = getattr(fields, name), name.replace("_", " ")
        check_text(text, what)
        limit = MAX_TEXT_CHARS if name == "account" else MAX_LINE_CHARS
        if len(text) > limit:
            raise InvalidInput(f"The {what} can be up to {limit:,} characters. Nothing was saved.")
    check_text(fields.happened.zone, "time zone")
    kinds = tuple(dict.fromkeys(fields.kinds))
    moment = fields.happened.moment.replace(second=0, microsecond=0)
    happened = When(moment, fields.happened.zone, fields.happened.about)
    return replace(fields, happened=happened, kinds=kinds, who=clean_people(fields.who))


def _values(incident: Incident) -> tuple[object, ...]:
    fields = incident.fields
    return (
        incident.id,
        to_text(incident.recorded),
        fields.happened.moment.isoformat(),
        fields.happened.zone,
        int(fields.happened.about),
        ",".join(kind.value for kind in fields.kinds),
        fields.account,
        fields.place,
        who_text(fields.who),
        fields.witnesses,
        fields.harm,
        fields.reports,
        fields.to_gather,
        fields.felt,
        fields.did,
        None,
    )


def _incident(row: tuple[object, ...], amendments: tuple[Amendment, ...]) -> Incident:
    (
        incident_id, recorded, happened, zone, about, kinds, account, place, who,
        witnesses, harm, reports, to_gather, felt, did, trashed,
    ) = row  # fmt: skip
    fields = IncidentFields(
        happened=When(dt.datetime.fromisoformat(str(happened)), str(zone), bool(about)),
        kinds=tuple(IncidentKind(kind) for kind in str(kinds).split(",") if kind),
        account=str(account),
        place=str(place),
        who=who_names(who),
        witnesses=str(witnesses),
        harm=str(harm),
        reports=str(reports),
        to_gather=str(to_gather),
        felt=str(felt),
        did=str(did),
    )
    return Incident(
        str(incident_id),
        to_time(recorded),
        fields,
        amendments,
        None if trashed is None else to_time(trashed),
    )


def _newest_first(incident: Incident) -> tuple[float, float]:
    """By when it happened as the record reads now (across time zones), then recorded."""
    happened = amended(incident.fields, incident.amendments).happened.moment
    return (-happened.timestamp(), -incident.recorded.timestamp())


def _link(row: tuple[object, ...]) -> Link:
    seq, at, kind, ref, content, digest = row
    return Link(int(str(seq)), str(at), LinkKind(kind), str(ref), str(content), str(digest))


def _json(value: dict[str, object]) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)
