"""Start the desktop app.

Until the full app lands this shows a calm placeholder window that says where the
journal lives and how to use the command line in the meantime.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from app import APP_ID, APP_NAME, __version__


class PlaceholderWindow(QMainWindow):
    """A quiet window shown until the journal screens exist."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        message = QLabel(
            self.tr(
                "<h2>Threshold</h2>"
                "<p>The writing window is on its way.</p>"
                "<p>Your journal folder is <tt>{folder}</tt>.<br>"
                "In the meantime, <tt>threshold --help</tt> shows what you can do "
                "from a terminal.</p>"
            ).format(folder=folder)
        )
        message.setTextFormat(Qt.TextFormat.RichText)
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setAccessibleName(self.tr("About this window"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(message)
        self.setCentralWidget(body)
        self.resize(560, 360)


def run_desktop_app(folder: Path) -> int:
    """Create the application, show the window and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    window = PlaceholderWindow(folder)
    window.show()
    return app.exec()


def main() -> int:
    """Entry point for ``threshold-gui``."""
    from app.paths import resolve_data_dir  # noqa: PLC0415

    return run_desktop_app(resolve_data_dir(None))
