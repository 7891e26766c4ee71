"""The export dialog's two lists: the paragraphs that may leave, and the names to replace.

Each paragraph has a checkbox (ticked: it goes into the export) and is shown as
its reader will see it (``app.export.readable``), not as raw Markdown. Entry rows
are headings, not checkable. Unticking only changes the export; the entry itself
is never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.export.model import Redaction
from app.export.readable import ReadableBlock, readable_block
from app.export.redaction import initials, same_name
from app.export.render import format_date
from app.records.entries import Entry

ModelIndex = QModelIndex | QPersistentModelIndex
Splitter = Callable[[str], list[str]]
# Enough for four wrapped lines in the widest list; a screen reader hears the start too.
SHOWN_CHARS = 600


class ExportRole(IntEnum):
    """Named roles of the export list."""

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    ParagraphRole = Qt.ItemDataRole.UserRole + 2  # the paragraph's index, or -1 for a heading
    KindRole = Qt.ItemDataRole.UserRole + 3  # a BlockKind, None for an entry's heading


class ExportListModel(QAbstractListModel):
    """Entry headings and their paragraphs, each paragraph included or left out.

    Signals:
        selectionChanged(): a paragraph was ticked or unticked.
    """

    selectionChanged = Signal()

    def __init__(
        self, entries: Sequence[Entry], split: Splitter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Entry, int, str]] = []
        for entry in entries:
            self._rows.append((entry, -1, entry.headline or self.tr("Untitled entry")))
            for index, paragraph in enumerate(split(entry.body)):
                self._rows.append((entry, index, paragraph))
        self._readable: dict[int, ReadableBlock] = {}
        self._excluded: set[tuple[str, int]] = set()

    def excluded(self) -> frozenset[tuple[str, int]]:
        """(entry id, paragraph index) of every paragraph left out."""
        return frozenset(self._excluded)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Headings and paragraphs."""
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Paragraphs can be ticked; headings only read."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if self._rows[index.row()][1] >= 0 else base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The words as they read (or an entry's heading), the tick and the block's kind."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, paragraph, _ = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._shown(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and paragraph >= 0:
            left_out = (entry.id, paragraph) in self._excluded
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == ExportRole.KindRole:
            return self._block(index.row()).kind if paragraph >= 0 else None
        values: dict[int, object] = {
            ExportRole.EntryIdRole: entry.id,
            ExportRole.ParagraphRole: paragraph,
        }
        return values.get(role)

    def _shown(self, row: int) -> str:
        entry, paragraph, text = self._rows[row]
        if paragraph < 0:
            return f"{' '.join(text.split())} \u00b7 {format_date(entry.date)}"
        shown = self._block(row).text
        return shown if len(shown) <= SHOWN_CHARS else shown[: SHOWN_CHARS - 1] + "\u2026"

    def _block(self, row: int) -> ReadableBlock:
        """The paragraph as it reads, worked out once and only when first shown."""
        block = self._readable.get(row)
        if block is None:
            block = self._readable[row] = readable_block(self._rows[row][2])
        return block

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Tick or untick a paragraph."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry, paragraph, _ = self._rows[index.row()]
        if paragraph < 0:
            return False
        key = (entry.id, paragraph)
        if _is_checked(value):
            self._excluded.discard(key)
        else:
            self._excluded.add(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selectionChanged.emit()
        return True

    def toggle(self, index: ModelIndex) -> bool:
        """Tick an unticked paragraph or untick a ticked one (Space, or a click on the row)."""
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            return False
        ticked = Qt.CheckState(state) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        return self.setData(index, new, Qt.ItemDataRole.CheckStateRole)


def _is_checked(value: object) -> bool:
    """Qt passes the new state as a CheckState or as its int value."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, int):
        return value == Qt.CheckState.Checked.value
    return bool(value)


class NameProblem(IntEnum):
    """Why a name can't be added (the dialog words it)."""

    EMPTY = 1
    TWICE = 2


class NamesModel(QAbstractListModel):
    """Names to replace, in the order added, each with what it is shown as.

    Signals:
        namesChanged(): a name was added or removed.
    """

    namesChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: list[Redaction] = []

    def redactions(self) -> tuple[Redaction, ...]:
        """The names and their replacements, for ``ExportOptions``."""
        return tuple(self._names)

    def problem(self, name: str) -> NameProblem | None:
        """Why ``name`` can't be added, or None when it can."""
        if not name.strip():
            return NameProblem.EMPTY
        if any(same_name(name, known.name) for known in self._names):
            return NameProblem.TWICE
        return None

    def add(self, name: str, shown_as: str) -> NameProblem | None:
        """Add a name (an empty ``shown_as`` means initials); on a problem, change nothing."""
        problem = self.problem(name)
        if problem is not None:
            return problem
        row = len(self._names)
        self.beginInsertRows(QModelIndex(), row, row)
        self._names.append(Redaction(" ".join(name.split()), " ".join(shown_as.split())))
        self.endInsertRows()
        self.namesChanged.emit()
        return None

    def remove(self, row: int) -> bool:
        """Take a name off the list."""
        if not 0 <= row < len(self._names):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._names[row]
        self.endRemoveRows()
        self.namesChanged.emit()
        return True

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """One row per name."""
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The name and what it is shown as ("Margaret → my mother"), or in words."""
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        name, shown = self._names[index.row()].name, self._names[index.row()].replacement
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{name}  \u2192  {shown}"
                if shown
                else self.tr("{name}  \u2192  {initials} (initials)").format(
                    name=name, initials=initials(name)
                )
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            replacement = shown or self.tr("initials {initials}").format(initials=initials(name))
            return self.tr("{name}, shown as {replacement}").format(
                name=name, replacement=replacement
            )
        return None
