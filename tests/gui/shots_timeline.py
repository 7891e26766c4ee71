"""Render the timeline panel in light and dark mode (a script, not a test).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_timeline.py
Writes /tmp/shots/timeline-*.png: about 40 invented entries over three months with
the calendar open, the filter bar open, and the empty state.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.records.entries import EntryFields
from app.ui.journal.timeline_view import TimelinePanel
from app.ui.widgets import colours
from app.ui.widgets.theme import apply_theme
from app.vault.wrapping import Argon2Params
from tests.helpers.keystores import MemoryKeystore

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
HEADLINES = [
    "A quiet morning, and I let myself sleep in",
    "The message came again. I didn't answer, and that was enough for today",
    "Walked by the river after work",
    "Why I left, in my own words",
    "Guilt showed up at dinner, uninvited",
    "Saying no to the holiday visit",
    "Tea with M., who listened without fixing anything",
    "The old song on the radio",
    "Remembering the good afternoon at the lake, and the evening after",
    "I am allowed to want things for myself",
    "Therapy notes: the list of reasons",
    "Tired, but steady",
    "",
]
THEMES = ["guilt", "boundaries", "hope versus reality", "autonomy", "the shield", None]


def fill(journal: Journal, count: int = 40) -> None:
    start = dt.date(2026, 11, 28)
    for n in range(count):
        journal.entries.add(
            EntryFields(
                body=f"{HEADLINES[n % len(HEADLINES)]}\n\nSome gentle words.",
                title=HEADLINES[n % len(HEADLINES)],
                date=start - dt.timedelta(days=round(n * 2.2)),
                mood=None if n % 7 == 3 else (n * 3) % 5 + 1,
                theme=THEMES[n % len(THEMES)],
                marked=n % 5 == 1,
                heavy=n % 6 == 4,
            )
        )


def shoot(panel: TimelinePanel, name: str, mode: str) -> None:
    QApplication.processEvents()
    panel.grab().save(str(SHOTS / f"timeline-{name}-{mode}.png"))


def set_mode(app: QApplication, mode: str) -> None:
    scheme = Qt.ColorScheme.Dark if mode == "dark" else Qt.ColorScheme.Light
    QGuiApplication.styleHints().setColorScheme(scheme)
    # The offscreen platform ignores setColorScheme (it stays Unknown), so tell the
    # theme directly which mode to draw.
    colours.force_dark(mode == "dark")
    apply_theme(app)
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        files = JournalFiles(Path(folder) / "journal")
        argon2 = Argon2Params(memory_kib=1024, iterations=1, lanes=1)
        journal, _ = create_journal(files, keystore=MemoryKeystore(), argon2=argon2)
        with journal:
            fill(journal)
            for mode in ("light", "dark"):
                set_mode(app, mode)
                shoot_all(journal, mode)


def shoot_all(journal: Journal, mode: str) -> None:
    panel = TimelinePanel(journal.entries)
    panel.resize(360, 720)
    panel.show()
    panel.activateWindow()
    panel.list_view.setFocus()
    panel.select_next()
    panel.select_next()
    shoot(panel, "list", mode)
    panel.calendar_button.setChecked(True)
    panel.calendar.setSelectedDate(QDate(2026, 11, 14))
    panel.calendar.dateChosen.emit(dt.date(2026, 11, 14))
    shoot(panel, "calendar", mode)
    panel.calendar_button.setChecked(False)
    panel.filter_button.setChecked(True)
    panel.filter_bar.remembered_box.setChecked(True)
    shoot(panel, "filtered", mode)
    panel.filter_bar.mood_combo.setCurrentIndex(5)
    panel.filter_bar.heavy_box.setChecked(True)
    shoot(panel, "filtered-empty", mode)
    empty = TimelinePanel(None)
    empty.resize(360, 480)
    empty.show()
    empty.set_store(EmptyStore())  # type: ignore[arg-type]
    shoot(empty, "empty", mode)
    panel.close()
    empty.close()


class EmptyStore:
    """A journal with no entries yet (enough for the empty state)."""

    def count(self, entry_filter: object = None) -> int:
        return 0

    def summaries(self, *args: object) -> list[object]:
        return []


if __name__ == "__main__":
    main()
