"""The period the Patterns page counts over: a few common spans, or two dates.

The last 3 months by default. Choosing a span sets the two dates; changing a
date by hand makes the choice "Dates I choose". Either way one ``periodChanged``
says the new period, once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.records.patterns import Period
from app.ui.patterns.words import tr
from app.ui.widgets.kit import SPACING

EVERYTHING_SINCE = dt.date(1900, 1, 1)
"""Where "Everything" starts: before any entry a person can date."""

_SPANS: tuple[tuple[str, int | None], ...] = (
    ("The last month", 5),
    ("The last 3 months", 13),
    ("The last 6 months", 26),
    ("The last year", 52),
    ("Everything", None),
)
CHOSEN = -1
"""The data of "Dates I choose"."""


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
        self.since = _date_edit(self, tr("From"))
        self.until = _date_edit(self, tr("To"))
        self._lay_out()
        self.span.setCurrentIndex(1)
        self.span.currentIndexChanged.connect(self._span_chosen)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._dates_changed)

    def start(self, today: dt.date, first: dt.date | None) -> Period:
        """Begin at the last 3 months up to ``today``; ``first`` is the earliest entry."""
        self._today = today
        self._first = first
        self.span.blockSignals(True)
        self.span.setCurrentIndex(1)
        self.span.blockSignals(False)
        period = Period.recent(today)
        self._show(period)
        return period

    def period(self) -> Period:
        """The period shown."""
        since, until = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(since, dt.date)
        assert isinstance(until, dt.date)
        return Period(min(since, until), max(since, until))

    def _span_chosen(self) -> None:
        weeks = self.span.currentData()
        if weeks == CHOSEN:
            return
        if weeks:
            period = Period.recent(self._today, int(weeks))
        else:
            period = Period(self._first or self._today, self._today)
        self._show(period)
        self.periodChanged.emit(period)

    def _dates_changed(self) -> None:
        self.span.blockSignals(True)
        self.span.setCurrentIndex(self.span.findData(CHOSEN))
        self.span.blockSignals(False)
        self.periodChanged.emit(self.period())

    def _show(self, period: Period) -> None:
        for edit, day in ((self.since, period.since), (self.until, period.until)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
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


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMinimumDate(QDate(EVERYTHING_SINCE.year, 1, 1))
    edit.setAccessibleName(name)
    return edit
