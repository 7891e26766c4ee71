"""The pieces the contact log window is built from: its list, the who filter, the trash chip.

Kept apart from ``ContactLogDialog`` so the window itself is only about what
happens (reading, choosing, changing records), not how each piece is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.storage.contacts import Contact
from app.ui.doubt.contact_log_model import ContactListModel, contact_row_delegate
from app.ui.widgets.confirm import destructive_question
from app.ui.widgets.icons import with_kit_clear_button
from app.ui.widgets.kit import button, text_label
from app.ui.widgets.lists import list_view
from app.ui.widgets.translate import tr

if TYPE_CHECKING:
    from app.storage.entries import EntryStore

TOGGLE_PADDING = 16  # a chip's padding and border, each side


class ContactList(QListView):
    """The records, newest first; Enter opens the one under the cursor, Delete removes it.

    Handled here rather than left to QListView: a Return the view ignores would
    travel up to the dialog, and QDialog presses any default button it finds among
    its children, including the Save of an open form.

    Signals:
        recordActivated(QModelIndex): Enter or a double click on a record.
        deleteRequested(): Delete pressed on a record.
    """

    recordActivated = Signal(QModelIndex)
    deleteRequested = Signal()

    def __init__(self, model: ContactListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        list_view(self, model, contact_row_delegate(), self.tr("Contact records"))
        self.activated.connect(self.recordActivated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the record, Delete removes it; other keys move as usual."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.recordActivated.emit(self.currentIndex())
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class WhoFilter(QComboBox):
    """Everyone, or only the records naming one person (shown once a name is known)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Show the records of"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_people(self, names: list[str]) -> None:
        """Offer these names, keeping the choice when it is still among them."""
        chosen = self.person()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Everyone"), None)
        for name in names:
            self.addItem(name, name)
        found = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        self.setVisible(bool(names))

    def person(self) -> str | None:
        """The chosen name, or None for everyone."""
        data = self.currentData()
        return None if data is None else str(data)


class RecordButtons:
    """The log's buttons in their two rows: for the record under the cursor, and the footer.

    Only the ones that make sense show: the trash has Restore and Delete for good,
    the log has Edit, Open linked entry and Move to trash.
    """

    def __init__(self) -> None:
        self.add = button(tr("&Record a contact…"), tr("Record a contact"), primary=True)
        self.edit = button(tr("&Edit…"), tr("Edit the selected record"))
        self.open_entry = button(tr("&Open linked entry"), tr("Open the linked entry"))
        self.trash = button(tr("&Move to trash"), tr("Move the selected record to trash"))
        self.restore = button(tr("Re&store"), tr("Restore the selected record"))
        self.purge = button(tr("&Delete for good…"), tr("Delete the record for good"))
        self.close = button(tr("Close"), tr("Close the contact log"))
        for widget in self.all():
            widget.setAutoDefault(False)  # Enter in the list opens the record, nothing else

    def all(self) -> tuple[QPushButton, ...]:
        """Every button, in reading order."""
        return (
            self.add,
            self.edit,
            self.open_entry,
            self.trash,
            self.restore,
            self.purge,
            self.close,
        )

    def record_row(self) -> QHBoxLayout:
        """Edit, Open linked entry, Restore … Move to trash, Delete for good."""
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget in (self.edit, self.open_entry, self.restore):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.trash)
        row.addWidget(self.purge)
        return row

    def footer(self) -> QHBoxLayout:
        """Close, then the one primary action."""
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        row.addWidget(self.close)
        row.addWidget(self.add)
        return row

    def update(self, contact: Contact | None, trash: bool) -> None:
        """Show what fits the trash or the log, enabled when a record is chosen."""
        for widget in (self.edit, self.trash, self.add, self.open_entry):
            widget.setVisible(not trash)
        for widget in (self.restore, self.purge):
            widget.setVisible(trash)
        for widget in (self.edit, self.trash, self.restore, self.purge):
            widget.setEnabled(contact is not None)
        self.open_entry.setEnabled(contact is not None and contact.fields.entry is not None)


def trash_toggle() -> QPushButton:
    """The "Trash" chip: checked, the list shows the trashed records."""
    toggle = button(tr("&Trash"), tr("Show the records in the trash"))
    toggle.setCheckable(True)
    toggle.setProperty("chip", "true")
    toggle.setAutoDefault(False)
    bold = QFont(toggle.font())
    bold.setWeight(QFont.Weight.DemiBold)  # checked chips are bold: leave room for it
    width = QFontMetrics(bold).horizontalAdvance(tr("Trash")) + 2 * TOGGLE_PADDING
    toggle.setMinimumWidth(width)
    return toggle


def timeline_card(parent: QWidget, timeline: QWidget) -> QFrame:
    """The month bars in a quiet card with their caption."""
    card = QFrame(parent)
    card.setProperty("role", "card")
    inner = QVBoxLayout(card)
    inner.setContentsMargins(16, 12, 16, 12)
    inner.setSpacing(8)
    inner.addWidget(text_label(tr("The last 18 months"), "muted"))
    inner.addWidget(timeline)
    return card


def empty_label() -> QLabel:
    """Where the list would be when there is nothing to list."""
    label = text_label(role="muted")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
    return label


def search_field(parent: QWidget) -> QLineEdit:
    """The field that searches the log as the user types."""
    field = QLineEdit(parent)
    field.setPlaceholderText(tr("Search the log"))
    field.setAccessibleName(tr("Search the contact log"))
    with_kit_clear_button(field)
    return field


def search_row(search: QLineEdit, who: WhoFilter, trash: QPushButton) -> QHBoxLayout:
    """The search field, then the who filter and the trash chip."""
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(search, 1)
    row.addWidget(who)
    row.addWidget(trash)
    return row


def purge_question(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The question asked before deleting a record for good: the box and its red button."""
    return destructive_question(
        parent,
        tr("Delete for good"),
        tr("Delete this record for good?"),
        tr("This can't be undone. If you might want it later, it can stay in the trash."),
        tr("Delete for good"),
    )


def linked_entry_problem(entries: EntryStore, entry_id: str) -> str:
    """Why a record's linked entry can't be opened, or "" when it can."""
    try:
        entry = entries.get(entry_id)
    except KnownError:
        return tr("The linked entry is no longer in your journal. This record is safe.")
    if entry.trashed is not None:
        return tr("The linked entry is in the journal's trash. Restore it there to open it.")
    return ""
