"""The kit's page pieces: a calm column, labels, three ranks of button, Enter.

Every screen is built from these and from the theme's style sheet (app.ui.widgets.theme),
so no screen styles itself: buttons in three ranks (``button(..., primary=True)``
for the one primary action, ``button`` for the rest, ``link_button`` for quiet
ways), labels with a role ("heading", "subheading", "muted"), a grid filled row
by row, and a column of comfortable width that hangs a fixed distance below the
top of a quiet page. Lists and their rows are in ``lists`` and ``rows``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.file_dialogs import SENSITIVE_INPUT

# The column is this many text lines wide: about 560 px at a common font size,
# and it grows or shrinks with the system font.
COLUMN_LINES = 35
SPACING = 16
TOP_SHARE = 0.2  # a column's top, as a share of the page height
HEADING_SCALE = 1.5
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def centred_column(page: QWidget) -> QVBoxLayout:
    """Give ``page`` a column of comfortable width, hung near the top; return its layout.

    Long lines across a large window are tiring to read; a narrow column in the
    middle keeps every quiet page calm. Its top sits a fixed share of the page
    height down (about where a centred form would sit), never a share of its
    content, so a message or a field that appears never moves what is above it.
    The column scrolls when the window is too small for it (a small screen, a
    large font) instead of squeezing its words until lines are cut off.
    """
    content = QWidget()
    content.setObjectName("centred-page")
    column = _Column(content, page.fontMetrics().height() * COLUMN_LINES)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(SPACING)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 20)
    row.addStretch(1)
    middle = QVBoxLayout(content)
    middle.setContentsMargins(32, 32, 32, 32)
    top = _ColumnTop(content, _screen_height(page))
    middle.addWidget(top)
    middle.addLayout(row)
    middle.addStretch(1)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop: focus scrolls it
    scroll.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return inner


def _screen_height(widget: QWidget) -> int:
    """The height of the screen the page will show on (a common laptop's without one).

    The room above a column is worked out once, from the screen, never from the
    window's changing size: a resize-driven change of the layout here kept the
    accessibility bridge busy with widgets as they went (a crash under a screen
    reader).
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() if screen is not None else 800


class _Column(QWidget):
    """The column's comfortable width, widened only for what can't be narrower.

    A row that can't wrap (the feeling grid's five chips in a language with long
    words) would otherwise lie on top of itself at the comfortable width.
    """

    def __init__(self, parent: QWidget, comfortable: int) -> None:
        super().__init__(parent)
        self._comfortable = comfortable
        self.setMaximumWidth(comfortable)

    def event(self, event: QEvent) -> bool:
        """On each new layout, the width its content can't do without."""
        if event.type() == QEvent.Type.LayoutRequest:
            layout = self.layout()
            needed = layout.minimumSize().width() if layout is not None else 0
            self.setMaximumWidth(max(self._comfortable, needed))
        return super().event(event)


class _ColumnTop(QWidget):
    """Empty room above a column: a share of the page when there is space, none when not.

    It only prefers its height, so a tall column takes the room back rather than
    making the page scroll (a scroll bar coming and going as the layout settles).
    """

    def __init__(self, parent: QWidget, screen_height: int) -> None:
        super().__init__(parent)
        self.setObjectName("column-top")
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self._height = round(screen_height * TOP_SHARE * 0.6)

    def sizeHint(self) -> QSize:
        """The room wanted: a share of the page's height."""
        return QSize(0, self._height)

    def minimumSizeHint(self) -> QSize:
        """Nothing: the column comes first."""
        return QSize(0, 0)


def text_label(text: str = "", role: str = "") -> QLabel:
    """A word-wrapped label, optionally with a theme role ("heading", "muted")."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if role == "heading":
        # The theme's style sheet asks for a larger heading, but Qt style sheets
        # ignore percentage sizes; the size is set here, relative to the UI font.
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
        label.setFont(font)
        label.setAccessibleName(text)
    return label


def fill_grid(
    grid: QGridLayout, rows: Sequence[Sequence[QWidget | None]], stretch: Sequence[int] = ()
) -> QGridLayout:
    """Put widgets in a grid row by row (None leaves a cell empty); return the grid.

    The columns in ``stretch`` share the spare width equally.
    """
    for row, widgets in enumerate(rows):
        for column, widget in enumerate(widgets):
            if widget is not None:
                grid.addWidget(widget, row, column)
    for column in stretch:
        grid.setColumnStretch(column, 1)
    return grid


def link_button(text: str, accessible_name: str) -> QPushButton:
    """A quiet, link-like button for a secondary way (never the primary action)."""
    widget = button(text, accessible_name)
    widget.setFlat(True)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setProperty("link", "true")  # the theme draws it (underlined, a focus ring)
    return widget


def button(text: str, accessible_name: str, *, primary: bool = False) -> QPushButton:
    """A push button with its accessible name (and the primary look when asked)."""
    widget = QPushButton(text)
    widget.setAccessibleName(accessible_name)
    if primary:
        widget.setProperty("primary", "true")
    return widget


def activate_on_enter(page: QWidget, event: QKeyEvent, primary: QPushButton) -> bool:
    """Let Enter press the focused button, or else ``primary``; returns whether handled.

    Outside dialogs Qt's buttons ignore Enter, so keyboard users would be stuck
    with Space; this gives every page the Enter behaviour people expect.
    """
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    focused = page.focusWidget()
    target = focused if isinstance(focused, QPushButton) else primary
    if target.isVisible() and target.isEnabled():
        target.click()
    return True


def secret_field(name: str) -> QLineEdit:
    """A passphrase or password field: dots, no suggestions, nothing learned by the input method."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(SENSITIVE_INPUT)
    field.setAccessibleName(name)
    return field


def place_in_tab_order(widget: QWidget, *, after: QWidget) -> None:
    """Put the controls inside ``widget`` right after ``after`` in the Tab order.

    For a part built after its neighbours (on first use): its controls would
    otherwise come last, after everything made before it.
    """
    stops: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not None and widget.isAncestorOf(current):
        inside_stop = any(stop.isAncestorOf(current) for stop in stops)  # a combo's line edit
        if not inside_stop and current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(current)
        current = current.nextInFocusChain()
    for first, second in pairwise([after, *stops]):
        QWidget.setTabOrder(first, second)


TEXT_LINES = 3
"""How many lines a short text box shows before it scrolls."""


def text_box(
    parent: QWidget, name: str, placeholder: str, lines: int = TEXT_LINES
) -> QPlainTextEdit:
    """A plain-text box for a few lines of a form (Tab moves on; Enter is a new line)."""
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines
    edit.setMinimumHeight(height + 2 * edit.frameWidth() + 12)
    return edit
