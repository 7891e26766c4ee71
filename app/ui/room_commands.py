"""The window's commands for the rooms made on first use: import and export, the record, patterns.

Each room connects its own command (``connect_commands`` in its package) and is
imported the first time that command runs. Patterns is reached from "remind me
why" too, and the safety keys (hide now, lock) work even while a drop-down list
or a calendar in any room is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.actions import Actions
from app.ui.controller import JournalController
from app.ui.doubt.coordinator import DoubtCoordinator
from app.ui.journal.page import JournalPage
from app.ui.patterns import connect_commands as connect_patterns
from app.ui.privacy.lock import LockCoordinator
from app.ui.record import connect_commands as connect_record
from app.ui.transfer import connect_commands as connect_transfer


def connect_rooms(
    window: QWidget,
    controller: JournalController,
    pages: tuple[QStackedWidget, JournalPage],
    commands: Actions,
    show: Callable[[QWidget], None],
    *,
    doubt: DoubtCoordinator,
    locking: LockCoordinator,
) -> None:
    """Every lazily made room's command, and the ways into it from elsewhere."""
    a = commands
    connect_transfer(window, controller, pages[1], (a.import_entries, a.export_everything))
    connect_record(window, controller, pages, a.incidents, show)
    connect_patterns(window, controller, pages, a.patterns, show)
    doubt.patternsRequested.connect(a.patterns.trigger)
    locking.idle.keys_through_popups(a.hide_now, a.lock)
