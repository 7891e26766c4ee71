"""The contact log's list: a model of records, the delegate that paints them, the month bars.

Records are the user's own words about the person they are leaving, so nothing
here goes into tooltips: the model names its parts as roles, the delegate paints
them, and screen readers get the same words through the accessible text role.
The month timeline is painted too; its text alternative is its accessible
description, so the picture never holds anything a screen reader can't hear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QLocale, QObject, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.storage.contacts import Channel, Contact
from app.ui.widgets.colours import current_colours
from app.ui.widgets.lists import FIRST_ROLE, ListModel
from app.ui.widgets.rows import GAP, PAD, TwoLineRowDelegate, format_day
from app.ui.widgets.translate import QT_TR_NOOP, tr

TIMELINE_MONTHS = 18


# Named roles for one contact record. HeadlineRole is what its row leads with (who, or
# else how), NotesRole the quiet notes after it (how, when it names who; a linked entry).
ContactRole = IntEnum(
    "ContactRole",
    "ContactIdRole HappenedRole ChannelRole SaidRole FeltRole DidRole EntryRole TrashedRole"
    " WhenTextRole DetailRole WhoRole WhoTextRole HeadlineRole NotesRole",
    start=FIRST_ROLE,
)


def channel_label(channel: Channel) -> str:
    """How a channel reads in the user's language ("A call", "Through someone else")."""
    labels = {
        Channel.CALL: QT_TR_NOOP("A call"),
        Channel.MESSAGE: QT_TR_NOOP("A message"),
        Channel.VISIT: QT_TR_NOOP("A visit"),
        Channel.THROUGH_OTHERS: QT_TR_NOOP("Through someone else"),
        Channel.OTHER: QT_TR_NOOP("Something else"),
    }
    return tr(labels[channel])


def format_when(happened: dt.datetime) -> str:
    """A record's date and time the way rows show it ("4 Mar 2025, 19:40")."""
    time = QLocale().toString(QTime(happened.hour, happened.minute), QLocale.FormatType.ShortFormat)
    return tr("{day}, {time}").format(day=format_day(happened.date()), time=time)


def who_line(who: tuple[str, ...]) -> str:
    """The names on a record, as a row shows them ("Mum, Dad")."""
    return tr(", ").join(who)


def month_name(month: dt.date) -> str:
    """'September 2025' in the user's language."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return tr("{month} {year}").format(month=name, year=month.year)


class ContactListModel(ListModel[Contact]):
    """Contact records in the order given (newest first, or best match first).

    A flat, uniform list with one reset point (``set_contacts``); the log holds a
    person's contacts over months or years, hundreds of rows at most, so there is
    no lazy loading.
    """

    roles = ContactRole

    def set_contacts(self, contacts: list[Contact]) -> None:
        """Show these records instead of the current ones."""
        self.replace_rows(contacts)

    def contact(self, row: int) -> Contact | None:
        """The record on a row, or None outside the list."""
        return self.item(row)

    def row_of(self, contact_id: str) -> int | None:
        """The row showing a record, or None when it isn't shown."""
        for row, contact in enumerate(self._rows):
            if contact.id == contact_id:
                return row
        return None

    def item_data(self, item: Contact, role: int) -> object:
        """The value of one role for one record (None where a role does not apply)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return channel_label(item.fields.channel)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item)
        return _plain_role(item, role)

    def _spoken(self, contact: Contact) -> str:
        """What a screen reader says for a row: how, when, the words, the link."""
        fields = contact.fields
        parts = [
            channel_label(fields.channel),
            self.tr("From {names}").format(names=who_line(fields.who)) if fields.who else "",
            format_when(fields.happened),
            self.tr("What was said: {text}").format(text=fields.said) if fields.said else "",
            self.tr("How I felt: {text}").format(text=fields.felt) if fields.felt else "",
            self.tr("What I did: {text}").format(text=fields.did) if fields.did else "",
            self.tr("Linked to an entry") if fields.entry else "",
            self.tr("Changed since; what was first written is kept in the incident record")
            if contact.updated != contact.created
            else "",
        ]
        return ". ".join(part for part in parts if part)


def _detail(contact: Contact) -> str:
    """The row's quiet second line: what was said, or else the first part written."""
    fields = contact.fields
    for text in (fields.said, fields.felt, fields.did):
        if text:
            return " ".join(text.split())
    return ""


def _notes(contact: Contact) -> list[str]:
    """The quiet notes after a row's headline: how (when it leads with who), a linked entry."""
    notes = [channel_label(contact.fields.channel)] if contact.fields.who else []
    if contact.fields.entry:
        notes.append(tr("linked to an entry"))
    if contact.updated != contact.created:
        notes.append(tr("changed; first words kept"))
    return notes


_PLAIN_ROLES: dict[int, Callable[[Contact], object]] = {
    ContactRole.ContactIdRole: lambda contact: contact.id,
    ContactRole.HappenedRole: lambda contact: contact.fields.happened,
    ContactRole.ChannelRole: lambda contact: contact.fields.channel.value,
    ContactRole.SaidRole: lambda contact: contact.fields.said,
    ContactRole.FeltRole: lambda contact: contact.fields.felt,
    ContactRole.DidRole: lambda contact: contact.fields.did,
    ContactRole.EntryRole: lambda contact: contact.fields.entry,
    ContactRole.WhoRole: lambda contact: list(contact.fields.who),
    ContactRole.WhoTextRole: lambda contact: who_line(contact.fields.who),
    ContactRole.TrashedRole: lambda contact: contact.trashed,
    ContactRole.WhenTextRole: lambda contact: format_when(contact.fields.happened),
    ContactRole.DetailRole: _detail,
    ContactRole.HeadlineRole: lambda contact: (
        who_line(contact.fields.who) or channel_label(contact.fields.channel)
    ),
    ContactRole.NotesRole: _notes,
}


def _plain_role(contact: Contact, role: int) -> object:
    """The roles of one record read straight from it (None for any other role)."""
    read = _PLAIN_ROLES.get(role)
    return None if read is None else read(contact)


def contact_row_delegate(parent: QObject | None = None) -> TwoLineRowDelegate:
    """Rows for records: who (or else how), quiet notes and the time; then what was said."""
    return TwoLineRowDelegate(
        ContactRole.DetailRole,
        ContactRole.WhenTextRole,
        title_role=ContactRole.HeadlineRole,
        notes_role=ContactRole.NotesRole,
        parent=parent,
    )


def recent_months(last: dt.date, count: int = TIMELINE_MONTHS) -> list[dt.date]:
    """The first days of ``count`` months, oldest first, ending with ``last``'s month."""
    year, month = last.year, last.month
    months: list[dt.date] = []
    for _ in range(count):
        months.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


class MonthTimeline(QWidget):
    """Contacts per month as calm bars in the accent colour, the newest month on the right.

    No numbers are painted: the shape is the point, and counts stay out of the
    user's face. The exact counts are in the accessible description, in words.
    A single contact is a short bar, not a full one, so a quiet month looks quiet.
    """

    MIN_SCALE = 3  # a month with this many contacts or fewer never fills the height

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[tuple[dt.date, int]] = []
        self.setAccessibleName(self.tr("Contacts per month"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_counts({}, dt.date.today())

    def set_counts(self, per_month: dict[dt.date, int], last: dt.date) -> None:
        """Show the months up to ``last``'s month, with their counts from ``per_month``."""
        self._months = [(month, per_month.get(month, 0)) for month in recent_months(last)]
        self.setAccessibleDescription(self.description())
        self.update()

    def months(self) -> list[tuple[dt.date, int]]:
        """The months shown, oldest first, with their counts (for tests)."""
        return list(self._months)

    def description(self) -> str:
        """The text alternative: the months that had contacts, in words."""
        busy = [(month, n) for month, n in self._months if n]
        if not busy:
            return self.tr("Nothing recorded in the last {n} months.").format(n=len(self._months))
        parts = [
            self.tr("{count} in {month}").format(count=n, month=month_name(m)) for m, n in busy
        ]
        return self.tr("In the last {n} months: {months}.").format(
            n=len(self._months), months=", ".join(parts)
        )

    def sizeHint(self) -> QSize:
        """About four lines of text tall: bars above, month initials below."""
        line = self.fontMetrics().height()
        return QSize(line * 24, line * 4 + PAD)

    def minimumSizeHint(self) -> QSize:
        """As tall as the hint; narrow windows squeeze the bars."""
        return QSize(self.fontMetrics().height() * 12, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Bars for the months, a faint tick for quiet ones, initials underneath."""
        if not self._months:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_height = self.fontMetrics().height()
        chart = QRectF(self.rect()).adjusted(0, 2, 0, -(label_height + GAP))
        slot = chart.width() / len(self._months)
        bar_width = min(slot * 0.6, self.fontMetrics().height() * 1.4)
        scale = max(self.MIN_SCALE, *(n for _, n in self._months))
        for position, (month, count) in enumerate(self._months):
            centre = chart.left() + slot * (position + 0.5)
            self._paint_bar(painter, chart, centre, bar_width, count / scale)
            self._paint_initial(painter, month, centre, slot, chart.bottom() + GAP)
        painter.end()

    def _paint_bar(
        self, painter: QPainter, chart: QRectF, centre: float, width: float, share: float
    ) -> None:
        colours = current_colours()
        painter.setPen(Qt.PenStyle.NoPen)
        if share <= 0:
            painter.setBrush(QColor(colours.border))
            painter.drawRoundedRect(QRectF(centre - width / 2, chart.bottom() - 2, width, 2), 1, 1)
            return
        height = max(chart.height() * share, 4.0)
        painter.setBrush(QColor(colours.accent))
        top = chart.bottom() - height
        painter.drawRoundedRect(QRectF(centre - width / 2, top, width, height), 3, 3)

    def _paint_initial(
        self, painter: QPainter, month: dt.date, centre: float, slot: float, top: float
    ) -> None:
        """The month's initial; January says its year instead, so the years can be read."""
        if month.month == 1:
            text = str(month.year)
        else:
            text = QLocale().standaloneMonthName(month.month, QLocale.FormatType.NarrowFormat)
        painter.setPen(QColor(current_colours().muted_text))
        painter.setFont(self.font())
        width = max(slot, self.fontMetrics().horizontalAdvance(text))
        box = QRectF(centre - width / 2, top, width, self.fontMetrics().height())
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
