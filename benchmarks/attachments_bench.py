"""A journal with 1,000 attachments (about 1 GB) against the same journal without them.

Run it with a real Secret Service (see benchmarks/README.md):

    cd /work/main && dbus-run-session -- scripts/with-test-keyring \
        .venv/bin/python benchmarks/attachments_bench.py --size 10k --json out.json

The generated journal (``generate.py``, cached) is copied twice: one copy stays
as it is, the other gains ``--attachments`` files of ``--mib`` each, spread over
its entries, each entry's text referring to its files. Then, round-robin so drift
hits both alike:

* cold start of the window (``threshold --smoke-test``: keyring unlock, the
  journal, the timeline, first paint) next to the bare-Qt floor;
* in process: ranked search (run.py's queries) and the whole timeline's rows;
* a backup (``Journal.backup_to``: the file's encrypted bytes copied while writers
  wait, read back and compared, opened with the key) against copying the
  database file with ``shutil.copyfile`` and ``fsync``;
* ``verify`` (every page, every attachment re-hashed), for information.

Budgets (issue 17): start, search and timeline within 5% of the plain journal's;
backup at most 1.5x the file copy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from generate import DEFAULT_SEED, ensure_cached, parse_size
from run import (
    THRESHOLD_BIN,
    ChildCommand,
    Workspace,
    measure_rounds,
    measure_search,
    median_ms,
    timed,
    workspace,
)

from app.digests import sha256_hexdigest
from app.files import JournalFiles
from app.journal import keyring_secret, open_journal
from app.journal.attaching import with_references
from app.records.attachments import Incoming, MediaInfo, MediaKind
from app.vault.keystore import SystemKeystore

SAME_RATIO = 1.05  # start, search, timeline: with attachments / without
BACKUP_RATIO = 1.5  # backup / file copy
FLOOR_SCRIPT = Path(__file__).with_name("qt_floor.py")
JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def attach_many(files: JournalFiles, count: int, size: int, seed: int) -> dict[str, float]:
    """Add ``count`` files of ``size`` random bytes to random entries, referred to by their text."""
    rng = random.Random(seed)
    started = time.perf_counter()
    with open_journal(files, keyring_secret(files, SystemKeystore())) as journal:
        ids = [summary.id for summary in journal.entries.summaries()]
        for number in range(count):
            data = JPEG_HEAD + rng.randbytes(size - len(JPEG_HEAD))
            incoming = Incoming(
                f"photo {number}.jpg",
                data,
                MediaInfo(MediaKind.JPEG, 4000, 3000),
                sha256_hexdigest(data),
            )
            entry = journal.entries.get(rng.choice(ids))
            kept = journal.attachments.add(entry.id, incoming)
            body = with_references(entry.body, [kept])
            journal.entries.save(entry.id, replace(entry.fields(), body=body))
        while journal.entries.tidy_search_index():  # as the app does when writing pauses
            pass
        journal.checkpoint()
    return {"attach_all_s": time.perf_counter() - started}


def measure_in_process(both: dict[str, JournalFiles], rounds: int) -> dict[str, dict[str, float]]:
    """Search and the timeline's rows on both journals, open side by side, in alternate rounds."""
    samples: dict[str, dict[str, list[float]]] = {label: {} for label in both}
    with contextlib.ExitStack() as stack:
        journals = {
            label: stack.enter_context(open_journal(files, keyring_secret(files, SystemKeystore())))
            for label, files in both.items()
        }
        for _ in range(rounds):
            for label, journal in journals.items():
                search, _ = measure_search(journal, 3)
                found = samples[label]
                for key, value in search.items():
                    found.setdefault(key, []).append(value / 1000)
                found.setdefault("timeline_all_ms", []).append(timed(journal.entries.summaries))
                found.setdefault("timeline_200_ms", []).append(
                    timed(partial(journal.entries.summaries, limit=200))
                )
    return {
        label: {key: median_ms(values) for key, values in found.items()}
        for label, found in samples.items()
    }


def measure_backup(files: JournalFiles, target: Path, repeat: int) -> dict[str, float]:
    """A backup against a plain copy of the file, alternated, each onto a quiet disk.

    Before each one the earlier copies are deleted and every dirty page is written
    out (``os.sync``), so neither pays for the other's write-back.
    """
    backups: list[float] = []
    copies: list[float] = []
    verifies: list[float] = []
    with open_journal(files, keyring_secret(files, SystemKeystore())) as journal:
        for _ in range(repeat):
            for samples, action in (
                (copies, partial(copy_and_sync, files.database, target / "copy.db")),
                (backups, partial(journal.backup_to, target / "backup.db")),
            ):
                shutil.rmtree(target, ignore_errors=True)
                target.mkdir(mode=0o700)
                os.sync()
                samples.append(timed(action))
        verifies.append(timed(journal.verify))
    shutil.rmtree(target, ignore_errors=True)
    return {
        "copy_ms": median_ms(copies),
        "backup_ms": median_ms(backups),
        "copy_min_ms": min(copies) * 1000,
        "backup_min_ms": min(backups) * 1000,
        "verify_ms": median_ms(verifies),
    }


def copy_and_sync(source: Path, target: Path) -> None:
    """What a careful copy of the file costs: the bytes, and on the disk."""
    shutil.copyfile(source, target)
    descriptor = os.open(target, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print a table, and optionally write JSON."""
    args = parse_args(argv)
    cached = ensure_cached(parse_size(args.size), args.seed)
    figures: dict[str, Any] = {"attachments": args.attachments, "mib_each": args.mib}
    with workspace(cached) as ws:
        plain = ws.files
        attached = JournalFiles(ws.folder / "attached")
        shutil.copytree(plain.folder, attached.folder)
        print(f"Attaching {args.attachments} files of {args.mib} MiB ...", flush=True)
        figures["build"] = attach_many(attached, args.attachments, args.mib << 20, args.seed)
        figures["database_mib"] = {
            "plain": plain.database.stat().st_size / 2**20,
            "attached": attached.database.stat().st_size / 2**20,
        }
        if not args.backup_only:
            if not args.no_start:
                print(f"Cold start x{args.repeat} ...", flush=True)
                figures["start"] = measure_rounds(start_commands(ws, attached), args.repeat)
            print("Search and timeline ...", flush=True)
            figures |= measure_in_process({"plain": plain, "attached": attached}, args.repeat * 2)
        print("Backup ...", flush=True)
        figures["backup"] = measure_backup(attached, ws.folder / "backup", args.backup_repeat)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


def start_commands(ws: Workspace, attached: JournalFiles) -> dict[str, ChildCommand]:
    """The floor and the window on each journal."""

    def window(files: JournalFiles, label: str) -> ChildCommand:
        return ChildCommand(
            label, (str(THRESHOLD_BIN), "--data-dir", str(files.folder), "--smoke-test")
        )

    return {
        "qt floor": ChildCommand("floor", (sys.executable, str(FLOOR_SCRIPT), "10000")),
        "plain": window(ws.files, "plain"),
        "attached": window(attached, "attached"),
    }


def report(figures: dict[str, Any]) -> None:
    """The budget table."""
    if "plain" in figures:
        _report_same(figures)
    backup = figures["backup"]
    ratio = backup["backup_ms"] / backup["copy_ms"]
    print(
        f"\nbackup {backup['backup_ms']:.0f} ms (best {backup['backup_min_ms']:.0f}), file copy "
        f"{backup['copy_ms']:.0f} ms (best {backup['copy_min_ms']:.0f}): {ratio:.2f}x "
        f"(budget {BACKUP_RATIO}x) {'ok' if ratio <= BACKUP_RATIO else 'OVER'}"
    )
    print(f"verify (every page, every attachment re-hashed): {backup['verify_ms']:.0f} ms")
    print(f"database MiB: {figures['database_mib']}")


def _report_same(figures: dict[str, Any]) -> None:
    start, plain, attached = figures.get("start"), figures["plain"], figures["attached"]
    rows = [
        *(
            [
                ("first paint", *_both(start, "first_paint_median_ms")),
                ("start to exit", *_both(start, "median_ms")),
            ]
            if start
            else []
        ),
        ("search p50", plain["search_p50_ms"], attached["search_p50_ms"]),
        ("search p99", plain["search_p99_ms"], attached["search_p99_ms"]),
        ("timeline, all rows", plain["timeline_all_ms"], attached["timeline_all_ms"]),
        ("timeline, first 200", plain["timeline_200_ms"], attached["timeline_200_ms"]),
    ]
    print(f"\n{'':24}{'plain':>12}{'attached':>12}{'ratio':>8}   budget {SAME_RATIO:.2f}x")
    for label, without, with_ in rows:
        ratio = with_ / without if without else float("nan")
        verdict = "ok" if ratio <= SAME_RATIO else "OVER"
        print(f"{label:24}{without:>10.1f}ms{with_:>10.1f}ms{ratio:>8.2f}   {verdict}")
    if start:
        floor = start["qt floor"]["first_paint_median_ms"]
        over_floor = start["attached"]["first_paint_median_ms"] / floor
        print(f"{'qt floor first paint':24}{floor:>10.1f}ms   attached/floor {over_floor:.2f}x")


def _both(start: dict[str, dict[str, float]], key: str) -> tuple[float, float]:
    return start["plain"][key], start["attached"][key]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", default="10k", help="entries in the journal (1k, 10k, 100k)")
    parser.add_argument("--attachments", type=int, default=1000)
    parser.add_argument("--mib", type=int, default=1, help="size of each attachment")
    parser.add_argument("--repeat", type=int, default=11, help="cold starts of each")
    parser.add_argument("--backup-repeat", type=int, default=3)
    parser.add_argument("--backup-only", action="store_true", help="measure the backup alone")
    parser.add_argument("--no-start", action="store_true", help="leave out the cold starts")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write figures here")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
