"""kill -9 during an import leaves the journal exactly as it was before it.

A child (``import_child.py``) imports a folder of Markdown notes with pictures in
one transaction, saying ``ready`` once the source is read and ``done`` once it has
committed. Killed at a random moment (seeded) from a copy of the same journal each
time, the journal left behind must verify, and hold either everything it had before
and nothing more, or (only when the child got to commit) every note and picture.

Reproduce a failure with ``THRESHOLD_KILL_SEED=<seed>``.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.records.entries import EntryFields
from app.vault.slot_secret import SlotSecret
from tests.fault.import_child import PASSPHRASE_VARIABLE
from tests.fault.killing import LineReader, run_and_kill
from tests.helpers.images import png_bytes
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.paths import REPO

KILLS = 6
SLOW_KILLS = 60  # with --run-slow
DEFAULT_SEED = 20_261_207
NOTES = 240
PICTURE_EVERY = 4
BEFORE = 3
CHILD = Path(__file__).with_name("import_child.py")
PASSPHRASE = "kill-nine import passphrase"


def test_kill9_during_an_import_leaves_the_journal_as_it_was(tmp_path: Path) -> None:
    run_campaign(tmp_path, KILLS)


@pytest.mark.slow
def test_kill9_during_an_import_many_times(tmp_path: Path) -> None:
    run_campaign(tmp_path, SLOW_KILLS)


def run_campaign(tmp_path: Path, kills: int) -> None:
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    notes = _notes(tmp_path / "notes")
    base = JournalFiles(tmp_path / "base")
    journal, _ = create_journal(base, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    with journal:
        for number in range(BEFORE):
            journal.entries.add(EntryFields(body=f"written here {number}"))
    whole = _time_one_import(base, notes, tmp_path / "timing")
    committed = 0
    for number in range(kills):
        where = f"kill {number + 1} of {kills}, seed {seed}"
        files = JournalFiles(tmp_path / f"journal-{number}")
        shutil.copytree(base.folder, files.folder)
        lines = run_and_kill(
            [sys.executable, str(CHILD), str(files.folder), str(notes)],
            {PASSPHRASE_VARIABLE: PASSPHRASE},
            wait_for=b"ready",
            delay=lambda: rng.uniform(0, whole * 0.9),
            who="child",
            where=where,
            may_finish=True,
        )
        done = any(parts and parts[0] == "done" for parts in lines)
        committed += done
        with open_journal(files, SlotSecret.passphrase(PASSPHRASE)) as opened:
            report = opened.verify()
            assert report.ok, f"{where}: {report.problems}"
            counts = (opened.entries.count(), opened.attachments.count())
        everything = (BEFORE + NOTES, NOTES // PICTURE_EVERY)
        assert counts in {(BEFORE, 0), everything}, f"{where}: a half import: {counts}"
        if done:
            assert counts == everything, f"{where}: said done, kept {counts}"
        shutil.rmtree(files.folder)
    assert committed < kills, "every child finished before its kill; the test proves little"
    print(f"\n{kills} kills during an import of {NOTES} notes: none left half an import")


def _notes(folder: Path) -> Path:
    (folder / "pictures").mkdir(parents=True)
    for number in range(NOTES):
        text = f"---\ndate: 2023-01-{number % 28 + 1:02d}\ntags: [moved]\n---\nA note, {number}.\n"
        if number % PICTURE_EVERY == 0:
            (folder / "pictures" / f"p{number}.png").write_bytes(png_bytes(48, 48))
            text += f"\n![a picture](pictures/p{number}.png)\n"
        (folder / f"note-{number:04d}.md").write_text(text, encoding="utf-8")
    return folder


def _time_one_import(base: JournalFiles, notes: Path, scratch: Path) -> float:
    """How long one whole import takes here after ``ready`` (the kills fall inside it)."""
    shutil.copytree(base.folder, scratch)
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(scratch), str(notes)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE},
        cwd=REPO,
    )
    assert process.stdout is not None
    assert LineReader(process.stdout.fileno()).wait_for(b"ready")
    started = time.monotonic()
    out, errors = process.communicate(timeout=120)
    assert f"done {NOTES}".encode() in out, errors.decode(errors="replace")
    return time.monotonic() - started
