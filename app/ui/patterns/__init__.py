"""Patterns over time: a room of its own (the period, the charts, their tables).

The window connects its one command here; the room itself is imported the first
time the command is used, never at start-up. See docs/plans/patterns.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ui.page_room import connect_lazily

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from app.ui.controller import JournalController
    from app.ui.patterns.coordinator import PatternsCoordinator


def connect_commands(
    window: QWidget,
    controller: JournalController,
    pages: tuple[QStackedWidget, QWidget],
    command: QAction,
    show: Callable[[QWidget], None],
) -> Callable[[], PatternsCoordinator]:
    """Journal → Patterns opens this room, made on first use.

    ``pages`` are the window's stack and the journal page (where "Back to the
    journal" leads); ``show`` puts a page on screen. Returns the way to the room's
    coordinator (made when first asked), for tests.
    """

    def make() -> PatternsCoordinator:
        from app.ui.patterns.coordinator import PatternsCoordinator  # noqa: PLC0415 - first use

        return PatternsCoordinator(window, controller, *pages)

    return connect_lazily(command, make, show, lambda room: room.show_patterns())
