"""An archive's reasons, incident record and own prompts: written as JSON, read and kept back.

Each record and prompt becomes one JSON object with every field it has (a record
as first written, its amendments beneath in order); the reader checks each
object strictly by turning it back into its record here, and ``keep_extras``
keeps them in the import's transaction, a record with its evidence files. An
older archive's contacts (``contacts.json``, from before contacts were records)
are read and kept as records too. Nothing is replaced: a reason already in the
list (by its words), or a record, contact or prompt whose id is taken, is
skipped, so importing the same archive twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Set
from typing import TYPE_CHECKING, TypeVar

from app.errors import EntryNotFound, InvalidInput
from app.media.intake import incoming_from_bytes
from app.records.attachments import Incoming, MediaKind
from app.records.imports import ImportedExtras, ImportedFile, ImportedIncident
from app.records.incidents import (
    OPTIONAL_FIELDS,
    TEXT_FIELDS,
    Amendment,
    Evidence,
    Incident,
    IncidentKind,
    amended,
    evidence_plain,
    from_plain,
    to_plain,
)
from app.records.prompts import Intensity, Phase, Prompt, PromptSource
from app.storage.contacts import Channel, Contact, ContactFields
from app.storage.prompt_store import CUSTOM_PACK
from app.transfer.archive_format import (
    aware_time,
    count,
    flag,
    mapping,
    optional_text,
    text,
    texts,
    time_text,
)
from app.transfer.archive_links import keep_links
from app.transfer.problems import ImportRefused, refused, without_promise
from app.words import QT_TR_NOOP, Said

if TYPE_CHECKING:
    from app.journal.worker_stores import WorkerStores
    from app.storage.prompt_store import PromptStore

RECORD_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ATTACHMENT_ID = re.compile(r"^[0-9a-f]{32}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
_RECORD_KEYS = ("id", "recorded", "fields", "amendments", "evidence")
_AMENDMENT_KEYS = ("recorded", "reason", "changes")
_HAPPENED_KEYS = ("moment", "zone", "about")
_EVIDENCE_KEYS = ("attachment", "name", "mime", "size", "sha256")
_FILE_KEYS = (*_EVIDENCE_KEYS, "file")
_REQUIRED_FIELDS = ("happened", "kinds", "who", *TEXT_FIELDS)
_FIELDS = (*_REQUIRED_FIELDS, *OPTIONAL_FIELDS)
Choice = TypeVar("Choice", IncidentKind, Channel, MediaKind)


def contact_from_row(value: object) -> Contact:
    """A contact back from its JSON object.

    Raises:
        ValueError: a field is missing or of the wrong kind.
    """
    row = mapping(value)
    happened = dt.datetime.fromisoformat(text(row.get("happened")))
    fields = ContactFields(
        happened=happened.replace(tzinfo=None),
        channel=Channel(text(row.get("channel"))),
        said=text(row.get("said")),
        felt=text(row.get("felt")),
        did=text(row.get("did")),
        entry=optional_text(row.get("entry")),
        who=texts(row.get("who")),
    )
    return Contact(
        id=text(row.get("id")),
        fields=fields,
        created=aware_time(row.get("created")),
        updated=aware_time(row.get("updated")),
        trashed=None,
    )


# ---------------------------------------------------------------------- records


def record_row(incident: Incident, files: Iterable[tuple[Evidence, str]]) -> dict[str, object]:
    """A record as ``incidents.json`` keeps it: as first written, its amendments, its files.

    ``files`` pairs each evidence file the record names (``named_evidence``) with
    the archive member its bytes are in.
    """
    return {
        "id": incident.id,
        "recorded": time_text(incident.recorded),
        "fields": to_plain(incident.fields),
        "amendments": [
            {"recorded": time_text(a.recorded), "reason": a.reason, "changes": a.changes}
            for a in incident.amendments
        ],
        "evidence": [_evidence_row(item, name) for item, name in files],
    }


def _evidence_row(item: Evidence, name: str) -> dict[str, object]:
    return {**evidence_plain(item), "file": name}


def named_evidence(incident: Incident) -> list[Evidence]:
    """Every evidence file the record has named, first as written, then as amendments add them.

    A file dropped from the list by an amendment is still the record's (and sealed),
    so it travels too.

    Raises:
        ValueError: the record names one file (by its id) two different ways.
    """
    found: dict[str, Evidence] = {}
    for done in range(len(incident.amendments) + 1):
        for item in amended(incident.fields, incident.amendments[:done]).evidence:
            if found.setdefault(item.attachment, item) != item:
                raise ValueError(
                    Said(
                        QT_TR_NOOP("it names the evidence file {id} two ways"),
                        {"id": item.attachment},
                    )
                )
    return list(found.values())


def incident_from_row(value: object) -> tuple[Incident, list[dict[str, object]]]:
    """A record back from its JSON object, checked strictly, and its evidence rows.

    Each evidence row is an object that was checked to describe a file the record
    names (every one of them, once), with ``file`` the member its bytes are in.

    Raises:
        ValueError: a key missing or not Threshold's, a value of the wrong shape,
            an amendment that does not apply, or evidence not as the record names it.
    """
    row = _exactly(value, _RECORD_KEYS, required=_RECORD_KEYS)
    incident = Incident(
        id=_matching(row["id"], RECORD_ID, Said(QT_TR_NOOP("a record's id"))),
        recorded=aware_time(row["recorded"]),
        fields=from_plain(_plain_fields(row["fields"], required=_REQUIRED_FIELDS)),
        amendments=tuple(_amendment(item) for item in _items(row["amendments"])),
    )
    try:
        named = named_evidence(incident)
    except (KeyError, TypeError) as error:  # from_plain meets a change of another shape
        raise ValueError(
            Said(QT_TR_NOOP("an amendment does not apply to it ({reason})"), {"reason": error})
        ) from None
    return incident, _evidence_rows(row["evidence"], named)


def _amendment(value: object) -> Amendment:
    row = _exactly(value, _AMENDMENT_KEYS, required=_AMENDMENT_KEYS)
    reason = text(row["reason"])
    if not reason.strip():
        raise ValueError(Said(QT_TR_NOOP("an amendment has no reason")))
    return Amendment(aware_time(row["recorded"]), reason, _plain_fields(row["changes"], ()))


def _evidence_rows(value: object, named: list[Evidence]) -> list[dict[str, object]]:
    """The evidence rows, each the file the record names, every one of them once."""
    rows = [mapping(item) for item in _items(value)]
    listed = [_evidence(row, _FILE_KEYS) for row in rows]
    for row in rows:
        text(row["file"])
    if sorted(listed, key=_by_id) != sorted(named, key=_by_id):
        raise ValueError(Said(QT_TR_NOOP("its evidence files are not the ones it names")))
    return rows


def _by_id(item: Evidence) -> str:
    return item.attachment


def _plain_fields(value: object, required: tuple[str, ...]) -> dict[str, object]:
    """A record's fields (or an amendment's changes) as ``to_plain`` writes them, checked."""
    row = _exactly(value, _FIELDS, required=required)
    for name, item in row.items():
        _check_field(name, item)
    return row


def _check_field(name: str, value: object) -> None:
    """One field's value, as ``to_plain`` writes it (null: an optional one emptied)."""
    if name == "happened":
        happened = _exactly(value, _HAPPENED_KEYS, required=_HAPPENED_KEYS)
        aware_time(happened["moment"])
        text(happened["zone"])
        flag(happened["about"])
    elif name == "kinds":
        kinds = texts(value)
        if not kinds:
            raise ValueError(Said(QT_TR_NOOP("a record needs at least one kind")))
        for kind in kinds:
            _choice(kind, IncidentKind, Said(QT_TR_NOOP("a kind")))
    elif name == "who":
        texts(value)
    elif name in TEXT_FIELDS:
        text(value)
    elif value is None:
        return
    elif name == "channel":
        _choice(value, Channel, Said(QT_TR_NOOP("a channel")))
    elif name == "entry":
        text(value)
    else:
        for item in _items(value):
            _evidence(item)


def _evidence(value: object, keys: tuple[str, ...] = _EVIDENCE_KEYS) -> Evidence:
    """An evidence file as the record names it (``keys``: and where its bytes are)."""
    row = _exactly(value, keys, required=keys)
    return Evidence(
        attachment=_matching(
            row["attachment"], ATTACHMENT_ID, Said(QT_TR_NOOP("an evidence file's id"))
        ),
        name=text(row["name"]),
        mime=_choice(row["mime"], MediaKind, Said(QT_TR_NOOP("a type of file"))).value,
        size=count(row["size"]),
        sha256=_matching(row["sha256"], SHA256, Said(QT_TR_NOOP("a SHA-256"))),
    )


def _exactly(
    value: object, allowed: tuple[str, ...], required: tuple[str, ...]
) -> dict[str, object]:
    """An object with every ``required`` key and no key but the ``allowed``."""
    row = mapping(value)
    missing = [key for key in required if key not in row]
    if missing:
        raise ValueError(Said(QT_TR_NOOP("it has no {key}"), {"key": repr(missing[0])}))
    unknown = sorted(key for key in row if key not in allowed)
    if unknown:
        raise ValueError(
            Said(
                QT_TR_NOOP("{key} is not something Threshold writes"),
                {"key": repr(unknown[0][:40])},
            )
        )
    return row


def _choice(value: object, kind: type[Choice], what: Said) -> Choice:
    found = text(value)
    try:
        return kind(found)
    except ValueError:
        raise ValueError(
            Said(
                QT_TR_NOOP("{value} is not {what} Threshold knows"),
                {"value": repr(found[:40]), "what": what},
            )
        ) from None


def _matching(value: object, pattern: re.Pattern[str], what: Said) -> str:
    found = text(value)
    if not pattern.match(found):
        raise ValueError(
            Said(
                QT_TR_NOOP("{value} is not {what} as Threshold writes it"),
                {"value": repr(found[:40]), "what": what},
            )
        )
    return found


def _items(value: object) -> list[object]:
    if not isinstance(value, list):
        raise ValueError(
            Said(QT_TR_NOOP("expected a list, found {value}"), {"value": f"{value!r:.40}"})
        )
    return value


def own_prompts(store: PromptStore) -> list[Prompt]:
    """The prompts the person wrote, in their order."""
    return [p for pack in store.packs() if pack.id == CUSTOM_PACK for p in pack.prompts]


def prompt_row(prompt: Prompt) -> dict[str, object]:
    """Every field of one's own prompt, as JSON values."""
    return {
        "id": prompt.id,
        "theme": prompt.theme,
        "text": prompt.text,
        "follow_ups": list(prompt.follow_ups),
        "phases": sorted(phase.value for phase in prompt.phases),
        "intensity": prompt.intensity.value,
    }


def prompt_from_row(value: object) -> Prompt:
    """One's own prompt back from its JSON object.

    Raises:
        ValueError: a field is missing or of the wrong kind.
    """
    row = mapping(value)
    return Prompt(
        id=text(row.get("id")),
        theme=text(row.get("theme")),
        phases=frozenset(Phase(phase) for phase in texts(row.get("phases"))),
        intensity=Intensity(text(row.get("intensity"))),
        text=text(row.get("text")),
        follow_ups=texts(row.get("follow_ups")),
        source=PromptSource.CUSTOM,
        pack=CUSTOM_PACK,
    )


def keep_extras(
    stores: WorkerStores, extras: ImportedExtras, skipped: Set[str] = frozenset()
) -> int:
    """Keep what is new of an archive's reasons, records, contacts, prompts and links; how many.

    Called inside the import's transaction: a refusal undoes the whole import.

    Raises:
        InvalidInput: something cannot be stored (the list of reasons is full, say).
        ImportRefused: a record or one of its evidence files cannot be kept (an
            evidence file whose bytes are not the ones its record names, say).
    """
    return (
        _keep_reasons(stores, extras.reasons)
        + sum(_keep_record(stores, record) for record in extras.incidents)
        + sum(stores.contacts.keep(contact_from_row(row)) for row in extras.contacts)
        + _keep_prompts(stores, (prompt_from_row(row) for row in extras.prompts))
        + keep_links(stores, extras.links, skipped)
    )


def new_records(stores: WorkerStores, extras: ImportedExtras) -> int:
    """How many of the archive's records (and older archives' contacts) are not here yet."""
    ids = [record.incident.id for record in extras.incidents]
    ids += [text(row.get("id")) for row in extras.contacts]
    return sum(not _taken(stores, record_id) for record_id in dict.fromkeys(ids))


def _taken(stores: WorkerStores, record_id: str) -> bool:
    try:
        stores.incidents.get(record_id)
    except EntryNotFound:
        return False
    return True


def _keep_record(stores: WorkerStores, record: ImportedIncident) -> bool:
    """One record with its evidence files, read one at a time (False: its id is taken)."""
    try:
        return stores.incidents.keep(record.incident, _incoming(record.files))
    except ImportRefused:
        raise
    except InvalidInput as error:
        raise refused(
            QT_TR_NOOP("The incident record {id} could not be kept: {reason}"),
            id=record.incident.id[:8],
            reason=without_promise(error),
        ) from error


def _incoming(files: Iterable[ImportedFile]) -> Iterator[Incoming]:
    """Each evidence file's bytes (checked against its SHA-256 as read), as if attached."""
    for file in files:
        yield incoming_from_bytes(file.read(), file.name)


def _keep_reasons(stores: WorkerStores, reasons: Iterable[str]) -> int:
    known = {reason.text for reason in stores.reasons.all()}
    kept = 0
    for reason in reasons:
        if reason.strip() not in known:
            known.add(stores.reasons.add(reason).text)
            kept += 1
    return kept


def _keep_prompts(stores: WorkerStores, prompts: Iterable[Prompt]) -> int:
    taken = {p.id for pack in stores.prompts.packs() for p in pack.prompts}
    kept = 0
    for prompt in prompts:
        if prompt.id in taken:
            continue
        stores.prompts.add_own(
            prompt.theme,
            prompt.text,
            prompt.follow_ups,
            prompt.phases,
            prompt.intensity,
            prompt_id=prompt.id,
        )
        taken.add(prompt.id)
        kept += 1
    return kept
