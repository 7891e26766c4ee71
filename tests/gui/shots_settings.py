"""Screenshots of the settings dialog (light and dark).

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python tests/gui/shots_settings.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.files import JournalFiles
from app.journal import create_journal
from app.presentation import Presentation
from app.ui.controller import JournalController
from app.ui.launch import create_application
from app.ui.settings.dialog import SettingsDialog
from app.ui.widgets import colours, theme
from tests.helpers.keystores import MemoryKeystore


def main() -> None:
    """Save settings-light/dark.png settings-screen-light/dark.png (the On screen
    tab) and settings-pictures-light/dark.png."""
    out = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))
    )
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    assert isinstance(app, QApplication)
    for dark in (False, True):
        colours.force_dark(dark)
        theme.apply_theme(app)
        with tempfile.TemporaryDirectory() as temp:
            files, keystore = JournalFiles(Path(temp) / "j"), MemoryKeystore()
            create_journal(files, keystore=keystore)[0].close()
            controller = JournalController(files, keystore)
            controller.start()
            presentation = (Path(temp) / "presentation.ini", Presentation())
            dialog = SettingsDialog(controller, presentation=presentation)
            dialog.show()
            QTest.qWaitForWindowExposed(dialog)
            mode = "dark" if dark else "light"
            dialog.grab().save(str(out / f"settings-{mode}.png"))
            dialog.show_page(dialog.on_screen)
            QTest.qWait(50)
            dialog.grab().save(str(out / f"settings-screen-{mode}.png"))
            dialog.show_page(dialog.pictures)
            QTest.qWait(50)
            dialog.grab().save(str(out / f"settings-pictures-{mode}.png"))
            dialog.close()
            controller.lock()


if __name__ == "__main__":
    main()
