"""Bringing entries in from elsewhere, and taking everything out: import and the archive.

The window connects its two commands here; the room itself (``coordinator`` and
the dialogs it opens) is imported the first time one is used, never at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from app.ui.controller import JournalController
    from app.ui.journal.page import JournalPage
    from app.ui.transfer.coordinator import TransferCoordinator


def connect_commands(
    window: QWidget,
    controller: JournalController,
    page: JournalPage,
    commands: tuple[QAction, QAction],
) -> None:
    """Journal → Import… and Export Everything… open this room, made on first use.

    Opening the timeline's filters asks it too, to offer "Imported from …" only
    for the sources the journal holds entries from (a few counts).
    """
    made: list[TransferCoordinator] = []

    def room() -> TransferCoordinator:
        if not made:
            from app.ui.transfer.coordinator import TransferCoordinator  # noqa: PLC0415

            made.append(TransferCoordinator(window, controller, page))
        return made[0]

    import_entries, export_everything = commands
    import_entries.triggered.connect(lambda: room().import_entries())
    export_everything.triggered.connect(lambda: room().export_everything())

    def filters_opened(shown: bool) -> None:
        if shown:
            room().offer_sources()

    page.timeline.filter_button.toggled.connect(filters_opened)
