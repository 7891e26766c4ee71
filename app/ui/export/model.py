"""The export dialog's two lists: the paragraphs that may leave, and the names to replace.

Each paragraph has a checkbox (ticked: it goes into the export) and is shown as
its reader will see it (``app.export.readable``), not as raw Markdown. Entry rows
are headings, not checkable. Unticking only changes the export; the entry itself
is never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, Qt, Signal

from app.export.model import Redaction
from app.export.readable import BlockKind, ReadableBlock, readable_block
from app.export.redaction import initials, same_name
from app.records.entries import Entry
from app.ui.widgets.lists import FIRST_ROLE, ListModel, ModelIndex

Splitter = Callable[[str], list[str]]
About = Callable[[str], "str | None"]
"""What an attachment is ("PNG, 1.2 MB") by id; None when the journal doesn't hold it."""
# Enough for four wrapped lines in the widest list; a screen reader hears the start too.
SHOWN_CHARS = 600


# Named roles of the export list. ParagraphRole: the paragraph's index, or -1 for an
# entry's heading; KindRole: a BlockKind, None for a heading.
ExportRole = IntEnum("ExportRole", "EntryIdRole ParagraphRole KindRole", start=FIRST_ROLE)
Row = tuple[Entry, int, str]  # an entry, a paragraph's index (-1: its heading), the words


def _long_date(entry: Entry) -> str:
    """The entry's day in the window's language, weekday and all (the export's own is English)."""
    day = entry.date
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class ExportListModel(ListModel[Row]):
    """Entry headings and their paragraphs, each paragraph included or left out.

    Signals:
        selectionChanged(): a paragraph was ticked or unticked.
    """

    selectionChanged = Signal()

    def __init__(
        self,
        entries: Sequence[Entry],
        split: Splitter,
        parent: QObject | None = None,
        about: About | None = None,
    ) -> None:
        super().__init__(parent)
        self._about = about
        for entry in entries:
            self._rows.append((entry, -1, entry.headline or self.tr("Untitled entry")))
            for index, paragraph in enumerate(split(entry.body)):
                self._rows.append((entry, index, paragraph))
        self._readable: dict[tuple[str, int], ReadableBlock] = {}
        self._excluded: set[tuple[str, int]] = set()

    def excluded(self) -> frozenset[tuple[str, int]]:
        """(entry id, paragraph index) of every paragraph left out."""
        return frozenset(self._excluded)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Paragraphs can be ticked; headings only read."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if self._rows[index.row()][1] >= 0 else base

    def item_data(self, item: Row, role: int) -> object:
        """The words as they read (or an entry's heading), the tick and the block's kind."""
        entry, paragraph, _ = item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._shown(item)
        if role == Qt.ItemDataRole.CheckStateRole and paragraph >= 0:
            left_out = (entry.id, paragraph) in self._excluded
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == ExportRole.KindRole:
            return self._block(item).kind if paragraph >= 0 else None
        values: dict[int, object] = {
            ExportRole.EntryIdRole: entry.id,
            ExportRole.ParagraphRole: paragraph,
        }
        return values.get(role)

    def _shown(self, row: Row) -> str:
        entry, paragraph, text = row
        if paragraph < 0:
            return f"{' '.join(text.split())} \u00b7 {_long_date(entry)}"
        block = self._block(row)
        shown = self._attachment(block) if block.attachment else block.text
        return shown if len(shown) <= SHOWN_CHARS else shown[: SHOWN_CHARS - 1] + "\u2026"

    def _attachment(self, block: ReadableBlock) -> str:
        """A picture or document on its own, named with its kind and size."""
        about = self._about(block.attachment or "") if self._about else None
        about = about or self.tr("not in this journal")
        if block.kind is BlockKind.PICTURE:
            return self.tr("Picture: {words} ({about})").format(words=block.text, about=about)
        return self.tr("Document: {words} ({about})").format(words=block.text, about=about)

    def _block(self, row: Row) -> ReadableBlock:
        """The paragraph as it reads, worked out once and only when first shown."""
        entry, paragraph, text = row
        block = self._readable.get((entry.id, paragraph))
        if block is None:
            block = self._readable[entry.id, paragraph] = readable_block(text)
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


class NamesModel(ListModel[Redaction]):
    """Names to replace, in the order added, each with what it is shown as.

    Signals:
        namesChanged(): a name was added or removed.
    """

    namesChanged = Signal()

    def redactions(self) -> tuple[Redaction, ...]:
        """The names and their replacements, for ``ExportOptions``."""
        return tuple(self._rows)

    def problem(self, name: str) -> NameProblem | None:
        """Why ``name`` can't be added, or None when it can."""
        if not name.strip():
            return NameProblem.EMPTY
        if any(same_name(name, known.name) for known in self._rows):
            return NameProblem.TWICE
        return None

    def add(self, name: str, shown_as: str) -> NameProblem | None:
        """Add a name (an empty ``shown_as`` means initials); on a problem, change nothing."""
        problem = self.problem(name)
        if problem is not None:
            return problem
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Redaction(" ".join(name.split()), " ".join(shown_as.split())))
        self.endInsertRows()
        self.namesChanged.emit()
        return None

    def remove(self, row: int) -> bool:
        """Take a name off the list."""
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.namesChanged.emit()
        return True

    def item_data(self, item: Redaction, role: int) -> object:
        """The name and what it is shown as ("Margaret → my mother"), or in words."""
        name, shown = item.name, item.replacement
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
