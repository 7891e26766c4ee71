"""The Patterns room's words and colours: sentences built from the figures, the charts' ink.

Every sentence says the counts behind a number, claims nothing from too few, and
gives no advice: these are the person's own numbers, not a measure of them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from app.patterns.figures import AFTER_DAYS
from app.pdf_export.pattern_charts import ChartInk, ChartWords
from app.records.patterns import ENOUGH_CONTACTS, ENOUGH_ENTRIES, Figures
from app.ui.widgets.theme import DARK, current_colours

CONTEXT = "Patterns"

# Quiet second colours beside the theme's sage (no red): 3:1 or more on the page
# in each mode (tests/unit/test_patterns_ink.py), so a line never needs its colour.
SECOND_COLOURS = {
    "light": {"energy": "#85652f", "contact": "#4d6685", "incident": "#6f5675"},
    "dark": {"energy": "#d1b27a", "contact": "#9db4d1", "incident": "#c4a6c9"},
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (this room's context)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def screen_ink() -> ChartInk:
    """The charts' colours for the window, from the theme in use."""
    colours = current_colours()
    second = SECOND_COLOURS["dark" if colours == DARK else "light"]
    return ChartInk(
        text=QColor(colours.text),
        muted=QColor(colours.muted_text),
        grid=QColor(colours.border),
        mood=QColor(colours.accent),
        energy=QColor(second["energy"]),
        contact=QColor(second["contact"]),
        incident=QColor(second["incident"]),
        bar=QColor(colours.highlight).darker(115 if colours != DARK else 90),
        highlight=QColor(colours.highlight),
    )


def chart_words() -> ChartWords:
    """The words the weeks chart draws, translated."""
    return ChartWords(
        mood=tr("Mood (1 low to 5 bright)"),
        energy=tr("Energy (1 to 3)"),
        contacts=tr("Contacts"),
        incidents=tr("Incidents"),
        nothing=tr("Nothing written in this period."),
    )


def day_text(day: dt.date) -> str:
    """A date as the person's locale writes it, with the month in words."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def number_text(value: float) -> str:
    """An average to one decimal, in the person's locale."""
    return QLocale().toString(value, "f", 1)


def summary_text(found: Figures) -> str:
    """What the period holds, in one sentence ("41 entries from … to …")."""
    period = found.period
    text = tr("Entries from {since} to {until}: {entries}.").format(
        since=day_text(period.since), until=day_text(period.until), entries=found.entries
    )
    if found.heavy:
        text += " " + tr("Marked heavy: {heavy} (counted here, never quoted).").format(
            heavy=found.heavy
        )
    return text


def after_contact_text(found: Figures) -> str:
    """After contact, with the counts behind it, or why there is nothing to say yet."""
    after = found.after_contact
    if not after.enough or after.after_mood is None or after.other_mood is None:
        return tr(
            "Too few entries to say anything yet. In this period, contacts or incidents: "
            "{contacts}; moods given in the {days} days after them: {after}; on other days: "
            "{other}. A comparison shows once there are at least {need_contacts} contacts and "
            "{need_entries} moods on each side."
        ).format(
            contacts=after.contacts,
            after=after.after,
            other=after.other,
            days=AFTER_DAYS,
            need_contacts=ENOUGH_CONTACTS,
            need_entries=ENOUGH_ENTRIES,
        )
    return tr(
        "After {contacts} contacts or incidents, the next {days} days averaged {after_mood} "
        "(from {after} moods). Other days averaged {other_mood} (from {other} moods)."
    ).format(
        contacts=after.contacts,
        days=AFTER_DAYS,
        after_mood=number_text(after.after_mood),
        after=after.after,
        other_mood=number_text(after.other_mood),
        other=after.other,
    )
