"""A quiet invitation to the check-in, shown in the evening.

No streaks, no counts, nothing red: one sentence and two buttons, and "Not
tonight" is as easy as "Begin". It appears when the journal opens in the
evening without a check-in yet, or when the reminder's time comes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from app.ui.problem_page import button, text_label


class EveningInvite(QFrame):
    """The invitation card.

    Signals:
        beginRequested(): start the check-in.
    """

    beginRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Evening check-in"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        self.text = text_label(
            self.tr("Good evening. Would you like a short check-in? It takes a few minutes.")
        )
        row.addWidget(self.text, 1)
        self.later = button(self.tr("Not tonight"), self.tr("Not tonight"))
        self.begin = button(self.tr("Begin check-in"), self.tr("Begin check-in"), primary=True)
        row.addWidget(self.later)
        row.addWidget(self.begin)
        self.later.clicked.connect(self.hide)
        self.begin.clicked.connect(self._begin)
        self.hide()

    def _begin(self) -> None:
        self.hide()
        self.beginRequested.emit()
