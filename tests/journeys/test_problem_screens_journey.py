"""Journey: a bad journal folder gets a calm problem screen, and nothing on disk changes.

Each case is a file a person's folder can really end up with (a copy gone wrong, a
``sudo`` command, a tool that left a pipe, an interrupted upgrade, a mistyped
``--data-dir``). The real app must show its problem screen within a few seconds
(never hang, never crash, never offer a new journal), say what happened in plain
words, and leave every file exactly as it was; Alt+Q ("Quit") then ends it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import create_journal
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.journeys.desktop import Desktop
from tests.journeys.journals import folder_state

pytestmark = pytest.mark.journey

WITHIN_SECONDS = 8.0  # a few seconds: the window with its problem screen, not a hang
HEADING = "Threshold can't open your journal"
NOTHING_CHANGED = "Nothing has been changed or deleted."


@dataclass(frozen=True)
class Case:
    """A broken folder: how to make it, words the screen must show, and its shot's name."""

    prepare: Callable[[Path], Path]  # makes the journal in the folder given; the --data-dir
    says: str
    shot: str = ""


def journal_in(folder: Path) -> JournalFiles:
    """A sound journal (entries don't matter here), closed."""
    files = JournalFiles(folder / "journal")
    create_journal(files, keystore=MemoryKeystore(), argon2=FAST_ARGON2)[0].close()
    return files


def keys_as_folder(folder: Path) -> Path:
    files = journal_in(folder)
    files.key_slots.unlink()
    files.key_slots.mkdir()
    (files.key_slots / "slot").write_text("not a key file")
    return files.folder


def keys_as_fifo(folder: Path) -> Path:
    files = journal_in(folder)
    files.key_slots.unlink()
    os.mkfifo(files.key_slots, 0o600)  # opening it to read would wait for a writer forever
    return files.folder


def keys_deeply_nested(folder: Path) -> Path:
    files = journal_in(folder)
    depth = 30_000  # under the key file's 64 KiB limit, far past Python's recursion limit
    files.key_slots.write_text("[" * depth + "]" * depth)
    return files.folder


def empty_database(folder: Path) -> Path:
    files = journal_in(folder)
    files.database.write_bytes(b"")  # as a crash before the first write could leave it
    return files.folder


def data_dir_is_a_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("Shopping: bread, tea.\n")
    return path


CASES = {
    "keys-folder": Case(keys_as_folder, "journal.keys"),
    "keys-fifo": Case(keys_as_fifo, "journal.keys", shot="problem-key-file-special"),
    "keys-nested": Case(keys_deeply_nested, "key file"),
    "empty-database": Case(empty_database, "empty", shot="problem-empty-journal"),
    "data-dir-file": Case(data_dir_is_a_file, "notes.txt"),
}
RUNS = [
    pytest.param(name, appearance, id=f"{name}-{appearance}")
    for name, case in CASES.items()
    for appearance in (("light", "dark") if case.shot else ("light",))
]


@pytest.mark.parametrize(("name", "appearance"), RUNS)
def test_a_bad_folder_gets_a_calm_problem_screen_and_stays_as_it_was(
    desktop: Desktop, tmp_path: Path, name: str, appearance: str
) -> None:
    case = CASES[name]
    around = tmp_path / "folder"  # the data dir and what is beside it
    around.mkdir()
    data_dir = case.prepare(around)
    before = folder_state(around)

    app = desktop.launch(data_dir, appearance, within=WITHIN_SECONDS)
    app.screen.wait_for_label(HEADING)
    shown = app.screen.labels()
    message = shown[shown.index(HEADING) + 1]
    assert case.says in message, shown
    assert NOTHING_CHANGED in " ".join(shown), shown
    if case.shot:
        desktop.shoot(app, app.main_window(), case.shot)

    app.xdo.key("alt+q")  # "Quit"
    assert app.wait_exit() == 0, app.stderr()
    assert folder_state(around) == before
