"""Journal → Import… and Export Everything…: their dialogs, and the journal page after.

The window's two commands land here (made on first use, see ``app.ui.transfer``).
What is being written is saved first, so nothing typed waits behind an import's
transaction and an archive holds the words on screen. While an import runs, its
commit is the window's own news (the page's upkeep holds it); afterwards the
timeline reads the journal again and offers "Imported from …" as a filter, and
"Show Them" sets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.errors import KnownError
from app.records.entries import EntryFilter
from app.records.imports import SourceKind
from app.ui.forgetting import keep_typed_everywhere

if TYPE_CHECKING:
    from app.ui.controller import JournalController
    from app.ui.journal.page import JournalPage


class TransferCoordinator(QObject):
    """Opens the import and export-everything dialogs and shows what came in.

    Args:
        window: the journal window (the dialogs' parent; its views are saved first).
        controller: holds the open journal.
        page: the journal page (its timeline, filter and upkeep).
    """

    def __init__(self, window: QWidget, controller: JournalController, page: JournalPage) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._page = page

    def import_entries(self) -> None:
        """Journal → Import…: the import dialog, once what was typed is saved."""
        if not self._ready():
            return
        from app.ui.transfer.import_dialog import ImportDialog  # noqa: PLC0415 - first use

        dialog = ImportDialog(self._controller.journal, self._window)
        dialog.busyChanged.connect(self._page.upkeep.hold_news)
        dialog.imported.connect(self.entries_arrived)
        dialog.showRequested.connect(self.show_source)
        dialog.exec()

    def export_everything(self) -> None:
        """Journal → Export Everything…: the archive dialog, once what was typed is saved."""
        if not self._ready():
            return
        from app.ui.transfer.export_all_dialog import ExportAllDialog  # noqa: PLC0415 - first use

        ExportAllDialog(self._controller.journal, self._window).exec()

    def entries_arrived(self) -> None:
        """An import kept entries: list them, and offer where they came from as a filter."""
        self._page.timeline.reload()
        self.offer_sources()

    def offer_sources(self) -> None:
        """Offer "Imported from …" for each source the journal holds entries from."""
        if not self._controller.is_open():
            return
        entries = self._controller.journal.entries
        try:
            present = [
                kind.value for kind in SourceKind if entries.count(EntryFilter(source=kind.value))
            ]
        except KnownError:
            return  # the filter is a convenience; the entries are listed anyway
        self._page.timeline.filter_bar.set_sources(present)

    def show_source(self, source: str) -> None:
        """Show the entries imported from ``source``: the filter opened and set."""
        timeline = self._page.timeline
        timeline.filter_button.setChecked(True)
        timeline.filter_bar.show_source(source)
        timeline.focus_list()

    def _ready(self) -> bool:
        return self._controller.is_open() and keep_typed_everywhere(self._window)
