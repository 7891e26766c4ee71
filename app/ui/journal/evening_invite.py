"""A quiet invitation to the check-in, shown in the evening.

No streaks, no counts, nothing red: one sentence and two buttons, and "Not
tonight" is as easy as "Begin". It appears when the journal opens in the
evening without a check-in yet, or when the reminder's time comes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QWidget

from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.kit import button, text_label


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
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(16, 8, 8, 8)
        self.text = text_label(
            self.tr("Good evening. Would you like a short check-in? It takes a few minutes.")
        )
        self._row.addWidget(self.text, 1)
        self.later = button(self.tr("Not tonight"), self.tr("Not tonight"))
        self.begin = button(self.tr("Begin check-in"), self.tr("Begin check-in"), primary=True)
        buttons = QWidget(self)
        self._buttons = FlowLayout(buttons)  # wraps rather than cutting a button's words
        self._buttons.addWidget(self.later)
        self._buttons.addWidget(self.begin)
        self._row.addWidget(buttons)
        self.later.clicked.connect(self.hide)
        self.begin.clicked.connect(self._begin)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Buttons beside the words when there is room, below them when there is not.

        Squeezed beside the buttons at large fonts, the words would need many
        short lines and get cut off. The height follows once the layout has the
        new width (a width-dependent height is not asked for by Qt's layouts).
        """
        spare = event.size().width() - self._buttons.sizeHint().width() - 40
        one_line = self.text.fontMetrics().horizontalAdvance(self.text.text())
        wide = spare * 2 >= one_line * 1.25  # two lines beside the buttons, with room
        self._row.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        needed = self._row.heightForWidth(self.width()) + 4  # rounding between rows
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def _begin(self) -> None:
        self.hide()
        self.beginRequested.emit()
