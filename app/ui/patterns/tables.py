"""The charts' text alternatives: tables of the same numbers, for reading and screen readers.

One small table model serves every chart: a header and rows of cells already
written out, numbers aligned to the right. A week without an answer says so in
words ("none given") rather than showing a zero or a blank.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.records.patterns import Counted, Figures, Week
from app.ui.patterns.words import day_text, number_text, tr

ModelIndex = QModelIndex | QPersistentModelIndex


class FigureTable(QAbstractTableModel):
    """Rows of written-out cells under a header; the first column is a label."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Show these rows instead (the one reset point)."""
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def rows(self) -> list[list[str]]:
        """The cells shown, row by row (for tests and the chart's descriptions)."""
        return [list(row) for row in self._rows]

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
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
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the label's column
    header.setStretchLastSection(False)
    return view


def fit_rows(view: QTableView, rows: int) -> None:
    """Make a short table exactly as tall as its header and ``rows`` rows."""
    height = view.horizontalHeader().sizeHint().height()
    height += view.verticalHeader().defaultSectionSize() * rows + 2 * view.frameWidth()
    view.setFixedHeight(height)


def weeks_table(parent: QObject) -> FigureTable:
    """The weeks chart's numbers."""
    headers = [
        tr("Week of"),
        tr("Entries"),
        tr("Mood"),
        tr("Moods given"),
        tr("Energy"),
        tr("Energies given"),
        tr("Contacts"),
        tr("Incidents"),
    ]
    return FigureTable(headers, parent)


def week_rows(weeks: Sequence[Week]) -> list[list[str]]:
    """One row per week: averages with the counts behind them."""
    return [
        [
            day_text(week.start),
            str(week.entries),
            _average(week.mood),
            str(week.moods),
            _average(week.energy),
            str(week.energies),
            str(week.contacts),
            str(week.incidents),
        ]
        for week in weeks
    ]


def week_sentence(week: Week) -> str:
    """One week read aloud (the chart's description as the keyboard moves through it)."""
    parts = [
        tr("Week of {day}. Entries: {entries}.").format(
            day=day_text(week.start), entries=week.entries
        )
    ]
    if week.mood is not None:
        parts.append(
            tr("Mood {mood} (answers: {answers}).").format(
                mood=number_text(week.mood), answers=week.moods
            )
        )
    if week.energy is not None:
        parts.append(
            tr("Energy {energy} (answers: {answers}).").format(
                energy=number_text(week.energy), answers=week.energies
            )
        )
    if week.contacts:
        parts.append(tr("Contacts: {count}.").format(count=week.contacts))
    if week.incidents:
        parts.append(tr("Incidents: {count}.").format(count=week.incidents))
    return " ".join(parts)


def counts_table(parent: QObject) -> FigureTable:
    """A counts chart's numbers: the word and how many entries named it."""
    return FigureTable([tr("Word"), tr("Entries")], parent)


def count_rows(counted: Sequence[Counted]) -> list[list[str]]:
    """One row per word, most often first."""
    return [[item.name, str(item.count)] for item in counted]


def after_table(parent: QObject) -> FigureTable:
    """After contact's numbers: each side with its average and its count."""
    return FigureTable([tr("Days"), tr("Average mood"), tr("Moods given")], parent)


def after_rows(found: Figures) -> list[list[str]]:
    """The days after contact and the other days, each with its count."""
    after = found.after_contact
    return [
        [tr("The days after a contact or incident"), _average(after.after_mood), str(after.after)],
        [tr("Other days"), _average(after.other_mood), str(after.other)],
    ]


def _average(value: float | None) -> str:
    return tr("none given") if value is None else number_text(value)
