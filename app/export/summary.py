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
from app.words import (
    QT_TR_NOOP,
    counted,
    date_words,
    decimal_words,
    month_words,
    number_words,
    say,
    short_date_words,
)

if TYPE_CHECKING:
    from app.journal import Journal

Rename = Callable[[str], str]
"""What a word becomes in the export (the export's names replaced)."""

MOST_BARS = 6
"""A counts chart draws the words named most often; its line beneath names them all."""
NO_VALUE = "\u2013"
OWN_WORDS = QT_TR_NOOP("In my own words")
"""Words the person typed (a pull, a feeling, a theme of their own): counted, never printed."""
KIND_WORDS = {
    IncidentKind.CONTACT: QT_TR_NOOP("contact attempts"),
    IncidentKind.THROUGH_SOMEONE: QT_TR_NOOP("through someone else"),
    IncidentKind.VERBAL: QT_TR_NOOP("verbal"),
    IncidentKind.THREAT: QT_TR_NOOP("threats"),
    IncidentKind.PHYSICAL: QT_TR_NOOP("physical"),
    IncidentKind.STALKING: QT_TR_NOOP("stalking or monitoring"),
    IncidentKind.FINANCIAL: QT_TR_NOOP("financial"),
    IncidentKind.CHILDREN: QT_TR_NOOP("about the children"),
    IncidentKind.ORDER_BREACH: QT_TR_NOOP("breaches of an order"),
    IncidentKind.OTHER: QT_TR_NOOP("other"),
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
        heading=say(
            QT_TR_NOOP("A summary of these months")
            if monthly
            else QT_TR_NOOP("A summary of these weeks")
        ),
        period=period_words(found.period, len(found.weeks)),
        entries=entries_words(found.entries, found.heavy),
        note=say(
            QT_TR_NOOP(
                "The figures count every entry of these days; this page quotes none of them."
            )
        ),
        weeks_title=say(
            QT_TR_NOOP("Mood and energy by month")
            if monthly
            else QT_TR_NOOP("Mood and energy by week")
        ),
        scale=say(_MONTHLY_SCALE if monthly else _WEEKLY_SCALE),
        weeks=shown,
        by_month=monthly,
        weeks_table=weeks_table(shown, by_month=monthly),
        records_title=say(QT_TR_NOOP("Contacts and incidents")),
        records=records_words(records, kinds),
        after_title=say(QT_TR_NOOP("After contact")),
        after_contact=after_words(found.after_contact),
        themes=_section(QT_TR_NOOP("Themes I wrote about"), own_words(found.themes, ours), rename),
        pulls=_section(QT_TR_NOOP("What pulled at me"), own_words(found.pulls, ours), rename),
        feelings=_section(QT_TR_NOOP("Feelings I named"), own_words(found.feelings, ours), rename),
    )


_WEEKLY_SCALE = QT_TR_NOOP(
    "Each week's average, with how many entries gave one in brackets; a week without one "
    "is a gap in the chart and a dash in the table."
)
_MONTHLY_SCALE = QT_TR_NOOP(
    "Each month's average, with how many entries gave one in brackets; a month without one "
    "is a gap in the chart and a dash in the table."
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
    return say(
        QT_TR_NOOP("From {since} to {until} ({weeks})."),
        since=date_words(period.since),
        until=date_words(period.until),
        weeks=counted(weeks, QT_TR_NOOP("{count} week"), QT_TR_NOOP("{count} weeks")),
    )


def entries_words(entries: int, heavy: int) -> str:
    """How many entries, and how many of them heavy: counted, never quoted."""
    if not entries:
        return say(QT_TR_NOOP("Nothing was written in this period."))
    written = counted(
        entries,
        QT_TR_NOOP("{count} entry written in this period."),
        QT_TR_NOOP("{count} entries written in this period."),
    )
    if not heavy:
        return written
    marked = counted(
        heavy,
        QT_TR_NOOP("One of them is marked heavy: it is counted here, never quoted."),
        QT_TR_NOOP("{count} of them are marked heavy: counted here, never quoted."),
    )
    return f"{written} {marked}"


def records_words(records: int, kinds: Counter[IncidentKind]) -> str:
    """The contacts and incidents recorded, by kind."""
    if not records:
        return say(QT_TR_NOOP("No contacts or incidents were recorded in this period."))
    by_kind = ", ".join(
        f"{say(KIND_WORDS[kind])} {number_words(count)}"
        for kind, count in sorted(kinds.items(), key=lambda item: (-item[1], item[0].value))
    )
    return counted(
        records,
        QT_TR_NOOP("{count} record in this period, by kind (a record can be of several): {kinds}."),
        QT_TR_NOOP(
            "{count} records in this period, by kind (a record can be of several): {kinds}."
        ),
        kinds=by_kind,
    )


def after_words(after: AfterContact) -> str:
    """The mood of the days after contact against the others, with the counts behind it."""
    contacts = counted(
        after.contacts,
        QT_TR_NOOP("{count} contact or incident"),
        QT_TR_NOOP("{count} contacts or incidents"),
    )
    entries_after = _entries(after.after)
    if not after.enough or after.after_mood is None or after.other_mood is None:
        return say(
            QT_TR_NOOP(
                "There isn't enough here to compare the days after contact with other days. "
                "A comparison needs at least {contacts} contacts or incidents and {entries} "
                "entries with a mood on each side. These dates hold {held}, {after} with a mood "
                "in the {days} days after them and {other} on other days."
            ),
            contacts=ENOUGH_CONTACTS,
            entries=ENOUGH_ENTRIES,
            held=contacts,
            after=entries_after,
            days=AFTER_DAYS,
            other=after.other,
        )
    return counted(  # the whole sentence per count: German bends the count after "Nach"
        after.contacts,
        QT_TR_NOOP(
            "After {count} contact or incident, the next {days} days averaged a mood of "
            "{after_mood} of 5 ({after} with a mood). Other days averaged {other_mood} "
            "({other} with a mood)."
        ),
        QT_TR_NOOP(
            "After {count} contacts or incidents, the next {days} days averaged a mood of "
            "{after_mood} of 5 ({after} with a mood). Other days averaged {other_mood} "
            "({other} with a mood)."
        ),
        days=AFTER_DAYS,
        after_mood=decimal_words(after.after_mood),
        after=entries_after,
        other_mood=decimal_words(after.other_mood),
        other=_entries(after.other),
    )


def weeks_table(weeks: Sequence[Week], *, by_month: bool = False) -> Table:
    """A row a week (or month): entries, mood and energy with their answers, the records."""
    first = QT_TR_NOOP("Month") if by_month else QT_TR_NOOP("Week of")
    header = (first, QT_TR_NOOP("Entries"), QT_TR_NOOP("Mood"), QT_TR_NOOP("Energy"),
              QT_TR_NOOP("Contacts"), QT_TR_NOOP("Incidents"))  # fmt: skip
    rows = tuple(
        (
            _when(week.start, by_month=by_month),
            number_words(week.entries),
            _average(week.mood, week.moods),
            _average(week.energy, week.energies),
            number_words(week.contacts),
            number_words(week.incidents),
        )
        for week in weeks
    )
    return Table(tuple(say(cell) for cell in header), rows)


def _when(start: dt.date, *, by_month: bool) -> str:
    """A week by its Monday ("7 Sep 2026"), a month by its name ("September 2026")."""
    return month_words(start) if by_month else short_date_words(start)


def _entries(count: int) -> str:
    return counted(count, QT_TR_NOOP("{count} entry"), QT_TR_NOOP("{count} entries"))


def own_words(counted: Sequence[Counted], ours: Callable[[str], bool]) -> tuple[Counted, ...]:
    """The names Threshold offered, and the person's own typed words as one count."""
    offered = [item for item in counted if ours(item.name)]
    typed = sum(item.count for item in counted if not ours(item.name))
    grouped = [*offered, Counted(say(OWN_WORDS), typed)] if typed else offered
    return tuple(sorted(grouped, key=lambda item: -item.count))


def _section(title: str, counted: Sequence[Counted], rename: Rename) -> CountedSection:
    """A counts chart's words: each named as a person reads it, most often first."""
    shown = tuple(Counted(rename(item.name), item.count) for item in counted)
    if not shown:
        return CountedSection(say(title), (), say(QT_TR_NOOP("None in this period.")))
    listed = ", ".join(f"{item.name} {number_words(item.count)}" for item in shown)
    return CountedSection(say(title), shown, f"{listed}.")


def _average(value: float | None, answers: int) -> str:
    if value is None:
        return NO_VALUE
    return f"{decimal_words(value)} ({number_words(answers)})"
