"""A journal with known patterns, for the therapist export's summary page.

Four weeks (Monday 7 September to Sunday 4 October 2026): two entries with a
mood in the first, none in the second, a heavy one in the third after a contact,
one in the fourth after a threat. Every figure is known in advance.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.journal import Journal
from app.records.entries import EntryFields
from app.records.incidents import IncidentFields, IncidentKind, When
from app.records.patterns import Period

PERIOD = Period(dt.date(2026, 9, 7), dt.date(2026, 10, 4))
HEAVY_WORDS = "HEAVYSECRET the night on the stairs"
SHARED_WORDS = "Tea with Ana, and a walk the long way home."


def known_journal(journal: Journal) -> str:
    """Fill ``journal`` with the known answers; returns the id of the entry to share."""
    shared = _entry(journal, "2026-09-08", SHARED_WORDS, mood=2, energy=1, feeling="tired",
                    pulls=("message",), theme="boundaries")  # fmt: skip
    _entry(journal, "2026-09-09", "A quieter day.", mood=4, feeling="calm")
    _entry(journal, "2026-09-22", HEAVY_WORDS, mood=3, energy=2, heavy=True, pulls=("guilt",),
           theme="guilt", feeling="tired")  # fmt: skip
    _entry(journal, "2026-09-29", "Sunlight, finally.", mood=5, energy=3, theme="boundaries",
           pulls=("message", "guilt"))  # fmt: skip
    _entry(journal, "2026-10-12", "After the period.", mood=1)
    _record(journal, dt.datetime(2026, 9, 21, 19, 0), IncidentKind.CONTACT)
    _record(journal, dt.datetime(2026, 9, 28, 9, 0), IncidentKind.THREAT, IncidentKind.VERBAL)
    return shared


def _entry(journal: Journal, day: str, body: str, **fields: object) -> str:
    given = EntryFields(body=body, date=dt.date.fromisoformat(day))
    return journal.entries.add(given.__class__(**{**given.__dict__, **fields})).id


def _record(journal: Journal, moment: dt.datetime, *kinds: IncidentKind) -> None:
    zone = "Europe/Berlin"
    journal.incidents.add(IncidentFields(When(moment.replace(tzinfo=ZoneInfo(zone)), zone), kinds))
