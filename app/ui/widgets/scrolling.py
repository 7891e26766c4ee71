"""A page that scrolls rather than squeezes its words."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """Scrolls up and down only, so it is never narrower than its page can be.

    With the sideways bar off, a page wider than the area would have its right edge
    cut off where no one could scroll to it (the incident form in German did).
    """

    def minimumSizeHint(self) -> QSize:
        """The page's narrowest width, beside the vertical bar."""
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        width = page.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless, vertically scrolling area as wide as itself.

    In a small window or at a large font, explanations and empty states keep
    every line whole; squeezed, Qt would cut the tops and bottoms of lines off.
    The area itself is no Tab stop (a screen reader would meet an unnamed, invisible
    stop before every page): the focus moving inside it scrolls it there.
    """
    scroll = VerticalScroll()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
