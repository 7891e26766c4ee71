"""Models for "remind me why": my reasons (editable, in my order) and entry excerpts.

Both are flat list models with named roles, read once per opening; the reasons
model writes every edit straight to the journal, so nothing typed here is lost.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.errors import KnownError
from app.storage.reasons import Reason, ReasonStore
from app.storage.reread import Excerpt

ModelIndex = QModelIndex | QPersistentModelIndex
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class ReasonRole(IntEnum):
    """Named roles of the reasons list."""

    IdRole = Qt.ItemDataRole.UserRole + 1


class ReasonsModel(QAbstractListModel):
    """The user's reasons; editing a row saves it at once.

    Signals:
        failed(str): a change could not be stored; the plain message to show.
    """

    failed = Signal(str)

    def __init__(self, store: ReasonStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Reason] = []
        self.reload()

    def set_store(self, store: ReasonStore | None) -> None:
        """Show another journal's reasons, or none (None) while locked."""
        self._store = store
        self.reload()

    def reload(self) -> None:
        """Read the list again (the one reset point)."""
        self.beginResetModel()
        self._rows = self._store.all() if self._store is not None else []
        self.endResetModel()

    def reason(self, row: int) -> Reason | None:
        """The reason on a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def add(self, text: str) -> int | None:
        """Add a reason at the end; returns its row, or None when it was refused."""
        if self._store is None:
            return None
        try:
            self._store.add(text)
        except KnownError as error:
            self.failed.emit(error.message)
            return None
        self.reload()
        return len(self._rows) - 1

    def remove(self, row: int) -> None:
        """Delete the reason on a row."""
        reason = self.reason(row)
        if reason is None or self._store is None:
            return
        self._run(lambda: self._store.remove(reason.id) if self._store else None)

    def move(self, row: int, to: int) -> int:
        """Move a reason to another row; returns the row it ends on."""
        reason = self.reason(row)
        if reason is None or self._store is None or not 0 <= to < len(self._rows):
            return row
        store = self._store
        return to if self._run(lambda: store.move(reason.id, to)) else row

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """One row per reason."""
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Every reason can be edited in place."""
        return _EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The reason's words (also for editing and screen readers) and its id."""
        reason = self.reason(index.row()) if index.isValid() else None
        if reason is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return reason.text
        return reason.id if role == ReasonRole.IdRole else None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Store edited words at once; empty or too long words are refused plainly."""
        reason = self.reason(index.row()) if index.isValid() else None
        if reason is None or role != Qt.ItemDataRole.EditRole or self._store is None:
            return False
        if str(value) == reason.text:
            return True
        store = self._store
        if not self._run(lambda: store.update(reason.id, str(value)), reload=False):
            return False
        self._rows[index.row()] = Reason(reason.id, str(value).strip())
        self.dataChanged.emit(index, index)
        return True

    def _run(self, change: object, *, reload: bool = True) -> bool:
        try:
            change()  # type: ignore[operator]
        except KnownError as error:
            self.failed.emit(error.message)
            return False
        if reload:
            self.reload()
        return True


class ExcerptRole(IntEnum):
    """Named roles of an excerpt list."""

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    DateRole = Qt.ItemDataRole.UserRole + 2
    ExcerptRole = Qt.ItemDataRole.UserRole + 3
    HeavyRole = Qt.ItemDataRole.UserRole + 4


class ExcerptModel(QAbstractListModel):
    """Entries with the start of their text; a heavy entry's text stays hidden."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Excerpt] = []

    def set_excerpts(self, rows: list[Excerpt]) -> None:
        """Show these rows (the one reset point)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entry_id(self, row: int) -> str | None:
        """The entry on a row."""
        return self._rows[row].entry.id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """One row per entry."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Headline, date, excerpt (or the heavy notice) and the entry's id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry = row.entry
        excerpt = self.tr("Marked heavy: open it when you choose to.") if entry.heavy else row.text
        values: dict[int, object] = {
            Qt.ItemDataRole.DisplayRole: entry.headline or self.tr("Untitled entry"),
            Qt.ItemDataRole.AccessibleTextRole: (
                f"{entry.headline}, {entry.date.isoformat()}: {excerpt}"
            ),
            ExcerptRole.EntryIdRole: entry.id,
            ExcerptRole.DateRole: entry.date,
            ExcerptRole.ExcerptRole: excerpt,
            ExcerptRole.HeavyRole: entry.heavy,
        }
        return values.get(role)
