"""Opens the Patterns page and leads back to the journal.

Made the first time Journal → Patterns is used (see ``app.ui.patterns`` and
``app.ui.page_room``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.controller import JournalController
from app.ui.page_room import PageRoom
from app.ui.patterns.page import PatternsPage

Today = Callable[[], dt.date]


class PatternsCoordinator(PageRoom):
    """Shows the Patterns page (``today``: where its periods end)."""

    def __init__(
        self,
        window: QWidget,
        controller: JournalController,
        stack: QStackedWidget,
        journal_page: QWidget,
        today: Today = dt.date.today,
    ) -> None:
        super().__init__(window, controller, stack, journal_page)
        self._today = today
        self._page: PatternsPage | None = None

    @property
    def page(self) -> PatternsPage:
        """The page (built the first time it is shown)."""
        if self._page is None:
            self._page = PatternsPage(self._stack)
            self._added(self._page, self._page.closeRequested)
        return self._page

    def show_patterns(self) -> None:
        """Journal → Patterns: the last 3 months, once what was typed elsewhere is saved."""
        if not self._ready():
            return
        page = self.page
        page.open(self._controller.journal, self._today())
        self.showRequested.emit(page)
        page.focus()
