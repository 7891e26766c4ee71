"""The incident record's list: one row per record, as it reads now, newest first.

A row keeps the record as it reads now (amendments applied once, when the list
is filled); its words are put together only for the rows painted or read out,
so opening the list at 2,000 records stays quick. Nothing goes into tooltips: the words are
the person's own; screen readers get them through the accessible text role.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from functools import cached_property

from PySide6.QtCore import QObject, Qt

from app.records.incidents import Incident, IncidentFields, IncidentKind, amended
from app.ui.record.labels import format_when, kinds_line
from app.ui.widgets.lists import FIRST_ROLE, ListModel
from app.ui.widgets.translate import tr

RecordRole = IntEnum(
    "RecordRole",
    "IdRole HeadlineRole NotesRole CornerRole DetailRole",
    start=FIRST_ROLE,
)


class RecordRow:
    """One record as its row shows it: the record as it reads now, amended or not.

    Who and what kind are read from the record and its amendments' changes
    directly (the filter needs them for every row); the rest of the record as it
    reads now, and its words, only for the rows painted or read out (a list of
    2,000 records paints a dozen), so filling the list stays quick.
    """

    def __init__(self, incident: Incident) -> None:
        self.id = incident.id
        self.amended = bool(incident.amendments)
        self._incident = incident
        self.who: tuple[str, ...] = incident.fields.who
        self.kinds: tuple[IncidentKind, ...] = incident.fields.kinds
        for amendment in incident.amendments:
            who, kinds = amendment.changes.get("who"), amendment.changes.get("kinds")
            if isinstance(who, list):
                self.who = tuple(str(name) for name in who)
            if isinstance(kinds, list):
                self.kinds = tuple(IncidentKind(str(kind)) for kind in kinds)

    @cached_property
    def fields(self) -> IncidentFields:
        """The record as it reads now (worked out the first time it is needed)."""
        incident = self._incident
        if not incident.amendments:
            return incident.fields
        return amended(incident.fields, incident.amendments)

    def names(self, person: str) -> bool:
        """Whether the record, as it reads now, names ``person`` (any case)."""
        wanted = person.casefold()
        return any(name.casefold() == wanted for name in self.who)

    def when(self) -> str:
        """When it happened, in words."""
        return format_when(self.fields.happened)

    def first_line(self) -> str:
        """The account's first line with words on it."""
        lines = self.fields.account.splitlines()
        return next((line.strip() for line in lines if line.strip()), "")


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
        self._all = [RecordRow(incident) for incident in incidents]
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
        parts: dict[int, Callable[[], object]] = {
            RecordRole.IdRole: lambda: item.id,
            RecordRole.HeadlineRole: item.when,
            RecordRole.NotesRole: lambda: [
                text for text in (kinds_line(item.kinds), ", ".join(item.who)) if text
            ],
            RecordRole.CornerRole: lambda: tr("amended") if item.amended else "",
            RecordRole.DetailRole: item.first_line,
            Qt.ItemDataRole.DisplayRole: item.when,
            Qt.ItemDataRole.AccessibleTextRole: lambda: self._spoken(item),
        }
        part = parts.get(role)
        return None if part is None else part()

    def _spoken(self, item: RecordRow) -> str:
        notes = [item.when(), kinds_line(item.kinds), ", ".join(item.who), item.first_line()]
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
