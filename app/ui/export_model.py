"""The export dialog's list of what will leave: entries and their paragraphs.

Each paragraph has a check box (ticked: it goes into the export). Entry rows are
headings, not checkable. Unticking only changes the export; the entry itself is
never touched.
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

from app.storage.models import Entry

ModelIndex = QModelIndex | QPersistentModelIndex
Splitter = Callable[[str], list[str]]
PREVIEW_CHARS = 160


class ExportRole(IntEnum):
    """Named roles of the export list."""

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    ParagraphRole = Qt.ItemDataRole.UserRole + 2  # the paragraph's index, or -1 for a heading


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
                self._rows.append((entry, index, " ".join(paragraph.split())))
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
        """The text (a heading, or the start of a paragraph) and the tick."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, paragraph, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
            return shown if paragraph >= 0 else f"{shown} ({entry.date.isoformat()})"
        if role == Qt.ItemDataRole.CheckStateRole and paragraph >= 0:
            left_out = (entry.id, paragraph) in self._excluded
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.FontRole and paragraph < 0:
            from PySide6.QtGui import QFont  # noqa: PLC0415 - only for headings

            font = QFont()
            font.setBold(True)
            return font
        values: dict[int, object] = {
            ExportRole.EntryIdRole: entry.id,
            ExportRole.ParagraphRole: paragraph,
        }
        return values.get(role)

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
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked
            if isinstance(value, (int, Qt.CheckState))
            else bool(value)
        )
        if checked:
            self._excluded.discard(key)
        else:
            self._excluded.add(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selectionChanged.emit()
        return True


def _is_checked(value: object) -> bool:
    """Qt passes the new state as a CheckState or as its int value."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, int):
        return value == Qt.CheckState.Checked.value
    return bool(value)
