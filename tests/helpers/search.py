"""The search panel for GUI tests: shown, focused, and its field and results found."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QListView, QWidget
from pytestqt.qtbot import QtBot

from app.records.entries import SearchHit
from app.ui.journal.search_panel import SearchPanel


def make_panel(qtbot: QtBot, search: Callable[[str], list[SearchHit]] | None) -> SearchPanel:
    """A search panel on ``search``, shown at a sidebar's size with its field focused."""
    panel = SearchPanel(search)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.focus_search()
    return panel


def field_of(panel: SearchPanel) -> QLineEdit:
    field = panel.focusProxy()
    assert isinstance(field, QLineEdit)
    return field


def results_of(widget: QWidget) -> QListView:
    view = widget.findChild(QListView)
    assert view is not None
    return view
