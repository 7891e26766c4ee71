"""The charts' text alternatives: tables of the same numbers, for reading and screen readers.

One small table model serves every chart: a header and rows of cells already
written out, numbers aligned to the right. A week without a mood shows a dash,
which a screen reader reads as "no mood recorded"; a week only partly inside the
period says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.records.patterns import Counted, Figures, Period, Week
from app.ui.patterns.words import day_text, entries_text, month_text, number_text
from app.ui.widgets.translate import tr

ModelIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[str, str]
"""What a cell shows, and what a screen reader says of it."""
DASH = "\u2013"  # an en dash: nothing was recorded


class FigureTable(QAbstractTableModel):
    """Rows of written-out cells under a header; the first column is a label."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Cell]] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        """Name the columns anew (weeks or months)."""
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, rows: Sequence[Sequence[str | Cell]]) -> None:
        """Show these rows instead (the one reset point)."""
        self.beginResetModel()
        self._rows = [
            [cell if isinstance(cell, tuple) else (cell, cell) for cell in row] for row in rows
        ]
        self.endResetModel()

    def rows(self) -> list[list[str]]:
        """The cells shown, row by row (for tests and descriptions)."""
        return [[shown for shown, _said in row] for row in self._rows]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Columns: one per header."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's words; numbers sit to the right."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        shown, said = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return said
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column names (rows are not numbered)."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


def table_view(model: FigureTable, name: str, parent: QWidget) -> QTableView:
    """A read-only table a screen reader walks cell by cell, named for what it shows."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(20)  # a long period's rows are not all measured
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the label's column
    header.setStretchLastSection(False)
    return view


def fit_rows(view: QTableView, rows: int) -> None:
    """Make a table exactly as tall as its header and ``rows`` rows (one row at least)."""
    height = view.horizontalHeader().sizeHint().height()
    height += view.verticalHeader().defaultSectionSize() * max(rows, 1) + 2 * view.frameWidth()
    view.setFixedHeight(height)


def weeks_headers(*, by_month: bool) -> list[str]:
    """The weeks (or months) table's column names."""
    return [
        tr("Month") if by_month else tr("Week of"),
        tr("Entries"),
        tr("Mood"),
        tr("With a mood"),
        tr("Energy"),
        tr("With energy"),
        tr("Contacts"),
        tr("Incidents"),
    ]


def week_rows(weeks: Sequence[Week], period: Period, *, by_month: bool) -> list[list[str | Cell]]:
    """One row per week or month: averages with the counts behind them."""
    return [
        [
            _when(week, period, by_month=by_month),
            str(week.entries),
            _average(week.mood, tr("no mood recorded")),
            str(week.moods),
            _average(week.energy, tr("no energy recorded")),
            str(week.energies),
            str(week.contacts),
            str(week.incidents),
        ]
        for week in weeks
    ]


def week_sentence(week: Week, *, by_month: bool = False) -> str:
    """One week (or month) read aloud, as the keyboard or the mouse reaches it."""
    when = (
        tr("{month}:").format(month=month_text(week.start))
        if by_month
        else tr("Week of {day}:").format(day=day_text(week.start))
    )
    parts = [f"{when} {entries_text(week.entries)}."]
    if week.mood is None:
        parts.append(tr("No mood recorded."))
    else:
        parts.append(tr("Mood {mood} of 5.").format(mood=number_text(week.mood)))
    if week.energy is not None:
        parts.append(tr("Energy {energy} of 3.").format(energy=number_text(week.energy)))
    if week.contacts:
        parts.append(
            tr("1 contact.") if week.contacts == 1 else tr("%n contacts.", "", week.contacts)
        )
    if week.incidents:
        parts.append(
            tr("1 incident.") if week.incidents == 1 else tr("%n incidents.", "", week.incidents)
        )
    return " ".join(parts)


def counts_table(parent: QObject) -> FigureTable:
    """A counts chart's numbers: the words and how many entries named each."""
    return FigureTable([tr("Named"), tr("Entries")], parent)


def count_rows(counted: Sequence[Counted]) -> list[list[str | Cell]]:
    """One row per word, most often first."""
    return [[item.name, str(item.count)] for item in counted]


def after_table(parent: QObject) -> FigureTable:
    """After contact's numbers: each side with its average and its count."""
    return FigureTable([tr("Days"), tr("Average mood"), tr("Entries with a mood")], parent)


def after_rows(found: Figures) -> list[list[str | Cell]]:
    """The days after contact and the other days, each with its count."""
    after = found.after_contact
    none = tr("no mood recorded")
    if not after.enough:  # the counts, and no averages to compare
        none = tr("not enough to compare")
        return [
            [tr("The days after a contact or incident"), (DASH, none), str(after.after)],
            [tr("Other days"), (DASH, none), str(after.other)],
        ]
    return [
        [
            tr("The days after a contact or incident"),
            _average(after.after_mood, none),
            str(after.after),
        ],
        [tr("Other days"), _average(after.other_mood, none), str(after.other)],
    ]


def _when(week: Week, period: Period, *, by_month: bool) -> str:
    if by_month:
        shown = month_text(week.start)
        after = (week.start + dt.timedelta(days=32)).replace(day=1)
        whole = week.start >= period.since and after - dt.timedelta(days=1) <= period.until
        return shown if whole else tr("{month} (part of the month)").format(month=shown)
    shown = day_text(week.start)
    if week.start < period.since or week.start + dt.timedelta(days=6) > period.until:
        return tr("{day} (part of the week)").format(day=shown)
    return shown


def _average(value: float | None, missing: str) -> str | Cell:
    return (DASH, missing) if value is None else number_text(value)
