"""Fixtures shared by the GUI tests: widgets shown as the app shows them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.journal.editor import EntryEditor


@pytest.fixture
def editor(qtbot: QtBot) -> EntryEditor:
    """The entry editor on its own, shown at about a window's size."""
    widget = EntryEditor()
    qtbot.addWidget(widget)
    widget.resize(820, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
