"""The contact log: when the other person reached out, how, and what I did.

Kept encrypted like entries, searchable on its own, and each record can point to
the journal entry written about it. Deleting moves a record to a trash first, as
with entries: nothing is lost by one click.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import Enum

from app.errors import EntryNotFound, InvalidInput
from app.storage.connection import Connection, transaction
from app.storage.contact_people import (
    clean_people,
    forget_unused,
    known_people,
    link_people,
    remember_people,
    who_names,
    who_text,
)
from app.storage.rows import to_text, to_time
from app.storage.search import build_match
from app.storage.sql_errors import known_errors
from app.storage.validation import check_text

MAX_FIELD_CHARS = 4000
_COLUMNS = "uuid, happened, channel, said, felt, did, entry, created, updated, trashed, who"


class Channel(Enum):
    """How they reached out."""

    CALL = "call"
    MESSAGE = "message"
    VISIT = "visit"
    THROUGH_OTHERS = "through-others"
    OTHER = "other"


@dataclass(frozen=True)
class ContactFields:
    """What the user records about one contact.

    Attributes:
        happened: local date and time, to the minute.
        said: what was said, in brief.
        felt: how I felt.
        did: what I did (or didn't).
        entry: the id of a journal entry written about it, if any.
        who: the people who reached out, as the user names them, in order.
    """

    happened: dt.datetime
    channel: Channel
    said: str = ""
    felt: str = ""
    did: str = ""
    entry: str | None = None
    who: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contact:
    """One stored contact."""

    id: str
    fields: ContactFields
    created: dt.datetime
    updated: dt.datetime
    trashed: dt.datetime | None

    def as_json(self) -> dict[str, object]:
        """Every field as JSON values (the CLI's ``--json`` and the archive's rows)."""
        fields = self.fields
        return {
            "id": self.id,
            "happened": fields.happened.isoformat(timespec="minutes"),
            "channel": fields.channel.value,
            "who": list(fields.who),
            "said": fields.said,
            "felt": fields.felt,
            "did": fields.did,
            "entry": fields.entry,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
        }


class ContactStore:
    """Reads and writes the contact log."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    # ------------------------------------------------------------------ writing

    def add(self, fields: ContactFields) -> Contact:
        """Record a contact."""
        fields = clean_contact(fields)
        import uuid  # noqa: PLC0415 - only when recording; start-up time is a budget

        contact_id, now = str(uuid.uuid4()), _now()
        with transaction(self._db):
            self._insert(contact_id, fields, now, now)
        return self.get(contact_id)

    def keep(self, contact: Contact) -> bool:
        """Keep a contact from an archive with its own id and times; False if the id is taken."""
        fields = clean_contact(contact.fields)
        with transaction(self._db):
            taken = self._db.execute("SELECT 1 FROM contacts WHERE uuid = ?", (contact.id,))
            if taken.fetchone() is not None:
                return False
            self._insert(contact.id, fields, to_text(contact.created), to_text(contact.updated))
        return True

    def _insert(self, contact_id: str, fields: ContactFields, created: str, updated: str) -> None:
        people = remember_people(self._db, fields.who, created)
        cursor = self._db.execute(
            "INSERT INTO contacts (uuid, happened, channel, said, felt, did, entry, who,"
            " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (contact_id, *_values(fields, people), created, updated),
        )
        link_people(self._db, int(cursor.lastrowid or 0), people)

    def save(self, contact_id: str, fields: ContactFields) -> Contact:
        """Change a contact's fields."""
        fields = clean_contact(fields)
        now = _now()
        with transaction(self._db):
            row = self._db.execute("SELECT id FROM contacts WHERE uuid = ?", (contact_id,))
            found = row.fetchone()
            if found is None:
                raise EntryNotFound("That contact is no longer in the log.")
            people = remember_people(self._db, fields.who, now)
            self._db.execute(
                "UPDATE contacts SET happened = ?, channel = ?, said = ?, felt = ?, did = ?,"
                " entry = ?, who = ?, updated = ? WHERE id = ?",
                (*_values(fields, people), now, found[0]),
            )
            link_people(self._db, int(found[0]), people)
            forget_unused(self._db)
        return self.get(contact_id)

    def trash(self, contact_id: str) -> None:
        """Move a contact to the trash (``restore`` brings it back)."""
        self._set_trashed(contact_id, _now())

    def restore(self, contact_id: str) -> None:
        """Bring a contact back from the trash."""
        self._set_trashed(contact_id, None)

    def purge(self, contact_id: str) -> None:
        """Delete a trashed contact for good."""
        with transaction(self._db):
            cursor = self._db.execute(
                "DELETE FROM contacts WHERE uuid = ? AND trashed IS NOT NULL", (contact_id,)
            )
            forget_unused(self._db)
            self._db.execute("INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')")
        if cursor.rowcount == 0:
            raise EntryNotFound("That contact isn't in the trash.")

    # ------------------------------------------------------------------ reading

    def get(self, contact_id: str) -> Contact:
        """One contact by id (live or trashed)."""
        with known_errors():
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM contacts WHERE uuid = ?", (contact_id,)
            ).fetchone()
        if row is None:
            raise EntryNotFound("That contact is no longer in the log.")
        return _from_row(row)

    def all(
        self, trashed: bool = False, limit: int = -1, offset: int = 0, who: str | None = None
    ) -> list[Contact]:
        """Contacts, newest first (the trash when ``trashed``); only ``who``'s, if given."""
        condition = "trashed IS NOT NULL" if trashed else "trashed IS NULL"
        parameters: tuple[object, ...] = (limit, offset)
        if who is not None:
            condition += (
                " AND id IN (SELECT cp.contact FROM contact_people cp"
                " JOIN people p ON p.id = cp.person WHERE p.name = ?)"
            )
            parameters = (who.strip(), *parameters)
        with known_errors():
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM contacts WHERE {condition}"
                " ORDER BY happened DESC, id DESC LIMIT ? OFFSET ?",
                parameters,
            ).fetchall()
        return [_from_row(row) for row in rows]

    def people(self) -> list[str]:
        """The names the user has given, to offer again (the most used first)."""
        with known_errors():
            return known_people(self._db)

    def count(self) -> int:
        """How many live contacts there are."""
        with known_errors():
            row = self._db.execute("SELECT count(*) FROM contacts WHERE trashed IS NULL")
            return int(row.fetchone()[0])

    def search(self, query: str, limit: int = 100) -> list[Contact]:
        """Live contacts matching ``query`` (same rules as entry search), best first."""
        match = build_match(query)
        if match is None:
            return []
        with known_errors():
            rows = self._db.execute(
                f"SELECT {', '.join('c.' + c for c in _COLUMNS.split(', '))}"
                " FROM contacts_fts JOIN contacts c ON c.id = contacts_fts.rowid"
                " WHERE contacts_fts MATCH ? AND c.trashed IS NULL ORDER BY rank LIMIT ?",
                (match, limit),
            ).fetchall()
        return [_from_row(row) for row in rows]

    def per_month(self) -> dict[dt.date, int]:
        """How many contacts each month had (first of month -> count), for a timeline."""
        with known_errors():
            rows = self._db.execute(
                "SELECT substr(happened, 1, 7), count(*) FROM contacts"
                " WHERE trashed IS NULL GROUP BY 1 ORDER BY 1"
            ).fetchall()
        return {dt.date.fromisoformat(f"{month}-01"): int(n) for month, n in rows}

    def for_entry(self, entry_id: str) -> list[Contact]:
        """Contacts linked to one journal entry."""
        with known_errors():
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM contacts WHERE entry = ? AND trashed IS NULL"
                " ORDER BY happened DESC",
                (entry_id,),
            ).fetchall()
        return [_from_row(row) for row in rows]

    # ------------------------------------------------------------------ helpers

    def _set_trashed(self, contact_id: str, when: str | None) -> None:
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE contacts SET trashed = ? WHERE uuid = ?", (when, contact_id)
            )
        if cursor.rowcount == 0:
            raise EntryNotFound("That contact is no longer in the log.")


def clean_contact(fields: ContactFields) -> ContactFields:
    """Check and tidy a contact's fields.

    Raises:
        InvalidInput: a field is too long or holds what can't be stored.
    """
    texts = {}
    for name in ("said", "felt", "did"):
        value = getattr(fields, name)
        check_text(value, f"'{name}' text")
        if len(value) > MAX_FIELD_CHARS:
            raise InvalidInput(
                f"Each part of a contact can be up to {MAX_FIELD_CHARS} characters; "
                "a longer account fits in a linked entry. Nothing was saved."
            )
        texts[name] = value.strip()
    happened = fields.happened.replace(second=0, microsecond=0, tzinfo=None)
    return replace(fields, happened=happened, who=clean_people(fields.who), **texts)


def _values(fields: ContactFields, people: list[tuple[int, str]]) -> tuple[object, ...]:
    return (
        fields.happened.isoformat(timespec="minutes"),
        fields.channel.value,
        fields.said,
        fields.felt,
        fields.did,
        fields.entry,
        who_text(tuple(name for _, name in people)),
    )


def _from_row(row: tuple[object, ...]) -> Contact:
    uuid, happened, channel, said, felt, did, entry, created, updated, trashed, who = row
    fields = ContactFields(
        happened=dt.datetime.fromisoformat(str(happened)),
        channel=_channel(channel),
        said=str(said),
        felt=str(felt),
        did=str(did),
        entry=None if entry is None else str(entry),
        who=who_names(who),
    )
    return Contact(
        id=str(uuid),
        fields=fields,
        created=to_time(created),
        updated=to_time(updated),
        trashed=None if trashed is None else to_time(trashed),
    )


def _channel(value: object) -> Channel:
    try:
        return Channel(str(value))
    except ValueError:
        return Channel.OTHER


def _now() -> str:
    return to_text(dt.datetime.now(dt.UTC))
