"""The main window for GUI tests: built as the app builds it, shown and settled.

The lead may change MainWindow's constructor; ``make_window`` is the one place tests
build it, so only this file follows.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.ui.controller import JournalController
from app.ui.main_window import MainWindow
from app.ui.window_state import WindowState
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore


def make_window(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path
) -> MainWindow:
    """The window on ``files``, shown on its start screen, with the first paint's work done."""
    window = started_window(qtbot, files, keystore, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def started_window(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path
) -> MainWindow:
    """The window on its start screen, not yet shown: no event has run, no check started."""
    controller = JournalController(files, keystore, FAST_ARGON2)
    window = MainWindow(controller, WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(window)
    window.show_start(controller.start())
    return window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the work put off past the first paint (input watch, preferences, prompt)."""
    first_paint = window.first_paint
    qtbot.waitUntil(lambda: first_paint.has_painted() and first_paint.pending() == 0, timeout=5000)


def keyring_window(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> tuple[MainWindow, MemoryKeystore]:
    """A new keyring journal, opened straight into its window; and the keystore holding it."""
    keystore = MemoryKeystore()
    create_journal(files, keystore=keystore, argon2=FAST_ARGON2)[0].close()
    window = make_window(qtbot, files, keystore, tmp_path)
    return window, keystore
