"""The therapist export's summary in words: the figures' own numbers, calm, quoting nothing."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from app.export.model import ExportOptions, Redaction
from app.export.prepare import prepare
from app.export.summary import (
    KIND_WORDS,
    after_words,
    entries_words,
    records_words,
    summary_for,
)
from app.export.summary_html import summary_html
from app.journal import Journal
from app.patterns.figures import figures
from app.records.entries import EntryFields
from app.records.incidents import IncidentKind
from app.records.patterns import AfterContact, Period
from tests.helpers.summary_journal import HEAVY_WORDS, PERIOD, known_journal


def test_the_tables_hold_the_figures_of_the_period(journal: Journal) -> None:
    known_journal(journal)
    found = figures(journal, PERIOD)
    summary = summary_for(journal, PERIOD)
    assert summary.weeks == found.weeks
    assert summary.weeks_table.rows == (
        ("7 Sep 2026", "2", "3.0 (2)", "1.0 (1)", "0", "0"),
        ("14 Sep 2026", "0", "\u2013", "\u2013", "0", "0"),
        ("21 Sep 2026", "1", "3.0 (1)", "2.0 (1)", "1", "0"),
        ("28 Sep 2026", "1", "5.0 (1)", "3.0 (1)", "0", "1"),
    )
    assert summary.period == "From 7 September 2026 to 4 October 2026 (4 weeks)."
    assert summary.entries == (
        "4 entries written in this period. One of them is marked heavy: it is counted here, "
        "never quoted."
    )
    assert [(c.name, c.count) for c in summary.pulls.counted] == [  # ties: by the name read
        ("A message from them", 2),
        ("Guilt", 2),
    ]
    assert summary.pulls.line == "A message from them 2, Guilt 2."
    assert summary.feelings.line == "tired 2, calm 1."
    assert summary.records == (
        "2 records in this period, by kind (a record can be of several): "
        "contact attempts 1, threats 1, verbal 1."
    )
    assert summary.after_contact.startswith("There isn't enough here to compare")
    assert HEAVY_WORDS not in summary.words() and "HEAVYSECRET" not in summary_html(summary)


def test_after_contact_says_its_counts_or_why_there_is_no_comparison() -> None:
    enough = AfterContact(contacts=9, after_total=21, after=10, other_total=96, other=30)
    assert after_words(enough) == (
        "After 9 contacts or incidents, the next 3 days averaged a mood of 2.1 of 5 "
        "(10 entries with a mood). Other days averaged 3.2 (30 entries with a mood)."
    )
    few = AfterContact(contacts=1, after_total=5, after=2, other_total=12, other=4)
    assert after_words(few) == (
        "There isn't enough here to compare the days after contact with other days. "
        "A comparison needs at least 3 contacts or incidents and 5 entries with a mood on "
        "each side. These dates hold 1 contact or incident, 2 entries with a mood in the "
        "3 days after them and 4 on other days."
    )


def test_counts_are_said_plainly_for_none_one_and_many() -> None:
    assert entries_words(0, 0) == "Nothing was written in this period."
    assert entries_words(1, 0) == "1 entry written in this period."
    heavy = entries_words(1, 1)
    assert heavy.endswith("One of them is marked heavy: it is counted here, never quoted.")
    many = entries_words(1200, 3)
    assert many == (
        "1,200 entries written in this period. 3 of them are marked heavy: counted here, "
        "never quoted."
    )
    assert records_words(0, Counter()) == "No contacts or incidents were recorded in this period."
    assert set(KIND_WORDS) == set(IncidentKind)


def test_a_period_too_long_for_weeks_is_shown_by_month(journal: Journal) -> None:
    known_journal(journal)
    years = Period(dt.date(2025, 1, 6), dt.date(2026, 10, 4))  # 91 weeks; a week by its Monday
    summary = summary_for(journal, years)
    assert summary.by_month and summary.weeks_title == "Mood and energy by month"
    # calendar months, January 2025 to October 2026, counted by the day written
    assert summary.weeks_table.header[0] == "Month" and len(summary.weeks_table.rows) == 22
    assert summary.weeks_table.rows[-2] == ("September 2026", "4", "3.5 (4)", "2.0 (3)", "1", "1")
    assert summary.weeks_table.rows[-1] == ("October 2026", "0", "\u2013", "\u2013", "0", "0")
    assert summary.scale.startswith("Each month's average")


def test_words_in_the_summary_are_redacted_as_the_entries_are(journal: Journal) -> None:
    shared = known_journal(journal)
    journal.entries.add(_fields(pulls=("Margaret's calls",), date=dt.date(2026, 9, 10)))
    options = ExportOptions(redactions=(Redaction("Margaret", "my mother"),), summary=PERIOD)
    document = prepare(journal, [shared], options)
    assert document.summary is not None
    assert "Margaret" not in document.summary.words()
    # a pull in the person's own words is counted, never printed, redacted or not
    assert "In my own words 1" in document.summary.pulls.line
    assert prepare(journal, [shared], ExportOptions()).summary is None


def test_the_preview_escapes_every_word(journal: Journal) -> None:
    journal.entries.add(_fields(pulls=("guilt",), date=dt.date(2026, 9, 10)))
    bold = summary_for(journal, PERIOD, rename=lambda text: text.replace("Guilt", "<b>bold</b>"))
    html = summary_html(bold)
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


def test_an_empty_period_still_reads_calmly(journal: Journal) -> None:
    summary = summary_for(journal, Period(dt.date(2026, 1, 5), dt.date(2026, 1, 11)))
    assert summary.entries == "Nothing was written in this period."
    assert summary.themes.line == "None in this period."
    assert summary.weeks_table.rows == (("5 Jan 2026", "0", "\u2013", "\u2013", "0", "0"),)
    assert "!" not in summary.words() and "should" not in summary.words()


def _fields(**values: Any) -> EntryFields:
    return EntryFields(body="Another day.", **values)
