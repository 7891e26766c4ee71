"""Screenshots of the whole window (light and dark) for the README.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_main.py [OUT_DIR]
Builds a journal of gentle, invented entries in a temp folder with an in-memory
keyring, opens the real window on it, and saves PNGs.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.ui.controller import JournalController
from app.ui.launch import create_application
from app.ui.main_window import MainWindow
from app.ui.widgets import colours, theme
from app.ui.window_state import WindowState
from tests.helpers.keystores import MemoryKeystore

ENTRIES = [
    (
        "A small no",
        "boundaries",
        3,
        True,
        "## What pulled at me\n\nMum called about Sunday lunch. I said I wouldn't come this "
        "time, and I didn't explain myself three times over.\n\nMy hands shook afterwards. "
        "It was still the right call.\n\n> Acting in my own interest is allowed.",
    ),
    (
        "",
        "guilt",
        2,
        False,
        "The old guilt came back tonight, the one that says I owe them my calm. I noticed it "
        "and let it sit there without obeying it.",
    ),
    (
        "Walk by the river",
        "",
        4,
        False,
        "Long walk after work. The light on the water was soft and nobody needed anything "
        "from me for an hour.",
    ),
    (
        "Why I left",
        "decision",
        3,
        True,
        "- I was always the one holding things together\n- Every kindness came with a bill\n"
        "- I want a quiet home",
    ),
    ("", "aftershock", 2, False, "A heavy day. I'm writing it down so I don't carry it alone."),
]


def build_journal(folder: Path, keystore: MemoryKeystore) -> None:
    """Fill a new journal with invented entries over three months."""
    journal, _ = create_journal(JournalFiles(folder), keystore=keystore)
    today = dt.date(2026, 11, 24)
    with journal:
        for n in range(36):
            title, theme_name, mood, marked, body = ENTRIES[n % len(ENTRIES)]
            journal.entries.add(
                EntryFields(
                    body=body,
                    title=title,
                    date=today - dt.timedelta(days=n * 2 + n % 3),
                    tags=("evening",) if n % 4 == 0 else (),
                    mood=mood,
                    theme=theme_name or None,
                    marked=marked and n < 10,
                    heavy=theme_name == "aftershock",
                )
            )


def shoot(out: Path, dark: bool) -> None:
    """One screenshot of the open journal in the given mode."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    colours.force_dark(dark)
    theme.apply_theme(app)
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
        mode = "dark" if dark else "light"
        window.grab().save(str(out / f"main-{mode}.png"))
        window.journal_page.editor.toggle_preview()
        QTest.qWait(400)
        window.grab().save(str(out / f"main-preview-{mode}.png"))
        window.close()


def main() -> None:
    """Save the screenshots."""
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
    )
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    for dark in (False, True):
        shoot(out, dark)


if __name__ == "__main__":
    main()
