"""The incident record's page: every record newest first, a filter, the trash, the chain.

One primary action (Add a record…); the others act on the record under the
cursor (open it, amend it, move it to the trash; in the trash restore it or
delete it for good) or on the whole record (a receipt, a check). Moving to the
trash asks nothing (it comes back); deleting for good is the one step confirmed,
with Cancel as the default and the only red. Nothing from a record goes into a
window title or a tooltip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records.incidents import IncidentKind
from app.ui.forgetting import ForgetsOnLock
from app.ui.record.labels import kind_label
from app.ui.record.model import RecordListModel, RecordRole
from app.ui.record.page_parts import button_row, filter_row, offer_people, purge_question
from app.ui.widgets.kit import SPACING, button, text_label
from app.ui.widgets.lists import list_view
from app.ui.widgets.rows import TwoLineRowDelegate
from app.ui.widgets.scrolling import scrolled
from app.ui.widgets.translate import tr

if TYPE_CHECKING:
    from app.journal import Journal
    from app.ui.record.details import RecordDetails
    from app.ui.record.form import RecordForm

Clock = Callable[[], dt.datetime]
Run = Callable[[QDialog], int]


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


class RecordPage(QWidget, ForgetsOnLock):
    """The list of records with what can be done with them.

    Signals:
        closeRequested(): back to the journal.
    """

    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None, now: Clock = dt.datetime.now) -> None:
        super().__init__(parent)
        self.setObjectName("record-page")
        self._journal: Journal | None = None
        self._now = now
        self.run: Run = _exec  # tests may run dialogs their own way
        self.model = RecordListModel(self)
        delegate = TwoLineRowDelegate(
            RecordRole.DetailRole,
            RecordRole.CornerRole,
            title_role=RecordRole.HeadlineRole,
            notes_role=RecordRole.NotesRole,
        )
        self.list = list_view(QListView(self), self.model, delegate, tr("Your records"))
        self.list.activated.connect(self._opened)
        self._make_controls()
        self._lay_out()
        self.list.selectionModel().currentChanged.connect(self._update_buttons)

    # ------------------------------------------------------------------ public

    def open(self, journal: Journal) -> None:
        """Show the journal's records (live, or the trash when it is shown)."""
        self._journal = journal
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the records again, keeping the filter; put the cursor on ``select``."""
        if self._journal is None:
            return
        self.say("")
        try:
            records = self._journal.incidents.all(trashed=self.in_trash.isChecked())
        except KnownError as error:
            self.say(error.message)
            records = []
        self.model.set_records(records)
        self._offer_people()
        self._after_change(select)

    def focus(self) -> None:
        """The keyboard on the list (on its first record), or on Add a record… when empty."""
        if not self.model.rowCount():
            self.add.setFocus()
            return
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def current_id(self) -> str | None:
        """The record under the cursor."""
        item = self.model.item_at(self.list.currentIndex())
        return None if item is None else item.id

    def say(self, words: str) -> None:
        """Something could not be done: say why on the page, calmly ("" clears it)."""
        self.notice.setText(words)
        self.notice.setVisible(bool(words))

    def keep_before_lock(self) -> bool:
        """Nothing is typed on this page; forms save themselves."""
        return True

    def forget(self) -> None:
        """The journal is locking: the list and the names in the filter go."""
        self._journal = None
        self.say("")
        self.model.clear()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.blockSignals(False)

    # ------------------------------------------------------------------ commands

    def add_record(self) -> None:
        """Add a record… (the form; the new record is listed and chosen)."""
        if self._journal is None:
            return
        from app.ui.record.form import RecordForm  # noqa: PLC0415 - first use

        form = RecordForm(self._journal, now=self._now(), parent=self)
        self._run_form(form)

    def amend_record(self, record_id: str | None = None) -> None:
        """Amend… the record under the cursor: the form, prefilled, with a reason."""
        record_id = record_id or self.current_id()
        if self._journal is None or record_id is None:
            return
        from app.ui.record.form import RecordForm  # noqa: PLC0415 - first use

        try:
            incident = self._journal.incidents.get(record_id)
        except KnownError as error:
            self.say(error.message)
            return
        self._run_form(RecordForm(self._journal, incident, parent=self))

    def show_record(self, record_id: str | None = None) -> None:
        """The record under the cursor shown whole, amendments beneath."""
        record_id = record_id or self.current_id()
        if self._journal is None or record_id is None:
            return
        details = self.details_for(record_id)
        if details is not None:
            details.amendRequested.connect(self.amend_record)
            self.run(details)

    def details_for(self, record_id: str) -> RecordDetails | None:
        """The dialog showing one record (None: it could not be read)."""
        from app.ui.record.details import RecordDetails  # noqa: PLC0415 - first use

        assert self._journal is not None
        try:
            return RecordDetails(self._journal.incidents.get(record_id), self)
        except KnownError as error:
            self.say(error.message)
            return None

    def trash_record(self) -> None:
        """Move to trash (no question: it can come back)."""
        self._change(lambda store, record_id: store.trash(record_id))

    def restore_record(self) -> None:
        """Restore the trashed record under the cursor."""
        self._change(lambda store, record_id: store.restore(record_id))

    def purge_record(self) -> None:
        """Delete for good, once confirmed; a line in the chain says one was removed."""
        if self.current_id() is None:
            return
        box, delete = purge_question(self)
        self.run(box)
        if box.clickedButton() is delete:
            self._change(lambda store, record_id: store.purge(record_id))

    def print_receipt(self) -> None:
        """The chain's newest digest, to note down, and what it proves."""
        if self._journal is None:
            return
        from app.ui.record.receipt import ReceiptDialog  # noqa: PLC0415 - first use

        try:
            receipt = self._journal.incidents.receipt()
        except KnownError as error:
            self.say(error.message)
            return
        self.run(ReceiptDialog(receipt, self))

    def write_report(self) -> None:
        """Report…: a PDF or CSV of the records for someone helping."""
        if self._journal is None:
            return
        from app.ui.record.report_dialog import ReportDialog  # noqa: PLC0415 - first use

        self.run(ReportDialog(self._journal, self.model.people(), parent=self))

    def check_record(self) -> None:
        """Walk the chain and say whether it holds, or name the first break."""
        if self._journal is None:
            return
        from app.ui.record.receipt import CheckDialog, check_message  # noqa: PLC0415

        try:
            store = self._journal.incidents
            broken, receipt = store.verify(), store.receipt()
        except KnownError as error:
            self.say(error.message)
            return
        links = 0 if receipt is None else receipt.links
        self.run(CheckDialog(check_message(broken, links), self))

    # ------------------------------------------------------------------ inside

    def _run_form(self, form: RecordForm) -> None:
        self.run(form)
        saved = form.saved()
        if saved is not None:
            self.in_trash.setChecked(False)
            self.reload(select=saved.id)
        self.focus()

    def _change(self, act: Callable[..., None]) -> None:
        record_id = self.current_id()
        if self._journal is None or record_id is None:
            return
        row = self.list.currentIndex().row()
        said = ""
        try:
            act(self._journal.incidents, record_id)
        except KnownError as error:
            said = error.message
        self.reload()
        self.say(said)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self.focus()

    def _open_current(self) -> None:
        self.show_record()

    def _amend_current(self) -> None:
        self.amend_record()

    def _opened(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.show_record(item.id)

    def _offer_people(self) -> None:
        offer_people(self.who, self.model.people())
        self._filter()

    def _filter(self) -> None:
        kind = self.kind.currentData()
        self.model.set_filter(self.who.currentData(), None if kind is None else IncidentKind(kind))
        self._after_change(None)

    def _after_change(self, select: str | None) -> None:
        row = self.model.row_of(select) if select else 0
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(max(row, 0)))
        self.empty.setText(self._empty_text())
        self.pages.setCurrentIndex(0 if self.model.rowCount() else 1)
        self._update_buttons()

    def _empty_text(self) -> str:
        if self.in_trash.isChecked():
            return tr("The trash is empty.")
        if self.model.total():
            return tr("No record matches what you chose to show.")
        return tr(
            "Nothing recorded yet. When something happens, you can write it down here, "
            "as close to the time as you can. A few words are enough."
        )

    def _update_buttons(self, *_: object) -> None:
        trash = self.in_trash.isChecked()
        rows = self.model.rowCount() > 0  # with nothing listed, nothing to act on shows
        chosen = self.current_id() is not None
        self.open_record.setVisible(rows)
        for widget in (self.amend, self.trash):
            widget.setVisible(rows and not trash)
        for widget in (self.restore, self.purge):
            widget.setVisible(rows and trash)
        for widget in (self.open_record, self.amend, self.trash, self.restore, self.purge):
            widget.setEnabled(chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes back to the journal."""
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ building

    def _make_controls(self) -> None:
        self.add = button(tr("&Add a record…"), tr("Add a record"), primary=True)
        self.open_record = button(tr("&Open"), tr("Open the selected record"))
        self.amend = button(tr("A&mend…"), tr("Amend the selected record"))
        self.trash = button(tr("Move to tra&sh"), tr("Move the selected record to the trash"))
        self.restore = button(tr("&Restore"), tr("Restore the selected record"))
        self.purge = button(tr("&Delete for good…"), tr("Delete the record for good"))
        self.receipt = button(tr("Print a rece&ipt…"), tr("Print a receipt"))
        self.report = button(tr("Re&port…"), tr("A report for someone helping"))
        self.check = button(tr("&Check the record"), tr("Check the record"))
        self.back = button(tr("&Back to the journal"), tr("Back to the journal"))
        self.in_trash = QCheckBox(tr("&Look in the trash"), self)
        self.who = QComboBox(self)
        self.who.setAccessibleName(tr("Show the records of"))
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Show the records of the kind"))
        self.kind.addItem(tr("Every kind"), None)
        for kind in IncidentKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.notice = text_label()
        self.notice.setAccessibleName(tr("What couldn't be done"))
        self.notice.hide()
        self.empty = text_label("", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        actions = {
            self.add: self.add_record,
            self.open_record: self._open_current,
            self.amend: self._amend_current,
            self.trash: self.trash_record,
            self.restore: self.restore_record,
            self.purge: self.purge_record,
            self.receipt: self.print_receipt,
            self.report: self.write_report,
            self.check: self.check_record,
            self.back: self.closeRequested.emit,
        }
        for widget, slot in actions.items():
            widget.clicked.connect(slot)
        self.in_trash.toggled.connect(lambda _on: self.reload())
        self.who.currentIndexChanged.connect(self._filter)
        self.kind.currentIndexChanged.connect(self._filter)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(text_label(tr("Incident record"), "heading"))
        layout.addWidget(
            text_label(
                tr(
                    "Each record keeps when it happened and, apart, when you wrote it down. "
                    "A correction is added beneath the original; nothing is written over."
                ),
                "muted",
            )
        )
        layout.addLayout(filter_row(self, self.who, self.kind, self.in_trash))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list)
        empty = scrolled(self.empty)  # whole lines in a small window
        empty.viewport().setAutoFillBackground(False)  # on the page's own paper
        self.pages.addWidget(empty)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.notice)
        layout.addLayout(
            button_row(self.open_record, self.amend, self.restore, None, self.trash, self.purge)
        )
        layout.addLayout(
            button_row(self.add, self.report, self.receipt, self.check, None, self.back)
        )
