"""Screenshots of search, the revisions dialog and the trash dialog, light and dark.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_search.py
Writes /tmp/shots/search-*.png, revisions-*.png, revisions-empty-*.png, trash-*.png,
trash-confirm-*.png and trash-empty-*.png. Every entry here is invented.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.records.entries import EntryFields
from app.storage.entries import RevisionPolicy
from app.ui.journal.revisions_dialog import RevisionsDialog
from app.ui.journal.search_panel import SearchPanel
from app.ui.journal.trash_dialog import TrashDialog
from app.ui.widgets import colours
from app.ui.widgets.theme import apply_theme
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
START = dt.datetime(2025, 2, 1, 20, 30, tzinfo=dt.UTC)

OPENINGS = [
    "Mum tried to call twice this evening.",
    "A quiet Sunday. I walked by the river and didn't check my phone once.",
    "The call came while I was cooking.",
    "Therapy today. We talked about why every call still feels like an emergency.",
    "I wrote down three things I am allowed to want.",
    "My sister sent a photo from the old kitchen.",
    "Didn't pick up the call. My hands were shaking, but I didn't.",
    "Slept nine hours. The flat is starting to feel like mine.",
    "A voicemail: 'call me back, it's about your father'. It usually isn't.",
    "Bought flowers for no reason.",
]
MIDDLES = [
    "The guilt arrived on schedule, heavy and familiar.",
    "I noticed the old urge to explain myself, and I let it pass.",
    "I reminded myself that a boundary isn't a punishment.",
    "I wanted so much for it to be different this time.",
    "Reading last month's entries helped: I remember why I left.",
    "There was a moment of real tenderness, and that is the confusing part.",
]
ENDINGS = [
    "I'll call Jo tomorrow instead; she listens without keeping score.",
    "Tonight I'm going to rest.",
    "Next time I can let it ring and still be a good person.",
    "I am allowed to take my time.",
    "Writing it down makes it smaller.",
]


class Clock:
    """A settable clock, so versions and trash times look like real evenings."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


def fill(journal: Journal, clock: Clock) -> None:
    for number in range(30):
        clock.now = START + dt.timedelta(days=number, minutes=7 * number)
        body = " ".join(
            [
                OPENINGS[number % len(OPENINGS)],
                MIDDLES[number % len(MIDDLES)],
                ENDINGS[number % len(ENDINGS)],
            ]
        )
        title = "After the call" if number == 12 else ""
        journal.entries.add(EntryFields(body=body, title=title, date=clock.now.date()))


def with_versions(journal: Journal, clock: Clock) -> str:
    clock.now = START + dt.timedelta(days=40)
    first = (
        "The holiday is coming and I can already feel the pull.\n\n"
        "Everyone expects me at the table. I keep rehearsing what I'd say."
    )
    entry = journal.entries.add(EntryFields(body=first, title="Before the holidays"))
    second = first + "\n\nMaybe I could go for an hour. Maybe it would be fine."
    third = (
        "The holiday is coming and I can already feel the pull.\n\n"
        "Everyone expects me at the table. I don't owe anyone a rehearsal.\n\n"
        "I could go for an hour, but I know how an hour turns into a week of doubt."
    )
    now = (
        "The holiday is coming and I can feel the pull, and I can let it be there.\n\n"
        "Everyone expects me at the table. I don't owe anyone a rehearsal.\n\n"
        "I'm staying home. I'll cook something warm and call Jo in the afternoon.\n\n"
        "Choosing this for me isn't choosing against anyone."
    )
    for hours, body in ((26, second), (51, third), (75, now)):
        clock.now = START + dt.timedelta(days=40, hours=hours, minutes=hours % 17)
        journal.entries.save(
            entry.id, EntryFields(body=body, title="Before the holidays"), RevisionPolicy.ALWAYS
        )
    return entry.id


def trash_some(journal: Journal, clock: Clock) -> None:
    for number, summary in enumerate(journal.entries.summaries(limit=3, offset=4)):
        clock.now = START + dt.timedelta(days=45 + number, hours=number)
        journal.entries.trash(summary.id)


def set_mode(app: QApplication, dark: bool) -> None:
    scheme = Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light
    QGuiApplication.styleHints().setColorScheme(scheme)
    # The offscreen platform ignores setColorScheme (it stays Unknown), so the
    # theme is told directly which mode to draw.
    colours.force_dark(dark)
    apply_theme(app)


def save(widget: QWidget, name: str, mode: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}-{mode}.png"))


def search_shot(journal: Journal, mode: str) -> None:
    frame = QWidget()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 16, 16, 16)
    panel = SearchPanel(journal.entries.search)
    layout.addWidget(panel)
    frame.resize(420, 640)
    frame.show()
    panel.focus_search()
    panel._field.setText("call")
    panel._run_search()
    save(frame, "search", mode)
    frame.close()


def revisions_shots(journal: Journal, entry_id: str, mode: str) -> None:
    entry = journal.entries.get(entry_id)
    dialog = RevisionsDialog(entry, journal.entries.revisions(entry_id))
    dialog.revision_list().setCurrentIndex(dialog.revision_list().model().index(1, 0))
    save(dialog, "revisions", mode)
    dialog.close()
    lonely = journal.entries.summaries(limit=1, offset=10)[0]
    empty = RevisionsDialog(journal.entries.get(lonely.id), [])
    save(empty, "revisions-empty", mode)
    empty.close()


def trash_shots(journal: Journal, mode: str) -> None:
    dialog = TrashDialog(journal.entries)
    save(dialog, "trash", mode)
    box, _ = dialog.confirmation_box(dialog.model().rowCount())
    save(box, "trash-confirm", mode)
    box.close()
    dialog.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    SHOTS.mkdir(parents=True, exist_ok=True)
    clock = Clock()
    with tempfile.TemporaryDirectory() as folder:
        files = JournalFiles(Path(folder) / "journal")
        journal, _ = create_journal(
            files, keystore=MemoryKeystore(), argon2=FAST_ARGON2, clock=clock
        )
        with journal:
            fill(journal, clock)
            entry_id = with_versions(journal, clock)
            trash_some(journal, clock)
            for mode in ("light", "dark"):
                set_mode(app, mode == "dark")
                search_shot(journal, mode)
                revisions_shots(journal, entry_id, mode)
                trash_shots(journal, mode)
            set_mode(app, False)
            empty_trash_shots(app, journal)


def empty_trash_shots(app: QApplication, journal: Journal) -> None:
    journal.entries.empty_trash()
    for mode in ("light", "dark"):
        set_mode(app, mode == "dark")
        dialog = TrashDialog(journal.entries)
        dialog.resize(560, 360)
        save(dialog, "trash-empty", mode)
        dialog.close()


if __name__ == "__main__":
    main()
