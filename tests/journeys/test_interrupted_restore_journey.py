"""Journey: a restore cut off mid-swap; the next start opens the restored journal at once.

The folder is left as a crash inside ``app.restore_swap`` leaves it: the backup
staged beside the journal, the mark written, and only some parts of the current
journal moved aside. The app must finish the swap before anything reads the
journal, open the backup's journal through the keyring straight away (no setup,
no problem screen), show its entries, and take a new entry typed key by key.
The journal it replaced stays whole in ``replaced-…/``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.copies import keys_beside
from app.files import JournalFiles, write_private_file_atomically
from app.restore_swap import restore_mark, stage, staged_database, staged_key_slots
from tests.helpers.keyring import KeyringJournal
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry, entries, succeeds
from tests.journeys.typing_text import type_paragraphs, words
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

IN_BACKUP = ("Before the backup", "I kept the letter.\n\nThen I put it away.")
AFTER_BACKUP = ("After the backup", "Written once the backup was taken.")
TYPED = ("Back in my journal tonight.", "The restore finished by itself, and my words are here.")
ASIDE = "replaced-20250301-201500"


def moved_the_database_only(files: JournalFiles, aside: Path) -> None:
    """Cut off after the first move: the database aside, the old key file still in place."""
    os.replace(files.database, aside / files.database.name)


def moved_all_and_renamed_the_database(files: JournalFiles, aside: Path) -> None:
    """Cut off later: every old part aside, the new database in, its key slots not yet."""
    for part in [*sorted(files.folder.glob("journal.db*")), files.key_slots]:
        os.replace(part, aside / part.name)
    os.replace(staged_database(files), files.database)


@pytest.mark.parametrize(
    "interrupted",
    [moved_the_database_only, moved_all_and_renamed_the_database],
    ids=["database-moved", "keys-not-renamed"],
)
def test_the_app_finishes_an_interrupted_restore_and_opens_the_backup(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    interrupted: Callable[[JournalFiles, Path], None],
) -> None:
    journal = keyring_journal()
    files = JournalFiles(journal.folder)
    add_entry(files.folder, *IN_BACKUP)
    backup = back_up(files.folder, tmp_path / "usb-stick")
    add_entry(files.folder, *AFTER_BACKUP)
    crash_mid_swap(files, backup, interrupted)

    app = desktop.launch(files.folder, "light")
    title = app.screen.wait_for_text("Title", IN_BACKUP[0])
    assert title and not (files.folder / restore_mark(files).name).exists()
    assert [entry["title"] for entry in entries(files.folder)] == [IN_BACKUP[0]]

    app.xdo.key("ctrl+n")
    app.screen.wait_for_focus("Entry text")
    type_paragraphs(app.xdo, TYPED)
    saved = wait_for(
        lambda: next((e for e in entries(files.folder) if words(e["body"]) == words(*TYPED)), None),
        "the typed entry to be saved with every word",
    )
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    kept = [e["title"] for e in entries(files.folder)]
    assert sorted(kept) == sorted([IN_BACKUP[0], saved["title"]])
    aside = [e["title"] for e in entries(files.folder / ASIDE)]
    assert sorted(aside) == sorted([IN_BACKUP[0], AFTER_BACKUP[0]])  # the old journal, whole


def back_up(folder: Path, target: Path) -> Path:
    """``threshold backup --to TARGET``; the backup's database file."""
    succeeds("backup", "--to", str(target), folder=folder)
    (database,) = target.glob("threshold-*.db")
    return database


def crash_mid_swap(
    files: JournalFiles, backup: Path, interrupted: Callable[[JournalFiles, Path], None]
) -> None:
    """Stage, mark and part of the swap, in the order app.restore_swap does them."""
    aside = files.folder / ASIDE
    stage(files, backup, keys_beside(backup), aside)
    write_private_file_atomically(restore_mark(files), json.dumps({"aside": ASIDE}).encode())
    interrupted(files, aside)
    assert staged_key_slots(files).exists()
