"""Opens the export dialog for what the person chose: the selected entries or the list.

The window's two Export commands land here. What is being written is saved first,
so the export holds the words on screen. The result is said through ``exported``;
the window puts it in its status line.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.errors import KnownError
from app.ui.controller import JournalController
from app.ui.forgetting import keep_typed_everywhere
from app.ui.journal.page import JournalPage


class ExportLauncher(QObject):
    """Starts an export of the selected entries, the open one, or every listed one.

    Signals:
        exported(str): an export was written to this path.
    """

    exported = Signal(str)

    def __init__(
        self, window: QMainWindow, controller: JournalController, journal_page: JournalPage
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._page = journal_page

    def export_selected(self) -> None:
        """Export the entries selected in the timeline, or else the open entry."""
        if not self._ready():
            return
        selected = self._page.timeline.selected_entry_ids()
        current = self._page.editor.entry_id()
        if len(selected) > 1:
            self._export(selected, "several entries")
        elif current is not None:
            self._export([current], "current entry")

    def export_listed(self) -> None:
        """Export every entry the timeline lists under its filter."""
        if not self._ready():
            return
        from app.export.prepare import select_ids  # noqa: PLC0415 - rarely used

        entry_filter = self._page.timeline.model.entry_filter
        try:
            ids = select_ids(self._controller.journal, entry_filter=entry_filter)
        except KnownError as error:
            QMessageBox.information(self._window, self.tr("Export"), error.message)
            return
        self._export(ids, "filter")

    def _ready(self) -> bool:
        return self._controller.is_open() and keep_typed_everywhere(self._window)

    def _export(self, entry_ids: list[str], selection: str) -> None:
        from app.ui.export.dialog import ExportDialog  # noqa: PLC0415 - rarely opened

        dialog = ExportDialog(self._controller.journal, entry_ids, selection, self._window)
        dialog.exported.connect(self.exported)
        dialog.exec()
