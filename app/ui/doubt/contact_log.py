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

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.storage.contacts import Contact, ContactFields
from app.ui.doubt.contact_form import ContactForm
from app.ui.doubt.contact_log_model import ContactListModel, MonthTimeline
from app.ui.doubt.contact_log_parts import (
    ContactList,
    RecordButtons,
    WhoFilter,
    empty_label,
    linked_entry_problem,
    purge_question,
    search_field,
    search_row,
    timeline_card,
    trash_toggle,
)
from app.ui.widgets.kit import text_label
from app.ui.widgets.scrolling import scrolled

if TYPE_CHECKING:
    from app.journal import Journal

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
        self.search = search_field(self)
        self.who = WhoFilter(self)
        self.who.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_trash = trash_toggle()
        self.show_trash.toggled.connect(self._trash_toggled)
        self.view = ContactList(self.model, self)
        self.view.recordActivated.connect(self._activated)
        self.view.deleteRequested.connect(self._delete_key)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.empty = empty_label()
        self.status = text_label(role="muted")
        self.status.setAccessibleName(self.tr("Contact log status"))
        self.status.hide()  # shown only while it has something to say
        self._pages = QStackedWidget(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
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
        self._read_people()
        contacts = self._read()
        self.model.set_contacts(contacts)
        self._read_timeline()
        self._pages.setCurrentIndex(0 if contacts else 1)
        self.empty.setText(self._empty_text())
        self.empty.setAccessibleName(self.empty.text())
        self._select(selected)
        self._update_buttons()

    def open_form(
        self, contact: Contact | None = None, draft: ContactFields | None = None
    ) -> ContactForm:
        """Open the form for a new record (``draft``: what is known) or to change ``contact``.

        Saving reloads the list.
        """
        form = ContactForm(self._journal, contact, self._current_entry_id, draft=draft, parent=self)
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
        return purge_question(self)

    # ------------------------------------------------------------------ building

    def _make_buttons(self) -> None:
        self.buttons = RecordButtons()
        b = self.buttons
        self.add, self.edit, self.open_entry, self.trash = b.add, b.edit, b.open_entry, b.trash
        self.restore, self.purge, self.close_button = b.restore, b.purge, b.close
        b.add.clicked.connect(self._new_record)
        b.edit.clicked.connect(self._edit_current)
        b.open_entry.clicked.connect(self._open_linked_entry)
        b.trash.clicked.connect(self._trash_current)
        b.restore.clicked.connect(self._restore_current)
        b.purge.clicked.connect(self._purge_current)
        b.close.clicked.connect(self.reject)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("Contact log"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Each time they reach out, you can note it here: when, how, who, and what "
                    "you did. Over the months, the pattern gets easier to see."
                ),
                "muted",
            )
        )
        layout.addSpacing(8)
        layout.addWidget(timeline_card(self, self.timeline))
        layout.addSpacing(8)
        layout.addLayout(search_row(self.search, self.who, self.show_trash))
        self._pages.addWidget(self.view)
        self._pages.addWidget(scrolled(self.empty))  # whole lines in a small window
        layout.addWidget(self._pages, 1)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addLayout(self.buttons.record_row())
        layout.addLayout(self.buttons.footer())

    def _add_shortcuts(self) -> None:
        """Standard keys: New records a contact, Find goes to the search field."""
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self._new_record)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.search.returnPressed.connect(self._search_now)

    # ------------------------------------------------------------------ reading

    def _in_trash(self) -> bool:
        return self.show_trash.isChecked()

    def _query(self) -> str:
        return "" if self._in_trash() else self.search.text().strip()

    def _read(self) -> list[Contact]:
        """The records to list now; a known error is said in the status line."""
        store, who = self._journal.contacts, self.who.person()
        try:
            if self._in_trash():
                return store.all(trashed=True, who=who)
            query = self._query()
            if not query:
                return store.all(who=who)
            found = store.search(query)
        except KnownError as error:
            self._say(error.message)
            return []
        return [c for c in found if who is None or who.casefold() in _folded(c.fields.who)]

    def _read_people(self) -> None:
        """The names the filter offers (a name no record uses any more goes away)."""
        try:
            people = self._journal.contacts.people()
        except KnownError:
            people = []
        self.who.blockSignals(True)
        self.who.set_people(people)
        self.who.blockSignals(False)

    def _read_timeline(self) -> None:
        try:
            per_month = self._journal.contacts.per_month()
        except KnownError:
            per_month = {}
        self.timeline.set_counts(per_month, dt.date.today())

    def _empty_text(self) -> str:
        if self._in_trash():
            return self.tr("The trash is empty.")
        if self._query() or self.who.person() is not None:
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
        self.search.setEnabled(not self._in_trash())
        self.buttons.update(self.current_contact(), self._in_trash())

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
        problem = linked_entry_problem(self._journal.entries, contact.fields.entry)
        if problem:
            self._say(problem)
            return
        self.openEntryRequested.emit(contact.fields.entry)
        self.accept()

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


def _folded(names: tuple[str, ...]) -> set[str]:
    return {name.casefold() for name in names}
