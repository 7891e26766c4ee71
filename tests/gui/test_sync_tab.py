"""Settings → Two computers: start with a folder, sync now, stop, all from the tab.

The second computer is a copy of the journal (a backup restored elsewhere) that
joins the same folder; what it writes comes in through "Sync now", and the tab
says so and tells the journal page to show it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.sync.session import sync_now, turn_on
from app.ui.settings.sync_tab import SyncSettings
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2

PASSPHRASE = "a tab for two computers"


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    opened, _ = create_journal(
        JournalFiles(tmp_path / "here"), passphrase=PASSPHRASE, argon2=FAST_ARGON2
    )
    return opened


def test_start_sync_now_and_stop(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "Sync"
    tab = SyncSettings(journal)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.start.isVisible() and not tab.now.isVisible()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(shared))
    qtbot.mouseClick(tab.start, Qt.MouseButton.LeftButton)
    assert tab.where.text() == f"Syncing through {shared}"
    assert tab.now.isVisible() and not tab.start.isVisible()
    assert "Last synced" in tab.when.text()

    journal.close()
    shutil.copytree(tmp_path / "here", tmp_path / "there", ignore=shutil.ignore_patterns("*.lock"))
    journal = open_journal(JournalFiles(tmp_path / "here"), SlotSecret.passphrase(PASSPHRASE))
    tab._journal = journal  # the window's journal, opened again (as after an unlock)
    other = open_journal(JournalFiles(tmp_path / "there"), SlotSecret.passphrase(PASSPHRASE))
    turn_on(other, shared)
    other.entries.add(EntryFields(body="Written on the other computer."))
    sync_now(other)
    other.close()

    with qtbot.waitSignal(tab.merged):
        qtbot.mouseClick(tab.now, Qt.MouseButton.LeftButton)
    assert "came in from the other computer" in tab.message.text()
    assert "Written on the other computer." in {
        journal.entries.get(row.id).body for row in journal.entries.summaries()
    }
    assert "merged from 1 other computer" in tab.when.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.stop, Qt.MouseButton.LeftButton)
    assert tab.start.isVisible() and journal.sync.settings() is None
    journal.close()


def test_a_folder_out_of_reach_is_said_calmly(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    tab = SyncSettings(journal)
    qtbot.addWidget(tab)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(blocked / "Sync")
    )
    qtbot.mouseClick(tab.start, Qt.MouseButton.LeftButton)
    assert "can't be reached just now" in tab.message.text()
    assert journal.sync.settings() is None  # nothing was turned on
    journal.close()
