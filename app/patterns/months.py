"""Weeks gathered into months, for a period too long to read week by week.

Past about fourteen months a chart of weeks is a crowd of points; a month keeps
its totals and counts (never an average of averages), so its mood is the mean of
every mood given in it. A week belongs to the month its Monday falls in.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.records.patterns import Week

MONTHS_PAST_WEEKS = 60
"""Show months instead of weeks when a period holds more weeks than this."""


def by_month(weeks: Sequence[Week]) -> tuple[Week, ...]:
    """One ``Week`` per month (its ``start`` the month's first day), in order."""
    months: dict[tuple[int, int], Week] = {}
    for week in weeks:
        key = (week.start.year, week.start.month)
        month = months.get(key) or Week(week.start.replace(day=1))
        months[key] = Week(
            month.start,
            month.entries + week.entries,
            month.mood_total + week.mood_total,
            month.moods + week.moods,
            month.energy_total + week.energy_total,
            month.energies + week.energies,
            month.contacts + week.contacts,
            month.incidents + week.incidents,
        )
    return tuple(months[key] for key in sorted(months))


def too_many_weeks(weeks: Sequence[Week]) -> bool:
    """Whether a chart of these weeks would be easier to read by month."""
    return len(weeks) > MONTHS_PAST_WEEKS
