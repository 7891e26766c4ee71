"""The names a person knows for what was counted: themes and preset pulls by their titles.

Entries keep a theme's id ("worth") and a preset pull's id; the rest of the app
shows "Self-worth and status" and the pull's own words, so the figures do too.
Two ids that read the same are counted together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.records.patterns import Counted


def named(counted: Iterable[Counted], name: Callable[[str], str]) -> tuple[Counted, ...]:
    """``counted`` under the names people read, most often first."""
    totals: dict[str, int] = {}
    for item in counted:
        shown = name(item.name)
        totals[shown] = totals.get(shown, 0) + item.count
    items = (Counted(shown, count) for shown, count in totals.items())
    return tuple(sorted(items, key=lambda item: (-item.count, item.name.casefold())))


def theme_namer(names: dict[str, str]) -> Callable[[str], str]:
    """A theme's title (text that is no known theme stays as it is)."""
    return lambda theme: names.get(theme, theme)


def pull_namer() -> Callable[[str], str]:
    """A preset pull's words (a pull in the person's own words stays as it is)."""
    from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - on first figures

    return checkin_data().pull_label
