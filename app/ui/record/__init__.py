"""The incident record: a room of its own (list, form, amendments, receipt, check).

The window connects its one command here; the room itself (the coordinator and
the page it shows) is imported the first time the command is used, never at
start-up. See docs/plans/incident-record.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ui.page_room import connect_lazily

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from app.ui.controller import JournalController
    from app.ui.record.coordinator import RecordCoordinator


def connect_commands(
    window: QWidget,
    controller: JournalController,
    pages: tuple[QStackedWidget, QWidget],
    command: QAction,
    show: Callable[[QWidget], None],
) -> Callable[[], RecordCoordinator]:
    """Journal → Incident Record opens this room, made on first use.

    ``pages`` are the window's stack (the room's page goes in it) and the journal
    page (where "Back to the journal" leads); ``show`` puts a page on screen.

    Returns the way to the room's coordinator (made when first asked), for tests.
    """

    def make() -> RecordCoordinator:
        from app.ui.record.coordinator import RecordCoordinator  # noqa: PLC0415 - first use

        return RecordCoordinator(window, controller, *pages)

    return connect_lazily(command, make, show, lambda room: room.show_record())
