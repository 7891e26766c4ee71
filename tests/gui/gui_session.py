"""A whole desktop session in one process, for the GUI leak test.

Usage: python tests/gui/gui_session.py DATA_DIR BODY TITLE TAG
Creates a passphrase journal (THRESHOLD_SESSION_PASSPHRASE) through the setup
screen's signals, writes two entries by typing into the real widgets, waits for
autosave, searches, and quits through the window's close. Run offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtTest import QTest

from app.ui.launch import build_window, create_application

AUTOSAVE_WAIT_MS = 1500


def main(folder: Path, body: str, title: str, tag: str) -> int:
    """Run the session; exit status 0 when the window closed cleanly."""
    app = create_application()
    window = build_window(folder)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.setup.createRequested.emit(os.environ["THRESHOLD_SESSION_PASSPHRASE"])
    window.setup.finished.emit()
    page = window.journal_page
    editor = page.editor
    QTest.keyClicks(editor._title, title)
    QTest.keyClicks(editor._tags, tag)
    QTest.keyClicks(editor._body, f"Tonight I wrote {body} and then rested.")
    QTest.qWait(AUTOSAVE_WAIT_MS)
    page.new_entry()
    QTest.keyClicks(editor._body, f"A second evening. {body} again.")
    page.search.focus_search()
    QTest.keyClicks(page.search._field, body[:14])
    QTest.qWait(600)
    window.close()
    app.processEvents()
    return 0 if not window.controller.is_open() else 1


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), *sys.argv[2:5]))
