"""A room that is one page in the window's stack: made on first use, shown, and left.

The incident record and Patterns are such rooms. Each coordinator builds its page
the first time it is asked, saves what is being written elsewhere before showing
it (as every page change does), and asks for it with ``showRequested``: a
coordinator never calls the window. ``connect_lazily`` ties a command to a room
whose module is imported only when the command first runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.controller import JournalController
from app.ui.forgetting import keep_typed_everywhere

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

Room = TypeVar("Room", bound="PageRoom")


class PageRoom(QObject):
    """Shows its page, and the journal page again after it.

    Args:
        window: the journal window (its views are saved before the page changes).
        controller: holds the open journal.
        stack: where the page is added.
        journal_page: where "Back to the journal" leads.

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
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._stack = stack
        self._journal_page = journal_page

    def back_to_journal(self) -> None:
        """Leave the room for the journal page, as it was."""
        self.showRequested.emit(self._journal_page)
        self._journal_page.setFocus()

    def _ready(self) -> bool:
        """An open journal, with whatever is being written elsewhere saved first."""
        return self._controller.is_open() and keep_typed_everywhere(self._window)

    def _added(self, page: QWidget, close_requested: SignalInstance) -> None:
        """A page just made: in the stack, its "back" leading to the journal."""
        close_requested.connect(self.back_to_journal)
        self._stack.addWidget(page)


def connect_lazily(
    command: QAction, make: Callable[[], Room], show: Callable[[QWidget], None],
    act: Callable[[Room], None],
) -> Callable[[], Room]:  # fmt: skip
    """``command`` runs ``act`` on the room, made by ``make`` when first asked.

    Returns the way to the room (made when first asked), for tests.
    """
    made: list[Room] = []

    def room() -> Room:
        if not made:
            made.append(make())
            made[0].showRequested.connect(show)
        return made[0]

    command.triggered.connect(lambda: act(room()))
    return room
