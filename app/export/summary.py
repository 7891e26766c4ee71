"""The therapist export's summary page as words and numbers, before anything draws it.

A person can add a page of patterns to what they share: moods and energies by
week, the themes written about, what pulled at them, the contacts and incidents
recorded, and the mood of the days after contact. Everything here is the core's
figures (``app.patterns.figures``) put in calm, neutral words and in text tables,
so the PDF (``app.pdf_export.summary_page``) only has to lay them out and draw the
charts beside them; a reader that cannot see the charts reads the same numbers.

It counts every entry of the period, not only the exported ones, and quotes none:
an entry marked heavy is counted like any other and never shown. No score, no
trend arrow, no advice; "after contact" compares nothing on too few entries. The
sentences say what the Patterns page says (``app.ui.patterns.words``), and a
period too long to read week by week is shown by month there and here alike
(``app.patterns.months``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.patterns.figures import AFTER_DAYS, figures
from app.records.incidents import Incident, IncidentKind, amended
from app.records.patterns import (
    ENOUGH_CONTACTS,
    ENOUGH_ENTRIES,
    AfterContact,
    Counted,
    Figures,
    Period,
    Week,
)

if TYPE_CHECKING:
    from app.journal import Journal

Rename = Callable[[str], str]
"""What a word becomes in the export (the export's names replaced)."""

MOST_BARS = 6
"""A counts chart draws the words named most often; its line beneath names them all."""
NO_VALUE = "\u2013"
OWN_WORDS = "In my own words"
"""Words the person typed (a pull, a feeling, a theme of their own): counted, never printed."""
SCALE = (
    "Each {span}'s average, with how many entries gave one in brackets; a {span} "
    "without one is a gap in the chart and a dash in the table."
)
MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
KIND_WORDS = {
    IncidentKind.CONTACT: "contact attempts",
    IncidentKind.THROUGH_SOMEONE: "through someone else",
    IncidentKind.VERBAL: "verbal",
    IncidentKind.THREAT: "threats",
    IncidentKind.PHYSICAL: "physical",
    IncidentKind.STALKING: "stalking or monitoring",
    IncidentKind.FINANCIAL: "financial",
    IncidentKind.CHILDREN: "about the children",
    IncidentKind.ORDER_BREACH: "breaches of an order",
    IncidentKind.OTHER: "other",
}
"""How the summary names each kind of record, counted (a record may be of several)."""


@dataclass(frozen=True)
class Table:
    """A text table: the numbers behind a chart, for a reader who can't see it."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class CountedSection:
    """A counts chart's title, its words (most often first) and the line that names them all."""

    title: str
    counted: tuple[Counted, ...]
    line: str


@dataclass(frozen=True)
class Summary:
    """Everything the summary page says, in the order it says it.

    Attributes:
        weeks: the figures by week (or by month, ``by_month``), for the chart.
        weeks_table: the same numbers, a row a week (or month).
        records: the contacts and incidents, counted by kind.
        after_contact: the comparison with its counts, or why there is none.
    """

    heading: str
    period: str
    entries: str
    note: str
    weeks_title: str
    scale: str
    weeks: tuple[Week, ...]
    by_month: bool
    weeks_table: Table
    records_title: str
    records: str
    after_title: str
    after_contact: str
    themes: CountedSection
    pulls: CountedSection
    feelings: CountedSection

    def words(self) -> str:
        """Every word the page prints, besides the charts' own labels (for the check)."""
        table = [*self.weeks_table.header, *(cell for row in self.weeks_table.rows for cell in row)]
        counted = [
            part
            for section in (self.themes, self.pulls, self.feelings)
            for part in (section.title, section.line)
        ]
        return "\n".join(
            [
                *(self.heading, self.period, self.entries, self.note),
                *(self.weeks_title, self.scale, *table),
                *(self.records_title, self.records, self.after_title, self.after_contact),
                *counted,
            ]
        )


def summary_for(journal: Journal, period: Period, rename: Rename = str) -> Summary:
    """The summary page of ``period``: its figures and the records' kinds, in words."""
    found = figures(journal, period)  # themes and pulls already by their names
    kinds = kinds_in(journal.incidents.all(), period)
    return summary_of(found, kinds, ours=offered_names(journal), rename=rename)


def offered_names(journal: Journal) -> Callable[[str], bool]:
    """Whether a counted name is one Threshold offered: a theme, a preset pull, a grid word."""
    from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - with a summary only

    data = checkin_data()
    names = {
        *journal.prompts.theme_names().values(),
        *(pull.label for pull in data.pulls),
        *(word for cell in data.moods for word in cell.words),
    }
    known = {name.casefold() for name in names}
    return lambda name: name.casefold() in known


def summary_of(
    found: Figures,
    kinds: Counter[IncidentKind],
    *,
    ours: Callable[[str], bool] = lambda _name: True,
    rename: Rename = str,
) -> Summary:
    """The page's words for figures already counted.

    ``ours`` says whether a counted name is one Threshold offered (a theme, a pull,
    a feeling word); anything else was typed by the person, so it is counted as
    "in my own words" and never printed.
    """
    records = sum(week.contacts + week.incidents for week in found.weeks)
    shown, monthly = found.shown()
    return Summary(
        heading=f"A summary of these {'months' if monthly else 'weeks'}",
        period=period_words(found.period, len(found.weeks)),
        entries=entries_words(found.entries, found.heavy),
        note="The figures count every entry of these days; this page quotes none of them.",
        weeks_title=f"Mood and energy by {'month' if monthly else 'week'}",
        scale=SCALE.format(span="month" if monthly else "week"),
        weeks=shown,
        by_month=monthly,
        weeks_table=weeks_table(shown, by_month=monthly),
        records_title="Contacts and incidents",
        records=records_words(records, kinds),
        after_title="After contact",
        after_contact=after_words(found.after_contact),
        themes=_section("Themes written about", own_words(found.themes, ours), rename),
        pulls=_section("What pulled at me", own_words(found.pulls, ours), rename),
        feelings=_section("Feelings named", own_words(found.feelings, ours), rename),
    )


def kinds_in(records: Sequence[Incident], period: Period) -> Counter[IncidentKind]:
    """How many records of each kind happened in ``period`` (as each reads now)."""
    kinds: Counter[IncidentKind] = Counter()
    for record in records:
        fields = amended(record.fields, record.amendments)
        if fields.happened.moment.date() in period:
            kinds.update(set(fields.kinds))
    return kinds


def period_words(period: Period, weeks: int) -> str:
    """The days, and how many weeks (Monday to Sunday) they touch, as the table has them."""
    span = f"{weeks} week{'s' if weeks != 1 else ''}"
    return f"From {day_words(period.since)} to {day_words(period.until)} ({span})."


def day_words(day: dt.date) -> str:
    """The day as "1 September 2026": fixed English names, never the process locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def entries_words(entries: int, heavy: int) -> str:
    """How many entries, and how many of them heavy: counted, never quoted."""
    if not entries:
        return "Nothing was written in this period."
    written = f"{_count(entries, 'entry', 'entries')} written in this period."
    if not heavy:
        return written
    if heavy == 1:
        return f"{written} One of them is marked heavy: it is counted here, never quoted."
    return f"{written} {heavy:,} of them are marked heavy: counted here, never quoted."


def records_words(records: int, kinds: Counter[IncidentKind]) -> str:
    """The contacts and incidents recorded, by kind."""
    if not records:
        return "No contacts or incidents were recorded in this period."
    by_kind = ", ".join(
        f"{KIND_WORDS[kind]} {count}"
        for kind, count in sorted(kinds.items(), key=lambda item: (-item[1], item[0].value))
    )
    recorded = f"{_count(records, 'record', 'records')} in this period"
    return f"{recorded}, by kind (a record can be of several): {by_kind}."


def after_words(after: AfterContact) -> str:
    """The mood of the days after contact against the others, with the counts behind it."""
    contacts = _count(after.contacts, "contact or incident", "contacts or incidents")
    if not after.enough or after.after_mood is None or after.other_mood is None:
        return (
            "There isn't enough here to compare the days after contact with other days. "
            f"A comparison needs at least {ENOUGH_CONTACTS} contacts or incidents and "
            f"{ENOUGH_ENTRIES} entries with a mood on each side. These dates hold {contacts}, "
            f"{_count(after.after, 'entry', 'entries')} with a mood in the {AFTER_DAYS} days "
            f"after them and {after.other:,} on other days."
        )
    return (
        f"After {contacts}, the next {AFTER_DAYS} days averaged a mood of "
        f"{after.after_mood:.1f} of 5 ({_count(after.after, 'entry', 'entries')} with a mood). "
        f"Other days averaged {after.other_mood:.1f} "
        f"({_count(after.other, 'entry', 'entries')} with a mood)."
    )


def weeks_table(weeks: Sequence[Week], *, by_month: bool = False) -> Table:
    """A row a week (or month): entries, mood and energy with their answers, the records."""
    header = ("Month" if by_month else "Week of", "Entries", "Mood", "Energy", "Contacts",
              "Incidents")  # fmt: skip
    rows = tuple(
        (
            _when(week.start, by_month=by_month),
            str(week.entries),
            _average(week.mood, week.moods),
            _average(week.energy, week.energies),
            str(week.contacts),
            str(week.incidents),
        )
        for week in weeks
    )
    return Table(header, rows)


def _when(start: dt.date, *, by_month: bool) -> str:
    """A week by its Monday ("7 Sep 2026"), a month by its name ("September 2026")."""
    if by_month:
        return f"{MONTHS[start.month - 1]} {start.year}"
    return f"{start.day} {MONTHS[start.month - 1][:3]} {start.year}"


def own_words(counted: Sequence[Counted], ours: Callable[[str], bool]) -> tuple[Counted, ...]:
    """The names Threshold offered, and the person's own typed words as one count."""
    offered = [item for item in counted if ours(item.name)]
    typed = sum(item.count for item in counted if not ours(item.name))
    grouped = [*offered, Counted(OWN_WORDS, typed)] if typed else offered
    return tuple(sorted(grouped, key=lambda item: -item.count))


def _section(title: str, counted: Sequence[Counted], rename: Rename) -> CountedSection:
    """A counts chart's words: each named as a person reads it, most often first."""
    shown = tuple(Counted(rename(item.name), item.count) for item in counted)
    if not shown:
        return CountedSection(title, (), "None in this period.")
    listed = ", ".join(f"{item.name} {item.count}" for item in shown)
    return CountedSection(title, shown, f"{listed}.")


def _average(value: float | None, answers: int) -> str:
    return NO_VALUE if value is None else f"{value:.1f} ({answers})"


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number:,} {one if number == 1 else many or one + 's'}"
