"""Models for "remind me why": my reasons (editable, in my order) and entry excerpts.

Both are flat list models with named roles, read once per opening; the reasons
model writes every edit straight to the journal, so nothing typed here is lost.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject, Qt, Signal

from app.errors import KnownError
from app.storage.reasons import Reason, ReasonStore
from app.storage.reread import Excerpt
from app.ui.widgets.lists import FIRST_ROLE, ListModel, ModelIndex

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


# Named roles of the reasons list.
ReasonRole = IntEnum("ReasonRole", "IdRole", start=FIRST_ROLE)


class ReasonsModel(ListModel[Reason]):
    """The user's reasons; editing a row saves it at once.

    Signals:
        failed(str): a change could not be stored; the plain message to show.
    """

    failed = Signal(str)

    def __init__(self, store: ReasonStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.reload()

    def set_store(self, store: ReasonStore | None) -> None:
        """Show another journal's reasons, or none (None) while locked."""
        self._store = store
        self.reload()

    def reload(self) -> None:
        """Read the list again (the one reset point)."""
        self.replace_rows(self._store.all() if self._store is not None else [])

    def reason(self, row: int) -> Reason | None:
        """The reason on a row."""
        return self.item(row)

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

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Every reason can be edited in place."""
        return _EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def item_data(self, item: Reason, role: int) -> object:
        """The reason's words (also for editing and screen readers) and its id."""
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return item.text
        return item.id if role == ReasonRole.IdRole else None

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


# Named roles of an excerpt list.
ExcerptRole = IntEnum("ExcerptRole", "EntryIdRole DateRole ExcerptRole HeavyRole", start=FIRST_ROLE)


class ExcerptModel(ListModel[Excerpt]):
    """Entries with the start of their text; a heavy entry's text stays hidden."""

    roles = ExcerptRole

    def set_excerpts(self, rows: list[Excerpt]) -> None:
        """Show these rows (the one reset point)."""
        self.replace_rows(rows)

    def entry_id(self, row: int) -> str | None:
        """The entry on a row."""
        excerpt = self.item(row)
        return None if excerpt is None else excerpt.entry.id

    def item_data(self, item: Excerpt, role: int) -> object:
        """Headline, date, excerpt (or the heavy notice) and the entry's id."""
        entry = item.entry
        excerpt = self.tr("Marked heavy: open it when you choose to.") if entry.heavy else item.text
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
