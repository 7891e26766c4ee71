"""Patterns over time at 10k and 100k entries (issue 20's budgets).

    cd /work/main && dbus-run-session -- scripts/with-test-keyring \
        .venv/bin/python benchmarks/patterns_bench.py --sizes 10k,100k

The journals are ``generate.py``'s (built on first use, then cached): ten years of
entries (2015-2024), about 73% with a mood, 39% written through the check-in (an
energy, a feeling word, zero to two pulls, a theme), 2% heavy. A working copy gets
``--records`` contacts and incident records from ``records_gen.py`` (spread over
the ten years, in bursts, some amended or trashed), is enrolled in this session's
keyring and opened through it, as the app opens it. "Today" is the newest entry's
day, so the default period (the last 13 weeks) is full.

Timed, in this process, each a median and a p95 (nearest rank) over ``--repeat``:

* ``figures(journal, Period.recent(today))`` cold (the first call on a journal
  just opened: SQLCipher's page cache empty, the operating system's warm) and warm;
* changing the period, round-robin so each call follows a different period:
  a year, everything, three months a year back, and back to the last 13 weeks;
* each store query alone (``journal.patterns.weeks``, ``counted`` for feelings,
  pulls and themes, ``moods_by_day``, ``journal.incidents.all()``) for the last 13
  weeks and for everything, and what ``figures`` adds in Python;
* the Patterns page, when ``app.ui.patterns.page`` exists: made and opened on a
  journal (``open(journal, today)``) with its first paint, then a period change
  (``set_period``) painted, offscreen.

Every statement ``figures`` runs is shown with its ``EXPLAIN QUERY PLAN``. Then,
unless ``--no-index``, the index below is created in the working copy (never in
the app's schema) and everything is timed again, for the before and after.

Budgets (issue 20): the page opens in <= 150 ms at 10k entries and <= 600 ms at
100k; changing the period takes <= 50 ms at 10k. Figures: benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import (
    CACHE_DIR,
    DEFAULT_SEED,
    CachedJournals,
    ensure_cached,
    parse_size,
    size_label,
)
from patterns_page import PAGE_MODULE, measure_page
from records_gen import DEFAULT_RECORDS, add_records
from run import median_ms, percentile_ms, timed

from app.files import JournalFiles
from app.journal import Journal, keyring_secret, open_journal
from app.patterns.figures import figures
from app.records.patterns import Period
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret

INDEX = (
    "CREATE INDEX entries_patterns ON entries"
    " (trashed, entry_date, mood, energy, heavy, feeling, theme)"
)
SPECIAL = ("cold", "plans", "page")  # a phase's entries that are not rows of figures
BUDGETS = {  # (figure, size): milliseconds, judged on the median
    ("page open", 10_000): 150.0,
    ("page open", 100_000): 600.0,
    ("page period change", 10_000): 50.0,  # the slowest period's median
    ("figures, period change (worst)", 10_000): 50.0,
}

Stats = dict[str, float]


# ---------------------------------------------------------------------- the journal


@contextlib.contextmanager
def working_copy(cached: CachedJournals, records: int, seed: int) -> Iterator[JournalFiles]:
    """A copy of the cached journal with records added, enrolled in this keyring; removed after."""
    folder = CACHE_DIR / f"patterns-work-{cached.folder.name}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700, parents=True)
    files = JournalFiles(folder / "threshold")
    shutil.copytree(cached.threshold.folder, files.folder)
    recovery = SlotSecret.recovery(RecoveryKey.parse(cached.recovery_key.read_text()))
    keystore = SystemKeystore()
    with open_journal(files, recovery) as journal:
        journal_id = journal.vault.journal_id
        journal.enroll_keyring(keystore)
        started = time.perf_counter()
        live = add_records(journal, records, seed)
        print(f"  {records} records added ({live} live) in {time.perf_counter() - started:.1f} s")
    try:
        yield files
    finally:
        keystore.delete_secret(journal_id)
        shutil.rmtree(folder, ignore_errors=True)


def first_and_last_day(journal: Journal) -> tuple[dt.date, dt.date]:
    """The oldest and newest live entry's day."""
    row = journal._db.execute(
        "SELECT min(entry_date), max(entry_date) FROM entries WHERE trashed IS NULL"
    ).fetchone()
    return dt.date.fromisoformat(row[0]), dt.date.fromisoformat(row[1])


def has_index(journal: Journal, name: str) -> bool:
    """Whether the journal's schema has an index of this name."""
    query = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"
    return journal._db.execute(query, (name,)).fetchone() is not None


def periods(first: dt.date, today: dt.date) -> dict[str, Period]:
    """The default period, and those a person might change it to."""
    return {
        "a year": Period.recent(today, 52),
        "everything": Period(first, today),
        "3 months, a year back": Period.recent(today - dt.timedelta(weeks=52)),
        "last 13 weeks": Period.recent(today),
    }


def composition(journal: Journal, period: Period) -> str:
    """What the journal holds, in one line, to check the data is what it claims."""
    row = journal._db.execute(
        "SELECT count(*), count(mood), count(energy), count(feeling), count(theme), sum(heavy)"
        " FROM entries WHERE trashed IS NULL"
    ).fetchone()
    pulls = journal._db.execute("SELECT count(*) FROM entry_pulls").fetchone()[0]
    found = figures(journal, period)
    return (
        f"{row[0]:,} entries: {row[1]:,} moods, {row[2]:,} energies, {row[3]:,} feelings, "
        f"{row[4]:,} themes, {pulls:,} pulls, {row[5]:,} heavy; "
        f"{len(journal.incidents.all()):,} live records. Last 13 weeks: {found.entries} "
        f"entries, {found.after_contact.contacts} contacts and incidents"
    )


def query_plans(journal: Journal, period: Period) -> list[str]:
    """Each statement ``figures`` runs (as traced) and its ``EXPLAIN QUERY PLAN``."""
    seen: list[str] = []
    journal._db.set_trace_callback(seen.append)
    try:
        figures(journal, period)
    finally:
        journal._db.set_trace_callback(None)
    lines = []
    for statement in dict.fromkeys(seen):
        plan = journal._db.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
        lines.append(" ".join(statement.split())[:110] + " ...")
        lines += [f"      {row[3]}" for row in plan]
    return lines


# ---------------------------------------------------------------------- timing


def stats(samples: list[float]) -> Stats:
    """Median and p95 of seconds, in milliseconds."""
    return {"median": median_ms(samples), "p95": percentile_ms(samples, 0.95)}


def measure_cold(files: JournalFiles, secret: SlotSecret, today: dt.date, repeat: int) -> Stats:
    """``figures`` as the first call on a journal just opened (opening not timed)."""
    samples = []
    for _ in range(repeat):
        with open_journal(files, secret) as journal:
            samples.append(timed(partial(figures, journal, Period.recent(today))))
    return stats(samples)


def measure_figures(journal: Journal, chosen: dict[str, Period], repeat: int) -> dict[str, Stats]:
    """Warm ``figures``, and each period change (round-robin, each after another period)."""
    recent = chosen["last 13 weeks"]
    figures(journal, recent)  # the cold call, measured apart
    found = {
        "figures, last 13 weeks, warm": stats(
            [timed(lambda: figures(journal, recent)) for _ in range(repeat)]
        )
    }
    changes: dict[str, list[float]] = {name: [] for name in chosen}
    for _ in range(repeat):
        for name, period in chosen.items():
            changes[name].append(timed(partial(figures, journal, period)))
    for name, samples in changes.items():
        found[f"figures, change to {name}"] = stats(samples)
    worst = max((found[f"figures, change to {name}"] for name in chosen), key=lambda s: s["median"])
    found["figures, period change (worst)"] = worst
    return found


def measure_queries(journal: Journal, period: Period, label: str, repeat: int) -> dict[str, Stats]:
    """Each store query alone for ``period``, and what ``figures`` adds around them."""
    store = journal.patterns
    parts: dict[str, Callable[[], object]] = {
        "patterns.weeks": lambda: store.weeks(period),
        "patterns.counted feeling": lambda: store.counted("feeling", period),
        "patterns.counted pull": lambda: store.counted("pull", period),
        "patterns.counted theme": lambda: store.counted("theme", period),
        "patterns.moods_by_day": lambda: store.moods_by_day(period),
        "incidents.all()": journal.incidents.all,
    }
    samples: dict[str, list[float]] = {name: [] for name in [*parts, "figures"]}
    for _ in range(repeat):
        for name, action in parts.items():
            samples[name].append(timed(action))
        samples["figures"].append(timed(lambda: figures(journal, period)))
    found = {f"{label}: {name}": stats(runs) for name, runs in samples.items()}
    in_store = sum(found[f"{label}: {name}"]["median"] for name in parts)
    found[f"{label}: figures beyond the store (median)"] = {
        "median": found[f"{label}: figures"]["median"] - in_store,
        "p95": float("nan"),
    }
    return found


# ---------------------------------------------------------------------- main


def measure_phase(files: JournalFiles, secret: SlotSecret, repeat: int) -> dict[str, Any]:
    """Every figure, on the journal as it is now."""
    with open_journal(files, secret) as journal:
        first, today = first_and_last_day(journal)
    chosen = periods(first, today)
    found: dict[str, Any] = {"cold": measure_cold(files, secret, today, repeat)}
    with open_journal(files, secret) as journal:
        found["plans"] = query_plans(journal, chosen["everything"])
        found |= measure_figures(journal, chosen, repeat)
        found |= measure_queries(journal, chosen["last 13 weeks"], "last 13 weeks", repeat)
        found |= measure_queries(journal, chosen["everything"], "everything", repeat)
        found["page"] = page_figures(measure_page(journal, chosen, today, repeat))
    return found


def page_figures(samples: dict[str, list[float]] | None) -> dict[str, Stats] | None:
    """The page's samples as figures, with the slowest period change as the budget's."""
    if samples is None:
        return None
    found = {name: stats(runs) for name, runs in samples.items()}
    changes = [value for name, value in found.items() if name.startswith("page, change")]
    return found | {"page period change": max(changes, key=lambda s: s["median"])}


def benchmark(count: int, args: argparse.Namespace) -> dict[str, Any]:
    """One size: the journal as the schema makes it, then with ``INDEX`` added."""
    cached = ensure_cached(count, args.seed)
    result: dict[str, Any] = {"entries": count, "records": args.records, "phases": {}}
    with working_copy(cached, args.records, args.seed) as files:
        secret = keyring_secret(files, SystemKeystore())
        with open_journal(files, secret) as journal:
            recent = Period.recent(first_and_last_day(journal)[1])
            result["composition"] = composition(journal, recent)
        print(f"Measuring {size_label(count)}, the schema as it is ...", flush=True)
        result["phases"]["as it is"] = measure_phase(files, secret, args.repeat)
        if not args.no_index:
            with open_journal(files, secret) as journal:
                if has_index(journal, "entries_patterns"):
                    print("  The schema has entries_patterns already: nothing to compare.")
                    return result
                result["index_seconds"] = timed(lambda: journal._db.execute(INDEX))
            print(f"Measuring {size_label(count)} with entries_patterns ...", flush=True)
            result["phases"]["with entries_patterns"] = measure_phase(files, secret, args.repeat)
    return result


def report(result: dict[str, Any]) -> None:
    """Print one size's figures, phase by phase."""
    count = result["entries"]
    print(f"\n=== {size_label(count)} entries, {result['records']} records ===")
    print(result["composition"])
    if "index_seconds" in result:
        print(f"{INDEX}: {result['index_seconds'] * 1000:.0f} ms to create")
    for phase, found in result["phases"].items():
        print(f"\n-- {phase} --")
        print("Query plans (everything):")
        for line in found["plans"]:
            print(f"  {line}")
        rows = {"figures, last 13 weeks, cold": found["cold"]}
        rows |= {name: value for name, value in found.items() if name not in SPECIAL}
        if found["page"] is None:
            print(f"  TODO: {PAGE_MODULE} has not landed; the page is not measured.")
        else:
            rows |= found["page"]
        for name, value in rows.items():
            p95 = "" if math.isnan(value["p95"]) else f"  p95 {value['p95']:8.1f} ms"
            print(f"  {name:<52} {value['median']:8.1f} ms{p95}")
            budget = BUDGETS.get((name, count))
            if budget is not None:
                verdict = "within" if value["median"] <= budget else "OVER"
                print(f"  {'':<52} budget {budget:.0f} ms: {verdict}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="10k", help="comma-separated: 1k,10k,100k")
    parser.add_argument("--repeat", type=int, default=15, help="runs of each figure")
    parser.add_argument("--records", type=int, default=DEFAULT_RECORDS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-index", action="store_true", help=f"skip: {INDEX}")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write figures here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Measure each size and print (and optionally save) the figures."""
    args = parse_args(argv)
    os.umask(0o077)
    results = [benchmark(parse_size(label.strip()), args) for label in args.sizes.split(",")]
    for result in results:
        report(result)
    if args.json:
        args.json.write_text(json.dumps({"results": results}, indent=2, default=str) + "\n")
        print(f"\nFigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
