"""Screenshot of the export dialog (light and dark) with a name replaced and a paragraph left out.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tests/gui/shots_export.py
Writes /tmp/shots/export-{light,dark}.png.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.ui.export.dialog import ExportDialog
from app.ui.launch import create_application
from app.ui.widgets import colours, theme
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
BODY = (
    "Margaret rang about Sunday lunch again.\n\n"
    "I said no, kindly, and I didn't explain myself three times over. My hands shook "
    "afterwards, and it was still the right call.\n\n"
    "A private thought I'd rather keep to myself for now.\n\n"
    "> Acting in my own interest is allowed."
)


def main() -> None:
    SHOTS.mkdir(exist_ok=True)
    app = create_application()
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as temp:
        journal, _ = create_journal(
            JournalFiles(Path(temp) / "j"), keystore=MemoryKeystore(), argon2=FAST_ARGON2
        )
        with journal:
            entry = journal.entries.add(
                EntryFields(body=BODY, title="A small no", date=dt.date(2026, 11, 24), mood=3)
            )
            for dark in (False, True):
                colours.force_dark(dark)
                theme.apply_theme(app)
                dialog = ExportDialog(journal, [entry.id], "current entry")
                model = dialog.paragraphs
                model.setData(
                    model.index(3), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
                )
                dialog.names.model.add("Margaret", "my mother")
                dialog.cover.setPlainText("What I'd like to talk about: saying no without guilt.")
                dialog.refresh_preview()
                dialog.show()
                QTest.qWait(150)
                dialog.grab().save(str(SHOTS / f"export-{'dark' if dark else 'light'}.png"))
                dialog.close()


if __name__ == "__main__":
    main()
