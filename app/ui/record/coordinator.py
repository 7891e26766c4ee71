"""Opens the incident record's page and leads back to the journal.

Made the first time Journal → Incident Record is used (see ``app.ui.record`` and
``app.ui.page_room``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.controller import JournalController
from app.ui.page_room import PageRoom
from app.ui.record.page import RecordPage

Clock = Callable[[], dt.datetime]


class RecordCoordinator(PageRoom):
    """Shows the incident record (``now``: the local time a new record starts at)."""

    def __init__(
        self,
        window: QWidget,
        controller: JournalController,
        stack: QStackedWidget,
        journal_page: QWidget,
        now: Clock = dt.datetime.now,
    ) -> None:
        super().__init__(window, controller, stack, journal_page)
        self._now = now
        self._page: RecordPage | None = None

    @property
    def page(self) -> RecordPage:
        """The record's page (built the first time it is shown)."""
        if self._page is None:
            self._page = RecordPage(self._stack, self._now)
            self._added(self._page, self._page.closeRequested)
        return self._page

    def show_record(self) -> None:
        """Journal → Incident Record: the list, once what was typed elsewhere is saved."""
        if not self._ready():
            return
        page = self.page
        page.open(self._controller.journal)
        self.showRequested.emit(page)
        page.focus()
