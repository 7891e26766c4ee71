"""The period the Patterns page counts over: a few common spans, or two dates.

The last 3 months by default. Choosing a span sets the two dates; changing a
date by hand makes the choice "Dates I choose". Neither date goes past today and
From never passes To (each field holds the other back, so nothing is swapped
behind the person's back). A typed date is counted once typing pauses, not at
every key. Tab leaves a date field (the arrows and typing move inside it), and
F4 or Alt+Down opens its calendar, as a drop-down list opens.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.records.patterns import Period
from app.ui.widgets.kit import SPACING
from app.ui.widgets.translate import QT_TR_NOOP, tr

EVERYTHING_SINCE = dt.date(1900, 1, 1)
"""The earliest date a field takes: before any entry a person can date."""
TYPING_PAUSE_MS = 350

_SPANS: tuple[tuple[str, int | None], ...] = (  # marked for translation, said through tr()
    (QT_TR_NOOP("The last month"), 5),
    (QT_TR_NOOP("The last 3 months"), 13),
    (QT_TR_NOOP("The last 6 months"), 26),
    (QT_TR_NOOP("The last year"), 52),
    (QT_TR_NOOP("Everything"), None),
)
DEFAULT_SPAN = 1
CHOSEN = -1
"""The data of "Dates I choose"."""


class DateField(QDateEdit):
    """A date with its calendar a key away; Tab goes on to the next control."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(tr("d MMM yyyy"))
        self.setAccessibleName(name)
        plain = QTextCharFormat()  # weekends as every other day: red is for destroying things
        plain.setForeground(self.palette().text())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendarWidget().setWeekdayTextFormat(day, plain)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field rather than stepping through day, month and year."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F4 or Alt+Down opens the calendar on the field's date."""
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Show the calendar under the field, with the keyboard in it."""
        calendar = self.calendarWidget()
        calendar.setSelectedDate(self.date())
        popup = calendar.window()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class PeriodChooser(QWidget):
    """A span and the two dates it covers.

    Signals:
        periodChanged(object): the new ``Period``.
    """

    periodChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()
        self._first: dt.date | None = None
        self.span = QComboBox(self)
        self.span.setAccessibleName(tr("Period"))
        for text, weeks in _SPANS:
            self.span.addItem(tr(text), weeks if weeks is not None else 0)
        self.span.addItem(tr("Dates I choose"), CHOSEN)
        self.since = DateField(self, tr("From"))
        self.until = DateField(self, tr("To"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._dates_settled)
        self._lay_out()
        self.span.setCurrentIndex(DEFAULT_SPAN)
        self.span.activated.connect(self._span_chosen)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._date_typed)

    def start(self, today: dt.date, first: dt.date | None, *, again: bool = False) -> Period:
        """Begin at the last 3 months up to ``today`` (``again``: keep what was chosen).

        ``first`` is the earliest entry's day, where "Everything" starts.
        """
        kept = self.span.currentData()
        self._today = today
        self._first = first
        for edit in (self.since, self.until):
            edit.blockSignals(True)
            edit.setMaximumDate(_qdate(today))
            edit.blockSignals(False)
        if again and kept == CHOSEN:
            return self.period()
        index = self.span.currentIndex() if again else DEFAULT_SPAN
        self.span.setCurrentIndex(index)
        period = self._span_period()
        self._show(period)
        return period

    def cancel_typing(self) -> None:
        """Forget a typed date not yet counted (the journal is locking)."""
        self._typing.stop()

    def period(self) -> Period:
        """The period shown."""
        since, until = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(since, dt.date)
        assert isinstance(until, dt.date)
        return Period(since, until)

    def _span_period(self) -> Period:
        weeks = self.span.currentData()
        if weeks == CHOSEN:
            return self.period()
        if weeks:
            return Period.recent(self._today, int(weeks))
        return Period(self._first or self._today, self._today)

    def _span_chosen(self) -> None:
        if self.span.currentData() == CHOSEN:
            self.since.setFocus(Qt.FocusReason.OtherFocusReason)  # the dates are the choice
            return
        period = self._span_period()
        self._show(period)
        self.periodChanged.emit(period)

    def _date_typed(self) -> None:
        self.span.setCurrentIndex(self.span.findData(CHOSEN))
        self._hold_each_other()
        self._typing.start()

    def _dates_settled(self) -> None:
        self.periodChanged.emit(self.period())

    def _hold_each_other(self) -> None:
        """From can't pass To, nor To come before From."""
        self.since.setMaximumDate(self.until.date())
        self.until.setMinimumDate(self.since.date())

    def _show(self, period: Period) -> None:
        for edit in (self.since, self.until):
            edit.blockSignals(True)
        self.since.setMaximumDate(_qdate(self._today))
        self.until.setMinimumDate(_qdate(EVERYTHING_SINCE))
        self.since.setDate(_qdate(period.since))
        self.until.setDate(_qdate(period.until))
        self._hold_each_other()
        for edit in (self.since, self.until):
            edit.blockSignals(False)

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING // 2)
        for text, widget in (
            (tr("&Period"), self.span),
            (tr("&From"), self.since),
            (tr("T&o"), self.until),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            # a kerned pair ("To") draws past its advance; a little room keeps it whole
            label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(SPACING // 2)
        row.addStretch(1)
        for edit in (self.since, self.until):
            edit.setMinimumDate(_qdate(EVERYTHING_SINCE))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
