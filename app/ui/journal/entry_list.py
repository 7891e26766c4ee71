"""The timeline's list view, which remembers the row current before a mouse press."""

from __future__ import annotations

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QListView, QWidget


class EntryList(QListView):
    """The list of entries; it notes which row was current before a mouse press.

    That tells a click on the current row (show it again) from one that changes
    it. Overriding the press, rather than filtering the viewport's events, keeps
    ``viewport()`` out of start-up: PySide6 creates some 40 enum types the first
    time it hands out that widget (~4 ms).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_before_press = -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember the current row, then select as usual."""
        self.row_before_press = self.currentIndex().row()
        super().mousePressEvent(event)
