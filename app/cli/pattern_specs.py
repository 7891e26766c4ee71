"""``threshold patterns``: its options, beside the parser; the handler loads when it runs."""

from __future__ import annotations

from app.cli.specs import Handler, Spec, arg, iso_date

PATTERNS = Spec(
    "the figures behind the Patterns page: moods and energies by week, words, contacts",
    Handler("patterns_commands", "patterns"),
    (
        arg("--since", type=iso_date, metavar="YYYY-MM-DD", help="from this day (13 weeks)"),
        arg("--until", type=iso_date, metavar="YYYY-MM-DD", help="up to this day (default: today)"),
        arg("--json", action="store_true"),
    ),
)
