"""The lists of the doubt pages: the user's reasons in the writing face, and entry excerpts.

Shared by "Remind me why" (where they are edited) and the first step of "I'm
tempted to reach out" (where they are read), so the same words look the same in
both places: the editor's serif, rows with air between them, long reasons
wrapped whole rather than cut off with "…".
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.widgets.kit import SPACING
from app.ui.widgets.text_surface import editor_font

REASON_MAX_LINES = 22
ROW_TEXT_MARGIN = 16  # the item padding and the delegate's own text margins, with slack
ROW_PADDING = 8
# No dotted focus box around one reason: the list's accent border shows focus.

ModelIndex = QModelIndex | QPersistentModelIndex


class ReasonDelegate(QStyledItemDelegate):
    """Sizes each reason for the list's real width, so it wraps whole."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """As wide as the row, as tall as the wrapped words and the padding."""
        row_width = self._view.viewport().width() - 2 * self._view.spacing()
        width = max(row_width - ROW_TEXT_MARGIN, 1)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(self._view.font())
        bounds = metrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, text)
        return QSize(max(row_width, 1), bounds.height() + ROW_PADDING)


class ReasonList(QListView):
    """As tall as its reasons need, up to a calm limit, then it scrolls.

    A short list doesn't sit in a tall empty box that looks like something is
    missing; a long reason is never cut off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(editor_font())  # their own words, in the writing face
        self.setWordWrap(True)
        self.setSpacing(SPACING // 2)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(ReasonDelegate(self))
        self.setProperty("role", "reasons")  # the theme's padding, no dotted focus box

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``'s reasons, measured again whenever they change."""
        super().setModel(model)
        if model is not None:
            for changed in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                changed.connect(self.fit_rows)
            model.dataChanged.connect(self.fit_rows)
            model.rowsMoved.connect(self.fit_rows)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Measure the rows again (after filling, and when the width changes)."""
        self.scheduleDelayedItemsLayout()
        self.updateGeometry()

    def rows_height(self) -> int:
        """The height the rows take, with their spacing."""
        model = self.model()
        if model is None:
            return 0
        return sum(
            self.sizeHintForIndex(model.index(row, 0)).height() + 2 * self.spacing()
            for row in range(model.rowCount())
        )

    def sizeHint(self) -> QSize:
        """Wide as the column; tall enough for the reasons (at most ``REASON_MAX_LINES``)."""
        chrome = 2 * self.frameWidth()
        lines = QFontMetrics(self.font()).lineSpacing()
        height = min(self.rows_height() + chrome, lines * REASON_MAX_LINES)
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        """Room for at least a couple of lines, so the list never collapses."""
        lines = QFontMetrics(self.font()).lineSpacing()
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), lines * 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The viewport's new width (a scroll bar came or went) wraps rows differently."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()


class ExcerptList(QListView):
    """Entries as two-line rows, as tall as its rows up to ``most`` of them, then it scrolls.

    One marked entry sits in a one-row box, not a tall empty one that looks like
    something failed to load; the column's spare room stays below, at the end.
    """

    def __init__(self, most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._most = most
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _row_height(self) -> int:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return QFontMetrics(self.font()).lineSpacing() * 2
        return self.sizeHintForIndex(model.index(0, 0)).height() + 2 * self.spacing()

    def sizeHint(self) -> QSize:
        """Room for every row, up to ``most`` rows."""
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, self._most)
        return QSize(
            super().sizeHint().width(), max(rows, 1) * self._row_height() + 2 * self.frameWidth()
        )

    def minimumSizeHint(self) -> QSize:
        """One row at least."""
        return QSize(super().minimumSizeHint().width(), self._row_height() + 2 * self.frameWidth())
