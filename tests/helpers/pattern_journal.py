"""A journal with patterns in it: fifteen weeks of gentle invented entries and contacts.

Used by the Patterns page's tests, its screenshots and its journey, so each sees
the same known figures: moods dip in the days after a contact, a few feelings,
pulls and themes recur, one week (six weeks back) has no mood at all, one entry is heavy, and
one is linked to what happened next.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.journal import Journal
from app.records.entries import EntryFields
from app.records.incidents import IncidentFields, IncidentKind, When
from app.records.patterns import week_of

TODAY = dt.date(2026, 11, 24)
DAYS = 105
HEAVY_WORDS = "The part I can't say out loud yet."
HOPED, HAPPENED = 61, 45
"""Days before TODAY of two entries linked as "what happened next"."""
CONTACT_DAYS = (6, 20, 34, 48, 62, 76, 90)
"""Days before TODAY a contact happened (every second week)."""
_FEELINGS = ("tired", "calm", "hopeful", "tense", "calm", "tired")
_PULLS = (("guilt",), ("a message",), (), ("guilt", "old habits"), ())
_THEMES = ("boundaries", "guilt", "", "worth", "boundaries", "decision")
_BERLIN = ZoneInfo("Europe/Berlin")


def fill_with_patterns(journal: Journal, today: dt.date = TODAY) -> None:
    """About two entries in three days over fifteen weeks, and seven contacts."""
    after = {today - dt.timedelta(days=d - n) for d in CONTACT_DAYS for n in (1, 2, 3)}
    quiet = week_of(today - dt.timedelta(days=42))
    quiet_week = {quiet + dt.timedelta(days=d) for d in range(7)}
    written: dict[int, str] = {}
    for n in range(DAYS):
        if n % 3 == 2:
            continue
        day = today - dt.timedelta(days=n)
        mood = None if day in quiet_week else (2 if day in after else 3 + (n % 2))
        written[n] = journal.entries.add(
            EntryFields(
                body=HEAVY_WORDS if n == 10 else f"An evening, {n} days ago.",
                title="",
                date=day,
                mood=mood,
                energy=1 + n % 3,
                feeling=_FEELINGS[n % len(_FEELINGS)],
                pulls=_PULLS[n % len(_PULLS)],
                theme=_THEMES[n % len(_THEMES)] or None,
                heavy=n == 10,
            )
        ).id
    journal.links.link(written[HOPED], written[HAPPENED])
    for d in CONTACT_DAYS:
        moment = dt.datetime.combine(today - dt.timedelta(days=d), dt.time(19, 30), _BERLIN)
        kinds = (IncidentKind.CONTACT,) if d != 34 else (IncidentKind.VERBAL,)
        journal.incidents.add(IncidentFields(When(moment, "Europe/Berlin"), kinds))
