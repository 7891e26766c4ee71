"""The timeline: its lazy model with month rows, filters, the panel, keyboard and calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.prompts.library import shipped_themes, theme_names
from app.records.entries import Entry, EntryFields, EntryFilter
from app.ui.journal.timeline_model import ENTRY, MONTH, PAGE_SIZE, TimelineModel, TimelineRole
from app.ui.journal.timeline_view import EMPTY_PAGE, LIST_PAGE, TimelinePanel
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

NEWEST = dt.date(2026, 11, 28)
THEMES = ("guilt", "boundaries", "autonomy", None)
MANY = 450


def fields_for(n: int) -> EntryFields:
    """Entry n of an invented journal: one every other day, going back in time."""
    return EntryFields(
        body=f"Evening notes, number {n}.",
        title=f"Entry {n}",
        date=NEWEST - dt.timedelta(days=2 * n),
        tags=("walk",) if n % 4 == 0 else ("family", "call") if n % 4 == 1 else (),
        mood=None if n % 6 == 5 else n % 5 + 1,
        theme=THEMES[n % len(THEMES)],
        marked=n % 7 == 0,
        heavy=n % 9 == 0,
    )


def add_entries(journal: Journal, count: int) -> list[Entry]:
    return [journal.entries.add(fields_for(n)) for n in range(count)]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, list[Entry]]]:
    """450 entries over about two and a half years (read only: shared by tests)."""
    files = JournalFiles(tmp_path_factory.mktemp("big") / "journal")
    journal, _ = create_journal(files, keystore=MemoryKeystore(), argon2=FAST_ARGON2)
    with journal:
        yield journal, add_entries(journal, MANY)


def kinds(model: TimelineModel) -> list[str]:
    return [model.index(row).data(TimelineRole.RowKindRole) for row in range(model.rowCount())]


def loaded_ids(model: TimelineModel) -> list[str]:
    ids = (model.entry_id(model.index(row)) for row in range(model.rowCount()))
    return [entry_id for entry_id in ids if entry_id is not None]


def fetch_all(model: TimelineModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def check_month_rows(model: TimelineModel) -> None:
    """A month row opens the list and stands before each change of month, and only there."""
    previous_month = None
    for row in range(model.rowCount()):
        index = model.index(row)
        month = index.data(TimelineRole.MonthRole)
        if index.data(TimelineRole.RowKindRole) == MONTH:
            assert month != previous_month
            assert model.index(row + 1).data(TimelineRole.RowKindRole) == ENTRY
            assert model.index(row + 1).data(TimelineRole.MonthRole) == month
            assert str(month.year) in index.data()
            previous_month = month
        else:
            assert month == previous_month
            assert index.data(TimelineRole.DateRole).replace(day=1) == month


# ---------------------------------------------------------------------- model


def test_an_empty_journal_has_no_rows(journal: Journal, qtmodeltester) -> None:
    model = TimelineModel(journal.entries)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    assert model.row_for_date(NEWEST) is None


def test_theme_chips_wait_for_the_names_and_never_read_packs_while_painting(
    journal: Journal, qtbot: QtBot
) -> None:
    journal.entries.add(EntryFields(body="", date=dt.date(2026, 11, 12), theme="boundaries"))
    model = TimelineModel(journal.entries)
    row = model.index(1)
    assert row.data(TimelineRole.ThemeRole) is None  # the first paint reads no prompt pack
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.set_theme_names({"boundaries": "Boundaries and saying no"})
    assert row.data(TimelineRole.ThemeRole) == "Boundaries and saying no"
    assert "Boundaries and saying no" in row.data(Qt.ItemDataRole.AccessibleTextRole)


def test_one_entry_has_its_month_row_and_named_roles(journal: Journal, qtmodeltester) -> None:
    entry = journal.entries.add(
        EntryFields(
            body="",
            date=dt.date(2026, 11, 12),
            mood=2,
            theme="boundaries",
            marked=True,
            heavy=True,
        )
    )
    model = TimelineModel(journal.entries)
    model.set_theme_names(theme_names(shipped_themes()))  # as the page does after painting
    qtmodeltester.check(model)
    assert kinds(model) == [MONTH, ENTRY]
    month, row = model.index(0), model.index(1)
    assert month.data(TimelineRole.MonthRole) == dt.date(2026, 11, 1)
    assert model.entry_id(month) is None
    assert not month.flags() & Qt.ItemFlag.ItemIsSelectable
    assert row.flags() & Qt.ItemFlag.ItemIsSelectable
    assert row.data() == "Untitled entry"
    assert row.data(TimelineRole.EntryIdRole) == entry.id == model.entry_id(row)
    assert row.data(TimelineRole.DateRole) == dt.date(2026, 11, 12)
    assert row.data(TimelineRole.HeadlineRole) == ""
    assert row.data(TimelineRole.MoodRole) == 2
    assert row.data(TimelineRole.ThemeRole) == "Boundaries and saying no"  # the name, not the id
    assert row.data(TimelineRole.MarkedRole) is True
    assert row.data(TimelineRole.HeavyRole) is True
    spoken = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "mood 2 of 5" in spoken and "remember" in spoken and "heavy" in spoken


def test_many_entries_load_in_pages_with_month_rows(big, qtmodeltester) -> None:
    journal, entries = big
    model = TimelineModel(journal.entries)
    assert model.total_entries == MANY
    assert len(loaded_ids(model)) == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    check_month_rows(model)
    before = model.rowCount()
    model.fetchMore(QModelIndex())
    assert model.rowCount() > before
    assert len(loaded_ids(model)) == 2 * PAGE_SIZE
    qtmodeltester.check(model)  # the tester may fetch the rest itself
    fetch_all(model)
    assert not model.canFetchMore(QModelIndex())
    assert loaded_ids(model) == [entry.id for entry in entries]  # newest first, all of them
    check_month_rows(model)
    months = {entry.date.replace(day=1) for entry in entries}
    assert kinds(model).count(MONTH) == len(months)


def test_reload_starts_again_from_the_first_page(big, qtmodeltester) -> None:
    journal, _ = big
    model = TimelineModel(journal.entries)
    fetch_all(model)
    model.reload()
    assert len(loaded_ids(model)) == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # one tester, attached: it checks the next reset too
    model.reload()
    assert len(loaded_ids(model)) <= MANY


@pytest.mark.parametrize(
    ("entry_filter", "keep"),
    [
        (EntryFilter(tags=("walk",)), lambda f: "walk" in f.tags),
        (EntryFilter(tags=("#Family",)), lambda f: "family" in f.tags),
        (EntryFilter(theme="guilt"), lambda f: f.theme == "guilt"),
        (EntryFilter(mood=3), lambda f: f.mood == 3),
        (EntryFilter(marked=True), lambda f: f.marked),
        (EntryFilter(heavy=True), lambda f: f.heavy),
        (
            EntryFilter(since=dt.date(2026, 3, 1), until=dt.date(2026, 5, 31)),
            lambda f: dt.date(2026, 3, 1) <= f.date <= dt.date(2026, 5, 31),
        ),
        (EntryFilter(marked=True, mood=1), lambda f: f.marked and f.mood == 1),
    ],
)
def test_filters_show_only_matching_entries(big, qtmodeltester, entry_filter, keep) -> None:
    journal, entries = big
    model = TimelineModel(journal.entries)
    model.set_filter(entry_filter)
    qtmodeltester.check(model)
    fetch_all(model)
    expected = [entry.id for n, entry in enumerate(entries) if keep(fields_for(n))]
    assert expected, "the invented journal should have entries for every filter"
    assert len(expected) < MANY
    assert loaded_ids(model) == expected
    assert model.total_entries == len(expected)
    check_month_rows(model)


def test_row_for_entry_loads_pages_until_found(big) -> None:
    journal, entries = big
    model = TimelineModel(journal.entries)
    oldest = entries[-1]
    assert len(loaded_ids(model)) == PAGE_SIZE
    row = model.row_for_entry(oldest.id)
    assert row == model.rowCount() - 1
    assert model.entry_id(model.index(row)) == oldest.id
    assert model.row_for_entry("not-an-id") is None
    assert model.entry_id(QModelIndex()) is None


def test_row_for_date_finds_the_newest_entry_on_or_before(big) -> None:
    journal, entries = big
    model = TimelineModel(journal.entries)
    assert model.row_for_date(NEWEST + dt.timedelta(days=30)) == 1
    between = entries[300].date + dt.timedelta(days=1)  # no entry that day: the next older one
    row = model.row_for_date(between)
    assert row is not None
    assert model.entry_id(model.index(row)) == entries[300].id
    exact = model.row_for_date(entries[5].date)
    assert exact is not None and model.entry_id(model.index(exact)) == entries[5].id
    assert model.row_for_date(entries[-1].date - dt.timedelta(days=1)) is None


def test_row_for_date_follows_the_filter(big) -> None:
    journal, entries = big
    model = TimelineModel(journal.entries)
    model.set_filter(EntryFilter(marked=True))
    row = model.row_for_date(entries[8].date)  # entry 8 is not marked; 7 is older
    assert row is not None
    assert model.entry_id(model.index(row)) == entries[14].id


def test_reload_after_add_and_trash(journal: Journal, qtmodeltester) -> None:
    add_entries(journal, 3)
    model = TimelineModel(journal.entries)
    qtmodeltester.check(model)
    newer = journal.entries.add(EntryFields(body="A new month", date=dt.date(2026, 12, 2)))
    assert newer.id not in loaded_ids(model)  # nothing changes until the reset point
    model.reload()
    assert model.entry_id(model.index(1)) == newer.id
    assert model.index(0).data(TimelineRole.MonthRole) == dt.date(2026, 12, 1)
    journal.entries.trash(newer.id)
    model.reload()
    assert newer.id not in loaded_ids(model)
    assert kinds(model) == [MONTH, ENTRY, ENTRY, ENTRY]


def test_clear_drops_every_row_and_the_store(journal: Journal, qtmodeltester) -> None:
    add_entries(journal, 5)
    model = TimelineModel(journal.entries)
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    model.reload()  # without a store there is nothing to read back
    assert model.rowCount() == 0
    model.set_store(journal.entries)
    assert len(loaded_ids(model)) == 5


# ---------------------------------------------------------------------- panel


@pytest.fixture
def panel(qtbot: QtBot, journal: Journal) -> Iterator[TimelinePanel]:
    add_entries(journal, 40)
    widget = TimelinePanel(journal.entries)
    qtbot.addWidget(widget)
    widget.resize(360, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_store(None)  # as the window does before the journal closes


def test_arrow_keys_move_between_entries_and_skip_months(
    panel: TimelinePanel, journal: Journal, qtbot: QtBot
) -> None:
    entries = journal.entries.summaries()
    view = panel.list_view
    view.setFocus()
    panel.select_entry(entries[0].id)
    for entry in entries[1:20]:  # the list crosses month rows on the way
        with qtbot.waitSignal(panel.entryActivated) as moved:
            qtbot.keyClick(view, Qt.Key.Key_Down)
        assert moved.args == [entry.id] == [panel.current_entry_id()]
    with qtbot.waitSignal(panel.entryActivated) as back:
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert back.args == [entries[18].id]


def test_enter_and_a_second_click_show_the_entry_again(panel: TimelinePanel, qtbot: QtBot) -> None:
    assert panel.select_next()
    view = panel.list_view
    with qtbot.waitSignal(panel.entryActivated) as again:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert again.args == [panel.current_entry_id()]
    with qtbot.waitSignal(panel.entryActivated) as clicked:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(view.currentIndex()).center(),
        )
    assert clicked.args == [panel.current_entry_id()]


def test_select_next_previous_and_entry(panel: TimelinePanel, journal: Journal) -> None:
    entries = journal.entries.summaries()
    assert not panel.select_previous()
    assert panel.select_next() and panel.current_entry_id() == entries[0].id
    assert panel.select_next() and panel.current_entry_id() == entries[1].id
    assert panel.select_previous() and panel.current_entry_id() == entries[0].id
    assert panel.select_entry(entries[-1].id)
    assert not panel.select_next()
    assert not panel.select_entry("0000-nothing")


def test_reload_keeps_the_current_entry(
    panel: TimelinePanel, journal: Journal, qtbot: QtBot
) -> None:
    entries = journal.entries.summaries()
    panel.select_entry(entries[3].id)
    journal.entries.add(EntryFields(body="Later that week", date=NEWEST + dt.timedelta(days=1)))
    with qtbot.assertNotEmitted(panel.entryActivated):
        panel.reload()
    assert panel.current_entry_id() == entries[3].id


def calendar_cell(panel: TimelinePanel, day: int) -> tuple[QTableView, QModelIndex]:
    """The calendar's cell for a day of the shown month (mid-month days appear once)."""
    table = panel.calendar.findChild(QTableView)
    assert table is not None
    model = table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(index.data()) == str(day):
                return table, index
    raise AssertionError(f"no cell for day {day}")


def test_the_calendar_bolds_days_with_entries_and_jumps_there(
    panel: TimelinePanel, journal: Journal, qtbot: QtBot
) -> None:
    entries = journal.entries.summaries()
    qtbot.mouseClick(panel.calendar_button, Qt.MouseButton.LeftButton)
    assert panel.calendar.isVisible()
    panel.calendar.setCurrentPage(2026, 10)
    october = {entry.date for entry in entries if (entry.date.year, entry.date.month) == (2026, 10)}
    assert october and panel.calendar.marked_days() == october
    for day in october:
        text_format = panel.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
        assert text_format.fontWeight() == QFont.Weight.Bold
    table, cell = calendar_cell(panel, 14)  # no entry on the 14th: the one before it
    expected = next(entry for entry in entries if entry.date <= dt.date(2026, 10, 14))
    assert expected.date != dt.date(2026, 10, 14)
    with qtbot.waitSignal(panel.entryActivated) as jumped:
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center()
        )
    assert jumped.args == [expected.id] == [panel.current_entry_id()]


def test_empty_states_are_kind_and_clear_filters(journal: Journal, qtbot: QtBot) -> None:
    widget = TimelinePanel(journal.entries)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.stack.currentIndex() == EMPTY_PAGE
    assert widget.empty_label.text().startswith("Nothing here yet.")
    assert not widget.clear_filters_button.isVisibleTo(widget)
    assert not widget.calendar_button.isVisibleTo(widget)  # nothing to find yet
    journal.entries.add(fields_for(1))  # not marked to remember
    widget.reload()
    assert widget.stack.currentIndex() == LIST_PAGE
    assert widget.calendar_button.isVisibleTo(widget)
    with qtbot.waitSignal(widget.filterChanged) as changed:
        widget.filter_bar.remembered_box.setChecked(True)
    assert changed.args == [EntryFilter(marked=True)]
    assert widget.stack.currentIndex() == EMPTY_PAGE
    assert widget.empty_label.text().startswith("No entries match")
    assert widget.clear_filters_button.isVisibleTo(widget)
    qtbot.mouseClick(widget.clear_filters_button, Qt.MouseButton.LeftButton)
    assert widget.stack.currentIndex() == LIST_PAGE
    assert not widget.filter_bar.remembered_box.isChecked()


def test_the_filter_bar_builds_the_filter(panel: TimelinePanel, qtbot: QtBot) -> None:
    bar = panel.filter_bar
    with qtbot.waitSignal(panel.filterChanged) as changed:
        bar.tag_field.setText("walk, #family ")
        qtbot.keyClick(bar.tag_field, Qt.Key.Key_Return)
    assert changed.args == [EntryFilter(tags=("walk", "#family"))]
    bar.tag_field.clear()
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as typed:  # after a pause
        qtbot.keyClicks(bar.theme_field, "guilt")
    assert typed.args == [EntryFilter(theme="guilt")]
    bar.mood_combo.setCurrentIndex(3)
    bar.heavy_box.setChecked(True)
    bar.since_edit.setDate(QDate(2026, 10, 1))
    assert panel.model.entry_filter == EntryFilter(
        since=dt.date(2026, 10, 1), theme="guilt", mood=3, heavy=True
    )
    qtbot.mouseClick(bar.clear_dates_button, Qt.MouseButton.LeftButton)
    assert panel.model.entry_filter.since is None


def test_locking_empties_the_panel(panel: TimelinePanel, qtbot: QtBot) -> None:
    panel.select_next()
    panel.calendar_button.setChecked(True)
    panel.filter_bar.tag_field.setText("walk")
    panel.set_store(None)
    assert panel.model.rowCount() == 0
    assert panel.current_entry_id() is None
    assert panel.calendar.marked_days() == set()
    assert panel.filter_bar.tag_field.text() == ""
    assert panel.stack.currentIndex() == EMPTY_PAGE
    assert panel.empty_label.text() == ""


def test_nothing_private_in_tooltips_or_titles(panel: TimelinePanel, journal: Journal) -> None:
    panel.select_next()
    panel.filter_bar.tag_field.setText("family")
    headlines = {entry.headline for entry in journal.entries.summaries()}
    for widget in [panel, *panel.findChildren(QWidget)]:
        assert not any(text in widget.toolTip() for text in headlines | {"family"})
        assert not any(text in widget.windowTitle() for text in headlines | {"family"})


def test_rows_are_one_height_that_follows_the_font(panel: TimelinePanel) -> None:
    view = panel.list_view
    assert view.uniformItemSizes()
    header, entry = view.visualRect(panel.model.index(0)), view.visualRect(panel.model.index(1))
    assert header.height() == entry.height() >= 2 * view.fontMetrics().lineSpacing()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    view.doItemsLayout()
    assert view.visualRect(panel.model.index(1)).height() > entry.height()


def test_a_model_without_a_store_is_empty() -> None:
    model = TimelineModel(None)
    assert model.rowCount() == 0 and model.total_entries == 0


def test_scrolling_to_the_end_loads_the_next_page(big, qtbot: QtBot) -> None:
    journal, _ = big
    widget = TimelinePanel(journal.entries)
    qtbot.addWidget(widget)
    widget.resize(360, 480)
    widget.show()
    qtbot.waitExposed(widget)
    before = widget.model.rowCount()
    assert widget.model.canFetchMore(QModelIndex())
    widget.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: widget.model.rowCount() > before)


def test_the_filter_bar_offers_themes_by_name(panel: TimelinePanel, qtbot: QtBot) -> None:
    panel.set_themes({"hope-reality": "Hope and reality", "guilt": "Guilt"})
    bar = panel.filter_bar
    assert [bar.theme_combo.itemText(n) for n in range(bar.theme_combo.count())] == [
        "Hope and reality",
        "Guilt",
    ]
    with qtbot.waitSignal(panel.filterChanged, timeout=2000) as chosen:
        bar.theme_combo.setCurrentIndex(0)
    assert chosen.args == [EntryFilter(theme="hope-reality")]
    bar.theme_combo.setEditText("hope and REALITY")
    assert bar.entry_filter().theme == "hope-reality"


def test_the_filter_bar_filters_by_what_pulled(panel: TimelinePanel, qtbot: QtBot) -> None:
    panel.set_pulls({"message": "A message from them", "memory": "A memory"})
    bar = panel.filter_bar
    with qtbot.waitSignal(panel.filterChanged) as chosen:
        bar.pull_combo.setCurrentIndex(2)
    assert chosen.args == [EntryFilter(pull="memory")]
    panel.set_pulls({"memory": "A memory", "guilt": "Guilt"})  # kept across a refresh
    assert bar.pull_combo.currentData() == "memory"
    bar.clear()
    assert bar.entry_filter() == EntryFilter()
