"""What pulled at me today: quick choices and, optionally, my own words.

"Nothing in particular" stands apart from the rest: choosing it clears the
others, and choosing any other clears it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.prompts.checkin_data import NOTHING_PULL, Pull
from app.ui.widgets.mood_picker import chip

COLUMNS = 2
MAX_OWN_CHARS = 120


class PullPicker(QWidget):
    """Several quick choices plus a line for one's own words.

    Signals:
        pullsChanged(object): the chosen pulls, a tuple of preset ids and own words.
    """

    pullsChanged = Signal(object)

    def __init__(self, pulls: tuple[Pull, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, pull in enumerate(pulls):
            widget = chip(pull.label, pull.label)
            widget.toggled.connect(lambda on, pid=pull.id: self._toggled(pid, on))
            self._buttons[pull.id] = widget
            grid.addWidget(widget, index // COLUMNS, index % COLUMNS)
        layout.addLayout(grid)
        self.own_words = QLineEdit()
        self.own_words.setMaxLength(MAX_OWN_CHARS)
        self.own_words.setPlaceholderText(self.tr("Or in your own words…"))
        self.own_words.setAccessibleName(self.tr("What pulled at you, in your own words"))
        self.own_words.textChanged.connect(lambda _text: self.pullsChanged.emit(self.pulls()))
        layout.addWidget(self.own_words)

    def pulls(self) -> tuple[str, ...]:
        """The chosen preset ids in display order, then the user's own words."""
        chosen = [pid for pid, widget in self._buttons.items() if widget.isChecked()]
        own = " ".join(self.own_words.text().split())
        return (*chosen, own) if own else tuple(chosen)

    def set_pulls(self, pulls: tuple[str, ...]) -> None:
        """Show these pulls as chosen (unknown ones become the own words)."""
        for pid, widget in self._buttons.items():
            widget.blockSignals(True)
            widget.setChecked(pid in pulls)
            widget.blockSignals(False)
        own = [p for p in pulls if p not in self._buttons]
        self.own_words.setText(own[0] if own else "")

    def first_button(self) -> QPushButton:
        """Where the focus goes when the step opens."""
        return next(iter(self._buttons.values()))

    def _toggled(self, pull_id: str, on: bool) -> None:
        if on:
            others = [p for p in self._buttons if p != pull_id]
            clear = others if pull_id == NOTHING_PULL else [NOTHING_PULL]
            for pid in clear:
                widget = self._buttons.get(pid)
                if widget is not None and widget.isChecked():
                    widget.blockSignals(True)
                    widget.setChecked(False)
                    widget.blockSignals(False)
        self.pullsChanged.emit(self.pulls())
