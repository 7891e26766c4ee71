"""The contact log: when the other person reached out, how, and what I did.

A view of the incident record (``app.storage.incidents``): a contact is a record of
the kind "a contact attempt", so the log is as quick as it always was and every
contact stands in the record's hash chain. Like every record it is never changed
in place: saving a change keeps it as an amendment beneath what was first written.
Deleting moves a contact to the trash first, as with entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cached_property

from app.errors import EntryNotFound, InvalidInput
from app.records.incidents import (
    Amendment,
    Channel,
    Incident,
    IncidentFields,
    IncidentKind,
    When,
    amended,
)
from app.storage.connection import Connection
from app.storage.contact_people import clean_people, first_spellings, known_people
from app.storage.incident_times import wall_clock
from app.storage.incidents import Clock, IncidentStore, utc_now
from app.storage.sql_errors import known_errors
from app.storage.validation import check_text
from app.words import QT_TR_NOOP

__all__ = ["Channel", "Contact", "ContactFields", "ContactStore", "clean_contact"]

MAX_FIELD_CHARS = 4000
CHANGED_IN_LOG = "Changed in the contact log."
"""The reason an amendment gets when the log's form is saved without one."""
EDITED_ELSEWHERE = "Changed before it came into this journal; what it said before is not known."
_GONE = QT_TR_NOOP("That contact is no longer in the log.")
_PARTS = {
    "said": QT_TR_NOOP("'said' text"),
    "felt": QT_TR_NOOP("'felt' text"),
    "did": QT_TR_NOOP("'did' text"),
}
"""A contact's own words, each with what a refusal calls it."""


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
    """Reads and writes the contact log, through the incident record.

    Args:
        connection: a keyed, migrated connection.
        clock: gives the current time; tests pass a fixed one.
    """

    def __init__(self, connection: Connection, clock: Clock = utc_now) -> None:
        self._db = connection
        self._clock = clock

    @cached_property
    def _records(self) -> IncidentStore:
        with known_errors():
            row = self._db.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
        return IncidentStore(self._db, str(row[0]), self._clock)

    # ------------------------------------------------------------------ writing

    def add(self, fields: ContactFields) -> Contact:
        """Record a contact."""
        fields = self._spelled(clean_contact(fields))
        return _contact(self._records.add(_as_record(fields)))

    def keep(self, contact: Contact) -> bool:
        """Keep a contact from an archive with its own id and times; False if the id is taken."""
        fields = _as_record(clean_contact(contact.fields))
        edits = () if contact.updated == contact.created else (_edited(contact.updated),)
        return self._records.keep(Incident(contact.id, contact.created, fields, edits))

    def save(self, contact_id: str, fields: ContactFields, reason: str = "") -> Contact:
        """Keep a change to a contact as an amendment (with ``reason``, or the log's own)."""
        fields = self._spelled(clean_contact(fields))
        current = self._record(contact_id)
        now = amended(current.fields, current.amendments)
        changed = replace(
            now,
            happened=_keep_zone(now, fields.happened),
            channel=fields.channel,
            account=fields.said,
            felt=fields.felt,
            did=fields.did,
            entry=fields.entry,
            who=fields.who,
        )
        if changed == now:
            return _contact(current)
        return _contact(self._records.amend(current.id, reason.strip() or CHANGED_IN_LOG, changed))

    def trash(self, contact_id: str) -> None:
        """Move a contact to the trash (``restore`` brings it back)."""
        self._records.trash(self._record(contact_id).id)

    def restore(self, contact_id: str) -> None:
        """Bring a contact back from the trash."""
        self._records.restore(self._record(contact_id).id)

    def purge(self, contact_id: str) -> None:
        """Delete a trashed contact for good (the record's chain notes that one went)."""
        try:
            self._records.purge(self._record(contact_id).id)
        except EntryNotFound as error:
            raise EntryNotFound(QT_TR_NOOP("That contact isn't in the trash.")) from error

    # ------------------------------------------------------------------ reading

    def get(self, contact_id: str) -> Contact:
        """One contact by id (live or trashed)."""
        return _contact(self._record(contact_id))

    def all(
        self, trashed: bool = False, limit: int = -1, offset: int = 0, who: str | None = None
    ) -> list[Contact]:
        """Contacts, newest first (the trash when ``trashed``); only ``who``'s, if given."""
        found = self._records.all(trashed=trashed, who=who, kind=IncidentKind.CONTACT)
        end = None if limit < 0 else offset + limit
        return [_contact(incident) for incident in found[offset:end]]

    def people(self) -> list[str]:
        """The names the user has given, to offer again (the most used first)."""
        with known_errors():
            return known_people(self._db)

    def count(self) -> int:
        """How many live contacts there are."""
        return len(self._records.all(kind=IncidentKind.CONTACT))

    def search(self, query: str, limit: int = 100) -> list[Contact]:
        """Live contacts matching ``query`` (same rules as entry search), best first."""
        found = self._records.search(query, limit, kind=IncidentKind.CONTACT)
        return [_contact(incident) for incident in found]

    def per_month(self) -> dict[dt.date, int]:
        """How many contacts each month had (first of month -> count), for a timeline."""
        months: dict[dt.date, int] = {}
        for contact in self.all():
            month = contact.fields.happened.date().replace(day=1)
            months[month] = months.get(month, 0) + 1
        return dict(sorted(months.items()))

    def for_entry(self, entry_id: str) -> list[Contact]:
        """Contacts linked to one journal entry."""
        return [contact for contact in self.all() if contact.fields.entry == entry_id]

    # ------------------------------------------------------------------ helpers

    def _spelled(self, fields: ContactFields) -> ContactFields:
        """Names already in the list keep their first spelling ("mum" again is "Mum")."""
        with known_errors():
            return replace(fields, who=first_spellings(self._db, fields.who))

    def _record(self, contact_id: str) -> Incident:
        try:
            incident = self._records.get(contact_id)
        except EntryNotFound as error:
            raise EntryNotFound(_GONE) from error
        if IncidentKind.CONTACT not in amended(incident.fields, incident.amendments).kinds:
            raise EntryNotFound(_GONE)
        return incident


def clean_contact(fields: ContactFields) -> ContactFields:
    """Check and tidy a contact's fields.

    Raises:
        InvalidInput: a field is too long or holds what can't be stored.
    """
    texts = {}
    for name, what in _PARTS.items():
        value = getattr(fields, name)
        check_text(value, what)
        if len(value) > MAX_FIELD_CHARS:
            raise InvalidInput(
                QT_TR_NOOP(
                    "Each part of a contact can be up to {limit} characters; "
                    "a longer account fits in a linked entry. Nothing was saved."
                ),
                limit=MAX_FIELD_CHARS,
            )
        texts[name] = value.strip()
    happened = fields.happened.replace(second=0, microsecond=0, tzinfo=None)
    return replace(fields, happened=happened, who=clean_people(fields.who), **texts)


def _as_record(fields: ContactFields) -> IncidentFields:
    """A new contact as the record keeps it: a contact attempt, at this computer's time."""
    return IncidentFields(
        happened=wall_clock(fields.happened),
        kinds=(IncidentKind.CONTACT,),
        account=fields.said,
        who=fields.who,
        felt=fields.felt,
        did=fields.did,
        channel=fields.channel,
        entry=fields.entry,
    )


def _edited(when: dt.datetime) -> Amendment:
    """A contact changed before it came here: said, and nothing claimed about what."""
    return Amendment(when, EDITED_ELSEWHERE, {})


def _keep_zone(now: IncidentFields, moment: dt.datetime) -> When:
    """The wall-clock time given, in the zone the record already has (when it has one)."""
    if now.happened.moment.replace(tzinfo=None) == moment:
        return now.happened
    if now.happened.zone:
        from zoneinfo import ZoneInfo  # noqa: PLC0415 - only when a time is changed

        zone = ZoneInfo(now.happened.zone)
        return When(moment.replace(tzinfo=zone), now.happened.zone, now.happened.about)
    return wall_clock(moment)


def _contact(incident: Incident) -> Contact:
    """A record as the contact log shows it: as it reads now, at its own wall-clock time."""
    fields = amended(incident.fields, incident.amendments)
    updated = incident.amendments[-1].recorded if incident.amendments else incident.recorded
    return Contact(
        id=incident.id,
        fields=ContactFields(
            happened=fields.happened.moment.replace(tzinfo=None),
            channel=fields.channel or Channel.OTHER,
            said=fields.account,
            felt=fields.felt,
            did=fields.did,
            entry=fields.entry,
            who=fields.who,
        ),
        created=incident.recorded,
        updated=updated,
        trashed=incident.trashed,
    )
