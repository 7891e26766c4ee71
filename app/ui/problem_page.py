"""The screen for a journal that is missing or damaged.

Why a screen of its own: when the journal can't be opened, the worst thing the app
could do is offer a fresh one in its place. This page says plainly what happened,
that nothing was changed, and where the folder is, and offers only safe actions.

The small page helpers at the top (a centred column of calm width, Enter for the
focused or primary button) are shared with the setup flow and the unlock page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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
    column = QWidget(content)
    column.setMaximumWidth(page.fontMetrics().height() * COLUMN_LINES)
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


class ProblemPage(QWidget):
    """Explains why the journal can't be opened, without touching it.

    Signals:
        showFolderRequested: the user wants to see the journal folder.
        quitRequested: the user wants to close Threshold.
        restoreRequested: the user wants to restore a backup (kept-aside, never deleted).
    """

    showFolderRequested = Signal()
    quitRequested = Signal()
    restoreRequested = Signal()

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self)
        column.addWidget(text_label(self.tr("Threshold can't open your journal"), "heading"))
        self._message = text_label()
        column.addWidget(self._message)
        self._held = text_label(self._held_words_note())
        self._held.hide()
        column.addWidget(self._held)
        column.addWidget(text_label(self._reassurance()))
        column.addWidget(self._folder_box())
        column.addSpacing(8)
        column.addLayout(self._buttons())
        if folder is not None:
            self.set_folder(folder)

    def set_problem(self, message: str) -> None:
        """Show the plain reason the journal couldn't be opened."""
        self._message.setText(message)
        self._held.hide()

    def show_held_words(self, held: bool) -> None:
        """Say where the words written just before the damage was found are (or not)."""
        self._held.setVisible(held)

    def held_words_shown(self) -> bool:
        """Whether the note about held words is shown (for tests)."""
        return self._held.isVisibleTo(self)

    def set_folder(self, folder: Path) -> None:
        """Show where the journal folder is."""
        self._folder.setText(str(folder))

    def offer_restore(self, available: bool) -> None:
        """Offer "Restore from a backup" (when there are backups), as the main way on."""
        self._restore.setVisible(available)
        for widget, primary in ((self._restore, available), (self._show_folder, not available)):
            widget.setProperty("primary", "true" if primary else "false")
            widget.style().unpolish(widget)  # the property changed: let the style see it
            widget.style().polish(widget)

    def folder_text(self) -> str:
        """The folder as shown (for tests and for the integrator's checks)."""
        return self._folder.text()

    def message_text(self) -> str:
        """The problem as shown."""
        return self._message.text()

    def showEvent(self, event: QShowEvent) -> None:
        """Start with the focus on the primary action."""
        super().showEvent(event)
        self._show_folder.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, or "Show the folder"."""
        if not activate_on_enter(self, event, self._show_folder):
            super().keyPressEvent(event)

    def _held_words_note(self) -> str:
        return self.tr(
            "What you wrote just now was not saved into the damaged file. Threshold is "
            "holding it, here in memory only, and will add it to your journal as a new "
            "entry once the journal opens again from a backup. If you quit Threshold "
            "before that, it can't be kept."
        )

    def _reassurance(self) -> str:
        return self.tr(
            "Nothing has been changed or deleted. Threshold never creates a new "
            "journal over an old one, so whatever is in the folder stays exactly as it "
            "is. If you moved the folder or have a copy of it, you can put it back in "
            "this place and open Threshold again."
        )

    def _folder_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(text_label(self.tr("Your journal folder"), "muted"))
        self._folder = text_label()
        self._folder.setTextInteractionFlags(SELECTABLE)
        self._folder.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._folder.setAccessibleName(self.tr("Journal folder"))
        layout.addWidget(self._folder)
        return box

    def _buttons(self) -> QHBoxLayout:
        self._quit = button(self.tr("&Quit"), self.tr("Quit"))
        self._show_folder = button(
            self.tr("&Show the folder"), self.tr("Show the folder"), primary=True
        )
        self._restore = button(self.tr("&Restore from a backup…"), self.tr("Restore from a backup"))
        self._restore.hide()
        self._quit.clicked.connect(self.quitRequested)
        self._show_folder.clicked.connect(self.showFolderRequested)
        self._restore.clicked.connect(self.restoreRequested)
        row = QHBoxLayout()
        row.addWidget(self._quit)
        row.addStretch(1)
        row.addWidget(self._restore)
        row.addWidget(self._show_folder)
        return row
