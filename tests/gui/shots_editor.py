"""Screenshots of the entry editor, light and dark: writing, preview, a failed save.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_editor.py
Writes /tmp/shots/editor-*.png. The entry is invented.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.records.entries import Entry
from app.ui.journal.editor import EntryEditor
from app.ui.widgets import colours
from app.ui.widgets.theme import apply_theme

OUT = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
SIZE = (820, 760)
NARROW = (440, 640)

BODY = """## Evening check-in

Today was **heavier** than I expected. Mum called at lunch to ask whether we would \
come on Sunday, "just for a few hours, like normal families do".

I said *no*. Not angrily, just no. My hands were shaking afterwards, and I am \
writing that down so I remember it was hard and I did it anyway.

> Acting in my own interest is allowed.

What pulled at me:

- the old guilt, the *you'll regret this* voice
- wanting her to understand, which she may never do
- a small, quiet relief underneath it all

Tomorrow I will take the long walk by the river and leave my phone at home until \
lunch. My [notes from Tuesday](https://example.org/notes) say to plan one kind thing \
for the day after a hard call.
"""


def sample_entry() -> Entry:
    now = dt.datetime(2026, 3, 12, 21, 40, tzinfo=dt.UTC)
    return Entry(
        id="0f3c2a9e-5b1d-4c1e-9a57-3d2f8e6b7c10",
        date=dt.date(2026, 3, 12),
        created=now,
        updated=now,
        title="Saying no to Sunday",
        headline="Saying no to Sunday",
        body=BODY,
        tags=("boundaries", "family", "evening"),
        mood=2,
        theme="boundaries",
        prompt=None,
        marked=True,
        heavy=False,
        trashed=None,
    )


def set_mode(app: QApplication, dark: bool) -> None:
    QGuiApplication.styleHints().setColorScheme(
        Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light
    )
    # The offscreen platform ignores setColorScheme, so the theme is told directly.
    colours.force_dark(dark)
    apply_theme(app)


def shoot(app: QApplication, dark: bool) -> None:
    set_mode(app, dark)
    suffix = "dark" if dark else "light"
    editor = EntryEditor()
    editor.resize(*SIZE)
    editor.load(sample_entry())
    editor.show()
    app.processEvents()
    editor.set_save_state("saved")
    _save(app, editor, f"editor-{suffix}")
    editor.toggle_preview()
    _save(app, editor, f"editor-preview-{suffix}")
    editor.toggle_preview()
    editor.set_save_state("failed")
    _save(app, editor, f"editor-failed-{suffix}")
    editor.highlight_matches("walk river")
    _save(app, editor, f"editor-matches-{suffix}")
    editor.clear()
    _save(app, editor, f"editor-empty-{suffix}")
    editor.load(sample_entry())
    editor.resize(*NARROW)
    _save(app, editor, f"editor-narrow-{suffix}")
    editor.close()


def _save(app: QApplication, editor: EntryEditor, name: str) -> None:
    for _ in range(3):
        app.processEvents()
    editor.grab().save(str(OUT / f"{name}.png"))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    shoot(app, dark=False)
    shoot(app, dark=True)
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
