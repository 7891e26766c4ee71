"""kill -9 in the middle of an export leaves nothing readable once the journal opens again.

A real child process (``export_child.py``) writes an 8 MB Markdown export again
and again, the way an export does; the test kills it at a random moment (seeded).
After each kill, the "next start" opens the journal and sweeps interrupted
exports. Then the folder may hold the export, whole, and nothing else: no temp
file, and no marker from the entries anywhere but in the finished export (the
leak scan). Half the kills use Linux's unnamed file (a kill leaves nothing even
before the sweep); half the hidden temp file other systems use, which the sweep
must remove.

Reproduce a failure with ``THRESHOLD_KILL_SEED=<seed>`` (the seed is in the message).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.export.interrupted import sweep_interrupted_exports
from app.export.model import ExportFormat, ExportOptions
from app.export.pipeline import render_export
from app.export.prepare import prepare, select_ids
from app.files import TEMP_NAME, JournalFiles
from app.journal import create_journal, open_journal
from app.records.entries import EntryFields
from app.vault.slot_secret import SlotSecret
from tests.fault.export_child import PASSPHRASE_VARIABLE
from tests.fault.killing import run_and_kill
from tests.helpers.journals import FAST_ARGON2
from tests.leak_scan import needles_for, scan

KILLS = 16
SLOW_KILLS = 200
DEFAULT_SEED = 20_261_206
MAX_DELAY = 0.6  # seconds after "ready": an 8 MB write, fsync and check take about this long
ENTRIES = 8
PARAGRAPH_WORDS = 150
PASSPHRASE = "export kill-nine passphrase"
CHILD = Path(__file__).with_name("export_child.py")


def test_a_killed_export_leaves_nothing_readable(tmp_path: Path) -> None:
    seen = run_campaign(tmp_path, KILLS)
    assert seen["kills"] == KILLS


@pytest.mark.slow
def test_a_killed_export_leaves_nothing_readable_many_times(tmp_path: Path) -> None:
    seen = run_campaign(tmp_path, SLOW_KILLS)
    assert seen["kills"] == SLOW_KILLS


def run_campaign(tmp_path: Path, kills: int) -> Counter[str]:
    """Kill an exporting child ``kills`` times, checking the folder after each next start."""
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    marker = f"Exportmark{secrets.token_hex(4)}"
    files = JournalFiles(tmp_path / "journal")
    whole = _journal_with_entries(files, marker)
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "journal.md"
    needles = needles_for("entry text", marker)
    seen: Counter[str] = Counter()
    for number in range(kills):
        mode = "unnamed" if number % 2 == 0 else "named"
        where = f"kill {number + 1} of {kills} ({mode}), seed {seed}"
        if rng.random() < 0.5:
            target.unlink(missing_ok=True)
        lines = run_and_kill(
            [sys.executable, str(CHILD), str(files.folder), str(target), mode],
            {PASSPHRASE_VARIABLE: PASSPHRASE},
            wait_for=b"ready",
            delay=lambda: rng.uniform(0, MAX_DELAY),
            who="exporting child",
            where=where,
        )
        seen["kills"] += 1
        seen["writes"] += sum(1 for words in lines if words[:1] == ["wrote"])
        left = [path for path in folder.iterdir() if TEMP_NAME.match(path.name)]
        seen[f"temp files left ({mode})"] += len(left)
        if mode == "unnamed":
            assert len(left) <= 1, f"{where}: {left}"  # only the rename's instant
        _next_start(files)
        assert sorted(folder.iterdir()) in ([], [target]), f"{where}: {list(folder.iterdir())}"
        if target.exists():
            assert target.read_bytes() == whole, f"{where}: the export is not whole"
        others = [path for path in folder.iterdir() if path != target]
        assert scan(others, needles) == [], where
    assert scan([files.folder], needles) == []
    print(f"\nexport kill -9: {dict(seen)}")
    return seen


def _journal_with_entries(files: JournalFiles, marker: str) -> bytes:
    """A journal of long entries; returns the Markdown export of all of them."""
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    paragraph = " ".join([marker, *["words"] * PARAGRAPH_WORDS])
    with journal:
        for day in range(ENTRIES):
            body = "\n\n".join([paragraph] * 900)
            date = dt.date(2026, 1, 1) + dt.timedelta(days=day)
            journal.entries.add(EntryFields(body=body, title=f"Day {day}", date=date))
        doc = prepare(journal, select_ids(journal), ExportOptions())
        return render_export(doc, ExportFormat.MARKDOWN).data


def _next_start(files: JournalFiles) -> None:
    """What the app or the command line does after opening: sweep interrupted exports."""
    with open_journal(files, SlotSecret.passphrase(PASSPHRASE)) as journal:
        sweep_interrupted_exports(journal)
        assert journal.exports.writing() == {}
