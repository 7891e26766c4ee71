"""Plain data for patterns over time: the figures behind every chart, with their counts.

Shared by the CLI (``threshold patterns --json``), the Patterns page and the
therapist export's summary, so each shows the same numbers. Averages are kept
with the counts behind them; nothing is claimed from too few.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_WEEKS = 13
"""The default period: this week and the twelve before it (about three months)."""

ENOUGH_CONTACTS = 3
ENOUGH_ENTRIES = 5
"""Below these, "after contact" says it is too soon to tell (see docs/plans/patterns.md)."""


@dataclass(frozen=True)
class Period:
    """Days from ``since`` to ``until``, both included (the person's own dates)."""

    since: dt.date
    until: dt.date

    @classmethod
    def recent(cls, today: dt.date, weeks: int = DEFAULT_WEEKS) -> Period:
        """The ``weeks`` weeks (Monday to Sunday) that end with this one, up to today."""
        return cls(week_of(today) - dt.timedelta(weeks=weeks - 1), today)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.since <= day <= self.until


def week_of(day: dt.date) -> dt.date:
    """The Monday that starts ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Week:
    """One week's figures: how many entries, the moods and energies given, the contacts.

    Totals and counts rather than averages, so a week with one answer never reads
    like a week with twenty.
    """

    start: dt.date
    entries: int = 0
    mood_total: int = 0
    moods: int = 0
    energy_total: int = 0
    energies: int = 0
    contacts: int = 0
    incidents: int = 0

    @property
    def mood(self) -> float | None:
        """The average mood given this week (1-5), or None when none was."""
        return self.mood_total / self.moods if self.moods else None

    @property
    def energy(self) -> float | None:
        """The average energy given this week (1-3), or None when none was."""
        return self.energy_total / self.energies if self.energies else None


@dataclass(frozen=True)
class Counted:
    """A word (a feeling, a pull, a theme) and how many entries named it."""

    name: str
    count: int


@dataclass(frozen=True)
class AfterContact:
    """The mood of the three days after each contact or incident, against the other days.

    Attributes:
        contacts: the contacts and incidents in the period.
        after_total, after: the moods given on the three days after one, and how many.
        other_total, other: the moods given on every other day, and how many.
    """

    contacts: int
    after_total: int
    after: int
    other_total: int
    other: int

    @property
    def enough(self) -> bool:
        """Whether there is enough to show a comparison at all."""
        return (
            self.contacts >= ENOUGH_CONTACTS
            and self.after >= ENOUGH_ENTRIES
            and self.other >= ENOUGH_ENTRIES
        )

    @property
    def after_mood(self) -> float | None:
        """The average mood after contact (None: no mood given then)."""
        return self.after_total / self.after if self.after else None

    @property
    def other_mood(self) -> float | None:
        """The average mood on other days (None: no mood given then)."""
        return self.other_total / self.other if self.other else None


@dataclass(frozen=True)
class Figures:
    """Everything the Patterns page shows for one period."""

    period: Period
    weeks: tuple[Week, ...]
    feelings: tuple[Counted, ...]
    pulls: tuple[Counted, ...]
    themes: tuple[Counted, ...]
    after_contact: AfterContact
    entries: int
    heavy: int
    months: tuple[Week, ...] = ()
    """The same figures by calendar month, for a period too long to read by week."""

    def shown(self) -> tuple[tuple[Week, ...], bool]:
        """What a chart of this period draws: its months when it has them, else its weeks."""
        return (self.months, True) if self.months else (self.weeks, False)
