"""The figures for one period, put together once for the CLI, the page and the export.

The store's counts by week, the contacts and incidents on the same weeks, and the
mood of the days after contact against the others.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from app.patterns.months import too_many_weeks
from app.patterns.names import named, pull_namer, theme_namer
from app.records.incidents import Incident, IncidentKind, amended
from app.records.patterns import AfterContact, Figures, Period, Week, week_of
from app.storage.incidents import IncidentStore
from app.storage.patterns import PatternStore
from app.storage.prompt_store import PromptStore

AFTER_DAYS = 3
"""How many days after a contact or an incident count as "after" it."""


class PatternSources(Protocol):
    """What the figures are read from (a ``Journal`` fits)."""

    @property
    def patterns(self) -> PatternStore: ...  # noqa: D102 - the counts in SQL

    @property
    def incidents(self) -> IncidentStore: ...  # noqa: D102 - contacts and incidents

    @property
    def prompts(self) -> PromptStore: ...  # noqa: D102 - the themes' names


def figures(journal: PatternSources, period: Period) -> Figures:
    """Every figure of the Patterns page for ``period`` (themes and pulls by their names)."""
    store = journal.patterns
    counted, heavy = store.weeks(period)
    happened = [_happening(record) for record in journal.incidents.all()]
    records = [found for found in happened if found[0] in period]
    weeks = _every_week(period, counted, records)
    # a contact in the days just before the period still makes its first days "after"
    lead_in = Period(
        period.since - dt.timedelta(days=AFTER_DAYS), period.since - dt.timedelta(days=1)
    )
    before = [day for day, _ in happened if day in lead_in]
    return Figures(
        period=period,
        weeks=weeks,
        feelings=tuple(store.counted("feeling", period)),
        pulls=named(store.counted("pull", period), pull_namer()),
        themes=named(store.counted("theme", period), theme_namer(journal.prompts.theme_names())),
        after_contact=after_contact(
            [day for day, _ in records], store.moods_by_day(period), earlier=before
        ),
        entries=sum(week.entries for week in weeks),
        heavy=heavy,
        months=_every_month(period, store.months(period), records) if too_many_weeks(weeks) else (),
    )


def after_contact(
    days: Iterable[dt.date], moods: dict[dt.date, list[int]], earlier: Iterable[dt.date] = ()
) -> AfterContact:
    """The moods of the days after each contact or incident (``days``) against the rest.

    A day counts as "after" once, however many contacts it follows. ``earlier``
    contacts (just before the period) make days "after" without being counted.
    """
    days = list(days)
    after_days = {
        day + dt.timedelta(days=n) for day in (*days, *earlier) for n in range(1, AFTER_DAYS + 1)
    }
    after = [mood for day, given in moods.items() if day in after_days for mood in given]
    other = [mood for day, given in moods.items() if day not in after_days for mood in given]
    return AfterContact(len(days), sum(after), len(after), sum(other), len(other))


def _every_week(
    period: Period, counted: list[Week], records: list[tuple[dt.date, bool]]
) -> tuple[Week, ...]:
    """Each week of the period in order; one with nothing written is there, empty."""
    by_start = {week.start: week for week in counted}
    contacts = Counter(week_of(day) for day, contact in records if contact)
    others = Counter(week_of(day) for day, contact in records if not contact)
    weeks = []
    start = week_of(period.since)
    while start <= period.until:
        week = by_start.get(start, Week(start))
        weeks.append(replace(week, contacts=contacts[start], incidents=others[start]))
        start += dt.timedelta(weeks=1)
    return tuple(weeks)


def _every_month(
    period: Period, counted: list[Week], records: list[tuple[dt.date, bool]]
) -> tuple[Week, ...]:
    """Each calendar month of the period in order (``start``: its first day)."""
    by_start = {month.start: month for month in counted}
    contacts = Counter(day.replace(day=1) for day, contact in records if contact)
    others = Counter(day.replace(day=1) for day, contact in records if not contact)
    months = []
    start = period.since.replace(day=1)
    while start <= period.until:
        month = by_start.get(start, Week(start))
        months.append(replace(month, contacts=contacts[start], incidents=others[start]))
        start = (start + dt.timedelta(days=32)).replace(day=1)
    return tuple(months)


def _happening(record: Incident) -> tuple[dt.date, bool]:
    """The day it happened, where it happened, and whether it was a contact.

    Both as the record reads now, amendments applied once (at 500 records, applying
    them for each question took a fifth of the figures for a ten-year period).
    """
    now = amended(record.fields, record.amendments)
    return now.happened.moment.date(), IncidentKind.CONTACT in now.kinds
