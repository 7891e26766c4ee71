"""Entry → Link What Happened Next…: choose the later entry that tells what came of this one.

The dialog lists the open entry's later live entries, newest first, with a
filter to type in (Up and Down move through the list from the filter; Return
links the chosen one, Esc leaves). Below, the entries already linked as what
happened next, each removable with a button or Delete. It links nothing itself:
it says which entry was chosen and the caller links it; removing a link is
immediate (it deletes no words, and linking again brings it back).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records.entries import Entry
from app.ui.journal.pair_models import (
    EntryChoiceModel,
    HeadlineFilter,
    LinkRole,
    rows_high,
    spoken_day,
)
from app.ui.widgets.kit import SPACING, button, text_label
from app.ui.widgets.lists import list_view
from app.ui.widgets.rows import TwoLineRowDelegate
from app.ui.widgets.translate import tr

if TYPE_CHECKING:
    from app.storage.links import LinkStore
    from app.ui.journal.page import JournalPage

Say = Callable[[str, int], None]
MESSAGE_MS = 8000
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class LinkNextDialog(QDialog):
    """Choose what happened next for one entry; remove a link already made.

    Attributes:
        removed: the days of the entries whose links were removed here, in order.
    """

    def __init__(self, links: LinkStore, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link What Happened Next"))
        self._links = links
        self._entry = entry
        self.removed: list[str] = []
        self.later = EntryChoiceModel(self)
        self.filtered = HeadlineFilter(self.later, self)
        self.linked = EntryChoiceModel(self)
        self._build()
        self._connect()
        self._reload()
        self.filter.setFocus()

    def chosen(self) -> str | None:
        """The id of the entry chosen as what happened next, if any."""
        index = self.list.currentIndex()
        value = index.data(LinkRole.EntryIdRole) if index.isValid() else None
        return str(value) if value else None

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(text_label(self.tr("What happened next?"), "subheading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Choose a later entry that tells what came of this one, from {day}. "
                    "You can read the two side by side in Remind me why."
                ).format(day=spoken_day(self._entry.date)),
                "muted",
            )
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by headline…"))
        self.filter.setAccessibleName(self.tr("Filter the later entries"))
        self.filter.setClearButtonEnabled(True)
        self.list = self._entry_list(self.filtered, self.tr("Later entries"))
        self.none_later = text_label(
            self.tr(
                "There are no later entries yet. When you have written what happened, "
                "you can come back here and link it."
            ),
            "muted",
        )
        for widget in (self.filter, self.list, self.none_later):
            layout.addWidget(widget)
        layout.addSpacing(SPACING // 2)
        layout.addLayout(self._linked_section())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.link = self.buttons.addButton(self.tr("&Link"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.link.setAccessibleName(self.tr("Link the chosen entry"))
        self.link.setDefault(True)
        layout.addWidget(self.buttons)
        self.resize(560, 560)

    def _linked_section(self) -> QVBoxLayout:
        section = QVBoxLayout()
        self.linked_title = text_label(self.tr("Already linked as what happened next"), "muted")
        self.linked_list = self._entry_list(self.linked, self.tr("Entries already linked"))
        self.linked_list.setMaximumHeight(rows_high(self.linked_list, 3))
        self.remove: QPushButton = button(self.tr("&Remove Link"), self.tr("Remove the link"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        for widget in (self.linked_title, self.linked_list):
            section.addWidget(widget)
        section.addLayout(row)
        return section

    def _entry_list(self, model: QAbstractItemModel, name: str) -> QListView:
        delegate = TwoLineRowDelegate(
            LinkRole.DetailRole,
            LinkRole.DateRole,
            notes_role=LinkRole.NotesRole,
            untitled=self.tr("Untitled entry"),
        )
        return list_view(QListView(self), model, delegate, name)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)  # Up and Down move through the list
        self.linked_list.installEventFilter(self)  # Delete removes a link
        self.list.activated.connect(lambda _index: self.accept())
        self.list.selectionModel().currentChanged.connect(self._enable)
        self.linked_list.selectionModel().currentChanged.connect(self._enable)
        self.remove.clicked.connect(self._remove)

    # ------------------------------------------------------------------ acting

    def _reload(self) -> None:
        """Read both lists again: the later entries not linked yet, and the linked ones."""
        try:
            linked = self._links.linked_next(self._entry.id)  # whatever their dates now
            later = self._links.later_than(self._entry.id)
        except KnownError:
            linked, later = [], []
        ids = {entry.id for entry in linked}
        self.later.set_entries([e for e in later if e.id not in ids], self._entry.date)
        self.linked.set_entries(linked, self._entry.date)
        self._filter(self.filter.text())
        if self.linked.rowCount():
            self.linked_list.setCurrentIndex(self.linked.index(0))
        self.linked_title.setVisible(self.linked.rowCount() > 0)
        self.linked_list.setVisible(self.linked.rowCount() > 0)
        self.remove.setVisible(self.linked.rowCount() > 0)
        self._enable()

    def _filter(self, typed: str) -> None:
        self.filtered.set_words(typed)
        if self.filtered.rowCount():
            self.list.setCurrentIndex(self.filtered.index(0, 0))
        self.none_later.setVisible(self.later.rowCount() == 0)
        self.list.setVisible(self.later.rowCount() > 0)
        self._enable()

    def _enable(self, *_: QModelIndex) -> None:
        self.link.setEnabled(self.list.currentIndex().isValid())
        self.remove.setEnabled(self.linked_list.currentIndex().isValid())

    def _remove(self) -> None:
        row = self.linked.entry(self.linked_list.currentIndex().row())
        if row is None:
            return
        try:
            self._links.unlink(self._entry.id, row.id)
        except KnownError as error:  # busy or a full disk: the link stays, and says why
            self.linked_title.setText(error.message)
            return
        self.removed.append(spoken_day(row.date))
        self._reload()
        (self.linked_list if self.linked.rowCount() else self.filter).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter move through the list; Delete in the linked list removes."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if watched is self.filter and event.key() in _MOVES:
            self.list.keyPressEvent(event)  # moves the current row; the typing stays put
            return True
        if watched is self.linked_list and event.key() == Qt.Key.Key_Delete:
            self._remove()
            return True
        return False


def link_what_happened_next(page: JournalPage, say: Say) -> None:
    """Open the chooser for the entry on ``page`` (saved first); link what was chosen."""
    journal = page.journal()
    if journal is None or not page.save_now():
        return
    entry_id = page.editor.entry_id()  # after saving: a new entry has one once saved
    if entry_id is None:
        say(tr("Once this entry is saved, you can link what happened next."), MESSAGE_MS)
        return
    try:
        dialog = LinkNextDialog(journal.links, journal.entries.get(entry_id), page)
    except KnownError as error:
        say(error.message, MESSAGE_MS)
        return
    chosen = dialog.chosen() if dialog.exec() else None
    dialog.deleteLater()  # it held the entry's words: gone now, not at the next lock
    if chosen is None:
        if dialog.removed:
            days = ", ".join(dialog.removed)
            said = tr("The link to {days} was removed.")
            if len(dialog.removed) > 1:
                said = tr("The links to {days} were removed.")
            say(said.format(days=days), MESSAGE_MS)
        return
    try:
        pair = journal.links.link(entry_id, chosen)
    except KnownError as error:
        say(error.message, MESSAGE_MS)
        return
    say(tr("Linked to {day}.").format(day=spoken_day(pair.later_date)), MESSAGE_MS)
