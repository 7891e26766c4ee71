"""The form for one contact record: when, how, what was said, how I felt, what I did.

It saves through the store itself, so a refusal (a part far too long, a busy
journal) is shown right here with every word still in the fields; closing the
form is the only way anything typed could be lost, and that is the user's choice.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.storage.contacts import Channel, Contact, ContactFields
from app.ui.doubt.contact_log_model import channel_label
from app.ui.forgetting import ForgetsOnLock
from app.ui.widgets.kit import text_box, text_label
from app.ui.widgets.people_field import PeopleField
from app.ui.widgets.rows import format_day

if TYPE_CHECKING:
    from app.journal import Journal
    from app.records.entries import Entry, EntrySummary

RECENT_ENTRIES = 50


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """A QDateTime for a naive local datetime."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(moment: QDateTime) -> dt.datetime:
    """A naive local datetime, to the minute, from a QDateTime."""
    day, time = moment.date(), moment.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


class ContactForm(QDialog, ForgetsOnLock):
    """Records a new contact, or changes one.

    Args:
        journal: the open journal (its contacts are written, its entries offered as links).
        contact: the record to change, or None for a new one.
        current_entry_id: the entry open in the journal, offered first as the link.
        now: when "now" is (the default time of a new record).
        draft: what is already known about a new record (the person still confirms).
    """

    def __init__(
        self,
        journal: Journal,
        contact: Contact | None = None,
        current_entry_id: str | None = None,
        *,
        now: dt.datetime | None = None,
        draft: ContactFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._contact = contact
        self._saved: Contact | None = None
        self.setWindowTitle(self.tr("Edit a contact") if contact else self.tr("Record a contact"))
        self.when = self._make_when(now or dt.datetime.now())
        self.channel = self._make_channel()
        self.who = PeopleField(self._known_people(), self)
        self.said = text_box(self, self.tr("What was said, in brief"), self.tr("A few words"))
        self.felt = text_box(self, self.tr("How I felt"), self.tr("Whatever was there"))
        self.did = text_box(
            self, self.tr("What I did"), self.tr("Answered, waited, didn't reply: all of it counts")
        )
        self.link = self._make_link(current_entry_id)
        self.reason = self._make_reason()
        self.problem = self._make_problem()
        self.buttons = self._make_buttons()
        self._lay_out()
        if contact is not None:
            self._fill(contact.fields)
        elif draft is not None:
            self._fill(draft)
        self.resize(560, 640)
        self.when.setFocus()

    def saved(self) -> Contact | None:
        """The record as stored, once Save has worked."""
        return self._saved

    def fields(self) -> ContactFields:
        """What the form holds now, as the store takes it."""
        return ContactFields(
            happened=from_qdatetime(self.when.dateTime()),
            channel=Channel(self.channel.currentData()),
            said=self.said.toPlainText(),
            felt=self.felt.toPlainText(),
            did=self.did.toPlainText(),
            entry=self.link.currentData(),
            who=self.who.names(),
        )

    def keep_before_lock(self) -> bool:
        """The journal is locking: save what was typed rather than drop it.

        Only a form on screen holds words being typed; False if saving them failed.
        """
        typed = any(box.toPlainText().strip() for box in (self.said, self.felt, self.did))
        if not self.isVisible() or not (typed or self.who.names()):
            return True
        self.accept()
        return self._saved is not None

    def forget(self) -> None:
        """The journal is locking: the form closes (and is deleted with the other dialogs)."""
        self.reject()

    def accept(self) -> None:
        """Save through the store; on a refusal, say why and keep everything as typed."""
        store = self._journal.contacts
        try:
            if self._contact is None:
                self._saved = store.add(self.fields())
            else:
                self._saved = store.save(self._contact.id, self.fields(), self.reason.text())
        except KnownError as error:
            self.problem.setText(
                self.tr("{reason} Your words are still here.").format(reason=error.message)
            )
            self.problem.show()
            return
        super().accept()

    # ------------------------------------------------------------------ building

    def _make_when(self, now: dt.datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qdatetime(now.replace(second=0, microsecond=0)), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self._when_format())
        edit.setAccessibleName(self.tr("When they reached out"))
        return edit

    def _when_format(self) -> str:
        """The locale's date with a four-digit year, then its short time."""
        locale_time = self.locale().timeFormat(self.locale().FormatType.ShortFormat)
        return self.tr("d MMM yyyy") + "   " + locale_time

    def _make_channel(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("How they reached out"))
        for channel in Channel:
            combo.addItem(channel_label(channel), channel.value)
        return combo

    def _make_link(self, current_entry_id: str | None) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Link to an entry"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.addItem(self.tr("No entry"), None)
        current = self._entry(current_entry_id)
        if current is not None:
            combo.addItem(
                self.tr("The entry you have open: {entry}").format(entry=self._describe(current)),
                current.id,
            )
        recent = [s for s in self._recent() if current is None or s.id != current.id]
        if recent:
            combo.insertSeparator(combo.count())
        for summary in recent:
            combo.addItem(self._describe(summary), summary.id)
        return combo

    def _make_reason(self) -> QLineEdit:
        """Why a logged contact changes: kept with the change, above what was first written."""
        reason = QLineEdit(self)
        reason.setPlaceholderText(self.tr("Optional: a few words, kept with the change"))
        reason.setAccessibleName(self.tr("Why the change"))
        reason.setVisible(self._contact is not None)
        return reason

    def _make_problem(self) -> QLabel:
        label = text_label()
        label.setAccessibleName(self.tr("Why it wasn't saved"))
        label.hide()
        return label

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("primary", "true")
        save.style().unpolish(save)  # the box has polished it already: let the sheet see it
        save.style().polish(save)
        save.setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)  # Enter adds a line in the boxes
        shortcut.activated.connect(self.accept)
        return buttons

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&When"), self.when),
            (self.tr("&How they reached out"), self.channel),
            (self.tr("Wh&o"), self.who),
            (self.tr("What was &said, in brief"), self.said),
            (self.tr("How I &felt"), self.felt),
            (self.tr("What I &did"), self.did),
            (self.tr("&Link to an entry"), self.link),
        )
        if self._contact is not None:
            rows = (*rows, (self.tr("Wh&y the change"), self.reason))
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(self.who.entry if field is self.who else field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        intro = (
            self.tr(
                "A change is kept beneath what you first wrote, with its time, "
                "so the log stands up later."
            )
            if self._contact is not None
            else self.tr("A few words are enough. Any part can stay empty.")
        )
        layout.addWidget(text_label(intro, "muted"))
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ filling

    def _fill(self, fields: ContactFields) -> None:
        self.when.setDateTime(to_qdatetime(fields.happened))
        self.channel.setCurrentIndex(self.channel.findData(fields.channel.value))
        self.said.setPlainText(fields.said)
        self.felt.setPlainText(fields.felt)
        self.did.setPlainText(fields.did)
        self.who.set_names(fields.who)
        if fields.entry is not None:
            self._choose_link(fields.entry)

    def _choose_link(self, entry_id: str) -> None:
        """Select the linked entry, adding it when it is older than the recent ones."""
        position = self.link.findData(entry_id)
        if position < 0:
            entry = self._entry(entry_id)
            text = self._describe(entry) if entry else self.tr("An entry no longer in the journal")
            self.link.addItem(text, entry_id)  # kept, so saving never drops a link silently
            position = self.link.count() - 1
        self.link.setCurrentIndex(position)

    def _entry(self, entry_id: str | None) -> Entry | None:
        if entry_id is None:
            return None
        try:
            return self._journal.entries.get(entry_id)
        except KnownError:
            return None

    def _known_people(self) -> list[str]:
        try:
            return self._journal.contacts.people()
        except KnownError:
            return []  # names can still be typed; they are saved with the record

    def _recent(self) -> list[EntrySummary]:
        try:
            return self._journal.entries.summaries(limit=RECENT_ENTRIES)
        except KnownError:
            return []

    def _describe(self, entry: Entry | EntrySummary) -> str:
        headline = entry.headline or self.tr("Untitled entry")
        return self.tr("{headline}, {day}").format(headline=headline, day=format_day(entry.date))
