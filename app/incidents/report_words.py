"""The words a report reads in: kinds, channels, field labels and times.

Times are spelled from fixed English names, never ``strftime``: Qt sets the
process locale, which would make the same report differ between runs. Every
time carries its offset from UTC, so a reader never has to guess a zone.
"""

from __future__ import annotations

import datetime as dt

from app.records.incidents import Channel, IncidentKind, When

KIND_WORDS = {
    IncidentKind.CONTACT: "A contact attempt",
    IncidentKind.THROUGH_SOMEONE: "Through someone else",
    IncidentKind.VERBAL: "Verbal",
    IncidentKind.THREAT: "A threat",
    IncidentKind.PHYSICAL: "Physical",
    IncidentKind.STALKING: "Stalking or monitoring",
    IncidentKind.FINANCIAL: "Financial",
    IncidentKind.CHILDREN: "About the children",
    IncidentKind.ORDER_BREACH: "A breach of an order",
    IncidentKind.OTHER: "Other",
}
CHANNEL_WORDS = {
    Channel.CALL: "A call",
    Channel.MESSAGE: "A message",
    Channel.VISIT: "A visit",
    Channel.THROUGH_OTHERS: "Through others",
    Channel.OTHER: "Another way",
}
LABELS = {
    "happened": "When it happened",
    "kinds": "Kind",
    "account": "What happened",
    "place": "Where",
    "who": "Who",
    "witnesses": "Witnesses",
    "harm": "Injuries or damage",
    "reports": "Reports made",
    "to_gather": "Evidence still to gather",
    "felt": "How I felt",
    "did": "What I did",
    "channel": "How they reached out",
    "entry": "Journal entry",
    "evidence": "Evidence files",
}
"""Each field's label, in the order a record shows them."""

_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MIME_WORDS = {
    "image/png": "PNG picture",
    "image/jpeg": "JPEG picture",
    "image/webp": "WebP picture",
    "image/gif": "GIF picture",
    "image/bmp": "BMP picture",
    "application/pdf": "PDF document",
}
PICTURE_TYPES = frozenset(mime for mime in _MIME_WORDS if mime.startswith("image/"))
"""The evidence types a PDF report can draw (a PDF document is only listed)."""


def day_words(day: dt.date) -> str:
    """A day people read the same everywhere: Sunday, 3 May 2026."""
    return f"{_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}"


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
    about = "about " if when.about else ""
    offset = offset_words(moment)
    zone = f"{when.zone} ({offset})" if when.zone and when.zone != offset else offset
    return f"{day_words(moment.date())}, {about}{moment:%H:%M}, {zone}"


def moment_words(moment: dt.datetime, zone: dt.tzinfo | None) -> str:
    """A stored time shown in ``zone`` (None: this computer's zone).

    "Monday, 4 May 2026, 21:01 (UTC+02:00)".
    """
    local = moment.astimezone(zone)
    return f"{day_words(local.date())}, {local:%H:%M} ({offset_words(local)})"


def kinds_words(kinds: tuple[IncidentKind, ...]) -> str:
    """The kinds in words: A threat, Stalking or monitoring."""
    return ", ".join(KIND_WORDS[kind] for kind in kinds)


def mime_words(mime: str) -> str:
    """What an evidence file is, in words ("JPEG picture"); an unknown type as it is."""
    return _MIME_WORDS.get(mime, mime or "file")


def count_words(count: int, noun: str) -> str:
    """A count and its noun: 1 record, 12 records."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
