"""The words a report reads in: kinds, channels, field labels and times.

Each is a template marked for the catalogue and said when the report is written,
in the window's language (English from the command line); days are written as
the reader writes them (``app.words``), never by ``strftime``, whose names follow
the process locale Qt sets. Every time carries its offset from UTC, so a reader
never has to guess a zone.
"""

from __future__ import annotations

import datetime as dt

from app.records.incidents import Channel, IncidentKind, When
from app.words import QT_TR_NOOP, day_words, say

KIND_WORDS = {
    IncidentKind.CONTACT: QT_TR_NOOP("A contact attempt"),
    IncidentKind.THROUGH_SOMEONE: QT_TR_NOOP("Through someone else"),
    IncidentKind.VERBAL: QT_TR_NOOP("Verbal"),
    IncidentKind.THREAT: QT_TR_NOOP("A threat"),
    IncidentKind.PHYSICAL: QT_TR_NOOP("Physical"),
    IncidentKind.STALKING: QT_TR_NOOP("Stalking or monitoring"),
    IncidentKind.FINANCIAL: QT_TR_NOOP("Financial"),
    IncidentKind.CHILDREN: QT_TR_NOOP("About the children"),
    IncidentKind.ORDER_BREACH: QT_TR_NOOP("A breach of an order"),
    IncidentKind.OTHER: QT_TR_NOOP("Other"),
}
CHANNEL_WORDS = {
    Channel.CALL: QT_TR_NOOP("A call"),
    Channel.MESSAGE: QT_TR_NOOP("A message"),
    Channel.VISIT: QT_TR_NOOP("A visit"),
    Channel.THROUGH_OTHERS: QT_TR_NOOP("Through others"),
    Channel.OTHER: QT_TR_NOOP("Another way"),
}
LABELS = {
    "happened": QT_TR_NOOP("When it happened"),
    "kinds": QT_TR_NOOP("Kind"),
    "account": QT_TR_NOOP("What happened"),
    "place": QT_TR_NOOP("Where"),
    "who": QT_TR_NOOP("Who"),
    "witnesses": QT_TR_NOOP("Witnesses"),
    "harm": QT_TR_NOOP("Injuries or damage"),
    "reports": QT_TR_NOOP("Reports made"),
    "to_gather": QT_TR_NOOP("Evidence still to gather"),
    "felt": QT_TR_NOOP("How I felt"),
    "did": QT_TR_NOOP("What I did"),
    "channel": QT_TR_NOOP("How they reached out"),
    "entry": QT_TR_NOOP("Journal entry"),
    "evidence": QT_TR_NOOP("Evidence files"),
}
"""Each field's label, in the order a record shows them."""

_MIME_WORDS = {
    "image/png": QT_TR_NOOP("PNG picture"),
    "image/jpeg": QT_TR_NOOP("JPEG picture"),
    "image/webp": QT_TR_NOOP("WebP picture"),
    "image/gif": QT_TR_NOOP("GIF picture"),
    "image/bmp": QT_TR_NOOP("BMP picture"),
    "application/pdf": QT_TR_NOOP("PDF document"),
}
PICTURE_TYPES = frozenset(mime for mime in _MIME_WORDS if mime.startswith("image/"))
"""The evidence types a PDF report can draw (a PDF document is only listed)."""


def offset_words(moment: dt.datetime) -> str:
    """The moment's offset from UTC: "UTC+02:00", "UTC-05:30", or "UTC"."""
    offset = moment.utcoffset() or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset > dt.timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def when_words(when: When) -> str:
    """When it happened, as lived: "Sunday, 3 May 2026, about 21:10, Europe/Berlin (UTC+02:00)"."""
    moment = when.moment
    offset = offset_words(moment)
    zone = f"{when.zone} ({offset})" if when.zone and when.zone != offset else offset
    template = (
        #: When it happened, only roughly known: "Sunday, 3 May 2026, about 21:10, Europe/Berlin".
        QT_TR_NOOP("{day}, about {time}, {zone}") if when.about else "{day}, {time}, {zone}"
    )
    return say(template, day=day_words(moment.date()), time=f"{moment:%H:%M}", zone=zone)


def moment_words(moment: dt.datetime, zone: dt.tzinfo | None) -> str:
    """A stored time shown in ``zone`` (None: this computer's zone).

    "Monday, 4 May 2026, 21:01 (UTC+02:00)".
    """
    local = moment.astimezone(zone)
    return f"{day_words(local.date())}, {local:%H:%M} ({offset_words(local)})"


def kind_words(kind: IncidentKind) -> str:
    """A kind in words: "A threat"."""
    return say(KIND_WORDS[kind])


def kinds_words(kinds: tuple[IncidentKind, ...]) -> str:
    """The kinds in words: A threat, Stalking or monitoring."""
    return ", ".join(kind_words(kind) for kind in kinds)


def channel_words(channel: Channel) -> str:
    """How they reached out, in words: "A call"."""
    return say(CHANNEL_WORDS[channel])


def label_words(field: str) -> str:
    """A field's label in words: "When it happened"."""
    return say(LABELS[field])


def mime_words(mime: str) -> str:
    """What an evidence file is, in words ("JPEG picture"); an unknown type as it is."""
    if mime in _MIME_WORDS:
        return say(_MIME_WORDS[mime])
    return mime or say(QT_TR_NOOP("file"))
