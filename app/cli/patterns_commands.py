"""``threshold patterns``: every figure behind the Patterns page, to check or use elsewhere."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.context import CommandContext
from app.cli.output import write_json
from app.errors import InvalidInput
from app.patterns.figures import AFTER_DAYS, figures
from app.records.patterns import ENOUGH_CONTACTS, ENOUGH_ENTRIES, Counted, Figures, Period, Week


def patterns(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Print the period's figures: as lines to read, or as JSON."""
    period = _period(args.since, args.until)
    with ctx.journal() as journal:
        found = figures(journal, period)
    if args.json:
        write_json(ctx.stdout, figures_json(found))
        return 0
    for line in figures_lines(found):
        ctx.print(line)
    return 0


def figures_json(found: Figures) -> dict[str, Any]:
    """Every figure, in a stable shape: totals and counts beside each average."""
    after = found.after_contact
    return {
        "since": found.period.since.isoformat(),
        "until": found.period.until.isoformat(),
        "entries": found.entries,
        "heavy": found.heavy,
        "weeks": [_week_json(week) for week in found.weeks],
        # a period past 60 weeks is charted by calendar month: those figures too
        "months": [_week_json(month) for month in found.months],
        "feelings": _counted_json(found.feelings),
        "pulls": _counted_json(found.pulls),
        "themes": _counted_json(found.themes),
        "after_contact": {
            "contacts": after.contacts,
            "after_entries": after.after,
            "after_mood": _rounded(after.after_mood),
            "other_entries": after.other,
            "other_mood": _rounded(after.other_mood),
            "enough": after.enough,
        },
    }


def figures_lines(found: Figures) -> list[str]:
    """The figures as plain lines, for a terminal."""
    period = found.period
    lines = [f"{period.since} to {period.until}: {found.entries:,} entries"]
    lines += ["", "Week of      entries  mood (n)   energy (n)  contacts  incidents"]
    lines += [_week_line(week) for week in found.weeks]
    for title, items in (
        ("Feelings", found.feelings),
        ("What pulled at me", found.pulls),
        ("Themes", found.themes),
    ):
        named = ", ".join(f"{item.name} {item.count}" for item in items) or "none"
        lines += ["", f"{title}: {named}"]
    return [*lines, "", _after_line(found)]


def _period(since: dt.date | None, until: dt.date | None) -> Period:
    """The period asked for; by default the last 13 weeks up to today."""
    today = dt.date.today()
    default = Period.recent(until or today)
    period = Period(since or default.since, until or today)
    if period.since > period.until:
        raise InvalidInput("--since is after --until; nothing to count.")
    return period


def _week_json(week: Week) -> dict[str, Any]:
    return {
        "start": week.start.isoformat(),
        "entries": week.entries,
        "mood": _rounded(week.mood),
        "moods": week.moods,
        "energy": _rounded(week.energy),
        "energies": week.energies,
        "contacts": week.contacts,
        "incidents": week.incidents,
    }


def _counted_json(items: tuple[Counted, ...]) -> list[dict[str, Any]]:
    return [{"name": item.name, "count": item.count} for item in items]


def _week_line(week: Week) -> str:
    mood = f"{week.mood:.1f} ({week.moods})" if week.mood is not None else "-"
    energy = f"{week.energy:.1f} ({week.energies})" if week.energy is not None else "-"
    return (
        f"{week.start}  {week.entries:7}  {mood:9}  {energy:10}  {week.contacts:8}"
        f"  {week.incidents:9}"
    )


def _after_line(found: Figures) -> str:
    after = found.after_contact
    if not after.enough:
        return (
            f"After contact: {after.contacts} contacts or incidents, {after.after} entries "
            f"with a mood in the {AFTER_DAYS} days after them, {after.other} on other days; "
            f"not enough to compare (that needs {ENOUGH_CONTACTS} contacts or incidents and "
            f"{ENOUGH_ENTRIES} entries with a mood on each side)."
        )
    return (
        f"After {after.contacts} contacts or incidents, the next {AFTER_DAYS} days averaged "
        f"{after.after_mood:.1f}; other days {after.other_mood:.1f}; "
        f"{after.after + after.other} entries with a mood."
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
