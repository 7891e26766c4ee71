"""The Patterns page: its figures, the keyboard's path through them, the period, the lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal
from app.records.patterns import Period
from app.ui.main_window import MainWindow
from app.ui.patterns.page import PatternsPage
from app.ui.patterns.period import CHOSEN
from tests.helpers.pattern_journal import HEAVY_WORDS, TODAY, fill_with_patterns
from tests.helpers.windows import keyring_window


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> Iterator[PatternsPage]:
    fill_with_patterns(journal)
    shown = PatternsPage()
    qtbot.addWidget(shown)
    shown.resize(1000, 720)
    shown.open(journal, TODAY)
    shown.show()
    yield shown
    shown.forget()  # as the lock does, before the journal closes


def every_text(root: QWidget) -> str:
    """Every word the page shows or says: labels, tables, accessible names and descriptions."""
    words = [root.accessibleName(), root.accessibleDescription()]
    for widget in root.findChildren(QWidget):
        words += [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            words.append(widget.text())
        if isinstance(widget, QTableView):
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    words.append(str(model.index(row, column).data()))
    return "\n".join(words)


def test_the_last_three_months_are_shown_with_their_counts(page: PatternsPage) -> None:
    assert page.chooser.period() == Period.recent(TODAY)
    rows = page.weeks_model.rows()
    assert len(rows) == 13 and rows[-1][0] == "23 November 2026 (part of the week)"
    quiet = [row for row in rows if row[2] == "\u2013"]  # a dash: no mood recorded
    assert len(quiet) == 1 and quiet[0][1] != "0"  # written that week, no mood given
    assert page.summary.text() == (
        "58 entries between 31 August 2026 and 24 November 2026. "
        "One of them is marked heavy: it is counted here, never quoted."
    )
    after = page.after_words.text()
    assert after.startswith("After 6 contacts or incidents, the next 3 days averaged a mood of 2.0")
    # six contacts in the period, each followed by two days with an entry (one in three
    # days has none), every one of them with mood 2
    assert page.after_model.rows()[0][1:] == ["2.0", "12"]
    feelings = page.word_models["feelings"].rows()
    assert feelings[0] == ["calm", "29"]


def test_what_happened_next_is_shown_beside_what_was_hoped(page: PatternsPage) -> None:
    page.tabs.setCurrentWidget(page.pairs)
    assert page.pairs.model.rowCount() == 1
    assert "An evening, 61 days ago." in page.pairs.hoped.text.toPlainText()
    assert "An evening, 45 days ago." in page.pairs.happened.text.toPlainText()
    page.chooser.span.setCurrentIndex(0)
    page.chooser.span.activated.emit(0)  # the last month: both days are before it
    assert page.pairs.model.rowCount() == 0


def test_a_heavy_entry_is_counted_and_never_quoted(page: PatternsPage) -> None:
    assert page.found is not None and page.found.heavy == 1
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert HEAVY_WORDS not in every_text(page)


def test_the_keyboard_walks_the_weeks_and_the_table_follows(
    qtbot: QtBot, page: PatternsPage
) -> None:
    chart = page.weeks_chart
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert chart.chosen() == 12  # reaching it chooses this week
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.chosen() == 11
    assert page.weeks_table.currentIndex().row() == 11
    said = "Week of 16 November 2026: 4 entries. Mood 2.8 of 5. Energy 1.5 of 3. 1 contact."
    assert chart.accessibleDescription() == said
    assert page.readout.text() == said  # in words under the chart too
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.chosen() == 0 and page.weeks_table.currentIndex().row() == 0
    page.weeks_table.setCurrentIndex(page.weeks_model.index(5, 0))
    assert chart.chosen() == 5  # the table leads the chart too
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.chosen() == 12


def test_a_span_or_two_dates_change_the_period(qtbot: QtBot, page: PatternsPage) -> None:
    span = page.chooser.span
    qtbot.keyClick(span, Qt.Key.Key_Home)  # the last month
    assert len(page.weeks_model.rows()) == 5
    qtbot.keyClick(span, Qt.Key.Key_End)  # "Dates I choose": the keyboard goes to From
    assert span.currentData() == CHOSEN and len(page.weeks_model.rows()) == 5
    qtbot.keyClick(span, Qt.Key.Key_Up)  # everything
    assert page.chooser.period().since == TODAY - dt.timedelta(days=103)  # the first entry
    page.chooser.since.setDate(QDate(2026, 11, 2))
    assert span.currentData() == CHOSEN
    qtbot.waitUntil(lambda: page.weeks_model.rowCount() == 4)  # counted once typing pauses
    assert page.chooser.period() == Period(dt.date(2026, 11, 2), TODAY)
    assert page.weeks_model.rows()[0][0] == "2 November 2026"


def test_the_dates_hold_each_other_back_and_never_pass_today(page: PatternsPage) -> None:
    since, until = page.chooser.since, page.chooser.until
    assert until.maximumDate() == QDate(2026, 11, 24) and since.maximumDate() == until.date()
    until.setDate(QDate(2026, 10, 1))
    since.setDate(QDate(2026, 10, 20))  # past To: held at To, never swapped
    assert since.date() == QDate(2026, 10, 1)
    assert until.minimumDate() == since.date()


def test_f4_opens_a_dates_calendar_and_tab_leaves_the_field(
    qtbot: QtBot, page: PatternsPage
) -> None:
    since = page.chooser.since
    since.setFocus()
    qtbot.waitUntil(since.hasFocus)
    qtbot.keyClick(since, Qt.Key.Key_F4)
    calendar = since.calendarWidget()
    qtbot.waitUntil(calendar.window().isVisible)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Return):  # to where the keyboard is: the days
        focused = QApplication.focusWidget()
        assert focused is not None and calendar.isAncestorOf(focused)
        qtbot.keyClick(focused, key)
    assert not calendar.window().isVisible()
    assert since.date() == QDate(2026, 9, 1)  # the day after 31 August
    qtbot.keyClick(since, Qt.Key.Key_Tab)  # not into the month, on to To
    qtbot.waitUntil(page.chooser.until.hasFocus)


def test_a_long_period_is_shown_by_month(qtbot: QtBot, journal: Journal) -> None:
    shown = PatternsPage()
    qtbot.addWidget(shown)
    shown.open(journal, TODAY)
    shown.set_period(Period(dt.date(2024, 1, 3), TODAY))
    rows = shown.weeks_model.rows()
    assert rows[0][0] == "January 2024 (part of the month)" and len(rows) == 35
    assert rows[1][0] == "February 2024" and rows[-1][0] == "November 2026 (part of the month)"
    assert shown.weeks_model.headerData(0, Qt.Orientation.Horizontal) == "Month"


def test_coming_back_keeps_the_dates_chosen(page: PatternsPage, journal: Journal) -> None:
    page.chooser.span.setCurrentIndex(0)
    page.chooser.span.activated.emit(0)
    page.open(journal, TODAY)  # back from the journal, the same unlock
    assert len(page.weeks_model.rows()) == 5
    page.forget()
    page.open(journal, TODAY)  # after a lock: the last 3 months again
    assert len(page.weeks_model.rows()) == 13


def test_an_empty_journal_says_so_calmly(qtbot: QtBot, journal: Journal) -> None:
    empty = PatternsPage()
    qtbot.addWidget(empty)
    empty.open(journal, TODAY)
    assert empty.summary.text() == "Nothing written between 31 August 2026 and 24 November 2026."
    assert empty.pages.currentWidget() is not empty.tabs  # a kind sentence instead of charts
    assert empty.after_words.text().startswith("There isn't enough here to compare")
    assert [row[1] for row in empty.after_model.rows()] == ["\u2013", "\u2013"]  # no averages


def test_forgetting_leaves_nothing_and_escape_leads_back(qtbot: QtBot, page: PatternsPage) -> None:
    page.forget()
    assert page.found is None and not page.summary.text() and not page.after_words.text()
    assert page.weeks_model.rowCount() == 0
    assert all(model.rowCount() == 0 for model in page.word_models.values())
    assert "calm" not in every_text(page)
    with qtbot.waitSignal(page.closeRequested):
        qtbot.keyClick(page, Qt.Key.Key_Escape)


def test_the_journal_menu_opens_patterns_and_the_lock_empties_it(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    assert isinstance(window, MainWindow)
    fill_with_patterns(window.controller.journal, dt.date.today())
    action = window.commands.patterns
    assert action in window.menus.journal.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+G"
    action.trigger()
    shown = window.stack.currentWidget()
    assert isinstance(shown, PatternsPage) and shown.weeks_model.rowCount() == 13
    assert shown.chooser.span.hasFocus() or not window.isActiveWindow()
    window.lock()
    assert shown.weeks_model.rowCount() == 0 and shown.found is None
    window.unlock.keyringRequested.emit()
    action.trigger()
    assert window.stack.currentWidget() is shown and shown.weeks_model.rowCount() == 13
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.journal_page
    window.commands.remind.trigger()
    window.doubt.remind.patterns.click()  # from remind me why too
    assert window.stack.currentWidget() is shown
