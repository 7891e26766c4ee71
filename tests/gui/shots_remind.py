"""Screenshots of "remind me why" and of a heavy entry's notice, light and dark.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tests/gui/shots_remind.py
Writes /tmp/shots/remind-{light,dark}.png, content-note-light.png and
settings-remind-light.png, from a journal of invented entries.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.files import JournalFiles
from app.journal import open_journal
from app.records.entries import EntryFields
from app.storage.preferences import Preferences
from app.ui import main_window
from app.ui.controller import JournalController
from app.ui.launch import create_application
from app.ui.main_window import MainWindow
from app.ui.settings.dialog import SettingsDialog
from app.ui.widgets import colours, theme
from app.ui.window_state import WindowState
from app.vault.slot_secret import SlotSecret
from tests.gui.shots_main import build_journal
from tests.helpers.keystores import MemoryKeystore

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
REASONS = (
    "I want to come home to a quiet house.",
    "Every kindness came with a bill, and I was always the one paying.",
    "My health got better the months we didn't speak.",
    "Nobody should have to earn being treated gently.",
)


def fill(folder: Path, keystore: MemoryKeystore) -> None:
    secret = SlotSecret.device(next(iter(keystore.secrets.values())))
    with open_journal(JournalFiles(folder), secret) as journal:
        for reason in REASONS:
            journal.reasons.add(reason)
        journal.entries.add(
            EntryFields(
                body="The call last Christmas. I keep a note of it so I don't soften it later.",
                title="What the call was really like",
                date=dt.date(2025, 11, 25),
                marked=True,
                heavy=True,
            )
        )
        journal.preferences.save(
            Preferences(decision_date=dt.date(2026, 6, 2), show_days_since=True)
        )


def shoot(dark: bool) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    colours.force_dark(dark)
    theme.apply_theme(app)
    mode = "dark" if dark else "light"
    main_window._now = lambda: dt.datetime(2026, 11, 25, 11, 0)
    with tempfile.TemporaryDirectory() as temp:
        keystore = MemoryKeystore()
        folder = Path(temp) / "journal"
        build_journal(folder, keystore)
        fill(folder, keystore)
        controller = JournalController(JournalFiles(folder), keystore)
        window = MainWindow(controller, WindowState(Path(temp) / "window.ini"))
        window.show_start(controller.start())
        window.resize(1200, 760)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.doubt.show_remind()
        QTest.qWait(200)
        window.grab().save(str(SHOTS / f"remind-{mode}.png"))
        heavy = next(row for row in window.remind.marked._rows if row.entry.heavy)
        window.doubt.open_entry(heavy.entry.id)
        QTest.qWait(100)
        window.grab().save(str(SHOTS / f"content-note-{mode}.png"))
        dialog = SettingsDialog(controller, window)
        dialog.tabs.setCurrentIndex(2)
        dialog.show()
        QTest.qWait(100)
        dialog.grab().save(str(SHOTS / f"settings-remind-{mode}.png"))
        dialog.close()
        window.close()


def main() -> None:
    SHOTS.mkdir(exist_ok=True)
    create_application()
    for dark in (False, True):
        shoot(dark)


if __name__ == "__main__":
    main()
