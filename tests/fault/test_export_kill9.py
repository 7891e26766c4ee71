"""kill -9 in the middle of an export leaves nothing readable once the journal opens again.

A real child process (``export_child.py``) writes an 8 MB Markdown export again
and again, the way an export does; the test kills it at a random moment (seeded).
After each kill, the "next start" opens the journal and sweeps interrupted
exports. Then the folder may hold the export, whole, and nothing else: no temp
file, and no marker from the entries anywhere but in the finished export (the
leak scan). Half the kills use Linux's unnamed file (a kill leaves nothing even
before the sweep); half the hidden temp file other systems use, which the sweep
must remove.

A Markdown export with pictures also writes a folder beside the file: after a
kill and the next start, every file has its whole folder, every folder its file,
no staging folder is left, and no picture's metadata marker is anywhere.

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
from app.media.intake import incoming_from_bytes
from app.records.attachments import reference
from app.records.entries import EntryFields
from app.vault.slot_secret import SlotSecret
from tests.fault.export_child import PASSPHRASE_VARIABLE
from tests.fault.killing import run_and_kill
from tests.helpers.images import jpeg_bytes, pdf_bytes, png_bytes
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


# ---------------------------------------------------------------------- with pictures

FOLDER_KILLS = 8


def test_a_killed_export_with_pictures_leaves_no_half_folder(tmp_path: Path) -> None:
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    marker = f"PICMARK{secrets.token_hex(8)}"
    files = JournalFiles(tmp_path / "journal")
    _journal_with_pictures(files, marker)
    folder = tmp_path / "stick"
    folder.mkdir()
    needles = needles_for("picture metadata", marker)
    for number in range(FOLDER_KILLS):
        where = f"kill {number + 1} of {FOLDER_KILLS} (folder), seed {seed}"
        run_and_kill(
            [
                sys.executable,
                str(CHILD),
                str(files.folder),
                str(folder / f"k{number}.md"),
                "folder",
            ],
            {PASSPHRASE_VARIABLE: PASSPHRASE},
            wait_for=b"ready",
            delay=lambda: rng.uniform(0, 0.3),
            who="exporting child",
            where=where,
        )
        _next_start(files)
        _only_whole_exports(folder, where)
        assert scan([folder], needles, inflate=True) == [], where


def _journal_with_pictures(files: JournalFiles, marker: str) -> None:
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    with journal:
        entry = journal.entries.add(EntryFields(body="Kept.", date=dt.date(2026, 12, 7)))
        made = [png_bytes(marker=marker), jpeg_bytes(marker=marker), pdf_bytes(marker=marker)]
        kept = [
            journal.attachments.add(entry.id, incoming_from_bytes(data, f"f{n}"))
            for n, data in enumerate(made)
        ]
        body = "\n\n".join(["Kept.", *(reference(item) for item in kept)])
        journal.entries.save(entry.id, EntryFields(body=body, date=dt.date(2026, 12, 7)))


def _only_whole_exports(folder: Path, where: str) -> None:
    """Each export's file with its folder of three, nothing hidden, nothing alone."""
    names = {path.name for path in folder.iterdir()}
    assert not [name for name in names if name.startswith(".")], f"{where}: {names}"
    files = {name[: -len(".md")] for name in names if name.endswith(".md")}
    folders = {name[: -len(" files")] for name in names if name.endswith(" files")}
    assert files == folders, f"{where}: {sorted(names)}"
    for stem in folders:
        assert len(list((folder / f"{stem} files").iterdir())) == 3, f"{where}: {stem}"
