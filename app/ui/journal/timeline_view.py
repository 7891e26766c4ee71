"""The timeline panel: the list of entries, its filters and a calendar to jump by date.

This is how someone finds their own words again, often in a moment of doubt, so it
stays quiet: one list, filters and calendar tucked behind two toggles, and kind
words where there is nothing to show. It reads the journal only through the entry
store it is given; ``set_store(None)`` on lock empties every model it holds.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.records.entries import EntryFilter
from app.storage.entries import EntryStore
from app.ui.journal.entry_list import EntryList
from app.ui.journal.timeline_delegate import TimelineDelegate, row_height
from app.ui.journal.timeline_model import TimelineModel, TimelineRole
from app.ui.widgets.kit import place_in_tab_order, text_label
from app.ui.widgets.lists import list_view

if TYPE_CHECKING:
    from app.ui.journal.filter_bar import FilterBar
    from app.ui.journal.timeline_calendar import EntryCalendar

LIST_PAGE, EMPTY_PAGE = 0, 1


class TimelinePanel(QWidget):
    """Entries newest first, with a filter bar and a calendar behind toggles.

    Args:
        store: the open journal's entries, or None while locked.
        parent: the owning widget.

    Signals:
        entryActivated(str): the id of the entry to show (the current row changed,
            or the current row was clicked or Enter pressed on it).
        filterChanged(EntryFilter): the filter the list follows now.
        loadFailed(str): a plain message when entries could not be read.
    """

    entryActivated = Signal(str)
    filterChanged = Signal(EntryFilter)
    loadFailed = Signal(str)

    def __init__(self, store: EntryStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._shown_id: str | None = None
        self._calendar: EntryCalendar | None = None
        self._filter_bar: FilterBar | None = None
        self._themes: dict[str, str] = {}
        self._pulls: dict[str, str] | None = None  # None: the bar reads the check-in's own
        self.model = TimelineModel(store, self)
        self._build()
        self._connect()
        self._refresh_icons()
        self._after_reset()

    # ------------------------------------------------------------------ public

    def set_store(self, store: EntryStore | None) -> None:
        """Show another journal, or nothing at all (None: the journal locked)."""
        self._store = store
        self._shown_id = None
        if store is None:
            self.model.clear()
            if self._filter_bar is not None:
                self._filter_bar.clear()
            self._after_reset()
        else:
            self.model.set_store(store)

    def reload(self) -> None:
        """Read the list again (after an add, a save or a trash), keeping the selection."""
        keep = self.current_entry_id()
        self.model.reload()
        if keep is not None:
            self.select_entry(keep)

    def clear_current(self) -> None:
        """No row is current or highlighted: a new entry is being written.

        A click on the entry that was highlighted opens it again.
        """
        self._shown_id = None
        selection = self.list_view.selectionModel()
        if selection is not None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.list_view.row_before_press = -1

    def select_entry(self, entry_id: str) -> bool:
        """Make an entry current; False when it is not in the (filtered) list."""
        row = self.model.row_for_entry(entry_id)
        if row is None:
            return False
        self._make_current(row)
        return True

    def select_next(self) -> bool:
        """Move to the next (older) entry; False at the end."""
        return self._step(1)

    def select_previous(self) -> bool:
        """Move to the previous (newer) entry; False at the start."""
        return self._step(-1)

    def current_entry_id(self) -> str | None:
        """The id of the current entry, if any."""
        return self.model.entry_id(self.list_view.currentIndex())

    def selected_entry_ids(self) -> list[str]:
        """The selected entries (month headings left out), oldest first."""
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        ids = [self.model.entry_id(self.model.index(row)) for row in reversed(rows)]
        return [entry_id for entry_id in ids if entry_id is not None]

    def focus_list(self) -> None:
        """Put the keyboard focus on the list of entries."""
        self.list_view.setFocus()

    def set_pulls(self, pulls: dict[str, str]) -> None:
        """The check-in's quick choices (id -> label), offered as a filter."""
        self._pulls = dict(pulls)
        if self._filter_bar is not None:
            self._filter_bar.set_pulls(pulls)

    def set_themes(self, themes: dict[str, str]) -> None:
        """Themes (id -> name) to show in rows and offer in the filter bar."""
        self.model.set_theme_names(themes)
        self._themes = dict(themes)
        if self._filter_bar is not None:
            self._filter_bar.set_themes(themes)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the filter bar and calendar even while they are hidden.

        The side panel then never grows when either opens, so the writing column
        beside it stays exactly where it was.
        """
        hint = super().minimumSizeHint()
        margins = self._column.contentsMargins()
        widest = 0 if self._filter_bar is None else self._filter_bar.minimumSizeHint().width()
        if self._calendar is not None:
            widest = max(widest, self._calendar.minimumSizeHint().width())
        return QSize(max(hint.width(), widest + margins.left() + margins.right()), hint.height())

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.calendar_button = self._toggle(self.tr("Calendar"), self.tr("Show the calendar"))
        self.filter_button = self._toggle(self.tr("Filter"), self.tr("Show the filters"))
        self.list_view = self._list_view()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self._empty_page())
        self._lay_out()

    def _toggle(self, text: str, accessible: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setAccessibleName(accessible)
        return button

    def _list_view(self) -> EntryList:
        view = list_view(
            EntryList(self),
            self.model,
            TimelineDelegate(),
            self.tr("Entries, newest first"),
            # Several entries can be selected (Ctrl/Shift), to export them together.
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
            smooth=True,
        )
        view.setMouseTracking(True)
        view.setMinimumHeight(row_height(view.fontMetrics()))  # gives way to filters, calendar
        return view

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        self.empty_label = text_label("", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("About this list"))
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), page)
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters and show every entry"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 32, 24, 32)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _lay_out(self) -> None:
        toggles = QHBoxLayout()
        toggles.setSpacing(8)
        toggles.addWidget(self.calendar_button)
        toggles.addWidget(self.filter_button)
        toggles.addStretch(1)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(8, 8, 8, 8)
        self._column.setSpacing(8)
        self._column.addLayout(toggles)  # the calendar, then the filters, once built
        self._column.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.calendar_button.toggled.connect(self._show_calendar)
        self.filter_button.toggled.connect(self._show_filters)
        self.clear_filters_button.clicked.connect(self._clear_filters)
        self.model.modelReset.connect(self._after_reset)
        self.model.loadFailed.connect(self.loadFailed)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.activated.connect(self._activate)
        self.list_view.clicked.connect(self._clicked)

    # ------------------------------------------------------------------ reacting

    def _apply_filter(self, entry_filter: EntryFilter) -> None:
        self.model.set_filter(entry_filter)
        active = entry_filter != EntryFilter()
        self.filter_button.setText(self.tr("Filter (on)") if active else self.tr("Filter"))
        self.filterChanged.emit(entry_filter)

    def _after_reset(self) -> None:
        """Show the list or a kind empty message, and mark the calendar's days again."""
        empty = self.model.total_entries == 0
        filtered = self.model.entry_filter != EntryFilter()
        self._show_page(EMPTY_PAGE if empty else LIST_PAGE)
        self.clear_filters_button.setVisible(empty and filtered)
        nothing_to_find = empty and not filtered
        for toggle in (self.calendar_button, self.filter_button):
            toggle.setChecked(toggle.isChecked() and not nothing_to_find)
            toggle.setVisible(not nothing_to_find)
        self.empty_label.setText(self._empty_text(filtered) if self._store is not None else "")
        if self._calendar is not None:
            self._calendar.set_source(self._store, self.model.entry_filter)

    def _show_page(self, shown: int) -> None:
        """Show one page; only it claims room, so the list can give up height to the filters.

        (A stack is otherwise as tall as its tallest page, and the kind empty
        message with its margins would make the window grow when Filter opens.)
        """
        for number in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if number == shown else QSizePolicy.Policy.Ignored
            page = self.stack.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(shown)

    def _empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No entries match these filters. Your other entries are all still here.")
        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        return self.tr(
            "Nothing here yet. When you're ready, a new entry is one keystroke away: {shortcut}."
        ).format(shortcut=shortcut)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = self.model.entry_id(current)
        if entry_id is not None and entry_id != self._shown_id:
            self._emit(entry_id)

    def _clicked(self, index: QModelIndex) -> None:
        """A click on the row that was already current asks to show it again."""
        if index.row() == self.list_view.row_before_press:
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        entry_id = self.model.entry_id(index)
        if entry_id is not None:
            self._emit(entry_id)

    def _emit(self, entry_id: str) -> None:
        self._shown_id = entry_id
        self._follow_in_calendar()
        self.entryActivated.emit(entry_id)

    def _step(self, direction: int) -> bool:
        """Move to the next entry row in a direction, stepping over month rows."""
        row = self.model.next_entry_row(self.list_view.currentIndex().row(), direction)
        if row is not None:
            self._make_current(row)
        return row is not None

    def _make_current(self, row: int) -> None:
        index = self.model.index(row)
        if row > 0:  # keep the month heading in view above its first entry
            self.list_view.scrollTo(self.model.index(row - 1))
        self.list_view.scrollTo(index)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    # ------------------------------------------------------------------ filters

    @property
    def filter_bar(self) -> FilterBar:
        """The filter bar, built when first needed (its ~30 controls cost ~35 ms).

        The page asks for it just after the first paint (``prepare_filters``).
        """
        if self._filter_bar is None:
            from app.ui.journal.filter_bar import FilterBar  # noqa: PLC0415 - start-up time

            bar = FilterBar(self)
            bar.setVisible(False)
            bar.refresh_icons()
            bar.set_themes(self._themes)
            if self._pulls is not None:
                bar.set_pulls(self._pulls)
            bar.filterChanged.connect(self._apply_filter)
            self._column.insertWidget(self._column.indexOf(self.stack), bar)
            above = self._calendar or self.filter_button  # the reading order, as laid out
            place_in_tab_order(bar, after=above)
            self._filter_bar = bar
            self.updateGeometry()  # its width is now part of the panel's minimum
        return self._filter_bar

    def prepare_filters(self) -> None:
        """Build the filter bar now (after the first paint), hidden until Filter opens it."""
        _ = self.filter_bar

    def _clear_filters(self) -> None:
        self.filter_bar.clear()

    def _show_filters(self, shown: bool) -> None:
        if shown or self._filter_bar is not None:  # hiding one never built builds nothing
            self.filter_bar.setVisible(shown)

    # ------------------------------------------------------------------ calendar

    @property
    def calendar(self) -> EntryCalendar:
        """The month calendar, built the first time it is needed.

        Most sessions never open it, and building it (with its first month's
        days) was ~4 ms of start-up.
        """
        if self._calendar is None:
            from app.ui.journal.timeline_calendar import EntryCalendar  # noqa: PLC0415 - start-up time

            calendar = EntryCalendar(self)
            calendar.setVisible(False)
            calendar.set_source(self._store, self.model.entry_filter)
            calendar.dateChosen.connect(self._jump_to)
            calendar.loadFailed.connect(self.loadFailed)
            self._column.insertWidget(1, calendar)
            QWidget.setTabOrder(self.filter_button, calendar)  # the reading order
            self._calendar = calendar
        return self._calendar

    def _show_calendar(self, shown: bool) -> None:
        if shown or self._calendar is not None:  # hiding one never built builds nothing
            self.calendar.setVisible(shown)
        self._follow_in_calendar()

    def _follow_in_calendar(self) -> None:
        day = self.list_view.currentIndex().data(TimelineRole.DateRole)
        if self._calendar is not None and self._calendar.isVisible() and isinstance(day, dt.date):
            self._calendar.show_date(day)

    def _jump_to(self, day: dt.date) -> None:
        row = self.model.row_for_date(day)
        if row is not None:
            self._make_current(row)
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ theme

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the glyph icons and calendar marks when light or dark mode changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._refresh_icons()
            if self._calendar is not None:
                self._calendar.refresh()

    def _refresh_icons(self) -> None:
        if self._filter_bar is not None:
            self._filter_bar.refresh_icons()
