"""Opens the incident record's page and leads back to the journal.

Made the first time Journal → Incident Record is used (see ``app.ui.record``).
What is being written elsewhere is saved first, as for every page change; the
page is built once, inside the window's stack, and asked for with
``showRequested``: the coordinator never calls the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.controller import JournalController
from app.ui.forgetting import keep_typed_everywhere
from app.ui.record.page import RecordPage

Clock = Callable[[], dt.datetime]


class RecordCoordinator(QObject):
    """Shows the incident record, and the journal page again after it.

    Args:
        window: the journal window (its views are saved before the page changes).
        controller: holds the open journal.
        stack: where the page is added.
        journal_page: where "Back to the journal" leads.
        now: local time (the time a new record starts at).

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
        now: Clock = dt.datetime.now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._stack = stack
        self._journal_page = journal_page
        self._now = now
        self._page: RecordPage | None = None

    @property
    def page(self) -> RecordPage:
        """The record's page (built the first time it is shown)."""
        if self._page is None:
            self._page = RecordPage(self._stack, self._now)
            self._page.closeRequested.connect(self.back_to_journal)
            self._stack.addWidget(self._page)
        return self._page

    def show_record(self) -> None:
        """Journal → Incident Record: the list, once what was typed elsewhere is saved."""
        if not self._controller.is_open() or not keep_typed_everywhere(self._window):
            return
        page = self.page
        page.open(self._controller.journal)
        self.showRequested.emit(page)
        page.focus()

    def back_to_journal(self) -> None:
        """Leave the record for the journal page, as it was."""
        self.showRequested.emit(self._journal_page)
        self._journal_page.setFocus()
