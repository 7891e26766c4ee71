"""Patterns over time, computed on journals built with known answers."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from app.journal import Journal
from app.patterns.figures import after_contact, figures
from app.records.entries import EntryFields
from app.records.incidents import IncidentFields, IncidentKind, When
from app.records.patterns import Period, week_of
from tests.helpers.cli import Cli, succeeds

BERLIN = ZoneInfo("Europe/Berlin")
MARCH = Period(dt.date(2026, 3, 16), dt.date(2026, 4, 5))  # three weeks, the clocks change


def _entry(journal: Journal, day: str, **fields: object) -> str:
    given = EntryFields(body=f"Written on {day}.", date=dt.date.fromisoformat(day))
    return journal.entries.add(given.__class__(**{**given.__dict__, **fields})).id


def _record(journal: Journal, moment: dt.datetime, zone: str, *kinds: IncidentKind) -> None:
    when = When(moment.replace(tzinfo=ZoneInfo(zone)), zone)
    journal.incidents.add(IncidentFields(when, kinds or (IncidentKind.CONTACT,)))


def test_an_empty_period_has_every_week_and_claims_nothing(journal: Journal) -> None:
    found = figures(journal, MARCH)
    assert [week.start for week in found.weeks] == [
        dt.date(2026, 3, 16),
        dt.date(2026, 3, 23),
        dt.date(2026, 3, 30),
    ]
    assert all(week.entries == 0 and week.mood is None for week in found.weeks)
    assert found.entries == found.heavy == 0
    assert (found.feelings, found.pulls, found.themes) == ((), (), ())
    assert not found.after_contact.enough


def test_weeks_follow_the_day_written_across_the_change_of_clocks(journal: Journal) -> None:
    _entry(journal, "2026-03-29", mood=2, energy=1)  # Sunday: the clocks went forward
    _entry(journal, "2026-03-29", mood=4)
    _entry(journal, "2026-03-30", energy=3)  # Monday: the next week
    _entry(journal, "2026-03-30")  # no mood, no energy: counted, not averaged
    gone = _entry(journal, "2026-03-31", mood=1)
    journal.entries.trash(gone)
    _entry(journal, "2026-04-06", mood=5)  # after the period
    first, second, third = figures(journal, MARCH).weeks
    assert first.entries == 0
    assert (second.entries, second.mood, second.moods, second.energy) == (2, 3.0, 2, 1.0)
    assert (third.entries, third.mood, third.moods, third.energy, third.energies) == (
        2,
        None,
        0,
        3.0,
        1,
    )


def test_words_are_counted_most_often_first_and_heavy_entries_only_counted(
    journal: Journal,
) -> None:
    _entry(journal, "2026-03-17", feeling="tired", pulls=("guilt",), theme="guilt")
    _entry(journal, "2026-03-18", feeling="Tired", pulls=("guilt", "a message"), heavy=True)
    _entry(journal, "2026-03-19", feeling="calm", theme="boundaries")
    found = figures(journal, MARCH)
    # preset pulls and themes by the names the app shows; a pull in own words as typed
    assert [(c.name, c.count) for c in found.pulls] == [("Guilt", 2), ("a message", 1)]
    assert {c.name: c.count for c in found.feelings} == {"tired": 1, "Tired": 1, "calm": 1}
    assert [(c.name, c.count) for c in found.themes] == [
        ("Boundaries and saying no", 1),
        ("Guilt", 1),
    ]
    assert (found.entries, found.heavy) == (3, 1)


def test_records_fall_on_the_day_and_week_they_happened_where_they_happened(
    journal: Journal,
) -> None:
    # 23:30 in New York on Sunday is Monday morning in Berlin: it stays on Sunday.
    _record(journal, dt.datetime(2026, 3, 29, 23, 30), "America/New_York")
    _record(journal, dt.datetime(2026, 3, 30, 8, 0), "Europe/Berlin", IncidentKind.THREAT)
    _record(journal, dt.datetime(2026, 4, 6, 8, 0), "Europe/Berlin")  # after the period
    weeks = figures(journal, MARCH).weeks
    assert [(w.contacts, w.incidents) for w in weeks] == [(0, 0), (1, 0), (0, 1)]


def test_after_contact_counts_each_day_once_and_claims_nothing_on_too_few() -> None:
    day = dt.date(2026, 3, 10)
    moods = {
        day: [5],
        day + dt.timedelta(days=1): [2, 2],
        day + dt.timedelta(days=2): [1],
        day + dt.timedelta(days=4): [4],
    }
    few = after_contact([day, day + dt.timedelta(days=1)], moods)
    assert (few.contacts, few.after, few.after_total, few.other, few.other_total) == (2, 4, 9, 1, 5)
    assert not few.enough and few.after_mood == 9 / 4
    many = {day + dt.timedelta(days=n): [n % 5 + 1] for n in range(30)}
    found = after_contact([day, day + dt.timedelta(days=10), day + dt.timedelta(days=20)], many)
    assert found.after == 9 and found.other == 21 and found.enough


def test_a_single_entry_is_one_week_of_one_and_claims_nothing(journal: Journal) -> None:
    _entry(journal, "2026-03-25", mood=4, energy=2, feeling="calm", theme="worth")
    found = figures(journal, MARCH)
    assert found.entries == 1
    assert [(w.entries, w.mood, w.moods, w.energy) for w in found.weeks] == [
        (0, None, 0, None),
        (1, 4.0, 1, 2.0),
        (0, None, 0, None),
    ]
    assert [(c.name, c.count) for c in found.feelings + found.themes] == [
        ("calm", 1),
        ("Self-worth and status", 1),
    ]
    assert found.after_contact.other == 1 and not found.after_contact.enough


def test_a_period_from_midweek_counts_only_its_own_days_across_the_autumn_change(
    journal: Journal,
) -> None:
    # 2026-10-25 is the Sunday the clocks go back in Europe: an hour longer, one day still
    _entry(journal, "2026-10-20", mood=1)  # Tuesday, before the period
    _entry(journal, "2026-10-21", mood=3)  # Wednesday, the period's first day
    _entry(journal, "2026-10-25", mood=5)
    _entry(journal, "2026-10-26", mood=2)  # Monday: the next week
    found = figures(journal, Period(dt.date(2026, 10, 21), dt.date(2026, 10, 26)))
    assert [(w.start, w.entries, w.mood) for w in found.weeks] == [
        (dt.date(2026, 10, 19), 2, 4.0),
        (dt.date(2026, 10, 26), 1, 2.0),
    ]


def test_a_contact_just_before_the_period_makes_its_first_days_after(journal: Journal) -> None:
    _record(journal, dt.datetime(2026, 3, 14, 19, 0), "Europe/Berlin")  # two days before
    _entry(journal, "2026-03-16", mood=1)  # the period's first day: after that contact
    _entry(journal, "2026-03-20", mood=4)
    after = figures(journal, MARCH).after_contact
    assert (after.contacts, after.after, after.after_total, after.other) == (0, 1, 1, 1)


def test_months_are_calendar_months_by_the_day_written(journal: Journal) -> None:
    _entry(journal, "2024-09-30", mood=2)  # a Monday
    _entry(journal, "2024-10-01", mood=4)  # the next day, the same week, another month
    _record(journal, dt.datetime(2024, 10, 2, 8, 0), "Europe/Berlin")
    found = figures(journal, Period(dt.date(2024, 1, 1), dt.date(2026, 3, 31)))
    assert found.shown()[1] and len(found.months) == 27
    september, october = found.months[8], found.months[9]
    assert (september.start, september.entries, september.mood) == (dt.date(2024, 9, 1), 1, 2.0)
    assert (october.start, october.entries, october.mood, october.contacts) == (
        dt.date(2024, 10, 1),
        1,
        4.0,
        1,
    )
    assert not figures(journal, MARCH).months  # a short period is read by week


def test_the_default_period_is_thirteen_whole_weeks_up_to_today() -> None:
    today = dt.date(2026, 12, 9)  # a Wednesday
    period = Period.recent(today)
    assert period.until == today and period.since == week_of(today) - dt.timedelta(weeks=12)
    assert period.since.weekday() == 0


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    return cli


def test_the_cli_prints_every_figure_behind_the_page(ready: Cli) -> None:
    for day, mood in (("2026-03-17", "3"), ("2026-03-18", "5")):
        succeeds(ready, "add", "--date", day, "--mood", mood, stdin=b"words")
    argv = ("patterns", "--since", "2026-03-16", "--until", "2026-03-22")
    shown = json.loads(succeeds(ready, *argv, "--json"))
    assert shown["entries"] == 2 and shown["since"] == "2026-03-16"
    assert shown["weeks"] == [
        {
            "start": "2026-03-16",
            "entries": 2,
            "mood": 4.0,
            "moods": 2,
            "energy": None,
            "energies": 0,
            "contacts": 0,
            "incidents": 0,
        }
    ]
    assert shown["after_contact"]["enough"] is False
    words = succeeds(ready, *argv)
    assert "2026-03-16        2  4.0 (2)" in words and "not enough to compare" in words
    refused = ready("patterns", "--since", "2026-03-20", "--until", "2026-03-10")
    assert refused.status != 0 and "--since is after --until" in refused.stderr
