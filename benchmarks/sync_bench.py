"""Sync between two computers (issue 22's budgets), two real journals in temp folders.

    cd /work/main && .venv/bin/python benchmarks/sync_bench.py --changes 1000 --repeat 5

Journal A turns sync on, B is A's copy and joins; both share one folder. Timed,
each a median over ``--repeat`` fresh rounds:

* **merge**: A writes ``--changes`` changes (new entries of a few hundred words
  and edits of them, in one change file per 100), B merges them all
  (``merge_folder``); the budget is 1 s for 1,000 changes;
* **autosave**: ``entries.save`` of a small edit with sync on (the database's
  trigger notes the entry) against the same with sync off, medians of 200 saves;
  the budget is 2 ms added;
* **writing one change**: ``share`` after one edit (sealing and writing one file,
  with its fsyncs), which the app does after the autosave, off the keystroke;
* **start-up**: whether opening a journal with sync off imports ``app.sync``
  (it must not: nothing at start-up when sync is off).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.storage.entries import RevisionPolicy
from app.sync.incoming import merge_folder
from app.sync.outgoing import share
from app.sync.session import turn_on
from app.vault.slot_secret import SlotSecret
from app.vault.wrapping import Argon2Params

PASSPHRASE = "a benchmark's passphrase"
FAST = Argon2Params(memory_kib=1024, iterations=1, lanes=1)
WORDS = [
    "the",
    "stairs",
    "tea",
    "walk",
    "message",
    "guilt",
    "home",
    "quiet",
    "door",
    "kitchen",
    "morning",
    "letter",
]
PER_FILE = 100


def opened(folder: Path) -> Journal:
    return open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE), argon2=FAST)


def prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def two_computers(root: Path) -> tuple[Journal, Journal]:
    first, _ = create_journal(JournalFiles(root / "a"), passphrase=PASSPHRASE, argon2=FAST)
    turn_on(first, root / "shared")
    first.close()
    shutil.copytree(root / "a", root / "b", ignore=shutil.ignore_patterns("*.lock"))
    a, b = opened(root / "a"), opened(root / "b")
    turn_on(b, root / "shared")
    return a, b


def merge_round(changes: int, seed: int) -> float:
    """Seconds for B to merge ``changes`` changes A wrote."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as folder:
        a, b = two_computers(Path(folder))
        ids: list[str] = []
        for number in range(changes):
            if ids and number % 3 == 2:
                entry = a.entries.get(rng.choice(ids))
                body = f"{entry.body} {prose(rng, 40)}"
                a.entries.save(entry.id, replace(entry.fields(), body=body), RevisionPolicy.ALWAYS)
            else:
                ids.append(a.entries.add(EntryFields(body=prose(rng, 300))).id)
            if number % PER_FILE == PER_FILE - 1:
                share(a)
        share(a)
        started = time.perf_counter()
        merged = merge_folder(b)
        seconds = time.perf_counter() - started
        assert merged.entries > 0
        assert not merged.refused
        a.close()
        b.close()
    return seconds


def autosave_round(saves: int) -> tuple[float, float, float]:
    """Median ms of a small save with sync off, with it on, and of writing one change."""
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as folder:
        root = Path(folder)
        journal, _ = create_journal(JournalFiles(root / "j"), passphrase=PASSPHRASE, argon2=FAST)
        entry = journal.entries.add(EntryFields(body=prose(random.Random(1), 800)))
        off = _saves(journal, entry.id, saves)
        turn_on(journal, root / "shared")
        share(journal)
        on = _saves(journal, entry.id, saves)
        writes = []
        for number in range(20):
            current = journal.entries.get(entry.id)
            journal.entries.save(
                entry.id, replace(current.fields(), body=f"{current.body} {number}")
            )
            started = time.perf_counter()
            share(journal)
            writes.append(time.perf_counter() - started)
        journal.close()
    return off, on, statistics.median(writes) * 1000


def _saves(journal: Journal, entry_id: str, saves: int) -> float:
    times = []
    for number in range(saves):
        current = journal.entries.get(entry_id)
        fields = replace(current.fields(), body=f"{current.body}{number % 10}")
        started = time.perf_counter()
        journal.entries.save(entry_id, fields)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def sync_imported_at_start() -> bool:
    """Whether opening a journal (sync off) and reading an entry imports ``app.sync``."""
    code = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, '.')\n"
        "from app.files import JournalFiles\n"
        "from app.journal import create_journal\n"
        "from app.vault.wrapping import Argon2Params\n"
        "folder = Path(tempfile.mkdtemp())\n"
        "j, _ = create_journal(JournalFiles(folder / 'j'), passphrase='p' * 12,"
        " argon2=Argon2Params(memory_kib=1024, iterations=1, lanes=1))\n"
        "j.entries.summaries()\n"
        "print(any(name.startswith('app.sync') for name in sys.modules))\n"
    )
    repo = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True
    )
    return done.stdout.strip() == "True"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    merges = [merge_round(args.changes, seed) for seed in range(args.repeat)]
    rounds = [autosave_round(args.saves) for _ in range(args.repeat)]
    figures = {
        "changes": args.changes,
        "merge_s_median": statistics.median(merges),
        "merge_s_max": max(merges),
        "save_off_ms": statistics.median(r[0] for r in rounds),
        "save_on_ms": statistics.median(r[1] for r in rounds),
        "write_one_change_ms": statistics.median(r[2] for r in rounds),
        "sync_imported_at_start": sync_imported_at_start(),
    }
    added = figures["save_on_ms"] - figures["save_off_ms"]
    print(
        f"merge {args.changes:,} changes: median {figures['merge_s_median']:.3f} s, "
        f"worst {figures['merge_s_max']:.3f} s (budget 1 s)"
    )
    print(
        f"autosave: {figures['save_off_ms']:.2f} ms off, {figures['save_on_ms']:.2f} ms on, "
        f"{added:+.2f} ms (budget +2 ms)"
    )
    print(f"writing one change file after it: {figures['write_one_change_ms']:.2f} ms")
    print(f"app.sync imported at start with sync off: {figures['sync_imported_at_start']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
