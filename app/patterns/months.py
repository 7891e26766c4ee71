"""When a period is too long to read week by week.

Past about fourteen months a chart of weeks is a crowd of points; the figures
then carry the same counts by calendar month as well (``Figures.months``,
counted in SQL by the day written), and every chart and table shows those.
"""

from __future__ import annotations

from collections.abc import Sized

MONTHS_PAST_WEEKS = 60
"""Show months instead of weeks when a period holds more weeks than this."""


def too_many_weeks(weeks: Sized) -> bool:
    """Whether a chart of these weeks would be easier to read by month."""
    return len(weeks) > MONTHS_PAST_WEEKS
