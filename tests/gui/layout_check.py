"""What a person would call a broken layout, found by walking the widgets.

A label or button smaller than its text needs (the tops and bottoms of lines cut
off, words running out of a button), two visible widgets on top of each other, or
a page that scrolls sideways (its words wider than the window, half of them hidden).
Used by ``test_layout.py`` on every page and dialog, at the smallest window size
and at larger fonts.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QWidget,
)

TOLERANCE = 1  # pixels of rounding


def layout_problems(root: QWidget) -> list[str]:
    """Every clipped text and overlap among the widgets a person can see in ``root``."""
    problems: list[str] = []
    for widget in _shown(root):
        problems += _clipped(widget)
    for parent in [root, *_shown(root)]:
        problems += _overlaps(parent)
    problems += [
        f"{_name(area)} scrolls sideways by {area.horizontalScrollBar().maximum()} px"
        for area in root.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > TOLERANCE
    ]
    return problems


def _shown(root: QWidget) -> list[QWidget]:
    """Widgets visible on screen: shown, not inside a scroll area's hidden part or a tab."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisible()
        and widget.width() > 0
        and widget.height() > 0
        and not _inside(widget, (QTabBar, QScrollBar))
    ]


def _inside(widget: QWidget, kinds: tuple[type[QWidget], ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    label = widget.objectName() or widget.accessibleName() or text[:40]
    return f"{type(widget).__name__} {label!r}"


def _clipped(widget: QWidget) -> list[str]:
    """Whether the widget is smaller than its text needs."""
    if isinstance(widget, QLabel):
        return _clipped_label(widget)
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
        return _clipped_button(widget)
    if isinstance(widget, QTabBar):
        return _clipped_tabs(widget)
    return []


def _clipped_tabs(bar: QTabBar) -> list[str]:
    """Tabs that scroll out of sight while the window could still have grown to show them.

    On a screen too narrow for every tab (a long language at a large font), Qt's
    scroll arrows are the fallback: every tab stays reachable, by Ctrl+Tab too.
    """
    needed, window, screen = bar.sizeHint().width(), bar.window(), bar.screen()
    if needed <= bar.width() + TOLERANCE:
        return []
    if screen is not None and window.width() >= screen.availableGeometry().width() * 0.88:
        return []
    return [f"{_name(bar)}: its tabs need {needed} px, have {bar.width()}"]


def _clipped_label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return [f"{_name(label)}: {label.height()} px high, its lines need {needed}"]
        return []
    hint = label.minimumSizeHint()
    if label.textFormat().name == "RichText" or "<" in text:
        hint = label.sizeHint()
    problems = []
    if hint.height() > label.height() + TOLERANCE:
        problems.append(f"{_name(label)}: {label.height()} px high, needs {hint.height()}")
    if label.width() + TOLERANCE < hint.width() and not _elides(label):
        problems.append(f"{_name(label)}: {label.width()} px wide, needs {hint.width()}")
    return problems


def _elides(label: QLabel) -> bool:
    """Labels that elide on purpose say so with a dynamic property."""
    return bool(label.property("elides"))


def _clipped_button(button: QAbstractButton) -> list[str]:
    if not button.text():
        return []
    hint = button.sizeHint()
    problems = []
    if button.width() + TOLERANCE < hint.width():
        problems.append(f"{_name(button)}: {button.width()} px wide, needs {hint.width()}")
    if button.height() + TOLERANCE < hint.height():
        problems.append(f"{_name(button)}: {button.height()} px high, needs {hint.height()}")
    return problems


def _overlaps(parent: QWidget) -> list[str]:
    """Visible sibling widgets whose rectangles cross (more than a rounding pixel)."""
    if isinstance(parent, QStackedWidget | QAbstractScrollArea | QTabBar):
        return []
    children = [
        child
        for child in parent.findChildren(QWidget, options=_direct())
        if child.isVisible() and not child.isWindow() and child.width() > 1 and child.height() > 1
    ]
    problems = []
    for index, first in enumerate(children):
        for second in children[index + 1 :]:
            crossing = _shrunk(first.geometry()).intersected(_shrunk(second.geometry()))
            if not crossing.isEmpty():
                problems.append(f"{_name(first)} overlaps {_name(second)} in {_name(parent)}")
    return problems


def _shrunk(rect: QRect) -> QRect:
    return rect.adjusted(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE)


def _direct() -> Qt.FindChildOption:
    return Qt.FindChildOption.FindDirectChildrenOnly
