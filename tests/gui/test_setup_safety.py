"""First run, for someone who may share the computer: issue 15, finding 5.

The safety note promised a plain window that was called "Threshold" until changed
in Settings; quick hide was never mentioned, so an accidental F12 looked like a
crash; Enter through setup chose the computer login; and nothing pointed to help
for someone in danger now. Driven by the keyboard, as the setup is used.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.presentation import Presentation, WindowIcon, load_presentation, save_presentation
from app.ui.setup.flow import SetupFlow
from app.ui.setup.pages import Step
from tests.helpers.flows import to_choice
from tests.helpers.widgets import alt, press, show, visible_texts


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    return tmp_path / "config" / "presentation.ini"


def flow_with(qtbot: QtBot, kept: Path, now: Presentation | None = None) -> SetupFlow:
    flow = SetupFlow(choose_group=lambda: 4, presentation=(kept, now or Presentation()))
    show(qtbot, flow)
    return flow


def to_screen(qtbot: QtBot, flow: SetupFlow) -> None:
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.SCREEN


def test_enter_alone_on_the_choice_step_chooses_nothing(qtbot: QtBot) -> None:
    flow = SetupFlow()
    show(qtbot, flow)
    to_choice(qtbot, flow)
    assert not flow.choice.use_keyring.isChecked()
    assert not flow.choice.use_passphrase.isChecked()
    with qtbot.assertNotEmitted(flow.createRequested):
        press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.CHOICE
    assert "Please choose one of the two ways" in flow.choice.error.text()
    assert flow.choice.error.isVisibleTo(flow)
    assert QApplication.focusWidget() is flow.choice.use_keyring
    alt(qtbot, Qt.Key.Key_P)  # the mnemonic chooses, and the message goes
    assert flow.choice.use_passphrase.isChecked()
    assert not flow.choice.error.isVisibleTo(flow)


def test_a_plain_window_name_is_chosen_on_the_spot_and_kept(qtbot: QtBot, kept: Path) -> None:
    flow = flow_with(qtbot, kept)
    to_screen(qtbot, flow)
    assert QApplication.focusWidget() is flow.on_screen.own_name
    assert flow.on_screen.own_name.isChecked()
    with qtbot.waitSignal(flow.presentationChanged, timeout=1000) as changed:
        alt(qtbot, Qt.Key.Key_P)
    stored = load_presentation(kept)
    assert (stored.title, stored.icon) == ("Notes", WindowIcon.NOTES)
    assert changed.args == [stored]
    with qtbot.waitSignal(flow.presentationChanged, timeout=1000):
        alt(qtbot, Qt.Key.Key_T)
    assert not load_presentation(kept).is_neutral
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.CHOICE


def test_a_name_chosen_before_is_the_plain_one_on_offer(qtbot: QtBot, kept: Path) -> None:
    before = save_presentation(kept, Presentation(title="Budget", icon=WindowIcon.CIRCLE))
    flow = flow_with(qtbot, kept, before)
    to_screen(qtbot, flow)
    assert flow.on_screen.plain_name.isChecked()
    assert "“Budget”" in flow.on_screen.plain_name.text()


def test_without_a_place_to_keep_the_name_the_page_points_to_settings(qtbot: QtBot) -> None:
    flow = SetupFlow()
    show(qtbot, flow)
    to_screen(qtbot, flow)
    assert not flow.on_screen.plain_name.isVisibleTo(flow)
    assert "in Settings, under On screen" in visible_texts(flow)


def test_no_step_promises_a_plain_window(qtbot: QtBot) -> None:
    flow = SetupFlow()
    show(qtbot, flow)
    press(qtbot, Qt.Key.Key_Return)
    assert "kept plain" not in visible_texts(flow)
    assert "whatever its window is called" in visible_texts(flow)


def test_quick_hide_is_explained_before_it_can_surprise(qtbot: QtBot, kept: Path) -> None:
    flow = flow_with(qtbot, kept)
    to_screen(qtbot, flow)
    shown = visible_texts(flow)
    assert "Quick hide" in shown
    assert "press F12 or Shift three times" in shown
    assert "nothing is lost" in shown and "open Threshold again" in shown


def test_quick_hide_names_the_shortcut_chosen_in_settings(qtbot: QtBot, kept: Path) -> None:
    flow = flow_with(qtbot, kept, Presentation(hide_shortcut="Ctrl+Shift+H"))
    to_screen(qtbot, flow)
    assert "press Ctrl+Shift+H or Shift three times" in visible_texts(flow)


def test_the_safety_note_points_to_help_for_danger_now(qtbot: QtBot) -> None:
    flow = SetupFlow()
    show(qtbot, flow)
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.SAFETY
    shown = visible_texts(flow)
    assert "call your local emergency number" in shown
    assert "“If you are in danger now”" in shown and "Help menu" in shown


def test_a_message_appearing_never_moves_the_page(qtbot: QtBot) -> None:
    """The column hangs from a fixed point: the heading and the choices stay put
    when "Please choose one…" appears (issue 15, finding 9: centred pages jumped)."""
    flow = SetupFlow()
    show(qtbot, flow)
    flow.resize(900, 640)
    to_choice(qtbot, flow)
    QApplication.processEvents()
    before = flow.choice.use_keyring.mapTo(flow, flow.choice.use_keyring.rect().topLeft())
    press(qtbot, Qt.Key.Key_Return)
    assert flow.choice.error.isVisibleTo(flow)
    QApplication.processEvents()
    after = flow.choice.use_keyring.mapTo(flow, flow.choice.use_keyring.rect().topLeft())
    assert after == before
