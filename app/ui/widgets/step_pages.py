"""The parts of a guided flow (the check-in, the pause before reaching out).

A flow is a stack of pages, each a heading, a line of guidance and its own
content, under a quiet "Step n of m" and an "I need a pause" link.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.kit import SPACING, button, link_button, text_label
from app.ui.widgets.translate import tr


class Page(QWidget):
    """A heading, a line of guidance, then the page's own content."""

    def __init__(self, heading: str, guidance: str = "") -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(SPACING)
        self.heading = text_label(heading, "heading")
        self.layout_.addWidget(self.heading)
        self.guidance = text_label(guidance, "muted")
        self.guidance.setVisible(bool(guidance))
        self.layout_.addWidget(self.guidance)

    def focus_target(self) -> QWidget:
        """Where the focus goes when the page opens."""
        return self


def navigation_button(text: str, *, primary: bool = False) -> QPushButton:
    """A navigation button whose accessible name is its text without the mnemonic."""
    return button(text, text.replace("&", ""), primary=primary)


def flow_header(owner: QWidget) -> tuple[QHBoxLayout, QLabel, QPushButton]:
    """A guided flow's top line: a quiet "Step n of m" and the "I need a pause" link."""
    top = QHBoxLayout()
    step = QLabel()
    step.setProperty("role", "muted")
    top.addWidget(step)
    top.addStretch(1)
    pause = link_button(tr("I need a &pause"), tr("I need a pause"))
    top.addWidget(pause)
    return top, step, pause


def page_stack(*pages: QWidget) -> QStackedWidget:
    """A flow's pages, in order, one shown at a time."""
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    return stack
