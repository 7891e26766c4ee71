"""The timeline as a lazy list model: entries newest first, grouped under month rows.

Month headers are rows of their own rather than sections, so the view can keep
``setUniformItemSizes(True)`` (which makes a 10k-row list show 4.5x faster) and
the delegate draws headers and entries at the same height. Rows arrive in pages
of summaries from the store (never entry bodies); ``rowCount`` grows as the view
asks for more. Everything lives in memory only, and ``clear`` drops it all when
the journal locks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import NamedTuple, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from app.errors import KnownError
from app.records.entries import EntryFilter, EntrySummary
from app.storage.entries import EntryStore
from app.ui.widgets.lists import FIRST_ROLE, ListModel, ModelIndex

PAGE_SIZE = 200
T = TypeVar("T")


# Named data roles, so views and tests never depend on column positions.
TimelineRole = IntEnum(
    "TimelineRole",
    "EntryIdRole DateRole HeadlineRole MoodRole ThemeRole MarkedRole HeavyRole RowKindRole"
    " MonthRole",
    start=FIRST_ROLE,
)


MONTH = "month"
ENTRY = "entry"
_SUMMARY_FIELDS: dict[int, str] = {
    TimelineRole.EntryIdRole: "id",
    TimelineRole.DateRole: "date",
    TimelineRole.HeadlineRole: "headline",
    TimelineRole.MoodRole: "mood",
    TimelineRole.ThemeRole: "theme",
    TimelineRole.MarkedRole: "marked",
    TimelineRole.HeavyRole: "heavy",
}


class _Row(NamedTuple):
    """One row: a month header (``summary`` is None) or an entry."""

    month: dt.date
    summary: EntrySummary | None


def mood_word(mood: int) -> str:
    """The word for a mood from 1 to 5, as the entry's mood field names it."""
    words = (
        QCoreApplication.translate("Mood", "Very low"),
        QCoreApplication.translate("Mood", "Low"),
        QCoreApplication.translate("Mood", "In between"),
        QCoreApplication.translate("Mood", "Steady"),
        QCoreApplication.translate("Mood", "Bright"),
    )
    return words[min(max(mood, 1), 5) - 1]


def qdate(day: dt.date) -> QDate:
    """A QDate for a Python date (for Qt's locale-aware formatting)."""
    return QDate(day.year, day.month, day.day)


def month_of(day: dt.date) -> dt.date:
    """The first day of the day's month (what a header row stands for)."""
    return day.replace(day=1)


class TimelineModel(ListModel[_Row]):
    """Entry summaries from an ``EntryStore``, newest first, with month header rows.

    Args:
        store: the open journal's entries, or None while locked.
        parent: the owning QObject.

    Signals:
        loadFailed(str): a known error stopped a page from loading; the argument
            is its plain message for the user.
    """

    loadFailed = Signal(str)
    roles = TimelineRole

    def __init__(self, store: EntryStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = EntryFilter()
        self._row_of_id: dict[str, int] = {}
        self._entry_rows: list[int] = []  # the row of the n-th loaded entry
        self._total = 0
        self._announcing_reset = False
        self._theme_names: dict[str, str] | None = None
        self.reload()

    # ------------------------------------------------------------------ public

    @property
    def entry_filter(self) -> EntryFilter:
        """The filter the rows currently follow."""
        return self._filter

    @property
    def total_entries(self) -> int:
        """How many entries match the filter (loaded or not)."""
        return self._total

    def set_theme_names(self, names: dict[str, str]) -> None:
        """Show these names for theme ids (imported packs bring their own)."""
        self._theme_names = names
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [TimelineRole.ThemeRole]
            )

    def theme_label(self, theme: str | None) -> str | None:
        """A theme's display name; text that is no known theme is shown as it is."""
        if theme is None:
            return None
        if self._theme_names is None:
            from app.prompts.library import shipped_themes, theme_names  # noqa: PLC0415

            self._theme_names = theme_names(shipped_themes())
        return self._theme_names.get(theme, theme)

    def _known_theme_label(self, theme: str | None) -> str | None:
        """A row's theme chip: none until the names arrive, just after the first paint.

        Reading even the shipped names costs ~20 ms (the TOML reader and the pack
        checks); rows painted before they arrive are repainted when they do.
        """
        if theme is None or self._theme_names is None:
            return None
        return self._theme_names.get(theme, theme)

    def set_store(self, store: EntryStore | None) -> None:
        """Show another journal's entries, or nothing (None) while locked."""
        self._store = store
        self.reload()

    def set_filter(self, entry_filter: EntryFilter) -> None:
        """Show only the entries that match (reloads from the first page)."""
        self._filter = entry_filter
        self.reload()

    def reload(self) -> None:
        """Read the entries again from the first page: the one reset point."""
        self.beginResetModel()
        self._drop_rows()
        self._total = self._count()
        if self._total:  # the first page arrives with the reset, without insert signals
            self._append(self._rows_for(self._read_page()))
        self._end_reset()

    def clear(self) -> None:
        """Drop every row and the store (the journal locked: text must leave memory)."""
        self.beginResetModel()
        self._store = None
        self._drop_rows()
        self._end_reset()

    def entry_id(self, index: ModelIndex) -> str | None:
        """The entry id at an index, or None for a month row or an invalid index."""
        row = self.item_at(index)
        return None if row is None or row.summary is None else row.summary.id

    def row_for_entry(self, entry_id: str) -> int | None:
        """The row of an entry, loading further pages until it is found."""
        while entry_id not in self._row_of_id and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self._row_of_id.get(entry_id)

    def row_for_date(self, day: dt.date) -> int | None:
        """The row of the first (newest) entry on or before ``day``, loading pages as needed."""
        position = self._count(newer_than=day)
        if position >= self._total:
            return None
        while position >= len(self._entry_rows) and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self._entry_rows[position] if position < len(self._entry_rows) else None

    def next_entry_row(self, row: int, direction: int) -> int | None:
        """The nearest entry row past ``row`` (1: older, -1: newer), loading pages as needed."""
        while True:
            row += direction
            if row >= len(self._rows) and self.canFetchMore(QModelIndex()):
                self.fetchMore(QModelIndex())
            if not 0 <= row < len(self._rows):
                return None
            if self._rows[row].summary is not None:
                return row

    # ------------------------------------------------------------------ Qt model

    def canFetchMore(self, parent: ModelIndex) -> bool:
        """Whether more entries match than are loaded."""
        if parent.isValid() or self._announcing_reset:
            return False
        return len(self._entry_rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        """Load the next page of summaries and append their rows."""
        if not self.canFetchMore(parent):
            return
        summaries = self._read_page()
        rows = self._rows_for(summaries)
        if not rows:
            self._total = len(self._entry_rows)  # the journal shrank under us
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Entries can be selected; month rows are neither enabled nor selectable.

        Disabled month rows are what makes QListView's arrow keys step over them.
        """
        row = self.item_at(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if row.summary is None:
            return Qt.ItemFlag.ItemNeverHasChildren
        selectable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return selectable | Qt.ItemFlag.ItemNeverHasChildren

    def item_data(self, item: _Row, role: int) -> object:
        """The value of one role for one row (None where a role does not apply)."""
        if item.summary is None:
            return self._month_data(item.month, role)
        return self._entry_data(item.summary, role)

    # ------------------------------------------------------------------ roles

    def _month_data(self, month: dt.date, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.month_label(month)
        if role == TimelineRole.RowKindRole:
            return MONTH
        return month if role in (TimelineRole.MonthRole, TimelineRole.DateRole) else None

    def _entry_data(self, summary: EntrySummary, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.headline or self.tr("Untitled entry")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(summary)
        if role == TimelineRole.RowKindRole:
            return ENTRY
        if role == TimelineRole.MonthRole:
            return month_of(summary.date)
        if role == TimelineRole.ThemeRole:
            return self._known_theme_label(summary.theme)
        field = _SUMMARY_FIELDS.get(role)
        return None if field is None else getattr(summary, field)

    def month_label(self, month: dt.date) -> str:
        """'November 2026' in the user's language."""
        name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
        return self.tr("{month} {year}").format(month=name, year=month.year)

    def _spoken(self, summary: EntrySummary) -> str:
        """What a screen reader says for an entry row: marks and mood in words."""
        parts = [
            QLocale().toString(qdate(summary.date), QLocale.FormatType.LongFormat),
            summary.headline or self.tr("Untitled entry"),
            self._spoken_mood(summary.mood),
            self._known_theme_label(summary.theme) or summary.theme or "",
            self.tr("marked to remember") if summary.marked else "",
            self.tr("marked as heavy") if summary.heavy else "",
        ]
        return ". ".join(part for part in parts if part)

    def _spoken_mood(self, mood: int | None) -> str:
        """'Mood 2 of 5, Low': the number and the word, never the colour alone."""
        if not mood:
            return ""
        return self.tr("mood {mood} of 5, {word}").format(mood=mood, word=mood_word(mood))

    # ------------------------------------------------------------------ loading

    def _end_reset(self) -> None:
        """Finish a reset; no rows are fetched while its signal is still going out.

        A listener that fetches from inside ``modelReset`` would insert rows before
        later listeners have heard of the reset (Qt's model tester is one of them).
        Views fetch again afterwards anyway.
        """
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    def _drop_rows(self) -> None:
        self._rows = []
        self._row_of_id = {}
        self._entry_rows = []
        self._total = 0

    def _count(self, newer_than: dt.date | None = None) -> int:
        """How many entries match the filter (and are dated after ``newer_than``)."""
        entry_filter = self._filter
        if newer_than is not None:
            since = newer_than + dt.timedelta(days=1)
            entry_filter = replace(entry_filter, since=max(since, entry_filter.since or since))
        return self._ask(lambda store: store.count(entry_filter), 0)

    def _read_page(self) -> list[EntrySummary]:
        offset = len(self._entry_rows)
        return self._ask(lambda store: store.summaries(self._filter, PAGE_SIZE, offset), [])

    def _ask(self, question: Callable[[EntryStore], T], default: T) -> T:
        """Ask the store; a known error is reported and answered with the default."""
        if self._store is None:
            return default
        try:
            return question(self._store)
        except KnownError as error:
            self.loadFailed.emit(error.message)
            return default

    def _rows_for(self, summaries: list[EntrySummary]) -> list[_Row]:
        """Rows for a page: a month header wherever the month changes."""
        rows: list[_Row] = []
        last = self._rows[-1].month if self._rows else None
        for summary in summaries:
            month = month_of(summary.date)
            if month != last:
                rows.append(_Row(month, None))
                last = month
            rows.append(_Row(month, summary))
        return rows

    def _append(self, rows: list[_Row]) -> None:
        for row in rows:
            if row.summary is not None:
                self._row_of_id[row.summary.id] = len(self._rows)
                self._entry_rows.append(len(self._rows))
            self._rows.append(row)
