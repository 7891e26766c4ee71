"""What a report holds: the records chosen, oldest first, each as it reads now.

Choosing is pure (``build_report``): the records of a period (the day each
happened, where it happened), of some kinds, naming someone; trashed records
never come (the store leaves them out). Each keeps both its times, its
amendments beneath (when, why, each field before and after: the original is
never lost) and its evidence files with their SHA-256 as kept. When names are
to be hidden, every person a chosen record names is shown by initials, or by the
pseudonym given, exactly as the therapist export replaces names
(``app.export.redaction``); dates, kinds and digests are never touched.
``gather_report`` asks the journal for the records and the chain's state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from app.export import redaction
from app.export.model import Redaction
from app.incidents.report_words import (
    LABELS,
    channel_words,
    kinds_words,
    label_words,
    when_words,
)
from app.records.incidents import (
    TEXT_FIELDS,
    Amendment,
    Channel,
    Evidence,
    Incident,
    IncidentFields,
    IncidentKind,
    When,
    amended,
    to_plain,
)

if TYPE_CHECKING:
    from app.storage.incidents import IncidentStore


class HasIncidents(Protocol):
    """Where the records are read from: an open ``Journal``, or stores of a worker's own."""

    @property
    def incidents(self) -> IncidentStore: ...  # noqa: D102 - the records and the chain


class ImagesShown(Enum):
    """Whether a PDF report draws the evidence pictures or only lists them."""

    INCLUDE = "include"
    LIST = "list"


class ReportFormat(Enum):
    """The report's file formats."""

    PDF = "pdf"
    CSV = "csv"


@dataclass(frozen=True)
class ReportOptions:
    """What the person chose for the report.

    Attributes:
        since, until: the first and last day (inclusive) it happened, as lived there.
        kinds: only records of any of these kinds (empty: every kind).
        who: only records naming this person, first or by amendment (any case).
        pseudonyms: show every person the records name by initials.
        redactions: names to replace, and what with (empty: initials); they win
            over the initials ``pseudonyms`` gives.
        images: draw the evidence pictures in a PDF, or only list them.
        format: PDF or CSV.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    kinds: frozenset[IncidentKind] = frozenset()
    who: str | None = None
    pseudonyms: bool = False
    redactions: tuple[Redaction, ...] = ()
    images: ImagesShown = ImagesShown.INCLUDE
    format: ReportFormat = ReportFormat.PDF


@dataclass(frozen=True)
class Change:
    """One field an amendment changed: its label and its value before and after, in words."""

    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class ReportAmendment:
    """An amendment as the report shows it: when it was recorded, why, what changed."""

    recorded: dt.datetime
    reason: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class ReportRecord:
    """One record: as it reads now (names replaced if asked), and its amendments.

    Attributes:
        number: its place in the report, from 1.
        id: the record's id (for finding it with ``threshold incidents show``).
        recorded: when Threshold kept it (UTC), never changed.
        now: the record as it reads now.
        amendments: oldest first.
    """

    number: int
    id: str
    recorded: dt.datetime
    now: IncidentFields
    amendments: tuple[ReportAmendment, ...]


@dataclass(frozen=True)
class ChainState:
    """The chain as the report found it.

    Attributes:
        digest, at, links: its newest digest, that link's time (as stored), how many
            links; None, None, 0 when nothing is recorded yet.
        problem: what does not hold, in words; "" when it holds.
    """

    digest: str | None
    at: str | None
    links: int
    problem: str = ""

    @property
    def holds(self) -> bool:
        """Whether every link and row checked out."""
        return not self.problem


@dataclass(frozen=True)
class Report:
    """Everything one report file holds.

    Attributes:
        made: when the report was made (aware).
        zone: where recorded times are shown (None: this computer's zone).
        counts: records per kind, in the kinds' order, only kinds that occur.
        who: the person asked for, as shown (replaced if names are hidden).
    """

    options: ReportOptions
    made: dt.datetime
    records: tuple[ReportRecord, ...]
    counts: tuple[tuple[IncidentKind, int], ...]
    chain: ChainState
    who: str | None = None
    zone: dt.tzinfo | None = None

    @property
    def names_hidden(self) -> bool:
        """Whether names were replaced."""
        return self.options.pseudonyms or bool(self.options.redactions)

    @property
    def first_day(self) -> dt.date | None:
        """The period's first day: the one asked for, else the first record's."""
        if self.options.since is not None or not self.records:
            return self.options.since
        return self.records[0].now.happened.moment.date()

    @property
    def last_day(self) -> dt.date | None:
        """The period's last day: the one asked for, else the last record's."""
        if self.options.until is not None or not self.records:
            return self.options.until
        return self.records[-1].now.happened.moment.date()


def gather_report(
    journal: HasIncidents, options: ReportOptions, *, zone: dt.tzinfo | None = None
) -> Report:
    """The report of ``journal``'s live records as ``options`` choose, and the chain checked."""
    store = journal.incidents
    broken = store.verify()
    receipt = store.receipt()
    chain = ChainState(
        None if receipt is None else receipt.digest,
        None if receipt is None else receipt.at,
        0 if receipt is None else receipt.links,
        "" if broken is None else str(broken.said),
    )
    made = dt.datetime.now(dt.UTC)
    return build_report(store.all(), options, chain, made, zone=zone)


def build_report(
    incidents: Iterable[Incident],
    options: ReportOptions,
    chain: ChainState,
    made: dt.datetime,
    *,
    zone: dt.tzinfo | None = None,
) -> Report:
    """The report of ``incidents`` (live ones: the store leaves trashed ones out)."""
    live = (incident for incident in incidents if incident.trashed is None)
    chosen = sorted((one for one in live if _chosen(one, options)), key=_oldest_first)
    names = _redactions(chosen, options)
    records = tuple(_record(number, incident, names) for number, incident in enumerate(chosen, 1))
    who = None if options.who is None else _hide(options.who, names)
    return Report(options, made, records, _counts(records), chain, who, zone)


# ---------------------------------------------------------------------- choosing


def _chosen(incident: Incident, options: ReportOptions) -> bool:
    now = amended(incident.fields, incident.amendments)
    day = now.happened.moment.date()
    if options.since is not None and day < options.since:
        return False
    if options.until is not None and day > options.until:
        return False
    if options.kinds and not options.kinds.intersection(now.kinds):
        return False
    return options.who is None or options.who.strip().casefold() in _named(incident)


def _named(incident: Incident) -> set[str]:
    """Everyone the record names, first or by an amendment, folded for comparing."""
    names = list(incident.fields.who)
    for amendment in incident.amendments:
        named = amendment.changes.get("who")
        if isinstance(named, list):
            names += [str(name) for name in named]
    return {name.strip().casefold() for name in names}


def _oldest_first(incident: Incident) -> tuple[dt.datetime, dt.datetime, str]:
    """When it happened (across zones, as an instant), then when it was recorded."""
    happened = amended(incident.fields, incident.amendments).happened.moment
    return happened.astimezone(dt.UTC), incident.recorded, incident.id


def _counts(records: tuple[ReportRecord, ...]) -> tuple[tuple[IncidentKind, int], ...]:
    """Records per kind; a record of several kinds counts under each."""
    counts = [(kind, sum(kind in record.now.kinds for record in records)) for kind in IncidentKind]
    return tuple((kind, count) for kind, count in counts if count)


# ---------------------------------------------------------------------- names


def _redactions(chosen: list[Incident], options: ReportOptions) -> tuple[Redaction, ...]:
    """Initials for everyone named (when asked), then the replacements given (which win)."""
    people: list[Redaction] = []
    if options.pseudonyms:
        seen: set[str] = set()
        for incident in chosen:
            for name in sorted(_all_names(incident)):
                if name.casefold() not in seen:
                    seen.add(name.casefold())
                    people.append(Redaction(name))
    return (*people, *options.redactions)


def _all_names(incident: Incident) -> set[str]:
    names = {name for name in incident.fields.who if name.strip()}
    for amendment in incident.amendments:
        named = amendment.changes.get("who")
        if isinstance(named, list):
            names |= {str(name) for name in named if str(name).strip()}
    return names


def _hide(text: str, names: tuple[Redaction, ...]) -> str:
    return redaction.apply(text, names) if names else text


def _hidden_fields(fields: IncidentFields, names: tuple[Redaction, ...]) -> IncidentFields:
    """Every text that may hold a name, replaced; times, kinds and digests as they are."""
    if not names:
        return fields
    texts: dict[str, Any] = {name: _hide(getattr(fields, name), names) for name in TEXT_FIELDS}
    evidence = tuple(replace(item, name=_hide(item.name, names)) for item in fields.evidence)
    who = tuple(_hide(name, names) for name in fields.who)
    return replace(fields, who=who, evidence=evidence, **texts)


# ---------------------------------------------------------------------- records


def _record(number: int, incident: Incident, names: tuple[Redaction, ...]) -> ReportRecord:
    now = amended(incident.fields, incident.amendments)
    return ReportRecord(
        number=number,
        id=incident.id,
        recorded=incident.recorded,
        now=_hidden_fields(now, names),
        amendments=_amendments(incident, names),
    )


def _amendments(incident: Incident, names: tuple[Redaction, ...]) -> tuple[ReportAmendment, ...]:
    """Each amendment with every field it changed, before and after, in words."""
    state = to_plain(incident.fields)
    shown: list[ReportAmendment] = []
    for amendment in incident.amendments:
        changes = tuple(
            _change(field, state.get(field), value, names)
            for field, value in amendment.changes.items()
            if field in LABELS
        )
        shown.append(_shown_amendment(amendment, changes, names))
        state.update(amendment.changes)
    return tuple(shown)


def _shown_amendment(
    amendment: Amendment, changes: tuple[Change, ...], names: tuple[Redaction, ...]
) -> ReportAmendment:
    return ReportAmendment(amendment.recorded, _hide(amendment.reason, names), changes)


def _change(field: str, before: object, after: object, names: tuple[Redaction, ...]) -> Change:
    said_before, said_after = value_words(field, before), value_words(field, after)
    if field in (*TEXT_FIELDS, "who", "evidence"):
        said_before, said_after = _hide(said_before, names), _hide(said_after, names)
    return Change(field, label_words(field), said_before, said_after)


def value_words(field: str, value: object) -> str:
    """A field's stored (plain JSON) value in words; "" for nothing."""
    if value in (None, "", [], {}):
        return ""
    if field == "happened" and isinstance(value, dict):
        moment = dt.datetime.fromisoformat(str(value["moment"]))
        return when_words(When(moment, str(value["zone"]), bool(value["about"])))
    if field in _LIST_WORDS and isinstance(value, list):
        return _LIST_WORDS[field](value)
    if field == "channel":
        return channel_words(Channel(str(value)))
    return ", ".join(str(item) for item in value) if isinstance(value, list) else str(value)


def _kinds_in_words(value: list[object]) -> str:
    return kinds_words(tuple(IncidentKind(str(kind)) for kind in value))


def _evidence_in_words(value: list[object]) -> str:
    items = [item for item in value if isinstance(item, dict)]
    return "; ".join(f"{item.get('name', '')} (SHA-256 {item.get('sha256', '')})" for item in items)


_LIST_WORDS = {"kinds": _kinds_in_words, "evidence": _evidence_in_words}


def evidence_line(item: Evidence) -> str:
    """One evidence file in a line: "photo.jpg (SHA-256 9f86…)"."""
    return f"{item.name} (SHA-256 {item.sha256})"
