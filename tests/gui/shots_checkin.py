"""Screenshots of the evening check-in's pages, light and dark.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_checkin.py [--window]
Writes /tmp/shots/checkin-*.png: mood (a word chosen), pulls, tonight's prompt
(a deep one), a pause and the closing step.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from app.prompts.checkin import CheckinAnswers
from app.prompts.checkin_data import checkin_data
from app.prompts.library import shipped_library
from app.records.prompts import Prompt
from app.ui.checkin.flow import CheckinFlow
from app.ui.widgets import colours
from app.ui.widgets.theme import apply_theme

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
SIZE = (960, 680)


def save(widget: QWidget, name: str, mode: str) -> None:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}-{mode}.png"))


def main() -> None:
    SHOTS.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    library = shipped_library()
    deep = next(p for p in library.prompts if p.deep and p.theme == "hope-reality")

    def choose(_answers: CheckinAnswers, _passed: frozenset[str], _theme: str | None) -> Prompt:
        return deep

    for mode, dark in (("light", False), ("dark", True)):
        colours.force_dark(dark)
        apply_theme(app)
        flow = CheckinFlow(checkin_data(), library.themes, choose, random.Random(2))
        flow.start()
        data = checkin_data()
        cell = data.mood_cell(1, 2)
        flow.mood_page.picker._choose(cell, None)
        save(flow, "checkin-1-mood", mode)
        flow.next()
        flow.pull_page.picker._buttons["message"].setChecked(True)
        flow.pull_page.picker.own_words.setText("A song in the shop")
        save(flow, "checkin-2-pulls", mode)
        flow.next()
        save(flow, "checkin-3-prompt", mode)
        flow.show_pause()
        save(flow, "checkin-pause", mode)
        flow.show_closing()
        save(flow, "checkin-5-closing", mode)
        flow.close()


if __name__ == "__main__" and "--window" not in sys.argv:
    main()


def window_shots() -> None:
    """The check-in inside the real window: the invite, writing under a prompt, settings."""
    import datetime as dt
    import tempfile

    from PySide6.QtTest import QTest

    from app.files import JournalFiles
    from app.ui import main_window
    from app.ui.controller import JournalController
    from app.ui.main_window import MainWindow
    from app.ui.settings.dialog import SettingsDialog
    from app.ui.window_state import WindowState
    from tests.gui.shots_main import build_journal
    from tests.helpers.keystores import MemoryKeystore

    main_window._now = lambda: dt.datetime(2026, 11, 25, 21, 10)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for mode, dark in (("light", False), ("dark", True)):
        colours.force_dark(dark)
        apply_theme(app)
        with tempfile.TemporaryDirectory() as temp:
            keystore = MemoryKeystore()
            build_journal(Path(temp) / "journal", keystore)
            controller = JournalController(JournalFiles(Path(temp) / "journal"), keystore)
            window = MainWindow(controller, WindowState(Path(temp) / "window.ini"))
            window.show_start(controller.start())
            window.resize(1200, 760)
            window.show()
            QTest.qWaitForWindowExposed(window)
            QTest.qWait(200)
            window.grab().save(str(SHOTS / f"checkin-invite-{mode}.png"))
            window.evening.start()
            flow = window.checkin
            flow.mood_page.picker._buttons[(2, 2)].click()
            QTest.qWait(50)
            window.grab().save(str(SHOTS / f"checkin-window-mood-{mode}.png"))
            flow.next_button.click()
            flow.pull_page.picker._buttons["guilt"].click()
            flow.next_button.click()
            flow.choose_theme("guilt")
            flow.next_button.click()
            page = window.journal_page
            QTest.keyClicks(
                page.editor._body,
                "It sounds like my own voice at first, but the words are older than me.",
            )
            page.prompt_panel.more_button.click()
            QTest.qWait(300)
            window.grab().save(str(SHOTS / f"checkin-4-writing-{mode}.png"))
            page.prompt_panel.finish_button.click()
            flow.closing_page.done_button.click()
            dialog = SettingsDialog(controller, window)
            dialog.tabs.setCurrentIndex(1)
            dialog.show()
            QTest.qWait(100)
            dialog.grab().save(str(SHOTS / f"settings-checkin-{mode}.png"))
            dialog.close()
            from app.ui.settings.prompts_dialog import PromptsDialog

            prompts = PromptsDialog(controller.journal, window)
            prompts.show()
            QTest.qWait(100)
            prompts.grab().save(str(SHOTS / f"prompts-dialog-{mode}.png"))
            prompts.close()
            window.close()


if __name__ == "__main__" and "--window" in sys.argv:
    QApplication(sys.argv)
    window_shots()
