"""When writing pauses, the window folds the log in and tidies the search index in small steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.storage.entries import EntryStore
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window


def test_idle_tidies_in_steps_and_typing_stops_it(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        for n in range(60):  # each write leaves an index segment for tidying to merge
            words = " ".join(f"w{n}x{k}" for k in range(200))
            journal.entries.add(EntryFields(body=f"entry{n} {words}"))
    steps: list[bool] = []
    original = EntryStore.tidy_search_index

    def counting(self: EntryStore, pages: int = 100) -> bool:
        more = original(self, pages=2)  # tiny steps, so there are several
        steps.append(more)
        return more

    monkeypatch.setattr(EntryStore, "tidy_search_index", counting)
    window = make_window(qtbot, files, keystore, tmp_path)
    page = window.journal_page
    page.upkeep.checkpoint()  # what the idle timer calls ten seconds after the last save
    qtbot.keyClicks(page.editor._body, "x")  # typing again before the first step
    qtbot.wait(200)
    assert steps == [], "tidying went on while the user typed"
    qtbot.waitUntil(lambda: not page.autosaver.is_dirty(), timeout=3000)
    page.upkeep.checkpoint()
    qtbot.waitUntil(lambda: bool(steps) and steps[-1] is False, timeout=10_000)
    assert steps[0] is True  # there was merging to do, in steps until none was left
