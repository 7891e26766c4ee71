"""The window each screen starts from, for the walks over ``screens.SCREENS``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.ui.main_window import MainWindow
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window

# Larger fonts are tried on a common laptop screen, as a person who needs them would
# have it; the normal font at the window's smallest size.
COMMON_SCREEN = (1280, 800)
BODY = "A quiet evening.\n\nI said no to Sunday lunch, and the world went on.\n\n- tea\n- bed"
TITLE = "A small no"
# What the test journals' person wrote, here and in ``fill_with_patterns``.
WRITTEN = (BODY, TITLE, "An evening, 45 days ago.", "days ago", "An evening")


def window_for(
    start: str, qtbot: QtBot, files: JournalFiles, tmp_path: Path, scale: float = 1.0
) -> MainWindow:
    """The window on ``start`` ("journal", "first run" or "unlock"), sized for ``scale``."""
    keystore = MemoryKeystore()
    if start == "journal":
        journal, _ = create_journal(files, keystore=keystore)
        journal.entries.add(EntryFields(body=BODY, title=TITLE))
        journal.close()
    elif start == "unlock":
        create_journal(files, passphrase="late light", argon2=FAST_ARGON2)[0].close()
    window = make_window(qtbot, files, keystore, tmp_path)  # shown, first paint settled
    window.resize(window.minimumSize() if scale < 1.2 else QSize(*COMMON_SCREEN))
    qtbot.wait(250)  # the evening invite and the timeline fill in after the first frame
    return window


def settle() -> None:
    """Let layouts that depend on width settle over a few passes."""
    for _ in range(3):
        QApplication.processEvents()
