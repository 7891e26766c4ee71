"""Plain data for the incident record: what happened, kept the way advocates ask.

A record keeps two times apart: when something happened (as exactly as the person
knows it, or "about" then) and when it was written down (set by the store, never
by anyone else). It is never changed in place: a correction is an amendment with
its reason and time, kept beneath the original. See docs/plans/incident-record.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

MAX_TEXT_CHARS = 20_000
"""The longest a record's account may be (a long night, not a book)."""

MAX_LINE_CHARS = 2_000
"""The longest of the shorter fields (where, witnesses, reports, ...)."""


class IncidentKind(Enum):
    """What kind of thing happened; a record may be of several kinds."""

    CONTACT = "contact"
    THROUGH_SOMEONE = "through-someone"
    VERBAL = "verbal"
    THREAT = "threat"
    PHYSICAL = "physical"
    STALKING = "stalking"
    FINANCIAL = "financial"
    CHILDREN = "children"
    ORDER_BREACH = "order-breach"
    OTHER = "other"


class Channel(Enum):
    """How they reached out (the contact log's quick choice)."""

    CALL = "call"
    MESSAGE = "message"
    VISIT = "visit"
    THROUGH_OTHERS = "through-others"
    OTHER = "other"


@dataclass(frozen=True)
class When:
    """When it happened: a local time with its zone, or only roughly then.

    Attributes:
        moment: aware local time, to the minute.
        zone: the IANA zone it was lived in ("Europe/Berlin"), "" when unknown.
        about: the time is remembered roughly, not known.
    """

    moment: dt.datetime
    zone: str = ""
    about: bool = False


@dataclass(frozen=True)
class Evidence:
    """An evidence file as a record names it: kept unaltered, known by its SHA-256.

    Attributes:
        attachment: the stored file's id (32 hex digits; ``journal.attachments``).
        name: the file's name as it came.
        mime: its type.
        size: bytes.
        sha256: the SHA-256 of its bytes, as hex: shown, sealed and reported.
    """

    attachment: str
    name: str
    mime: str
    size: int
    sha256: str


@dataclass(frozen=True)
class IncidentFields:
    """What the person records; every text is kept exactly as typed.

    Attributes:
        happened: when it happened.
        kinds: what kind of thing it was (at least one).
        account: what happened, in their own words; exact quotes as ``> `` lines.
        place: where.
        who: the people involved, as the person names them, in order.
        witnesses, harm, reports, to_gather: who saw it; injuries or damage;
            reports made (a police reference, a doctor, an advocate); evidence
            still to gather.
        felt, did: how I felt; what I did.
        channel: how they reached out, for a contact (the contact log's choice).
        entry: the id of a journal entry written about it, if any.
        evidence: the evidence files, in the order they were added.
    """

    happened: When
    kinds: tuple[IncidentKind, ...]
    account: str = ""
    place: str = ""
    who: tuple[str, ...] = ()
    witnesses: str = ""
    harm: str = ""
    reports: str = ""
    to_gather: str = ""
    felt: str = ""
    did: str = ""
    channel: Channel | None = None
    entry: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Amendment:
    """A correction, kept beneath the original with its reason and its time.

    Attributes:
        recorded: when it was written down (aware, set by the store).
        reason: why, in the person's words.
        changes: the fields as amended (only those that changed).
    """

    recorded: dt.datetime
    reason: str
    changes: dict[str, object]


@dataclass(frozen=True)
class Incident:
    """One stored record, as first written, and its amendments in order."""

    id: str
    recorded: dt.datetime
    fields: IncidentFields
    amendments: tuple[Amendment, ...] = field(default=())
    trashed: dt.datetime | None = None


TEXT_FIELDS = ("account", "place", "witnesses", "harm", "reports", "to_gather", "felt", "did")
"""The fields that are the person's own words, kept exactly as typed."""


OPTIONAL_FIELDS = ("channel", "entry", "evidence")
"""Fields a record holds only when they are given: left out of the sealed form when
empty, so a record sealed before they existed still verifies."""


def to_plain(fields: IncidentFields) -> dict[str, object]:
    """The fields as JSON values: the form sealed in the chain and kept in amendments.

    Written out by hand rather than with ``dataclasses.asdict``, which deep-copies
    every value: a list of 2,000 records reads its amended views through here.
    """
    happened = fields.happened
    plain: dict[str, object] = {
        "happened": {
            "moment": happened.moment.isoformat(),
            "zone": happened.zone,
            "about": happened.about,
        },
        "kinds": [kind.value for kind in fields.kinds],
        "who": list(fields.who),
        **{name: getattr(fields, name) for name in TEXT_FIELDS},
    }
    if fields.channel is not None:
        plain["channel"] = fields.channel.value
    if fields.entry:
        plain["entry"] = fields.entry
    if fields.evidence:
        plain["evidence"] = [evidence_plain(item) for item in fields.evidence]
    return plain


def evidence_plain(item: Evidence) -> dict[str, object]:
    """An evidence file as its JSON values (sealed, kept in amendments and archives)."""
    return {
        "attachment": item.attachment,
        "name": item.name,
        "mime": item.mime,
        "size": item.size,
        "sha256": item.sha256,
    }


def from_plain(plain: dict[str, object]) -> IncidentFields:
    """Fields from their JSON values (as ``to_plain`` wrote them).

    Raises:
        ValueError: a value is not of its field's shape.
    """
    happened = plain["happened"]
    kinds, who = plain["kinds"], plain["who"]
    if not isinstance(happened, dict) or not isinstance(kinds, list) or not isinstance(who, list):
        raise ValueError("not an incident record")
    texts = {name: plain[name] for name in TEXT_FIELDS}
    if not all(isinstance(text, str) for text in texts.values()):
        raise ValueError("not an incident record")
    channel, entry = plain.get("channel"), plain.get("entry")
    return IncidentFields(
        happened=When(
            dt.datetime.fromisoformat(str(happened["moment"])),
            str(happened["zone"]),
            bool(happened["about"]),
        ),
        kinds=tuple(IncidentKind(str(kind)) for kind in kinds),
        who=tuple(str(name) for name in who),
        channel=None if channel is None else Channel(str(channel)),
        entry=None if entry is None else str(entry),
        evidence=from_plain_evidence(plain.get("evidence", [])),
        **texts,  # type: ignore[arg-type]
    )


def from_plain_evidence(items: object) -> tuple[Evidence, ...]:
    """Evidence files from their JSON values."""
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValueError("not an incident record")
    return tuple(
        Evidence(
            str(item["attachment"]),
            str(item["name"]),
            str(item["mime"]),
            int(item["size"]),
            str(item["sha256"]),
        )
        for item in items
    )


def amended(fields: IncidentFields, amendments: tuple[Amendment, ...]) -> IncidentFields:
    """The record as it reads now: the original with each amendment's changes, in order."""
    if not amendments:
        return fields  # frozen: the record as first written is the one that reads now
    plain = to_plain(fields)
    for amendment in amendments:
        plain.update(amendment.changes)
    for name in OPTIONAL_FIELDS:  # an amendment that empties one leaves it null
        if name in plain and not plain[name]:
            del plain[name]
    return from_plain(plain)
