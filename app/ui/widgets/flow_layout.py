"""A layout that wraps its widgets onto the next line when a row runs out of room.

Rows of small controls (an entry's date, mood and ticks; a banner's buttons)
must stay whole at large fonts and in narrow windows, where a plain row would
squeeze them until their words are cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Rows in reading order that wrap; every item keeps its size hint.

    With ``fill``, the room left at the end of each row is shared among its items
    (a row of equal choices across a column). Right to left, rows start at the right.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, fill: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._fill = fill
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        """Qt's hook for ``addWidget``."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None past the end."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Never asks for more room than its rows need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on its width: narrower means more rows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the rows need at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in wrapped rows inside ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        width = sum(item.sizeHint().width() for item in self._shown()) + self._gap * max(
            0, len(self._shown()) - 1
        )
        height = max((item.sizeHint().height() for item in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest single item: anything narrower would cut it."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out row by row; the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y, rows = area.y(), self._rows(area.width())
        for row in rows:
            row_height = max(item.sizeHint().height() for item in row)
            if move:
                self._place(row, area, y)
            y += row_height + self._gap
        return (y - self._gap if rows else area.y()) - rect.y() + margins.bottom()

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items split into rows that fit ``width`` (an item wider than it sits alone)."""
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            hint = item.sizeHint().width()
            if rows and used + self._gap + hint <= width:
                rows[-1].append(item)
                used += self._gap + hint
            else:
                rows.append([item])
                used = hint
        return rows

    def _place(self, row: list[QLayoutItem], area: QRect, y: int) -> None:
        widths = [item.sizeHint().width() for item in row]
        if self._fill:
            spare = area.width() - sum(widths) - self._gap * (len(row) - 1)
            widths = [w + spare // len(row) + (i < spare % len(row)) for i, w in enumerate(widths)]
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        )
        x = area.x()
        for item, width in zip(row, widths, strict=True):
            placed = QRect(QPoint(x, y), QSize(width, item.sizeHint().height()))
            item.setGeometry(QStyle.visualRect(direction, area, placed))
            x += width + self._gap


def wrapping_row(widgets: list[QWidget], spacing: int = 8) -> QWidget:
    """``widgets`` in one row that wraps in a longer language rather than overlapping."""
    holder = QWidget()
    row = FlowLayout(holder, spacing=spacing)
    for widget in widgets:
        row.addWidget(widget)
    return holder
