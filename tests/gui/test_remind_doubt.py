"""Remind me why in a moment of doubt: the reasons' face, a way back, the empty column, Ctrl+E."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.records.entries import EntryFields
from app.storage.preferences import Preferences
from app.ui import main_window
from app.ui.doubt.reach_out_flow import ReachOutFlow
from app.ui.doubt.remind_view import RemindView
from app.ui.main_window import MainWindow
from app.ui.widgets.text_surface import editor_font
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window

TODAY = dt.date(2026, 11, 25)


def top_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


@pytest.fixture
def view(qtbot: QtBot, journal: Journal) -> RemindView:
    journal.reasons.add("I can breathe in my own home, and nobody keeps score of what I owe.")
    journal.reasons.add("My health")
    widget = RemindView()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.open(journal, Preferences(), TODAY)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_reasons_look_as_they_do_in_the_reach_out_flow(
    qtbot: QtBot, view: RemindView, journal: Journal
) -> None:
    """The same list class, the writing face, every reason whole."""
    flow = ReachOutFlow(journal)
    qtbot.addWidget(flow)
    assert type(view.reason_list) is type(flow.reasons_page.reasons)
    assert view.reason_list.font().family() == editor_font().family()
    assert view.reason_list.font().pointSizeF() == editor_font().pointSizeF()
    first = view.reason_list.visualRect(view.reasons.index(0))
    line = view.reason_list.fontMetrics().lineSpacing()
    assert first.height() >= line  # never squeezed below one line of the serif


def test_with_nothing_marked_the_column_starts_at_the_top(view: RemindView) -> None:
    """The heading sits level with "Your reasons", with a kind line right under it."""
    reasons_heading = view.findChild(QWidget, "reasons-heading")
    assert reasons_heading is not None
    assert view.marked_empty.isVisible() and not view.marked_list.isVisible()
    assert abs(top_in(view.marked_title, view) - top_in(reasons_heading, view)) <= 2
    gap = top_in(view.marked_empty, view) - (
        top_in(view.marked_title, view) + view.marked_title.height()
    )
    assert 0 <= gap <= 24


# ---------------------------------------------------------------------- in the window


@pytest.fixture
def window(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    monkeypatch.setattr(main_window, "_now", lambda: dt.datetime(2026, 11, 25, 10, 0))
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(EntryFields(body="Why I left", marked=True))
        journal.entries.add(EntryFields(body="Newest, not marked"))
        journal.reasons.add("My health")
    return make_window(qtbot, files, keystore, tmp_path)


def open_marked(window: MainWindow) -> None:
    window.commands.remind.trigger()
    window.remind.marked_list.setFocus()
    window.remind.marked_list.activated.emit(window.remind.marked.index(0))
    assert window.stack.currentWidget() is window.journal_page


def test_a_button_leads_back_from_a_marked_entry(qtbot: QtBot, window: MainWindow) -> None:
    open_marked(window)
    back = window.findChild(QPushButton, "back-to-remind")
    assert back is not None and back.isVisible()
    assert "Remind me why" in back.accessibleName()
    back.click()
    assert window.stack.currentWidget() is window.remind
    assert not back.isVisible()  # offered only on the way from there
    assert window.remind.marked_list.hasFocus()  # back on the entry just read
    assert window.remind.marked_list.currentIndex().row() == 0


def test_alt_left_leads_back_from_a_marked_entry(qtbot: QtBot, window: MainWindow) -> None:
    open_marked(window)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.remind


def test_no_way_back_is_offered_after_going_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    open_marked(window)
    window.doubt.start_reach_out()
    window.doubt.reach_out.leave()
    assert window.stack.currentWidget() is window.journal_page
    back = window.findChild(QWidget, "back-to-remind")
    assert back is None or not back.isVisible()


# ---------------------------------------------------------------------- Ctrl+E


def press_ctrl_e(qtbot: QtBot, window: MainWindow) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is window
    qtbot.keyClick(focus, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_e_starts_the_check_in_from_remind_me_why(qtbot: QtBot, window: MainWindow) -> None:
    window.commands.remind.trigger()
    window.activateWindow()
    qtbot.waitUntil(window.remind.reason_list.hasFocus)
    press_ctrl_e(qtbot, window)
    assert window.stack.currentWidget() is window.checkin


@pytest.mark.parametrize("where", ["reasons", "new reason"])
def test_the_page_itself_lets_ctrl_e_through(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """With the action enabled on every page, neither the list nor the field keeps Ctrl+E."""
    everywhere = window.commands.everywhere
    monkeypatch.setattr(
        window.commands, "everywhere", lambda: [*everywhere(), window.commands.checkin]
    )
    window.commands.remind.trigger()
    window.activateWindow()
    target = window.remind.reason_list if where == "reasons" else window.remind.new_reason
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    press_ctrl_e(qtbot, window)
    assert window.stack.currentWidget() is window.checkin
