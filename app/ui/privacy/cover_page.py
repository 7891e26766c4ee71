"""A plain, empty window that quick hide can show instead of hiding everything.

Why: a window that vanishes when someone walks in can itself draw attention. The
cover looks like an ordinary, empty notes window under the name and icon the user
chose, in the main window's place, with no menus. It holds no journal text and
keeps nothing: whatever is typed on it is dropped when it goes (never saved; the
journal is already locked). Shift three times, or the hide shortcut, leaves it for
the unlock screen; closing it quits the app as closing the main window would.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.presentation import display_name


class CoverWindow(QWidget):
    """An empty text area filling a window, with nothing else on it.

    Signals:
        closeRequested(): the user closed the cover's window.
    """

    closeRequested = Signal()

    def __init__(self) -> None:
        super().__init__(None)
        self.pad = QPlainTextEdit(self)
        self.pad.setFrameShape(QFrame.Shape.NoFrame)
        self.pad.setAccessibleName(self.tr("Notes"))
        self.pad.setUndoRedoEnabled(False)  # nothing typed here lingers in an undo stack
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.pad)

    def show_in_place_of(self, window: QWidget) -> None:
        """Show the cover where ``window`` is, under the app's (chosen) name."""
        self.setWindowTitle(display_name())
        self.setGeometry(window.geometry())
        self.show()
        self.raise_()
        self.activateWindow()
        self.pad.setFocus()

    def take_down(self) -> None:
        """Hide the cover and drop anything typed on it."""
        self.pad.clear()
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the cover closes the app (the journal is already locked)."""
        self.pad.clear()
        event.accept()
        self.closeRequested.emit()
