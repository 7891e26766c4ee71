"""The way back to "Remind me why" after opening one of its entries.

In a moment of doubt a person may open an entry they marked, read it, and want
the rest of their reasons again. A plain button says where it leads ("Back to
Remind me why") at the foot of the window, and Alt+Left (the desktop's Back)
does the same. It is offered only on the way from there: once the person goes
anywhere else (another page, the check-in, locking), it quietly goes away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app.ui.widgets.kit import button


class WayBackToRemind(QObject):
    """A "Back to Remind me why" button and Alt+Left, while an entry opened from there shows.

    Signals:
        backRequested(): the person chose to go back.
    """

    backRequested = Signal()

    def __init__(self, window: QMainWindow, stack: QStackedWidget, page: QWidget) -> None:
        super().__init__(window)
        self._stack, self._page = stack, page
        self._bar = window.statusBar()
        self._bar_was_hidden = self._bar.isHidden()
        self.button = button(self.tr("← &Back to Remind me why"), self.tr("Back to Remind me why"))
        self.button.setObjectName("back-to-remind")
        self.button.clicked.connect(self._go_back)
        self._bar.addWidget(self.button)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self._go_back)
        stack.currentChanged.connect(self._page_changed)
        self.withdraw()

    def offer(self) -> None:
        """Show the way back (an entry from "Remind me why" is open now)."""
        if not self.offered():
            self._bar_was_hidden = self._bar.isHidden()
        self._bar.show()  # the window may have no status line showing
        self.button.show()
        self.shortcut.setEnabled(True)

    def withdraw(self) -> None:
        """Hide the way back (and the status line, when it was hidden before)."""
        if self.offered() and self._bar_was_hidden:
            self._bar.hide()
        self.button.hide()
        self.shortcut.setEnabled(False)

    def offered(self) -> bool:
        """Whether the way back is on offer now."""
        return self.shortcut.isEnabled()

    def _page_changed(self, _index: int) -> None:
        if self._stack.currentWidget() is not self._page:
            self.withdraw()

    def _go_back(self) -> None:
        if self.offered():
            self.withdraw()
            self.backRequested.emit()
