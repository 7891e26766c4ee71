"""Opens the Patterns page and leads back to the journal.

Made the first time Journal → Patterns is used (see ``app.ui.patterns``). What is
being written elsewhere is saved first, as for every page change; the page is
built once, inside the window's stack, and asked for with ``showRequested``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.controller import JournalController
from app.ui.forgetting import keep_typed_everywhere
from app.ui.patterns.page import PatternsPage

Today = Callable[[], dt.date]


class PatternsCoordinator(QObject):
    """Shows the Patterns page, and the journal page again after it.

    Signals:
        showRequested(QWidget): put this page on screen.
    """

    showRequested = Signal(QWidget)

    def __init__(
        self,
        window: QWidget,
        controller: JournalController,
        stack: QStackedWidget,
        journal_page: QWidget,
        today: Today = dt.date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._stack = stack
        self._journal_page = journal_page
        self._today = today
        self._page: PatternsPage | None = None

    @property
    def page(self) -> PatternsPage:
        """The page (built the first time it is shown)."""
        if self._page is None:
            self._page = PatternsPage(self._stack)
            self._page.closeRequested.connect(self.back_to_journal)
            self._stack.addWidget(self._page)
        return self._page

    def show_patterns(self) -> None:
        """Journal → Patterns: the last 3 months, once what was typed elsewhere is saved."""
        if not self._controller.is_open() or not keep_typed_everywhere(self._window):
            return
        page = self.page
        page.open(self._controller.journal, self._today())
        self.showRequested.emit(page)
        page.focus()

    def back_to_journal(self) -> None:
        """Leave the Patterns page for the journal page, as it was."""
        self.showRequested.emit(self._journal_page)
        self._journal_page.setFocus()
