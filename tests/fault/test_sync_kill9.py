"""kill -9 while merging a sync folder loses nothing and merges nothing twice.

Journal A writes its entries and their edits into a shared folder, in many change
files; B is A's copy from before them. A child (``sync_child.py``) merges the
folder into a fresh copy of B (and its own copy of the folder), and is killed at a
random moment (seeded). The journal left behind must verify; merging again to the
end must leave exactly what one merge without a kill leaves: the same entries,
the same words, and the same earlier versions, none twice.

Reproduce a failure with ``THRESHOLD_KILL_SEED=<seed>``.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields, EntryFilter
from app.storage.entries import RevisionPolicy
from app.sync.outgoing import share
from app.sync.session import sync_now, turn_on
from app.vault.slot_secret import SlotSecret
from tests.fault.killing import LineReader, run_and_kill
from tests.fault.sync_child import PASSPHRASE_VARIABLE
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.paths import REPO

KILLS = 6
SLOW_KILLS = 60  # with --run-slow
DEFAULT_SEED = 20_261_208
ENTRIES = 240
PER_FILE = 20
CHILD = Path(__file__).with_name("sync_child.py")
PASSPHRASE = "kill-nine sync passphrase"


def test_kill9_while_merging_loses_nothing_and_merges_nothing_twice(tmp_path: Path) -> None:
    run_campaign(tmp_path, KILLS)


@pytest.mark.slow
def test_kill9_while_merging_many_times(tmp_path: Path) -> None:
    run_campaign(tmp_path, SLOW_KILLS)


def run_campaign(tmp_path: Path, kills: int) -> None:
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    base = _written(tmp_path)
    expected, whole = _merged_once(base, tmp_path / "reference")
    finished = 0
    for number in range(kills):
        where = f"kill {number + 1} of {kills}, seed {seed}"
        copy = tmp_path / f"copy-{number}"
        shutil.copytree(base / "b", copy / "b")
        shutil.copytree(base / "shared", copy / "shared")
        lines = run_and_kill(
            [sys.executable, str(CHILD), str(copy / "b"), str(copy / "shared")],
            {PASSPHRASE_VARIABLE: PASSPHRASE},
            wait_for=b"ready",
            delay=lambda: rng.uniform(0, whole * 0.9),
            who="child",
            where=where,
            may_finish=True,
        )
        finished += any(parts and parts[0] == "done" for parts in lines)
        with _opened(copy / "b") as journal:
            report = journal.verify()
            assert report.ok, f"{where}: {report.problems}"
            sync_now(journal)  # on to the end
            assert _contents(journal) == expected, f"{where}: not what one merge leaves"
        shutil.rmtree(copy)
    assert finished < kills, "every child finished before its kill; the test proves little"
    print(f"\n{kills} kills while merging {ENTRIES} entries: nothing lost, nothing twice")


def _opened(folder: Path) -> Journal:
    return open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE))


def _written(tmp_path: Path) -> Path:
    """A's folder of change files, and B: A's copy from before any of them."""
    base = tmp_path / "base"
    journal, _ = create_journal(JournalFiles(base / "a"), passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    turn_on(journal, base / "shared")
    journal.close()
    shutil.copytree(base / "a", base / "b", ignore=shutil.ignore_patterns("*.lock"))
    with _opened(base / "a") as first:
        ids: list[str] = []
        for number in range(ENTRIES):
            if number % 4 == 3:
                entry = first.entries.get(ids[number // 2])
                fields = replace(entry.fields(), body=f"{entry.body} and later, {number}.")
                first.entries.save(entry.id, fields, RevisionPolicy.ALWAYS)
            else:
                ids.append(first.entries.add(EntryFields(body=f"Entry {number}, " * 40)).id)
            if number % PER_FILE == PER_FILE - 1:
                share(first)
        share(first)
    return base


def _merged_once(base: Path, scratch: Path) -> tuple[object, float]:
    """What one merge without a kill leaves, and how long the child's merge takes."""
    shutil.copytree(base / "b", scratch / "b")
    shutil.copytree(base / "shared", scratch / "shared")
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(scratch / "b"), str(scratch / "shared")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE},
        cwd=REPO,
    )
    assert process.stdout is not None
    assert LineReader(process.stdout.fileno()).wait_for(b"ready")
    started = time.monotonic()
    out, errors = process.communicate(timeout=120)
    assert b"done" in out, errors.decode(errors="replace")
    seconds = time.monotonic() - started
    with _opened(scratch / "b") as journal:
        contents = _contents(journal)
    assert len(contents[0]) == ENTRIES - ENTRIES // 4
    return contents, seconds


def _contents(journal: Journal) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Every live entry's words, and every earlier version of them, in order."""
    rows = journal.entries.summaries(EntryFilter())
    words = {row.id: journal.entries.get(row.id).body for row in rows}
    versions = {
        row.id: sorted(revision.body for revision in journal.entries.revisions(row.id))
        for row in rows
    }
    return words, versions
