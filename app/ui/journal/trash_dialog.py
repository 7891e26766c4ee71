"""The trash: bring entries back, or delete them for good after one clear question.

Trashing is the undoable step, so moving an entry to the trash asks nothing;
emptying the trash is the one thing that cannot be undone, so it is the one thing
confirmed, with Cancel as the default and the count stated plainly.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records.entries import EntryFilter, EntrySummary
from app.ui.journal.search_model import EntryRowDelegate
from app.ui.widgets.confirm import destructive_question
from app.ui.widgets.kit import text_label
from app.ui.widgets.lists import FIRST_ROLE, ListModel, list_view
from app.ui.widgets.rows import format_day

if TYPE_CHECKING:
    from app.storage.entries import EntryStore
    from app.ui.journal.page import JournalPage

_NEVER = dt.datetime.min.replace(tzinfo=dt.UTC)


# Named roles for one trashed entry.
TrashRole = IntEnum("TrashRole", "EntryIdRole DateRole TrashedRole DetailRole", start=FIRST_ROLE)


class TrashModel(ListModel[EntrySummary]):
    """Trashed entries, most recently trashed first (what was just lost is on top)."""

    roles = TrashRole

    def set_summaries(self, summaries: list[EntrySummary]) -> None:
        """Show these trashed entries (the one reset point)."""
        self.replace_rows(sorted(summaries, key=lambda row: row.trashed or _NEVER, reverse=True))

    def item_data(self, item: EntrySummary, role: int) -> object:
        """The value of one role for one trashed entry."""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.headline}, {format_day(item.date)}. {self._detail(item)}"
        if role == TrashRole.DetailRole:
            return self._detail(item)
        return _summary_role(item, role)

    def _detail(self, row: EntrySummary) -> str:
        when = row.trashed.astimezone().date() if row.trashed else None
        return self.tr("Moved to the trash on {day}").format(day=format_day(when))


def _summary_role(row: EntrySummary, role: int) -> object:
    """The plain roles of one trashed entry (None for any other role)."""
    match role:
        case Qt.ItemDataRole.DisplayRole:
            return row.headline
        case TrashRole.EntryIdRole:
            return row.id
        case TrashRole.DateRole:
            return row.date
        case TrashRole.TrashedRole:
            return row.trashed
    return None


class TrashDialog(QDialog):
    """Lists trashed entries; restores them or empties the trash.

    Args:
        store: the open journal's entries (``journal.entries``).

    Signals:
        changed: an entry was restored or the trash was emptied; the timeline
            should reload.
    """

    changed = Signal()

    def __init__(self, store: EntryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self._store = store
        self._model = TrashModel(self)
        self._list = self._make_list()
        self._pages = QStackedWidget(self)
        self._status = text_label("", "muted")
        self._status.setAccessibleName(self.tr("Trash status"))
        self._restore = QPushButton(self.tr("&Restore"), self)
        self._empty = QPushButton(self.tr("&Empty trash…"), self)
        self._lay_out()
        self.resize(640, 520)
        self.reload()
        self._list.setFocus()

    def model(self) -> TrashModel:
        """The list's model (for tests)."""
        return self._model

    def entry_list(self) -> QListView:
        """The list of trashed entries (for tests and screenshots)."""
        return self._list

    def reload(self) -> None:
        """Read the trash again from the journal."""
        try:
            summaries = self._store.summaries(EntryFilter(trashed=True))
        except KnownError as error:
            summaries = []
            self._status.setText(error.message)
        self._model.set_summaries(summaries)
        self._pages.setCurrentIndex(0 if summaries else 1)
        self._empty.setVisible(bool(summaries))
        self._restore.setVisible(bool(summaries))
        if summaries:
            self._list.setCurrentIndex(self._model.index(0))
        self._update_restore()

    def confirmation_box(self, count: int) -> tuple[QMessageBox, QPushButton]:
        """The question asked before emptying: the box and its "Delete forever" button."""
        return destructive_question(
            self,
            self.tr("Empty the trash"),
            self.tr("Delete 1 entry forever?")
            if count == 1
            else self.tr("Delete {count} entries forever?").format(count=count),
            self.tr(
                "This can't be undone. Their text and earlier versions will be gone for good. "
                "Entries you still want can be restored first."
            ),
            self.tr("Delete forever"),
        )

    # ------------------------------------------------------------------ building

    def _make_list(self) -> QListView:
        view = list_view(
            QListView(self),
            self._model,
            EntryRowDelegate(TrashRole.DetailRole, TrashRole.DateRole),
            self.tr("Entries in the trash"),
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        view.selectionModel().selectionChanged.connect(self._update_restore)
        return view

    def _lay_out(self) -> None:
        heading = text_label(self.tr("Trash"), "heading")
        intro = text_label(
            self.tr("Entries you move to the trash wait here until you empty it."), "muted"
        )
        empty = QLabel(self.tr("The trash is empty."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setAccessibleName(self.tr("The trash is empty."))
        self._pages.addWidget(self._list)
        self._pages.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self._status)
        layout.addSpacing(8)
        layout.addLayout(self._footer())

    def _footer(self) -> QHBoxLayout:
        self._empty.setProperty("danger", "true")
        self._empty.setAccessibleName(self.tr("Empty trash"))
        self._empty.clicked.connect(self._empty_trash)
        self._restore.setProperty("primary", "true")
        self._restore.setAccessibleName(self.tr("Restore the selected entries"))
        self._restore.clicked.connect(self._restore_selected)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self._restore, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        for button in (self._empty, self._restore, close):
            button.setAutoDefault(False)  # Enter in the list does nothing by surprise
        footer = QHBoxLayout()
        footer.addWidget(self._empty)
        footer.addStretch(1)
        footer.addWidget(buttons)
        return footer

    # ------------------------------------------------------------------ behaviour

    def _update_restore(self) -> None:
        self._restore.setEnabled(bool(self._list.selectionModel().selectedRows()))

    def _restore_selected(self) -> None:
        ids = [str(index.data(TrashRole.EntryIdRole)) for index in self._selected()]
        restored = 0
        try:
            for entry_id in ids:
                self._store.restore(entry_id)
                restored += 1
        except KnownError as error:
            self._status.setText(error.message)
        else:
            self._status.setText(self._restored_text(restored))
        if restored:
            self.reload()
            self.changed.emit()

    def _selected(self) -> list[QModelIndex]:
        return sorted(self._list.selectionModel().selectedRows(), key=lambda index: index.row())

    def _restored_text(self, count: int) -> str:
        if count == 1:
            return self.tr("The entry is back in your journal.")
        return self.tr("{count} entries are back in your journal.").format(count=count)

    def _empty_trash(self) -> None:
        count = self._model.rowCount()
        if count == 0 or not self._confirm_empty(count):
            return
        try:
            self._store.empty_trash()
        except KnownError as error:
            self._status.setText(error.message)
            return
        self._status.clear()
        self.reload()
        self.changed.emit()

    def _confirm_empty(self, count: int) -> bool:
        box, delete = self.confirmation_box(count)
        box.exec()
        return box.clickedButton() is delete


def show_trash(page: JournalPage) -> None:
    """Restore trashed entries or empty the trash (what ``page`` shows is saved first)."""
    journal = page.journal()
    if journal is None or not page.save_now():
        return
    dialog = TrashDialog(journal.entries, page)
    dialog.changed.connect(page.timeline.reload)
    dialog.exec()
