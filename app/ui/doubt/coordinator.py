"""The moments of doubt: "Remind me why", the pause before reaching out, the contact log.

Each is opened from the toolbar, a key or the tray, and each goes back to the
journal page (showing an entry when one was chosen or written). Pages are built
the first time they are needed, off the start-up path. Like the check-in's
coordinator, this one asks for a page with ``showRequested`` and never reaches
up into the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app.ui.controller import JournalController
from app.ui.forgetting import keep_typed_everywhere
from app.ui.journal.page import JournalPage

if TYPE_CHECKING:
    from app.ui.doubt.reach_out_flow import ReachOutFlow
    from app.ui.doubt.remind_view import RemindView

Clock = Callable[[], dt.datetime]


class DoubtCoordinator(QObject):
    """Opens the pages for a moment of doubt, and leads back to the journal.

    Args:
        window: where the way back and the contact log's dialog belong.
        controller: the open (or locked) journal.
        stack: where the pages are added.
        journal_page: where every way back leads.
        now: local time (tests pass their own day).

    Signals:
        showRequested(QWidget): put this page on screen.
        patternsRequested(): "Patterns" was chosen in remind me why.
    """

    showRequested = Signal(QWidget)
    patternsRequested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        controller: JournalController,
        stack: QStackedWidget,
        journal_page: JournalPage,
        now: Clock,
    ) -> None:
        super().__init__(stack)
        self._window = window
        self._controller = controller
        self._stack = stack
        self._page = journal_page
        self._now = now
        self._remind: RemindView | None = None
        self._reach_out: ReachOutFlow | None = None
        journal_page.thisDayRequested.connect(self.show_remind)

    def _ready(self) -> bool:
        """An open journal, with whatever is being written saved first."""
        return self._controller.is_open() and keep_typed_everywhere(self._window)

    # ------------------------------------------------------------------ remind me why

    @property
    def remind(self) -> RemindView:
        """The "remind me why" page (built the first time it is opened)."""
        if self._remind is None:
            from app.ui.doubt.remind_return import WayBackToRemind  # noqa: PLC0415 - start-up time
            from app.ui.doubt.remind_view import RemindView  # noqa: PLC0415 - start-up time

            self._remind = RemindView(self._stack)
            self._remind.openEntryRequested.connect(self.open_entry)
            way_back = WayBackToRemind(self._window, self._stack, self._page)
            self._remind.openEntryRequested.connect(way_back.offer)  # once the entry shows
            way_back.backRequested.connect(self.show_remind)
            self._remind.closeRequested.connect(self.back_to_journal)
            self._remind.reachOutRequested.connect(self.start_reach_out)
            self._remind.contactLogRequested.connect(self.show_contact_log)
            self._remind.patternsRequested.connect(self.patternsRequested)
            self._stack.addWidget(self._remind)
        return self._remind

    def show_remind(self) -> None:
        """Open "remind me why" from anywhere (what is being written is saved first)."""
        if not self._ready():
            return
        journal = self._controller.journal
        self.remind.open(journal, journal.preferences.load(), self._now().date())
        self.showRequested.emit(self.remind)
        self.remind.focus()

    def open_entry(self, entry_id: str) -> None:
        """An entry chosen in "remind me why" or the contact log, open in the editor."""
        self._show_journal()
        self._page.show_entry(entry_id)
        self._page.editor.focus_body()

    def back_to_journal(self) -> None:
        """Leave "remind me why" for the journal, as it was."""
        self._show_journal()
        self._page.editor.focus_body()

    def _show_journal(self) -> None:
        if self._remind is not None:
            self._remind.keep_before_lock()  # a reason half typed stays for next time
        self.showRequested.emit(self._page)

    # ------------------------------------------------------------------ the contact log

    def show_contact_log(self) -> None:
        """The log of when they reached out (the open entry can be linked)."""
        if not self._ready():
            return
        from app.ui.doubt.contact_log import ContactLogDialog  # noqa: PLC0415 - rarely opened

        dialog = ContactLogDialog(
            self._controller.journal, self._page.editor.entry_id(), self._window
        )
        dialog.openEntryRequested.connect(self.open_entry)
        dialog.exec()

    # ------------------------------------------------------------------ reaching out

    @property
    def reach_out(self) -> ReachOutFlow:
        """The flow for when reaching out is tempting (built the first time it is needed)."""
        if self._reach_out is None:
            from app.ui.doubt.reach_out_flow import ReachOutFlow  # noqa: PLC0415 - start-up time

            self._reach_out = ReachOutFlow(self._controller.journal, self._stack)
            self._reach_out.finished.connect(self._after_reach_out)
            self._stack.addWidget(self._reach_out)
        return self._reach_out

    def start_reach_out(self) -> None:
        """Start the guided pause for when reaching out is tempting (nothing is sent)."""
        if not self._ready():
            return
        flow = self.reach_out
        flow.set_journal(self._controller.journal)  # the journal may have been reopened
        flow.start()
        self.showRequested.emit(flow)

    def _after_reach_out(self, entry_id: str | None) -> None:
        """Back to the journal, showing the letter when one was written."""
        self.showRequested.emit(self._page)
        if entry_id is not None:
            self._page.timeline.reload()
            self._page.show_entry(entry_id)
        self._page.editor.focus_body()
