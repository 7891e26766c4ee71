"""A page that scrolls rather than squeezes its words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless, vertically scrolling area as wide as itself.

    In a small window or at a large font, explanations and empty states keep
    every line whole; squeezed, Qt would cut the tops and bottoms of lines off.
    The area itself is no Tab stop (a screen reader would meet an unnamed, invisible
    stop before every page): the focus moving inside it scrolls it there.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
