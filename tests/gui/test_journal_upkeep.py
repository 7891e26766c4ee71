"""The journal's upkeep, without a window: outside writes are news, the window's own are not."""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from app.errors import KnownError
from app.journal import Journal
from app.ui.journal import upkeep
from app.ui.journal.upkeep import JournalUpkeep


class FakeEntries:
    def __init__(self) -> None:
        self.tidied = 0

    def tidy_search_index(self) -> bool:
        self.tidied += 1
        return self.tidied < 3  # two more steps after the first, then done


class FakeSync:
    """Sync, off (the sync itself is tested with real journals)."""

    def settings(self) -> None:
        return None


class FakeJournal:
    """What upkeep reads: a data version that changes on every write, and the two chores."""

    def __init__(self) -> None:
        self.version = 1
        self.entries = FakeEntries()
        self.full = False
        self.closed = False
        self.sync = FakeSync()

    def data_version(self) -> int:
        return self.version

    def checkpoint(self) -> None:
        if self.full:
            raise KnownError("The disk is full.")


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upkeep, "EXTERNAL_CHANGE_POLL_MS", 10)
    monkeypatch.setattr(upkeep, "TIDY_STEP_GAP_MS", 1)


def started(journal: FakeJournal, dirty: bool = False) -> JournalUpkeep:
    keeper = JournalUpkeep(lambda: dirty)
    keeper.start(cast(Journal, journal))
    return keeper


def test_a_write_from_elsewhere_is_news_and_the_windows_own_is_not(
    qtbot: QtBot, fast: None
) -> None:
    journal = FakeJournal()
    keeper = started(journal)
    news: list[bool] = []
    keeper.changedElsewhere.connect(lambda: news.append(True))
    journal.version = 2  # this window saved
    keeper.saved()
    qtbot.wait(60)
    assert news == []
    journal.version = 3  # the command line wrote
    with qtbot.waitSignal(keeper.changedElsewhere, timeout=1000):
        pass
    qtbot.wait(60)
    assert news == [True]  # told once, not on every poll
    keeper.stop()
    journal.version = 4
    qtbot.wait(60)
    assert news == [True]  # a closed journal is nobody's news


def test_a_pause_checkpoints_then_tidies_until_done(qtbot: QtBot, fast: None) -> None:
    journal = FakeJournal()
    keeper = started(journal)
    with qtbot.waitSignal(keeper.writingPaused, timeout=1000):
        keeper.checkpoint()
    qtbot.waitUntil(lambda: journal.entries.tidied == 3, timeout=1000)
    qtbot.wait(20)
    assert journal.entries.tidied == 3
    keeper.stop()


def test_no_tidying_while_typing_waits_nor_after_a_failed_checkpoint(
    qtbot: QtBot, fast: None
) -> None:
    journal = FakeJournal()
    keeper = started(journal, dirty=True)
    keeper.checkpoint()
    qtbot.wait(30)
    assert journal.entries.tidied == 0
    journal.full = True
    keeper = started(journal)
    paused: list[bool] = []
    keeper.writingPaused.connect(lambda: paused.append(True))
    keeper.checkpoint()
    qtbot.wait(30)
    assert (paused, journal.entries.tidied) == ([], 0)
    keeper.stop()
