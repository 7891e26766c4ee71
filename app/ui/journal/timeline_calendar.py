"""A month calendar for the timeline: days with entries stand out, a click jumps there.

Only dates are read from the store (never text), for the month on screen. Weekends
keep the normal text colour: Qt draws them red by default, and red is kept for
destructive confirmations only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QToolButton, QWidget

from app.errors import KnownError
from app.records.entries import EntryFilter
from app.storage.entries import EntryStore
from app.ui.widgets.colours import current_colours


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def chevron_icon(direction: int, colour: QColor, size: int = 16) -> QIcon:
    """A thin arrow pointing left (-1) or right (1)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(
        QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    tip, back = (5.5, 10.5) if direction < 0 else (10.5, 5.5)
    painter.drawPolyline([QPointF(back, 3.5), QPointF(tip, 8), QPointF(back, 12.5)])
    painter.end()
    return QIcon(pixmap)


class EntryCalendar(QCalendarWidget):
    """A calendar that bolds the days with entries in the month it shows.

    Args:
        parent: the owning widget.

    Signals:
        dateChosen(object): a ``datetime.date`` the user clicked or pressed Enter on.
        loadFailed(str): a plain message when the days could not be read.
    """

    dateChosen = Signal(object)
    loadFailed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: EntryStore | None = None
        self._filter = EntryFilter()
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        self.setAccessibleName(self.tr("Jump to a date"))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, QTextCharFormat())
        self._style_navigation()
        self.currentPageChanged.connect(self._mark_days)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)

    def set_source(self, store: EntryStore | None, entry_filter: EntryFilter) -> None:
        """Mark days from this store and filter (None: the journal locked, mark nothing)."""
        self._store = store
        self._filter = entry_filter
        self.refresh()

    def refresh(self) -> None:
        """Read the shown month's days again (after changes, or light/dark switching)."""
        self._style_navigation()
        self._mark_days(self.yearShown(), self.monthShown())

    def show_date(self, day: dt.date) -> None:
        """Select a day without jumping the list (it follows the list instead)."""
        self.setSelectedDate(QDate(day.year, day.month, day.day))

    def marked_days(self) -> set[dt.date]:
        """The days shown in bold (what tests and screen readers can ask)."""
        formats = self.dateTextFormat()
        return {
            dt.date(day.year(), day.month(), day.day())
            for day, text_format in formats.items()
            if text_format.fontWeight() == QFont.Weight.Bold
        }

    def _mark_days(self, year: int, month: int) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # forget the last month
        if self._store is None:
            return
        try:
            days = {summary.date for summary in self._store.summaries(self._month(year, month))}
        except KnownError as error:
            self.loadFailed.emit(error.message)
            return
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setForeground(QColor(current_colours().accent))
        for day in days:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), bold)

    def _month(self, year: int, month: int) -> EntryFilter:
        """The list's filter, narrowed to one month (so bold days are ones the list has)."""
        first, last = month_range(year, month)
        since = max(first, self._filter.since or first)
        until = min(last, self._filter.until or last)
        return replace(self._filter, since=since, until=until)

    def _style_navigation(self) -> None:
        """Month arrows in the text colour (the style's own are black even in dark mode)."""
        buttons = {
            "qt_calendar_prevmonth": (self.tr("Previous month"), -1),
            "qt_calendar_nextmonth": (self.tr("Next month"), 1),
        }
        for name, (label, direction) in buttons.items():
            button = self.findChild(QToolButton, name)
            if button is not None:
                button.setIcon(chevron_icon(direction, QColor(current_colours().text)))
                button.setAccessibleName(label)

    def _choose(self, day: QDate) -> None:
        self.dateChosen.emit(dt.date(day.year(), day.month(), day.day()))
