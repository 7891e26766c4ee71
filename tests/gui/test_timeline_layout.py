"""The timeline's filter bar and mood key: the writing column never moves.

Issue 15, finding 9: opening Filter widened the sidebar (the bar's controls asked
for more room than it had), so the writing column jumped sideways.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.records.entries import EntryFields
from app.ui.journal.page import JournalPage
from app.ui.journal.timeline_view import TimelinePanel
from app.ui.widgets.theme import apply_theme


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> Iterator[JournalPage]:
    for mood in range(1, 6):
        journal.entries.add(EntryFields(title=f"Evening {mood}", body="words", mood=mood))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)  # the real sizes of the real controls
    widget = JournalPage()
    qtbot.addWidget(widget)
    widget.open(journal)
    yield widget
    widget.close_journal()


def geometry_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", [(900, 560), (1100, 720), (1600, 900)])
def test_opening_the_filter_keeps_the_editor_in_place(
    qtbot: QtBot, page: JournalPage, size: tuple[int, int]
) -> None:
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    before = geometry_in(page.editor, page)
    sidebar = page.splitter.sizes()[0]
    page.timeline.filter_button.click()
    qtbot.waitUntil(page.timeline.filter_bar.isVisible)
    QApplication.processEvents()
    assert page.splitter.sizes()[0] == sidebar
    assert geometry_in(page.editor, page) == before
    page.timeline.calendar_button.click()  # the calendar too
    QApplication.processEvents()
    assert geometry_in(page.editor, page) == before


def _tab_stops_after(widget: QWidget, count: int) -> list[QWidget]:
    stops: list[QWidget] = []
    current = widget.nextInFocusChain()
    while len(stops) < count and current is not None and current is not widget:
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(current)
        current = current.nextInFocusChain()
    return stops


@pytest.mark.parametrize("calendar_first", [False, True])
def test_the_filter_bar_built_late_takes_its_place_in_the_reading_order(
    qtbot: QtBot, calendar_first: bool
) -> None:
    """The bar is built after the first paint; Tab still reaches it where it is laid out."""
    timeline = TimelinePanel()
    qtbot.addWidget(timeline)
    assert timeline._filter_bar is None  # until the page asks, after the first paint
    if calendar_first:
        timeline.calendar_button.click()
    timeline.prepare_filters()
    if not calendar_first:
        timeline.calendar_button.click()  # built later still: it goes above the filters
    calendar_stop = _tab_stops_after(timeline.filter_button, 1)[0]
    assert timeline.calendar.isAncestorOf(calendar_stop) or calendar_stop is timeline.calendar
    stops = _tab_stops_after(timeline.filter_button, 6)
    assert timeline.filter_bar.tag_field in stops
    first_filter = stops.index(timeline.filter_bar.tag_field)
    assert all(timeline.calendar.isAncestorOf(stop) for stop in stops[:first_filter])
