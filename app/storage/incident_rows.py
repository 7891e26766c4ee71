"""The incident record's rows: read, written and sealed (what the chain's links digest).

Kept apart from the store (``app.storage.incidents``) so each stays one job: this
is the shape of a record in the database and in the chain.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, replace

from app.errors import InvalidInput
from app.records.incidents import (
    MAX_LINE_CHARS,
    MAX_TEXT_CHARS,
    TEXT_FIELDS,
    Amendment,
    Channel,
    Evidence,
    Incident,
    IncidentFields,
    IncidentKind,
    When,
    amended,
    from_plain_evidence,
    to_plain,
)
from app.storage.contact_people import clean_people, who_names, who_text
from app.storage.incident_chain import Link, LinkKind, content_digest
from app.storage.rows import to_text, to_time
from app.storage.validation import check_text
from app.words import QT_TR_NOOP, Said

COLUMNS = (
    "uuid, recorded, happened, happened_zone, happened_about, kinds, account, place, who,"
    " witnesses, harm, reports, to_gather, felt, did, channel, entry, evidence, trashed"
)
PLACES = ", ".join("?" * len(COLUMNS.split(",")))
"""One placeholder a column, for an INSERT of ``COLUMNS``."""
_FIELD_WORDS = {
    "account": QT_TR_NOOP("account"),
    "place": QT_TR_NOOP("place"),
    "witnesses": QT_TR_NOOP("witnesses"),
    "harm": QT_TR_NOOP("harm"),
    "reports": QT_TR_NOOP("reports"),
    "to_gather": QT_TR_NOOP("to gather"),
    "felt": QT_TR_NOOP("felt"),
    "did": QT_TR_NOOP("did"),
}
"""What a refusal calls each of the record's texts (``TEXT_FIELDS``)."""
LINK_COLUMNS = "seq, at, kind, ref, content, digest"
UNREADABLE = "unreadable"  # matches no digest: a row changed out of its shape


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
        raise InvalidInput(
            QT_TR_NOOP("Say what kind of thing happened (at least one). Nothing was saved.")
        )
    if fields.happened.moment.utcoffset() is None:
        raise InvalidInput(QT_TR_NOOP("When it happened needs its time zone. Nothing was saved."))
    for name in TEXT_FIELDS:
        limit = MAX_TEXT_CHARS if name == "account" else MAX_LINE_CHARS
        _check_field(getattr(fields, name), _FIELD_WORDS[name], limit)
    check_text(fields.happened.zone, QT_TR_NOOP("time zone"))
    if fields.entry is not None:
        check_text(fields.entry, QT_TR_NOOP("entry id"))
    kinds = tuple(dict.fromkeys(fields.kinds))
    moment = fields.happened.moment.replace(second=0, microsecond=0)
    happened = When(moment, fields.happened.zone, fields.happened.about)
    return replace(fields, happened=happened, kinds=kinds, who=clean_people(fields.who))


def _check_field(text: str, what: str, limit: int) -> None:
    """Refuse one of the record's texts, ``what`` (a marked template) by name, if unfit."""
    check_text(text, what)
    if len(text) > limit:
        raise InvalidInput(
            QT_TR_NOOP("The {what} can be up to {limit} characters. Nothing was saved."),
            what=Said(what),
            limit=limit,
        )


def row_values(incident: Incident) -> tuple[object, ...]:
    """The record as its row holds it (``COLUMNS``, in order; not yet trashed)."""
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
        None if fields.channel is None else fields.channel.value,
        fields.entry,
        evidence_json(fields.evidence),
        None,
    )


def evidence_json(evidence: tuple[Evidence, ...]) -> str:
    """The evidence files as the row keeps them (the sealed form's list)."""
    return json.dumps([asdict(item) for item in evidence], sort_keys=True, ensure_ascii=False)


def incident_from_row(row: tuple[object, ...], amendments: tuple[Amendment, ...]) -> Incident:
    """The record a row (``COLUMNS``) holds, with its amendments.

    Raises:
        ValueError: the row is not of its shape (changed behind the app's back).
    """
    (
        incident_id, recorded, happened, zone, about, kinds, account, place, who,
        witnesses, harm, reports, to_gather, felt, did, channel, entry, evidence, trashed,
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
        channel=None if channel is None else Channel(str(channel)),
        entry=None if entry is None else str(entry),
        evidence=from_plain_evidence(json.loads(str(evidence))),
    )
    return Incident(
        str(incident_id),
        to_time(recorded),
        fields,
        amendments,
        None if trashed is None else to_time(trashed),
    )


def newest_first(incident: Incident) -> tuple[float, float]:
    """By when it happened as the record reads now (across time zones), then recorded."""
    happened = amended(incident.fields, incident.amendments).happened.moment
    return (-happened.timestamp(), -incident.recorded.timestamp())


def link_from_row(row: tuple[object, ...]) -> Link:
    """A link as its row (``LINK_COLUMNS``) holds it."""
    seq, at, kind, ref, content, digest = row
    return Link(int(str(seq)), str(at), LinkKind(kind), str(ref), str(content), str(digest))


def changes_json(value: dict[str, object]) -> str:
    """An amendment's changes as kept in its row."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)
