"""How the incident record's parts read in the user's language: kinds, times, fields.

Every screen of the room (the list, the form, a record shown, the receipt) says
a kind, a time or a field's name the same way, so the words live here once.
"""

from __future__ import annotations

import datetime as dt

from app.records.incidents import IncidentKind, When
from app.ui.widgets.rows import format_moment
from app.ui.widgets.translate import QT_TR_NOOP, tr

_KINDS = {
    IncidentKind.CONTACT: QT_TR_NOOP("A contact attempt"),
    IncidentKind.THROUGH_SOMEONE: QT_TR_NOOP("Through someone else"),
    IncidentKind.VERBAL: QT_TR_NOOP("Verbal"),
    IncidentKind.THREAT: QT_TR_NOOP("A threat"),
    IncidentKind.PHYSICAL: QT_TR_NOOP("Physical"),
    IncidentKind.STALKING: QT_TR_NOOP("Stalking or monitoring"),
    IncidentKind.FINANCIAL: QT_TR_NOOP("Financial"),
    IncidentKind.CHILDREN: QT_TR_NOOP("About the children"),
    IncidentKind.ORDER_BREACH: QT_TR_NOOP("A breach of an order"),
    IncidentKind.OTHER: QT_TR_NOOP("Something else"),
}

FIELD_NAMES = {
    "happened": QT_TR_NOOP("When it happened"),
    "kinds": QT_TR_NOOP("What kind"),
    "place": QT_TR_NOOP("Where"),
    "who": QT_TR_NOOP("Who"),
    "account": QT_TR_NOOP("What happened"),
    "witnesses": QT_TR_NOOP("Witnesses"),
    "harm": QT_TR_NOOP("Injuries or damage"),
    "reports": QT_TR_NOOP("Reports made"),
    "to_gather": QT_TR_NOOP("Evidence still to gather"),
    "felt": QT_TR_NOOP("How I felt"),
    "did": QT_TR_NOOP("What I did"),
    "channel": QT_TR_NOOP("How they reached out"),
    "entry": QT_TR_NOOP("A journal entry"),
    "evidence": QT_TR_NOOP("Evidence files"),
}


def kind_label(kind: IncidentKind) -> str:
    """How a kind reads ("A threat", "About the children")."""
    return tr(_KINDS[kind])


def kinds_line(kinds: tuple[IncidentKind, ...]) -> str:
    """A record's kinds in one line ("A threat, Financial")."""
    return ", ".join(kind_label(kind) for kind in kinds)


def field_name(name: str) -> str:
    """A field's name as the form labels it."""
    return tr(FIELD_NAMES.get(name, name))


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
