"""The incident record's list: one row per record, as it reads now, newest first.

A row is worked out once when the list is filled (the record as amended, its
kinds and names in words, the first line of its account), so painting and
filtering never parse a record again. Nothing goes into tooltips: the words are
the person's own; screen readers get them through the accessible text role.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject, Qt

from app.records.incidents import Incident, IncidentKind, amended
from app.ui.record.labels import format_when, kinds_line, tr
from app.ui.widgets.lists import FIRST_ROLE, ListModel

RecordRole = IntEnum(
    "RecordRole",
    "IdRole HeadlineRole NotesRole CornerRole DetailRole",
    start=FIRST_ROLE,
)


@dataclass(frozen=True)
class RecordRow:
    """One record as its row shows it (worked out once)."""

    id: str
    when: str
    kinds: tuple[IncidentKind, ...]
    who: tuple[str, ...]
    first_line: str
    amended: bool

    def names(self, person: str) -> bool:
        """Whether the record, as it reads now, names ``person`` (any case)."""
        wanted = person.casefold()
        return any(name.casefold() == wanted for name in self.who)


def record_row(incident: Incident) -> RecordRow:
    """The row for one record, from the record as it reads now."""
    fields = (
        amended(incident.fields, incident.amendments) if incident.amendments else incident.fields
    )
    first = next((line for line in fields.account.splitlines() if line.strip()), "")
    return RecordRow(
        incident.id,
        format_when(fields.happened),
        fields.kinds,
        fields.who,
        first.strip(),
        bool(incident.amendments),
    )


class RecordListModel(ListModel[RecordRow]):
    """Records newest first; a filter by person and kind picks which rows show."""

    roles = RecordRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[RecordRow] = []
        self._person: str | None = None
        self._kind: IncidentKind | None = None

    def set_records(self, incidents: Iterable[Incident]) -> None:
        """Show these records (already newest first), through the current filter."""
        self._all = [record_row(incident) for incident in incidents]
        self._refilter()

    def set_filter(self, person: str | None, kind: IncidentKind | None) -> None:
        """Only the records naming ``person`` and of ``kind`` (None: any)."""
        self._person, self._kind = person, kind
        self._refilter()

    def total(self) -> int:
        """How many records there are, before the filter."""
        return len(self._all)

    def people(self) -> list[str]:
        """Every name the records use, in the order first met (for the filter)."""
        seen: dict[str, str] = {}
        for row in self._all:
            for name in row.who:
                seen.setdefault(name.casefold(), name)
        return sorted(seen.values(), key=str.casefold)

    def clear(self) -> None:
        """Hold nothing (the journal locked)."""
        self._all = []
        self.replace_rows([])

    def row_of(self, record_id: str) -> int:
        """Where a record is listed, or -1."""
        return next((n for n in range(self.rowCount()) if self._id(n) == record_id), -1)

    def item_data(self, item: RecordRow, role: int) -> object:
        """The row's parts: when (headline), kinds and who (notes), amended, the account."""
        parts: dict[int, object] = {
            RecordRole.IdRole: item.id,
            RecordRole.HeadlineRole: item.when,
            RecordRole.NotesRole: [
                text for text in (kinds_line(item.kinds), ", ".join(item.who)) if text
            ],
            RecordRole.CornerRole: tr("amended") if item.amended else "",
            RecordRole.DetailRole: item.first_line,
            Qt.ItemDataRole.DisplayRole: item.when,
        }
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item)
        return parts.get(role)

    def _spoken(self, item: RecordRow) -> str:
        notes = [item.when, kinds_line(item.kinds), ", ".join(item.who), item.first_line]
        if item.amended:
            notes.append(tr("amended"))
        return ". ".join(text for text in notes if text)

    def _id(self, row: int) -> str:
        item = self.item(row)
        return "" if item is None else item.id

    def _refilter(self) -> None:
        self.replace_rows(
            row
            for row in self._all
            if (self._person is None or row.names(self._person))
            and (self._kind is None or self._kind in row.kinds)
        )
