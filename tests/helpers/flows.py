"""Walking the step-by-step flows (setup, reaching out) to the step a test starts at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.doubt.reach_out_flow import ReachOutFlow, Stage
from app.ui.setup.flow import SetupFlow
from app.ui.setup.pages import Step
from tests.helpers.widgets import press


def to_choice(qtbot: QtBot, flow: SetupFlow) -> None:
    """Enter through the welcome, safety and screen steps to the choice of how to unlock."""
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.SAFETY
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.SCREEN
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.CHOICE


def go_to(flow: ReachOutFlow, stage: Stage) -> None:
    """Next, Next… until the reaching-out flow stands at ``stage``."""
    while flow.current() < stage:
        flow.next_button.click()
    assert flow.current() == stage
