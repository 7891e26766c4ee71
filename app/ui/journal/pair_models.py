"""Models for "what happened next": entries to link to, and linked pairs.

Rows are read once when a list opens (a pair with both entries' summaries, so
a row can show both headlines); an entry marked heavy shows its headline and a
quiet "heavy" note, as the timeline shows it, and never its text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QDate, QLocale, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from app.records.entries import EntrySummary
from app.records.links import LinkedPair
from app.ui.widgets.lists import FIRST_ROLE, ListModel, ModelIndex
from app.ui.widgets.rows import format_day
from app.ui.widgets.translate import tr

ARROW = "→"

# Named roles: an entry's id, its day and notes; a pair's second line.
LinkRole = IntEnum("LinkRole", "EntryIdRole DateRole NotesRole DetailRole", start=FIRST_ROLE)


@dataclass(frozen=True)
class PairRow:
    """A linked pair with what its row shows of each entry (never their text)."""

    pair: LinkedPair
    earlier: EntrySummary
    later: EntrySummary


def spoken_day(day: dt.date, today: dt.date | None = None) -> str:
    """A day as a sentence says it: "3 April", with the year when it is not this one."""
    this_year = day.year == (today or dt.date.today()).year
    #: A Qt date format for a day and its month, no year: d = day, MMMM = month name.
    shape = tr("d MMMM") if this_year else tr("d MMMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), shape)


def rows_high(view: QListView, rows: int) -> int:
    """The height of ``rows`` rows of a painted list (with its frame), empty or not."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    row = view.itemDelegate().sizeHint(option, view.model().index(0, 0)).height()
    return row * rows + 2 * view.frameWidth()


class EntryChoiceModel(ListModel[EntrySummary]):
    """Entries to choose from (later ones to link, or ones already linked), as given.

    Each row's second line says how long after the first entry it was written.
    """

    roles = LinkRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._after: dt.date | None = None

    def set_entries(self, entries: list[EntrySummary], after: dt.date | None = None) -> None:
        """Show these entries, each counted in days ``after`` a day (the one reset point)."""
        self._after = after
        self.replace_rows(entries)

    def entry(self, row: int) -> EntrySummary | None:
        """The entry on a row."""
        return self.item(row)

    def item_data(self, item: EntrySummary, role: int) -> object:
        """The value of one role for one entry."""
        notes = [self.tr("marked as heavy")] if item.heavy else []
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = [item.headline or self.tr("Untitled entry"), format_day(item.date), *notes]
            return ", ".join([*said, self._distance(item.date)])
        values: dict[int, object] = {
            Qt.ItemDataRole.DisplayRole: item.headline,
            LinkRole.EntryIdRole: item.id,
            LinkRole.DateRole: item.date,
            LinkRole.NotesRole: notes,
            LinkRole.DetailRole: self._distance(item.date),
        }
        return values.get(role)

    def _distance(self, day: dt.date) -> str:
        if self._after is None:
            return ""
        days = (day - self._after).days
        if days == 0:
            return self.tr("The same day")
        if days == 1:
            return self.tr("The next day")
        return self.tr("{days} days later").format(days=f"{days:n}")


class HeadlineFilter(QSortFilterProxyModel):
    """Keeps the rows whose headline holds every word typed (case and accents aside)."""

    def __init__(self, source: EntryChoiceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._words: list[str] = []

    def set_words(self, typed: str) -> None:
        """Filter by these words (empty: every row)."""
        self.beginFilterChange()
        self._words = typed.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Whether a row's headline holds every word."""
        model = self.sourceModel()
        assert isinstance(model, EntryChoiceModel)
        entry = model.entry(source_row)
        headline = entry.headline.casefold() if entry is not None else ""
        return all(word in headline for word in self._words)


class PairsModel(ListModel[PairRow]):
    """Linked pairs, in the order the journal gives them (by the earlier entry's day)."""

    roles = LinkRole

    def set_pairs(self, rows: list[PairRow]) -> None:
        """Show these pairs (the one reset point)."""
        self.replace_rows(rows)

    def pair(self, row: int) -> PairRow | None:
        """The pair on a row."""
        return self.item(row)

    def item_data(self, item: PairRow, role: int) -> object:
        """The value of one role for one pair."""
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return f"{format_day(item.earlier.date)}  {ARROW}  {format_day(item.later.date)}"
            case Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{first}, {hoped}; then {second}, {happened}").format(
                    first=format_day(item.earlier.date),
                    hoped=self._headline(item.earlier),
                    second=format_day(item.later.date),
                    happened=self._headline(item.later),
                )
            case LinkRole.DetailRole:
                return f"{self._headline(item.earlier)}  {ARROW}  {self._headline(item.later)}"
            case LinkRole.EntryIdRole:
                return item.pair.later
        return None

    def _headline(self, entry: EntrySummary) -> str:
        return entry.headline or self.tr("Untitled entry")
