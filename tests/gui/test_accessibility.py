"""Every page and dialog, walked as a screen reader meets it: nothing interactive unnamed.

The walk reads Qt's accessibility interfaces (``access_check.py``), which is what
Qt hands AT-SPI on Linux and UI Automation on Windows. The journey
``test_screen_reader_journey.py`` checks the same over AT-SPI itself, end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from tests.gui.access_check import unnamed_controls
from tests.gui.screen_windows import settle, window_for
from tests.gui.screens import SCREENS, Screen


def check(widget: QWidget, what: str) -> None:
    settle()
    unnamed = unnamed_controls(widget)
    assert not unnamed, f"{what}:\n  " + "\n  ".join(unnamed)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_every_control_says_what_it_is(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, screen: Screen
) -> None:
    window = window_for(screen.start, qtbot, files, tmp_path)
    screen.visit(qtbot, window, check)


def test_the_walk_finds_an_unnamed_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton("Named"))
    layout.addWidget(QPushButton())
    root.show()
    qtbot.waitExposed(root)
    assert [problem.split()[0] for problem in unnamed_controls(root)] == ["Button"]


def test_the_charts_are_charts_with_a_name_and_the_chosen_week(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAccessible

    from app.ui.patterns.charts import CountsChart, WeeksChart
    from tests.helpers.pattern_journal import fill_with_patterns

    window = window_for("journal", qtbot, files, tmp_path)
    fill_with_patterns(window.controller.journal)
    window.commands.patterns.trigger()
    charts = [*window.findChildren(WeeksChart), *window.findChildren(CountsChart)]
    assert len(charts) >= 4
    for chart in charts:
        interface = QAccessible.queryAccessibleInterface(chart)
        assert interface is not None
        assert interface.role() == QAccessible.Role.Chart
        assert interface.text(QAccessible.Text.Name)
    weeks = QAccessible.queryAccessibleInterface(window.findChildren(WeeksChart)[0])
    assert weeks is not None and weeks.text(QAccessible.Text.Description)
