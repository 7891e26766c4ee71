"""What the settings tabs share, written once.

A tab that saves the journal's own settings as they change, a heading with the
note under it, and a row of buttons at their natural width.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.errors import KnownError
from app.journal import Journal
from app.storage.preferences import Preferences
from app.ui.widgets.kit import text_label


class PreferencesTab(QWidget):
    """A tab of the journal's own settings, each change saved as it is made.

    These settings say something private, so they live inside the encrypted
    journal, never in the plain settings file. A save that fails (a full disk)
    is said quietly in ``error`` under the controls; the controls stay as chosen.

    Signals:
        preferencesChanged(object): the stored ``Preferences`` after a change.
    """

    preferencesChanged = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.error = text_label("", "muted")
        self.error.hide()

    def preferences(self) -> Preferences:
        """The journal's settings with what this tab's controls show."""
        raise NotImplementedError

    def _column(self, heading: str, note: str) -> QVBoxLayout:
        """The tab's layout, opened by its first heading and the note under it."""
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        add_heading(layout, heading, note)
        return layout

    def _store(self, wanted: Preferences) -> None:
        try:
            stored = self._journal.preferences.save(wanted)
        except KnownError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        self.error.hide()
        self.preferencesChanged.emit(stored)


def add_heading(layout: QVBoxLayout, heading: str, note: str = "") -> None:
    """A section's heading, and the quiet sentence that explains it (if any)."""
    layout.addWidget(text_label(heading, "heading"))
    if note:
        layout.addWidget(text_label(note, "muted"))


def left_aligned(*buttons: QWidget) -> QHBoxLayout:
    """Buttons in a row at their natural width, as a calm secondary action reads."""
    row = QHBoxLayout()
    row.setSpacing(8)
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row
