"""Threshold against jrnl, side by side: CLI start-to-finish, memory, and the core in-process.

Run it with a real Secret Service (see benchmarks/README.md):

    cd /work/main && dbus-run-session -- scripts/with-test-keyring \
        .venv/bin/python benchmarks/run.py --sizes 10k

Journals come from ``generate.py`` (built on first use, then cached). Every run
works on fresh copies in ``benchmarks/.cache/work-<size>/``, so the cached
journals never change; the copies' keyring items are removed at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import keyring
from generate import (
    CACHE_DIR,
    DEFAULT_SEED,
    JRNL_BIN,
    JRNL_JOURNAL_NAME,
    CachedJournals,
    ensure_cached,
    jrnl_version,
    parse_size,
    size_label,
    write_jrnl_config,
)

from app.files import JournalFiles
from app.journal import Journal, keyring_secret, open_journal
from app.records.entries import Entry
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret

BENCH_DIR = Path(__file__).resolve().parent
GNU_TIME = Path("/usr/bin/time")
THRESHOLD_BIN = BENCH_DIR.parent / ".venv" / "bin" / "threshold"
# What `threshold --smoke-test` and qt_floor.py print at their first paint.
FIRST_PAINT_PREFIX = "first-paint-monotonic-ns "
SEARCH_WORD = "deadline"  # in about 15% of generated entries
ADD_TEXT = "Walked to the river after work. The light on the water made me feel steady again."
# From rare to everywhere; the comments give the share of generated entries matched.
QUERIES = (
    "lighthouse",  # 2%
    "umbrella",  # 4%
    "deadline",  # 15%
    "garden",  # 39%
    "kitchen sister",  # 30%, two words
    '"let the day settle"',  # 21%, a phrase
    "wal",  # 91%, a prefix while typing (walk, wall, wallet, ...)
    "the",  # every entry
)
TEN_K = 10_000
CLI_TIME_RATIO = 0.15
MEMORY_RATIO = 0.5
SEARCH_MS = 5.0
SAVE_P99_MS = 16.0
_MIB = 1024.0


# ---------------------------------------------------------------------- measuring


@dataclass(frozen=True)
class Sample:
    """One child process: wall time, peak resident memory, and when it first painted.

    ``first_paint_seconds`` is from just before the spawn to the child's own report
    of its first paint (see ``FIRST_PAINT_PREFIX``); None for children that paint nothing.
    """

    seconds: float
    max_rss_kib: int
    first_paint_seconds: float | None = None


@dataclass(frozen=True)
class ChildCommand:
    """A command line to time, with optional standard input."""

    name: str
    argv: tuple[str, ...]
    stdin: bytes | None = None


@dataclass
class Figures:
    """Everything measured for one journal size (becomes the JSON output)."""

    entries: int
    generation: dict[str, object]
    cli: dict[str, dict[str, float]] = field(default_factory=dict)
    core: dict[str, float] = field(default_factory=dict)
    queries: dict[str, float] = field(default_factory=dict)


def run_child(command: ChildCommand, env: dict[str, str]) -> Sample:
    """Run one child to completion: wall time measured here, peak RSS from GNU time.

    Linux keeps a process's RSS high-water mark across ``exec``, so ``os.wait4`` on a
    child spawned straight from this (large) process reports at least our own size.
    GNU time forks the command from a tiny process and reports the command's own
    peak; without it the ``wait4`` figure is used, an upper bound.
    """
    with tempfile.TemporaryDirectory() as scratch:
        rss_file = Path(scratch) / "rss"
        argv = command.argv
        if GNU_TIME.exists():
            argv = (str(GNU_TIME), "-f", "%M", "-o", str(rss_file), *argv)
        with (
            (Path(scratch) / "stderr").open("w+b") as errors,
            (Path(scratch) / "stdout").open("w+b") as output,
        ):
            spawned_ns = time.monotonic_ns()
            elapsed, status, usage = _spawn(argv, command.stdin, output, errors, env)
            if status != 0:
                errors.seek(0)
                message = errors.read().decode(errors="replace").strip()
                raise RuntimeError(f"{' '.join(command.argv)} exited {status}: {message}")
            output.seek(0)
            painted_ns = _first_paint_ns(output.read())
        rss = int(rss_file.read_text().split()[-1]) if rss_file.exists() else usage.ru_maxrss
    painted = None if painted_ns is None else (painted_ns - spawned_ns) / 1e9
    return Sample(elapsed, rss, painted)


def _first_paint_ns(output: bytes) -> int | None:
    """The child's reported first paint (``CLOCK_MONOTONIC`` ns, as ``time.monotonic_ns``)."""
    for line in output.decode(errors="replace").splitlines():
        if line.startswith(FIRST_PAINT_PREFIX):
            return int(line.removeprefix(FIRST_PAINT_PREFIX))
    return None


def _spawn(
    argv: Sequence[str],
    stdin: bytes | None,
    output: BinaryIO,
    errors: BinaryIO,
    env: dict[str, str],
) -> tuple[float, int, resource.struct_rusage]:
    """Start ``argv``, feed it ``stdin``, reap it with ``os.wait4``: (seconds, status, usage)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=output,
        stderr=errors,
        env=env,
    )
    if child.stdin is not None:
        with contextlib.suppress(BrokenPipeError):
            child.stdin.write(stdin or b"")
        child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, child.returncode, usage


def median_ms(samples: Sequence[float]) -> float:
    """Median of seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def percentile_ms(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of seconds, in milliseconds."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] * 1000


def timed(action: Callable[[], object]) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# ---------------------------------------------------------------------- workspace


@dataclass(frozen=True)
class Workspace:
    """Working copies of one size's journals, unlockable through the current keyring."""

    folder: Path
    files: JournalFiles
    recovery: RecoveryKey
    journal_id: str
    jrnl_config: Path


@contextlib.contextmanager
def workspace(cached: CachedJournals) -> Iterator[Workspace]:
    """Copy the cached journals, enrol this session's keyring, and clean up afterwards."""
    folder = CACHE_DIR / f"work-{cached.folder.name}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700, parents=True)
    files = JournalFiles(folder / "threshold")
    shutil.copytree(cached.threshold.folder, files.folder)
    shutil.copy2(cached.jrnl_journal, folder / "jrnl.txt")
    write_jrnl_config(folder / "jrnl.yaml", folder / "jrnl.txt")
    recovery = RecoveryKey.parse(cached.recovery_key.read_text())
    keystore = SystemKeystore()
    with open_journal(files, SlotSecret.recovery(recovery)) as journal:
        journal_id = journal.vault.journal_id
        journal.enroll_keyring(keystore)  # the cache's keyring item died with its session
    try:
        keyring.set_password("jrnl", JRNL_JOURNAL_NAME, cached.jrnl_password.read_text().strip())
        yield Workspace(folder, files, recovery, journal_id, folder / "jrnl.yaml")
    finally:
        keystore.delete_secret(journal_id)
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password("jrnl", JRNL_JOURNAL_NAME)
        shutil.rmtree(folder, ignore_errors=True)


def child_env() -> dict[str, str]:
    """The environment for children: this one, minus anything that would change unlocking.

    Bytecode is cached under ``.cache/pycache`` (the warm-up round fills it), as an
    installed package would have it, even when PYTHONDONTWRITEBYTECODE is set here
    and without writing into the source tree.
    """
    env = dict(os.environ)
    for name in (
        "THRESHOLD_PASSPHRASE",
        "THRESHOLD_DATA_DIR",
        "THRESHOLD_DEBUG",
        "PYTHONDONTWRITEBYTECODE",
    ):
        env.pop(name, None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE_DIR / "pycache")
    return env


def ours(ws: Workspace) -> list[ChildCommand]:
    """Our CLI: list, search, add (text on stdin)."""
    base = (str(THRESHOLD_BIN), "--data-dir", str(ws.files.folder))
    return [
        ChildCommand("list", (*base, "list", "--limit", "10")),
        ChildCommand("search", (*base, "search", SEARCH_WORD)),
        ChildCommand("add", (*base, "add"), ADD_TEXT.encode()),
    ]


def theirs(ws: Workspace) -> list[ChildCommand]:
    """jrnl doing the same: last 10, a -contains search limited like ours (20), an add."""
    base = (str(JRNL_BIN), "--config-file", str(ws.jrnl_config), JRNL_JOURNAL_NAME)
    return [
        ChildCommand("list", (*base, "-n", "10")),
        ChildCommand("search", (*base, "-contains", SEARCH_WORD, "-n", "20")),
        ChildCommand("add", (*base, ADD_TEXT)),
    ]


def measure_cli(ws: Workspace, repeat: int, skip_jrnl: bool) -> dict[str, dict[str, float]]:
    """Median time and peak RSS per command, round-robin so drift hits everyone alike."""
    commands = {"python -c pass": ChildCommand("start", (sys.executable, "-c", "pass"))}
    commands |= {f"ours {c.name}": c for c in ours(ws)}
    if not skip_jrnl:
        commands |= {f"jrnl {c.name}": c for c in theirs(ws)}
    return measure_rounds(commands, repeat)


def measure_rounds(commands: dict[str, ChildCommand], repeat: int) -> dict[str, dict[str, float]]:
    """Run every command ``repeat`` times, round-robin so drift hits everyone alike.

    Round 0 warms the page cache and bytecode and is dropped.
    """
    env = child_env()
    samples: dict[str, list[Sample]] = {key: [] for key in commands}
    for round_number in range(repeat + 1):
        for key, command in commands.items():
            sample = run_child(command, env)
            if round_number > 0:
                samples[key].append(sample)
    return {key: _summary(runs) for key, runs in samples.items()}


def _summary(runs: Sequence[Sample]) -> dict[str, float]:
    """Median and best wall time, peak RSS, and (for windows) median and best first paint."""
    summary = {
        "median_ms": median_ms([s.seconds for s in runs]),
        "min_ms": min(s.seconds for s in runs) * 1000,
        "max_rss_mib": max(s.max_rss_kib for s in runs) / _MIB,
    }
    painted = [s.first_paint_seconds for s in runs if s.first_paint_seconds is not None]
    if painted:
        summary["first_paint_median_ms"] = median_ms(painted)
        summary["first_paint_min_ms"] = min(painted) * 1000
    return summary


# ---------------------------------------------------------------------- in-process


def measure_unlock(ws: Workspace, repeat: int) -> dict[str, float]:
    """Open+unlock medians: keyring fetch, open with its secret, and the recovery-key path."""
    fetch: list[float] = []
    open_keyring: list[float] = []
    open_recovery: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        secret = keyring_secret(ws.files, SystemKeystore())
        fetched = time.perf_counter()
        open_journal(ws.files, secret).close()
        fetch.append(fetched - started)
        open_keyring.append(time.perf_counter() - started)
        recovery = SlotSecret.recovery(ws.recovery)
        open_recovery.append(timed(partial(open_and_close, ws.files, recovery)))
    return {
        "keyring_fetch_ms": median_ms(fetch),
        "open_keyring_ms": median_ms(open_keyring),
        "open_recovery_ms": median_ms(open_recovery),
    }


def open_and_close(files: JournalFiles, secret: SlotSecret) -> None:
    """Unlock and close the journal once."""
    open_journal(files, secret).close()


def editable_entry(journal: Journal) -> Entry:
    """A recent generated entry of ordinary length (what autosave would be editing)."""
    for summary in journal.entries.summaries(limit=50):
        entry = journal.entries.get(summary.id)
        if len(entry.body) >= 1000:
            return entry
    return journal.entries.get(journal.entries.summaries(limit=1)[0].id)


def measure_saves(journal: Journal, count: int) -> dict[str, float]:
    """``count`` autosaves, each with a word more typed, as the editor's timer does."""
    entry = editable_entry(journal)
    fields = entry.fields()
    seconds: list[float] = []
    for number in range(count):
        fields = replace(fields, body=f"{fields.body} word{number}")
        seconds.append(timed(partial(journal.entries.save, entry.id, fields)))
    return {
        "save_p50_ms": median_ms(seconds),
        "save_p99_ms": percentile_ms(seconds, 0.99),
        "save_max_ms": max(seconds) * 1000,
    }


def measure_search(journal: Journal, repeat: int) -> tuple[dict[str, float], dict[str, float]]:
    """Ranked top-50 with snippets: overall p50/p99, and each query's median and match share."""
    everything: list[float] = []
    per_query: dict[str, float] = {}
    total = journal.entries.count()
    for query in QUERIES:
        runs = [timed(partial(journal.entries.search, query, limit=50)) for _ in range(repeat)]
        everything += runs
        per_query[query] = median_ms(runs)
        per_query[f"{query} matches %"] = (
            100 * len(journal.entries.search(query, limit=total)) / total
        )
    overall = {
        "search_p50_ms": median_ms(everything),
        "search_p99_ms": percentile_ms(everything, 0.99),
        "search_worst_query_p50_ms": max(per_query[query] for query in QUERIES),
    }
    return overall, per_query


def measure_core(
    ws: Workspace, repeat: int, saves: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Every in-process figure for one journal."""
    core = measure_unlock(ws, repeat)
    with open_journal(ws.files, keyring_secret(ws.files, SystemKeystore())) as journal:
        search, per_query = measure_search(journal, max(repeat, 20))
        core |= search
        titles = [timed(journal.entries.summaries) for _ in range(repeat)]
        core["all_titles_ms"] = median_ms(titles)
        core["all_titles_rows"] = float(len(journal.entries.summaries()))
        core |= measure_saves(journal, saves)
    core["database_mib"] = database_bytes(ws.files) / _MIB / _MIB
    core["jrnl_file_mib"] = (ws.folder / "jrnl.txt").stat().st_size / _MIB / _MIB
    return core, per_query


def database_bytes(files: JournalFiles) -> int:
    """The database plus any WAL left over (none after a clean close)."""
    wal = Path(f"{files.database}-wal")
    return files.database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


# ---------------------------------------------------------------------- reporting


def budget_rows(figures: Figures) -> list[tuple[str, str, str]]:
    """(what, budget, PASS/OVER) for each budget; judged at 10k entries only."""
    rows: list[tuple[str, str, str]] = []
    judged = figures.entries == TEN_K
    for name in ("list", "search", "add"):
        ours_row, jrnl_row = figures.cli.get(f"ours {name}"), figures.cli.get(f"jrnl {name}")
        if ours_row and jrnl_row:
            time_ratio = ours_row["median_ms"] / jrnl_row["median_ms"]
            rows.append(
                (
                    f"CLI {name} time",
                    f"{time_ratio:.3f}x <= {CLI_TIME_RATIO}x",
                    _verdict(time_ratio <= CLI_TIME_RATIO, judged),
                )
            )
            rss_ratio = ours_row["max_rss_mib"] / jrnl_row["max_rss_mib"]
            rows.append(
                (
                    f"CLI {name} peak RSS",
                    f"{rss_ratio:.3f}x <= {MEMORY_RATIO}x",
                    _verdict(rss_ratio <= MEMORY_RATIO, judged),
                )
            )
    search = figures.core["search_p50_ms"]
    rows.append(
        (
            "ranked search p50",
            f"{search:.2f} ms <= {SEARCH_MS} ms",
            _verdict(search <= SEARCH_MS, judged),
        )
    )
    save = figures.core["save_p99_ms"]
    rows.append(
        ("save p99", f"{save:.2f} ms <= {SAVE_P99_MS} ms", _verdict(save <= SAVE_P99_MS, judged))
    )
    return rows


def _verdict(ok: bool, judged: bool) -> str:
    if not judged:
        return "(info: budgets are set at 10k)"
    return "PASS" if ok else "OVER"


def print_report(figures: Figures) -> None:
    """The side-by-side table, the in-process figures and the budgets."""
    meta = figures.generation
    print(
        f"\n== {size_label(figures.entries)} entries "
        f"({meta.get('words', '?'):,} words, seed {meta.get('seed')}); generation took "
        f"threshold {meta.get('threshold_seconds')} s + jrnl {meta.get('jrnl_seconds')} s"
    )
    print(
        f"{'fresh process':<28}{'ours ms':>10}{'jrnl ms':>10}{'ratio':>8}"
        f"{'ours MiB':>10}{'jrnl MiB':>10}{'ratio':>8}"
    )
    start = figures.cli["python -c pass"]
    print(
        f"{'python -c pass':<28}{start['median_ms']:>10.1f}{'':>10}{'':>8}"
        f"{start['max_rss_mib']:>10.1f}"
    )
    for name, label in (
        ("list", "list 10 / -n 10"),
        ("search", f"search {SEARCH_WORD}"),
        ("add", "add (stdin / argument)"),
    ):
        print(_cli_line(label, figures.cli[f"ours {name}"], figures.cli.get(f"jrnl {name}")))
    print("in-process (ours)")
    for label, value in _core_lines(figures.core):
        print(f"  {label:<40}{value}")
    print("  per query: p50 ms (share of entries matched)")
    for query in QUERIES:
        share = figures.queries[f"{query} matches %"]
        print(f"    {query:<24}{figures.queries[query]:>8.2f} ms ({share:.0f}%)")
    print("budgets")
    for what, figure, verdict in budget_rows(figures):
        print(f"  {what:<22}{figure:<26}{verdict}")


def _cli_line(label: str, ours_row: dict[str, float], jrnl_row: dict[str, float] | None) -> str:
    line = f"{label:<28}{ours_row['median_ms']:>10.1f}"
    if jrnl_row is None:
        return line + f"{'-':>10}{'-':>8}{ours_row['max_rss_mib']:>10.1f}{'-':>10}{'-':>8}"
    return (
        line + f"{jrnl_row['median_ms']:>10.1f}"
        f"{ours_row['median_ms'] / jrnl_row['median_ms']:>7.3f}x"
        f"{ours_row['max_rss_mib']:>10.1f}{jrnl_row['max_rss_mib']:>10.1f}"
        f"{ours_row['max_rss_mib'] / jrnl_row['max_rss_mib']:>7.3f}x"
    )


def _core_lines(core: dict[str, float]) -> list[tuple[str, str]]:
    return [
        (
            "open+unlock, keyring (p50)",
            f"{core['open_keyring_ms']:.1f} ms (keyring fetch {core['keyring_fetch_ms']:.1f} ms)",
        ),
        ("open+unlock, recovery key (p50)", f"{core['open_recovery_ms']:.1f} ms"),
        (
            "save p50 / p99 / max",
            f"{core['save_p50_ms']:.2f} / {core['save_p99_ms']:.2f} / {core['save_max_ms']:.2f} ms",
        ),
        (
            "ranked search top-50 p50 / p99",
            f"{core['search_p50_ms']:.2f} / {core['search_p99_ms']:.2f} ms "
            f"(worst query p50 {core['search_worst_query_p50_ms']:.2f} ms)",
        ),
        (
            "all titles (summaries)",
            f"{core['all_titles_ms']:.1f} ms for {int(core['all_titles_rows']):,} rows",
        ),
        (
            "database / jrnl file size",
            f"{core['database_mib']:.1f} MiB / {core['jrnl_file_mib']:.1f} MiB",
        ),
    ]


def source_state() -> str:
    """The commit, plus any files under app/ that differ from it (the figures depend on them)."""
    git = ("git", "-C", str(BENCH_DIR.parent))
    head = subprocess.run(
        [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    changed = subprocess.run(
        [*git, "status", "--porcelain", "--", "app"], capture_output=True, text=True, check=False
    ).stdout.split("\n")
    dirty = [line[3:] for line in changed if line.strip()]
    return head + (f"+changes({','.join(dirty)})" if dirty else "")


def environment() -> dict[str, str]:
    """What the figures were measured on."""
    backend = keyring.get_keyring()
    return {
        "source": source_state(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": str(os.cpu_count()),
        "keyring": f"{type(backend).__module__}.{type(backend).__name__}",
        "jrnl": jrnl_version() if JRNL_BIN.exists() else "not installed",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


# ---------------------------------------------------------------------- main


def benchmark(count: int, args: argparse.Namespace) -> Figures:
    """Generate or reuse one size, then measure everything on working copies."""
    cached = ensure_cached(count, args.seed)
    figures = Figures(entries=count, generation=cached.read_meta())
    with workspace(cached) as ws:
        print(f"Measuring {size_label(count)}: CLI x{args.repeat} ...", flush=True)
        figures.cli = measure_cli(ws, args.repeat, args.skip_jrnl)
        print("  in-process ...", flush=True)
        figures.core, figures.queries = measure_core(ws, args.repeat, args.saves)
    return figures


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="10k", help="comma-separated: 1k,10k,100k")
    parser.add_argument("--repeat", type=int, default=7, help="runs per CLI command")
    parser.add_argument("--saves", type=int, default=500, help="autosaves to time")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--skip-jrnl", action="store_true", help="only measure Threshold")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write figures here")
    return parser.parse_args(argv)


def run_sizes(
    args: argparse.Namespace,
    measure: Callable[[int, argparse.Namespace], Any],
    report: Callable[[Any], None],
) -> int:
    """Measure each size in ``args.sizes``, print each report, and save JSON if asked."""
    os.umask(0o077)
    env = environment()
    print(" ".join(f"{key}={value}" for key, value in env.items()))
    results = [measure(parse_size(label.strip()), args) for label in args.sizes.split(",")]
    for figures in results:
        report(figures)
    if args.json:
        payload = {"environment": env, "results": [asdict(figures) for figures in results]}
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
        print(f"\nFigures written to {args.json}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark for each size and print (and optionally save) the results."""
    return run_sizes(parse_args(argv), benchmark, print_report)


if __name__ == "__main__":
    sys.exit(main())
