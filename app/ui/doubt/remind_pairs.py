"""Remind me why's "What happened next": a short list of linked pairs, read side by side.

In a moment of doubt, a promise beside what came of it says more than either
alone. The page lists the pairs quietly (both days, both headlines); Return on
one opens them side by side in a window of their own (``PairsView``), which
closes when the journal locks like every dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListView, QVBoxLayout, QWidget

from app.errors import KnownError
from app.ui.forgetting import ForgetsOnLock
from app.ui.journal.next_pairs import PairsView
from app.ui.journal.pair_models import LinkRole, PairRow, PairsModel, rows_high
from app.ui.widgets.kit import text_label
from app.ui.widgets.lists import list_view
from app.ui.widgets.rows import TwoLineRowDelegate

if TYPE_CHECKING:
    from app.journal import Journal

SHOWN_ROWS = 3


class RemindPairs(QWidget, ForgetsOnLock):
    """The section: its title and the pairs, shown only when there are some."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PairsModel(self)
        self._journal: Journal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = text_label(self.tr("What happened next"), "subheading")
        delegate = TwoLineRowDelegate(LinkRole.DetailRole)
        self.list = list_view(QListView(self), self.model, delegate, self.tr("What happened next"))
        self.list.setMaximumHeight(rows_high(self.list, SHOWN_ROWS))
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.list.activated.connect(self._open)
        self.setVisible(False)

    def open(self, journal: Journal) -> None:
        """Read the pairs of live entries (none: the section stays hidden)."""
        self._journal = journal
        try:
            rows = [
                PairRow(
                    pair,
                    journal.entries.get(pair.earlier).summary(),
                    journal.entries.get(pair.later).summary(),
                )
                for pair in journal.links.pairs()
            ]
        except KnownError:
            rows = []
        self.model.set_pairs(rows)
        self.setVisible(bool(rows))

    def forget(self) -> None:
        """The journal is locking: the pairs go."""
        self.model.set_pairs([])
        self._journal = None
        self.setVisible(False)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.pair(index.row())
        if row is None or self._journal is None:
            return
        dialog = PairsDialog(self._journal, self)
        dialog.view.select_pair(row.pair.earlier, row.pair.later)
        dialog.view.focus()
        dialog.exec()
        dialog.deleteLater()
        self.list.setFocus()


class PairsDialog(QDialog):
    """The pairs side by side, in a window of their own (Esc or Close returns)."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What happened next"))
        self.view = PairsView(self)
        self.view.open(journal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Return on a pair is not "close"
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)
