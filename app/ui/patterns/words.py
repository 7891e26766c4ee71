"""The Patterns room's words and colours: sentences built from the figures, the charts' ink.

Every sentence says the counts behind a number, claims nothing from too few, and
gives no advice: these are the person's own numbers, not a measure of them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor

from app.patterns.figures import AFTER_DAYS
from app.pdf_export.pattern_charts import ChartInk, ChartWords
from app.records.patterns import ENOUGH_CONTACTS, ENOUGH_ENTRIES, Figures
from app.ui.widgets.colours import current_colours
from app.ui.widgets.translate import tr

# Quiet second colours beside the theme's sage (no red): 3:1 or more on the page
# in each mode (tests/unit/test_patterns_ink.py), so a line never needs its colour.
SECOND_COLOURS = {
    "light": {"energy": "#85652f", "contact": "#4d6685", "incident": "#6f5675", "bar": "#6a8f73"},
    "dark": {"energy": "#d1b27a", "contact": "#9db4d1", "incident": "#c4a6c9", "bar": "#6f9a78"},
}


def screen_ink() -> ChartInk:
    """The charts' colours for the window, from the theme in use."""
    colours = current_colours()
    second = SECOND_COLOURS["dark" if colours.dark else "light"]
    return ChartInk(
        text=QColor(colours.text),
        muted=QColor(colours.muted_text),
        grid=QColor(colours.border),
        mood=QColor(colours.accent),
        energy=QColor(second["energy"]),
        contact=QColor(second["contact"]),
        incident=QColor(second["incident"]),
        bar=QColor(second["bar"]),
        highlight=QColor(colours.highlight),
    )


def chart_words() -> ChartWords:
    """The words the weeks chart draws, translated."""
    return ChartWords(
        mood=tr("Mood"),
        energy=tr("Energy"),
        mood_scale=tr("Mood, 1 low to 5 bright"),
        energy_scale=tr("Energy, 1 low to 3 high"),
        contacts=tr("Contacts"),
        incidents=tr("Incidents"),
        nothing=tr("Nothing written in this period."),
        #: A Qt date format for a day and its short month name, no year: d = day, MMM = month.
        day_format=tr("d MMM"),
        day_year_format=tr("d MMM yyyy"),
    )


def day_text(day: dt.date) -> str:
    """A date as the person's language writes it, with the month in words."""
    #: A Qt date format: d = day, MMMM = month name, yyyy = year.
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("d MMMM yyyy"))


def month_text(day: dt.date) -> str:
    """A month and its year ("November 2026"), as the timeline's headings say it."""
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return tr("{month} {year}").format(month=name, year=day.year)


def number_text(value: float) -> str:
    """An average to one decimal, in the person's locale."""
    return QLocale().toString(value, "f", 1)


def entries_text(count: int) -> str:
    """How many entries, in words ("1 entry", "57 entries")."""
    return tr("1 entry") if count == 1 else tr("%n entries", "", count)


def summary_text(found: Figures) -> str:
    """What the period holds, in one sentence ("57 entries between … and …")."""
    period = found.period
    since, until = day_text(period.since), day_text(period.until)
    if not found.entries:
        return tr("Nothing written between {since} and {until}.").format(since=since, until=until)
    text = tr("{entries} between {since} and {until}.").format(
        entries=entries_text(found.entries), since=since, until=until
    )
    if found.heavy == 1:
        text += " " + tr("One of them is marked heavy: it is counted here, never quoted.")
    elif found.heavy:
        text += " " + tr(
            "%n of them are marked heavy: counted here, never quoted.", "", found.heavy
        )
    return text


def empty_text() -> str:
    """What the page says when a period holds nothing at all."""
    return tr(
        "There is nothing to show for these dates. As you write, and give an entry a mood "
        "or a feeling word, this page shows how your weeks have been, in your own numbers."
    )


def after_contact_text(found: Figures) -> str:
    """After contact, with the counts behind it, or plainly why there is no comparison."""
    after = found.after_contact
    if not after.enough or after.after_mood is None or after.other_mood is None:
        return tr(
            "There isn't enough here to compare the days after contact with other days. "
            "A comparison needs at least {need_contacts} contacts or incidents and "
            "{need_entries} entries with a mood on each side. In these dates: contacts or "
            "incidents, {contacts}; entries with a mood in the {days} days after them, "
            "{after}; on other days, {other}."
        ).format(
            contacts=after.contacts,
            after=after.after,
            other=after.other,
            days=AFTER_DAYS,
            need_contacts=ENOUGH_CONTACTS,
            need_entries=ENOUGH_ENTRIES,
        )
    return tr(
        "After {contacts} contacts or incidents, the next {days} days averaged a mood of "
        "{after_mood} of 5 ({after} entries with a mood). Other days averaged {other_mood} "
        "({other} entries with a mood)."
    ).format(
        contacts=after.contacts,
        days=AFTER_DAYS,
        after_mood=number_text(after.after_mood),
        after=after.after,
        other_mood=number_text(after.other_mood),
        other=after.other,
    )


def after_contact_note() -> str:
    """Where the contacts come from and how the days are counted."""
    return tr(
        "Contacts and incidents come from your contact log and incident record. The {days} "
        "days after each one count as after it; every other day with a mood counts as another "
        "day. These are your own numbers, not a measure of you."
    ).format(days=AFTER_DAYS)
