"""A kind notice before the text of an entry marked "heavy".

Rereading can be hard. An entry its writer marked heavy opens on this notice,
with "Show it" and "Not now", and its text appears only when asked for; once
shown, it stays shown for the rest of the session (until the journal locks).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.ui.widgets.kit import button, text_label


class ContentNote(QWidget):
    """The notice shown in place of a heavy entry's text.

    Signals:
        showRequested(): reveal the text.
        notNowRequested(): leave the text hidden and look elsewhere.
    """

    showRequested = Signal()
    notNowRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentNote")
        self.setAccessibleName(self.tr("A note before this entry"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 0, 48, 0)
        layout.addStretch(1)
        heading = text_label(self.tr("You marked this entry as heavy."), "subheading")
        words = self.tr(
            "You can read it now, or leave it for a time that feels better. Either is fine."
        )
        for label in (heading, text_label(words, "muted")):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # centred text, full width
            layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.not_now = button(self.tr("&Not now"), self.tr("Not now"))
        self.show_it = button(self.tr("&Show it"), self.tr("Show the entry"), primary=True)
        row.addWidget(self.not_now)
        row.addWidget(self.show_it)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(2)
        self.show_it.clicked.connect(self.showRequested)
        self.not_now.clicked.connect(self.notNowRequested)
