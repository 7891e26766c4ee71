"""How the incident record's parts read in the user's language: kinds, times, fields.

Every screen of the room (the list, the form, a record shown, the receipt) says
a kind, a time or a field's name the same way, so the words live here once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from app.records.incidents import IncidentKind, When
from app.ui.widgets.rows import format_day

CONTEXT = "IncidentRecord"  # the translation context for strings outside a QObject

_KINDS = {
    IncidentKind.CONTACT: "A contact attempt",
    IncidentKind.THROUGH_SOMEONE: "Through someone else",
    IncidentKind.VERBAL: "Verbal",
    IncidentKind.THREAT: "A threat",
    IncidentKind.PHYSICAL: "Physical",
    IncidentKind.STALKING: "Stalking or monitoring",
    IncidentKind.FINANCIAL: "Financial",
    IncidentKind.CHILDREN: "About the children",
    IncidentKind.ORDER_BREACH: "A breach of an order",
    IncidentKind.OTHER: "Something else",
}

FIELD_NAMES = {
    "happened": "When it happened",
    "kinds": "What kind",
    "place": "Where",
    "who": "Who",
    "account": "What happened",
    "witnesses": "Witnesses",
    "harm": "Injuries or damage",
    "reports": "Reports made",
    "to_gather": "Evidence still to gather",
    "felt": "How I felt",
    "did": "What I did",
    "channel": "How they reached out",
    "entry": "A journal entry",
    "evidence": "Evidence files",
}


def tr(text: str) -> str:
    """``text`` in the user's language (this room's context)."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: IncidentKind) -> str:
    """How a kind reads ("A threat", "About the children")."""
    return tr(_KINDS[kind])


def kinds_line(kinds: tuple[IncidentKind, ...]) -> str:
    """A record's kinds in one line ("A threat, Financial")."""
    return ", ".join(kind_label(kind) for kind in kinds)


def field_name(name: str) -> str:
    """A field's name as the form labels it."""
    return tr(FIELD_NAMES.get(name, name))


def format_moment(moment: dt.datetime) -> str:
    """A date and time the way rows show them ("4 Mar 2025, 19:40")."""
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return tr("{day}, {time}").format(day=format_day(moment.date()), time=time)


def format_when(when: When) -> str:
    """When it happened, as lived there; "about" when remembered roughly."""
    shown = format_moment(when.moment)
    return tr("about {when}").format(when=shown) if when.about else shown


def format_when_in_full(when: When) -> str:
    """When it happened with its zone ("4 Mar 2025, 19:40 (Europe/Berlin)")."""
    zone = when.zone or when.moment.strftime("UTC%z")
    return tr("{when} ({zone})").format(when=format_when(when), zone=zone)


def format_recorded(recorded: dt.datetime) -> str:
    """When something was written down, in this computer's time."""
    return format_moment(recorded.astimezone())
