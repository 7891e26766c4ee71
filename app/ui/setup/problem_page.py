"""The screen for a journal that is missing or damaged.

Why a screen of its own: when the journal can't be opened, the worst thing the app
could do is offer a fresh one in its place. This page says plainly what happened,
that nothing was changed, and where the folder is, and offers only safe actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.ui.widgets.kit import (
    SELECTABLE,
    activate_on_enter,
    button,
    centred_column,
    text_label,
)


class ProblemPage(QWidget):
    """Explains why the journal can't be opened, without touching it.

    Signals:
        showFolderRequested: the user wants to see the journal folder.
        quitRequested: the user wants to close Threshold.
        restoreRequested: the user wants to restore a backup (kept-aside, never deleted).
    """

    showFolderRequested = Signal()
    quitRequested = Signal()
    restoreRequested = Signal()

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self)
        column.addWidget(text_label(self.tr("Threshold can't open your journal"), "heading"))
        self._message = text_label()
        column.addWidget(self._message)
        self._held = text_label(self._held_words_note())
        self._held.hide()
        column.addWidget(self._held)
        column.addWidget(text_label(self._reassurance()))
        column.addWidget(self._folder_box())
        column.addSpacing(8)
        column.addLayout(self._buttons())
        if folder is not None:
            self.set_folder(folder)

    def set_problem(self, message: str) -> None:
        """Show the plain reason the journal couldn't be opened."""
        self._message.setText(message)
        self._held.hide()

    def show_held_words(self, held: bool) -> None:
        """Say where the words written just before the damage was found are (or not)."""
        self._held.setVisible(held)

    def held_words_shown(self) -> bool:
        """Whether the note about held words is shown (for tests)."""
        return self._held.isVisibleTo(self)

    def set_folder(self, folder: Path) -> None:
        """Show where the journal folder is."""
        self._folder.setText(str(folder))

    def offer_restore(self, available: bool) -> None:
        """Offer "Restore from a backup" (when there are backups), as the main way on."""
        self._restore.setVisible(available)
        for widget, primary in ((self._restore, available), (self._show_folder, not available)):
            widget.setProperty("primary", "true" if primary else "false")
            widget.style().unpolish(widget)  # the property changed: let the style see it
            widget.style().polish(widget)

    def folder_text(self) -> str:
        """The folder as shown (for tests and for the integrator's checks)."""
        return self._folder.text()

    def message_text(self) -> str:
        """The problem as shown."""
        return self._message.text()

    def showEvent(self, event: QShowEvent) -> None:
        """Start with the focus on the primary action."""
        super().showEvent(event)
        self._show_folder.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, or "Show the folder"."""
        if not activate_on_enter(self, event, self._show_folder):
            super().keyPressEvent(event)

    def _held_words_note(self) -> str:
        return self.tr(
            "What you wrote just now was not saved into the damaged file. Threshold is "
            "holding it, here in memory only, and will add it to your journal as a new "
            "entry once the journal opens again from a backup. If you quit Threshold "
            "before that, it can't be kept."
        )

    def _reassurance(self) -> str:
        return self.tr(
            "Nothing has been changed or deleted. Threshold never creates a new "
            "journal over an old one, so whatever is in the folder stays exactly as it "
            "is. If you moved the folder or have a copy of it, you can put it back in "
            "this place and open Threshold again."
        )

    def _folder_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(text_label(self.tr("Your journal folder"), "muted"))
        self._folder = text_label()
        self._folder.setTextInteractionFlags(SELECTABLE)
        self._folder.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._folder.setAccessibleName(self.tr("Journal folder"))
        layout.addWidget(self._folder)
        return box

    def _buttons(self) -> QHBoxLayout:
        self._quit = button(self.tr("&Quit"), self.tr("Quit"))
        self._show_folder = button(
            self.tr("&Show the folder"), self.tr("Show the folder"), primary=True
        )
        self._restore = button(self.tr("&Restore from a backup…"), self.tr("Restore from a backup"))
        self._restore.hide()
        self._quit.clicked.connect(self.quitRequested)
        self._show_folder.clicked.connect(self.showFolderRequested)
        self._restore.clicked.connect(self.restoreRequested)
        row = QHBoxLayout()
        row.addWidget(self._quit)
        row.addStretch(1)
        row.addWidget(self._restore)
        row.addWidget(self._show_folder)
        return row
