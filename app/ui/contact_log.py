"""The contact log: a record of each time the other person reached out.

When a message arrives or someone passes on a word from them, the pull to go
back can be strong; seeing the pattern over months, with what was said and what
it did to me, helps to stay the course. The log lists records newest first, can
be searched as the user types, shows a quiet bar per month, and links a record
to the journal entry written about it.

Moving a record to the trash asks nothing (it can be restored); deleting it for
good is the one step confirmed, with Cancel as the default and the only red.
Nothing from the log goes into window titles or tooltips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.storage.contacts import Contact
from app.ui.confirm import destructive_question
from app.ui.contact_form import ContactForm
from app.ui.contact_log_model import ContactListModel, ContactRowDelegate, MonthTimeline
from app.ui.problem_page import button, text_label

if TYPE_CHECKING:
    from app.journal import Journal

TOGGLE_PADDING = 16  # a chip's padding and border, each side
SEARCH_DELAY_MS = 250  # long enough to skip a search per keystroke, short enough to feel live


class ContactLogDialog(QDialog):
    """Lists, searches and edits the contact log; trashed records can come back.

    Args:
        journal: the open journal.
        current_entry_id: the entry open in the journal, offered as a record's link.

    Signals:
        openEntryRequested(str): the user wants to read a linked entry; the
            argument is its id. The dialog closes right after.
    """

    openEntryRequested = Signal(str)

    def __init__(
        self, journal: Journal, current_entry_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact log"))  # never a record's words
        self._journal = journal
        self._current_entry_id = current_entry_id
        self._form: ContactForm | None = None
        self.model = ContactListModel(self)
        self.timeline = MonthTimeline(self)
        self.search = self._make_search()
        self.show_trash = self._make_trash_toggle()
        self.view = self._make_list()
        self.empty = self._make_empty()
        self.status = text_label(role="muted")
        self.status.setAccessibleName(self.tr("Contact log status"))
        self.status.hide()  # shown only while it has something to say
        self._pages = QStackedWidget(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._make_buttons()
        self._lay_out()
        self._add_shortcuts()
        self.resize(720, 640)
        self.reload()
        self.view.setFocus()

    # ------------------------------------------------------------------ public

    def reload(self) -> None:
        """Read the log again: the live records, the search results or the trash."""
        self._search_timer.stop()
        selected = self._selected_id()
        contacts = self._read()
        self.model.set_contacts(contacts)
        self._read_timeline()
        self._pages.setCurrentIndex(0 if contacts else 1)
        self.empty.setText(self._empty_text())
        self.empty.setAccessibleName(self.empty.text())
        self._select(selected)
        self._update_buttons()

    def open_form(self, contact: Contact | None = None) -> ContactForm:
        """Open the form for a new record (or to change ``contact``); saving reloads the list."""
        form = ContactForm(self._journal, contact, self._current_entry_id, parent=self)
        form.accepted.connect(lambda: self._form_saved(form))
        self._form = form
        form.open()
        return form

    def current_contact(self) -> Contact | None:
        """The record the list's cursor is on."""
        return self.model.contact(self.view.currentIndex().row())

    def select_contact(self, contact_id: str) -> None:
        """Put the list's cursor on a record (if it is shown)."""
        self._select(contact_id)

    def confirmation_box(self) -> tuple[QMessageBox, QPushButton]:
        """The question asked before deleting for good: the box and its red button."""
        return destructive_question(
            self,
            self.tr("Delete for good"),
            self.tr("Delete this record for good?"),
            self.tr("This can't be undone. If you might want it later, it can stay in the trash."),
            self.tr("Delete for good"),
        )

    # ------------------------------------------------------------------ building

    def _make_search(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(self.tr("Search the log"))
        field.setAccessibleName(self.tr("Search the contact log"))
        field.setClearButtonEnabled(True)
        field.textChanged.connect(lambda _text: self._search_timer.start())
        return field

    def _make_trash_toggle(self) -> QPushButton:
        toggle = button(self.tr("&Trash"), self.tr("Show the records in the trash"))
        toggle.setCheckable(True)
        toggle.setProperty("chip", "true")
        toggle.setAutoDefault(False)
        bold = QFont(toggle.font())
        bold.setWeight(QFont.Weight.DemiBold)  # checked chips are bold: leave room for it
        width = QFontMetrics(bold).horizontalAdvance(self.tr("Trash")) + 2 * TOGGLE_PADDING
        toggle.setMinimumWidth(width)
        toggle.toggled.connect(self._trash_toggled)
        return toggle

    def _make_list(self) -> QListView:
        view = QListView(self)
        view.setModel(self.model)
        view.setItemDelegate(ContactRowDelegate(view))
        view.setUniformItemSizes(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setAccessibleName(self.tr("Contact records"))
        view.activated.connect(self._activated)
        view.selectionModel().currentChanged.connect(self._update_buttons)
        return view

    def _make_empty(self) -> QLabel:
        label = text_label(role="muted")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMargin(24)
        return label

    def _make_buttons(self) -> None:
        self.add = button(self.tr("&Record a contact…"), self.tr("Record a contact"), primary=True)
        self.edit = button(self.tr("&Edit…"), self.tr("Edit the selected record"))
        self.open_entry = button(self.tr("&Open linked entry"), self.tr("Open the linked entry"))
        self.trash = button(self.tr("&Move to trash"), self.tr("Move the selected record to trash"))
        self.restore = button(self.tr("Re&store"), self.tr("Restore the selected record"))
        self.purge = button(self.tr("&Delete for good…"), self.tr("Delete the record for good"))
        self.close_button = button(self.tr("Close"), self.tr("Close the contact log"))
        self.add.clicked.connect(self._new_record)
        self.edit.clicked.connect(self._edit_current)
        self.open_entry.clicked.connect(self._open_linked_entry)
        self.trash.clicked.connect(self._trash_current)
        self.restore.clicked.connect(self._restore_current)
        self.purge.clicked.connect(self._purge_current)
        self.close_button.clicked.connect(self.reject)
        for widget in self._all_buttons():
            widget.setAutoDefault(False)  # Enter in the list opens the record, nothing else

    def _all_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add,
            self.edit,
            self.open_entry,
            self.trash,
            self.restore,
            self.purge,
            self.close_button,
        )

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("Contact log"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Each time they reach out, you can note it here: when, how, and what you "
                    "did. Over the months, the pattern gets easier to see."
                ),
                "muted",
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self._timeline_card())
        layout.addSpacing(8)
        layout.addLayout(self._search_row())
        self._pages.addWidget(self.view)
        self._pages.addWidget(self.empty)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addLayout(self._record_row())
        layout.addLayout(self._footer())

    def _timeline_card(self) -> QFrame:
        card = QFrame(self)
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.setSpacing(8)
        inner.addWidget(text_label(self.tr("The last 18 months"), "muted"))
        inner.addWidget(self.timeline)
        return card

    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search, 1)
        row.addWidget(self.show_trash)
        return row

    def _record_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget in (self.edit, self.open_entry, self.restore):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.trash)
        row.addWidget(self.purge)
        return row

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.add)
        return row

    def _add_shortcuts(self) -> None:
        """Standard keys: New records a contact, Find goes to the search field."""
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self._new_record)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.view.installEventFilter(self)
        self.search.returnPressed.connect(self._search_now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list, Enter opens the record and Delete trashes it (or asks, in the trash).

        Handled here rather than left to the view: a Return the view ignores would
        travel up to this dialog, and QDialog presses any default button it finds
        among its children, including the Save of an open form.
        """
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.view and pressed and self._list_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def _list_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activated(self.view.currentIndex())
            return True
        if event.matches(QKeySequence.StandardKey.Delete):
            self._delete_key()
            return True
        return False

    # ------------------------------------------------------------------ reading

    def _in_trash(self) -> bool:
        return self.show_trash.isChecked()

    def _query(self) -> str:
        return "" if self._in_trash() else self.search.text().strip()

    def _read(self) -> list[Contact]:
        """The records to list now; a known error is said in the status line."""
        store = self._journal.contacts
        try:
            if self._in_trash():
                return store.all(trashed=True)
            query = self._query()
            return store.search(query) if query else store.all()
        except KnownError as error:
            self._say(error.message)
            return []

    def _read_timeline(self) -> None:
        try:
            per_month = self._journal.contacts.per_month()
        except KnownError:
            per_month = {}
        self.timeline.set_counts(per_month, dt.date.today())

    def _empty_text(self) -> str:
        if self._in_trash():
            return self.tr("The trash is empty.")
        if self._query():
            return self.tr("Nothing in the log matches that yet.")
        return self.tr(
            "Nothing recorded yet.\n\nWhen they reach out, you can note it here. "
            "Looking back later, the pattern is often easier to see."
        )

    def _selected_id(self) -> str | None:
        contact = self.current_contact()
        return None if contact is None else contact.id

    def _select(self, contact_id: str | None) -> None:
        row = None if contact_id is None else self.model.row_of(contact_id)
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))

    # ------------------------------------------------------------------ behaviour

    def _say(self, text: str) -> None:
        """Show a short note under the list, or hide the line when there is none."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _update_buttons(self) -> None:
        contact = self.current_contact()
        trash = self._in_trash()
        self.search.setEnabled(not trash)
        for widget in (self.edit, self.trash, self.add):
            widget.setVisible(not trash)
        for widget in (self.restore, self.purge):
            widget.setVisible(trash)
        for widget in (self.edit, self.trash, self.restore, self.purge):
            widget.setEnabled(contact is not None)
        linked = contact is not None and contact.fields.entry is not None
        self.open_entry.setVisible(not trash)
        self.open_entry.setEnabled(linked)

    def _trash_toggled(self, _checked: bool) -> None:
        self._say("")
        self.reload()

    def _focus_search(self) -> None:
        if self._in_trash():
            self.show_trash.setChecked(False)
        self.search.setFocus()
        self.search.selectAll()

    def _search_now(self) -> None:
        """Enter in the search field: search without waiting, then go to the results."""
        self.reload()
        if self.model.rowCount():
            self.view.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a record: edit it, or restore it in the trash."""
        if not index.isValid():
            return
        if self._in_trash():
            self._restore_current()
        else:
            self._edit_current()

    def _delete_key(self) -> None:
        if self._in_trash():
            self._purge_current()
        else:
            self._trash_current()

    def _new_record(self) -> None:
        if self._in_trash():
            self.show_trash.setChecked(False)
        self.open_form()

    def _edit_current(self) -> None:
        contact = self.current_contact()
        if contact is not None and not self._in_trash():
            self.open_form(contact)

    def _form_saved(self, form: ContactForm) -> None:
        saved = form.saved()
        if saved is None:
            return
        self._say(self.tr("Saved."))
        if self._query() and self.model.row_of(saved.id) is None:
            self.search.clear()  # show the new record rather than hide it behind a search
        self.reload()
        self._select(saved.id)
        self.view.setFocus()

    def _open_linked_entry(self) -> None:
        contact = self.current_contact()
        if contact is None or contact.fields.entry is None:
            return
        problem = self._entry_problem(contact.fields.entry)
        if problem:
            self._say(problem)
            return
        self.openEntryRequested.emit(contact.fields.entry)
        self.accept()

    def _entry_problem(self, entry_id: str) -> str:
        """Why a linked entry can't be opened, or "" when it can."""
        try:
            entry = self._journal.entries.get(entry_id)
        except KnownError:
            return self.tr("The linked entry is no longer in your journal. This record is safe.")
        if entry.trashed is not None:
            return self.tr(
                "The linked entry is in the journal's trash. Restore it there to open it."
            )
        return ""

    def _trash_current(self) -> None:
        contact = self.current_contact()
        if contact is None or self._in_trash():
            return
        if self._change(lambda: self._journal.contacts.trash(contact.id)):
            self._say(self.tr("Moved to the trash. You can bring it back from there."))

    def _restore_current(self) -> None:
        contact = self.current_contact()
        if contact is None or not self._in_trash():
            return
        if self._change(lambda: self._journal.contacts.restore(contact.id)):
            self._say(self.tr("The record is back in the log."))

    def _purge_current(self) -> None:
        contact = self.current_contact()
        if contact is None or not self._in_trash() or not self._confirm_purge():
            return
        if self._change(lambda: self._journal.contacts.purge(contact.id)):
            self._say(self.tr("Deleted for good."))

    def _confirm_purge(self) -> bool:
        box, delete = self.confirmation_box()
        box.exec()
        return box.clickedButton() is delete

    def _change(self, action: Callable[[], None]) -> bool:
        """Run a store change, then reload; a known error is said in the status line."""
        row = self.view.currentIndex().row()
        try:
            action()
        except KnownError as error:
            self._say(error.message)
            return False
        self.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), self.model.rowCount() - 1)))
        self.view.setFocus()
        return True
