"""Seeded contacts and incident records for a benchmark journal, spread over its ten years.

The cached journals of ``generate.py`` hold entries only, so what ``run.py`` and
``gui_bench.py`` measure stays as it was. A bench that needs records (the
Patterns page counts contacts and incidents by week and compares the moods
after them) adds them to its own working copy with :func:`add_records`, from a
random stream of their own, so the same seed always gives the same records.

How they fall, roughly as a person's log does: about half at any time over the
ten years, half in a dozen bursts of a few weeks (a separation, a court date, a
move); three in five are contact attempts (a call, a message, a visit), the rest
one or two other kinds; mostly in the evening, in Europe/Berlin, one in ten in
Europe/London (a record in another zone than the computer's); one in ten amended
once (a third of those moved by a day, which moves its week), one in fifty
trashed (never counted).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from generate import FIRST_DAY, SPAN_SECONDS
from prose import Prose

from app.journal import Journal
from app.records.incidents import Channel, IncidentFields, IncidentKind, When

DEFAULT_RECORDS = 500
"""Some hundreds over ten years, whatever the journal's size: a log grows with what
happened, not with how much is written."""

BURSTS, BURST_DAYS, IN_BURSTS = 12, 21, 0.5
CONTACT, AMENDED, MOVED, TRASHED, ELSEWHERE = 0.6, 0.1, 1 / 3, 0.02, 0.1
ZONES = ("Europe/Berlin", "Europe/London")
PEOPLE = ("Chris", "Chris's mother", "Sam", "Chris's friend Jo")
OTHER_KINDS = tuple(kind for kind in IncidentKind if kind is not IncidentKind.CONTACT)


@dataclass(frozen=True)
class GeneratedRecord:
    """One record as first written, and how it is changed afterwards (if it is)."""

    fields: IncidentFields
    amended: IncidentFields | None
    trashed: bool


def generate_records(count: int, seed: int) -> Iterator[GeneratedRecord]:
    """``count`` records over the generated journals' ten years, oldest first."""
    rng = random.Random(seed + 2)  # apart from the entries' streams (seed, seed + 1)
    prose = Prose(rng)
    span_days = SPAN_SECONDS // 86_400
    bursts = [rng.randrange(span_days) for _ in range(BURSTS)]
    days = sorted(_day(rng, span_days, bursts) for _ in range(count))
    for offset in days:
        fields = _fields(rng, prose, FIRST_DAY.date() + dt.timedelta(days=offset))
        yield GeneratedRecord(fields, _amended(rng, fields), rng.random() < TRASHED)


def add_records(journal: Journal, count: int = DEFAULT_RECORDS, seed: int = 42) -> int:
    """Write ``count`` generated records into ``journal``; returns how many are live."""
    live = 0
    for record in generate_records(count, seed):
        incident = journal.incidents.add(record.fields)
        if record.amended is not None:
            journal.incidents.amend(incident.id, "I remembered it better later", record.amended)
        if record.trashed:
            journal.incidents.trash(incident.id)
        live += not record.trashed
    return live


def _day(rng: random.Random, span_days: int, bursts: list[int]) -> int:
    if rng.random() >= IN_BURSTS:
        return rng.randrange(span_days)
    day = rng.choice(bursts) + int(rng.expovariate(3 / BURST_DAYS))
    return min(day, span_days - 1)


def _fields(rng: random.Random, prose: Prose, day: dt.date) -> IncidentFields:
    zone = ZONES[1] if rng.random() < ELSEWHERE else ZONES[0]
    hour = rng.choice((8, 12, 17, 19, 20, 21, 22, 23))
    moment = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), ZoneInfo(zone))
    happened = When(moment, zone, about=rng.random() < 0.15)
    who = (rng.choice(PEOPLE),)
    account = prose.paragraph(rng.randint(20, 90))
    if rng.random() < CONTACT:
        channel = rng.choice(list(Channel))
        return IncidentFields(happened, (IncidentKind.CONTACT,), account, who=who, channel=channel)
    kinds = tuple(rng.sample(OTHER_KINDS, rng.choice((1, 1, 2))))
    return IncidentFields(happened, kinds, account, place="At home", who=who)


def _amended(rng: random.Random, fields: IncidentFields) -> IncidentFields | None:
    if rng.random() >= AMENDED:
        return None
    if rng.random() < MOVED:
        moment = fields.happened.moment - dt.timedelta(days=1)
        return replace(fields, happened=replace(fields.happened, moment=moment))
    return replace(fields, account=fields.account + " " + "It went on longer than I wrote.")
