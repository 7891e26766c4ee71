"""The check-in's own pages: every step, skipping, going back, pausing, closing."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.prompts.checkin import CheckinAnswers, Feeling
from app.prompts.checkin_data import NOTHING_PULL, checkin_data
from app.prompts.library import shipped_library
from app.records.prompts import Prompt
from app.ui.checkin.flow import CheckinFlow, Stage
from app.ui.checkin.pull_picker import PullPicker
from app.ui.journal.prompt_panel import PromptPanel
from app.ui.widgets.mood_picker import MoodPicker, MoodScale
from tests.helpers.widgets import mnemonic, mnemonics

LIBRARY = shipped_library()


class Chooser:
    """Hands out prompts in order, remembering what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[CheckinAnswers, frozenset[str], str | None]] = []

    def __call__(
        self, answers: CheckinAnswers, passed: frozenset[str], theme: str | None
    ) -> Prompt | None:
        self.calls.append((answers, passed, theme))
        pool = [p for p in LIBRARY.prompts if theme in (None, p.theme) and p.id not in passed]
        return pool[0] if pool else None


@pytest.fixture
def chooser() -> Chooser:
    return Chooser()


@pytest.fixture
def flow(qtbot: QtBot, chooser: Chooser) -> CheckinFlow:
    widget = CheckinFlow(checkin_data(), LIBRARY.themes, chooser, random.Random(1))
    qtbot.addWidget(widget)
    widget.show()
    widget.start()
    return widget


def test_walking_every_step_reports_the_answers(
    qtbot: QtBot, flow: CheckinFlow, chooser: Chooser
) -> None:
    assert flow.current() == Stage.MOOD
    cell = checkin_data().mood_cell(2, 4)
    flow.mood_page.picker._buttons[(2, 4)].click()
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current() == Stage.PULLS
    flow.pull_page.picker._buttons["message"].click()
    qtbot.keyClicks(flow.pull_page.picker.own_words, "a song")
    flow.next_button.click()
    assert flow.current() == Stage.PROMPT
    assert chooser.calls[-1][0].pulls == ("message", "a song")  # the pulls steer the choice
    with qtbot.waitSignal(flow.writeRequested) as written:
        flow.next_button.click()
    answers: CheckinAnswers = written.args[0]
    assert answers.feeling == Feeling.from_cell(cell)
    assert answers.pulls == ("message", "a song")
    assert answers.prompt == LIBRARY.prompts[0]


def test_skipping_every_step_writes_freely(qtbot: QtBot, flow: CheckinFlow) -> None:
    flow.skip_button.click()
    flow.skip_button.click()
    assert flow.current() == Stage.PROMPT
    with qtbot.waitSignal(flow.writeRequested) as written:
        flow.skip_button.click()
    assert written.args[0] == CheckinAnswers()


def test_back_keeps_what_was_chosen(flow: CheckinFlow) -> None:
    flow.mood_page.picker._buttons[(1, 1)].click()
    flow.next_button.click()
    flow.back_button.click()
    assert flow.current() == Stage.MOOD
    assert flow.mood_page.picker._buttons[(1, 1)].isChecked()
    assert flow.answers.feeling is not None


def test_not_now_and_escape_leave_with_the_answers(qtbot: QtBot, flow: CheckinFlow) -> None:
    assert flow.back_button.text() == "N&ot now"
    flow.mood_page.picker._buttons[(3, 5)].click()
    with qtbot.waitSignal(flow.leaveRequested) as left:
        flow.back_button.click()
    assert left.args[0].feeling is not None
    flow.next_button.click()
    with qtbot.waitSignal(flow.leaveRequested):
        qtbot.keyClick(flow, Qt.Key.Key_Escape)


def test_another_prompt_and_a_chosen_theme(flow: CheckinFlow, chooser: Chooser) -> None:
    flow.next_button.click()
    flow.next_button.click()
    first = flow.answers.prompt
    assert first is not None
    flow.prompt_page.another.click()
    assert chooser.calls[-1][1] == frozenset({first.id})
    assert flow.answers.prompt != first
    flow.choose_theme("shield")
    assert flow.answers.prompt is not None
    assert flow.answers.prompt.theme == "shield"
    assert flow.prompt_page.theme_label.text() == LIBRARY.theme_name("shield")


def test_a_theme_without_prompts_says_so(flow: CheckinFlow) -> None:
    flow.next_button.click()
    flow.next_button.click()
    flow.choose_theme("no-such-theme")
    assert "no prompt here" in flow.prompt_page.prompt_text.text()
    assert not flow.next_button.isEnabled()
    assert flow.skip_button.isVisible()  # writing without a prompt is still there
    assert flow.skip_button.text() == "Write with&out a prompt"


def test_deep_prompts_say_so_before_asking(flow: CheckinFlow) -> None:
    deep = next(p for p in LIBRARY.prompts if p.deep)
    gentle = next(p for p in LIBRARY.prompts if not p.deep)
    flow.next_button.click()
    flow.next_button.click()
    flow.prompt_page.show_prompt(deep, "")
    assert flow.prompt_page.deep_notice.isVisible()
    flow.prompt_page.show_prompt(gentle, "")
    assert not flow.prompt_page.deep_notice.isVisible()


def test_a_pause_returns_to_the_same_step_or_leaves(qtbot: QtBot, flow: CheckinFlow) -> None:
    flow.next_button.click()
    flow.pull_page.picker._buttons["memory"].click()
    flow.pause_button.click()
    assert flow.current() == Stage.PAUSE
    assert flow.pause_page.steps.text()
    flow.pause_page.back_button.click()
    assert flow.current() == Stage.PULLS
    flow.pause_button.click()
    with qtbot.waitSignal(flow.leaveRequested) as left:
        flow.pause_page.close_button.click()
    assert left.args[0].pulls == ("memory",)


def test_a_pause_while_writing_returns_to_writing_or_closes(
    qtbot: QtBot, flow: CheckinFlow
) -> None:
    flow.show_pause(from_writing=True)
    with qtbot.waitSignal(flow.returnToWriting):
        flow.pause_page.back_button.click()
    flow.show_pause(from_writing=True)
    flow.pause_page.close_button.click()
    assert flow.current() == Stage.CLOSING


def test_closing_offers_remember_this(qtbot: QtBot, flow: CheckinFlow) -> None:
    flow.show_closing(marked=False)
    assert flow.closing_page.line.text() in checkin_data().closing_lines
    flow.closing_page.remember.setChecked(True)
    with qtbot.waitSignal(flow.finished) as done:
        qtbot.keyClick(flow, Qt.Key.Key_Return)
    assert done.args == [True]


def step_buttons(widget: QWidget) -> list[str]:
    """The visible push buttons that are not chips (chips show the data's words)."""
    from PySide6.QtWidgets import QAbstractButton

    return [
        b.text()
        for b in widget.findChildren(QAbstractButton)
        if b.isVisible() and b.property("chip") != "true"
    ]


def test_every_button_on_every_step_has_its_own_mnemonic(flow: CheckinFlow) -> None:
    """ "Not now" and "Next" both were Alt+N: neither worked (issue 15, finding 3)."""
    visits = [
        ("mood", lambda: None),
        ("pulls", flow.next),
        ("prompt", flow.next),
        ("pause", flow.pause),
        ("closing", flow.show_closing),
    ]
    for name, go in visits:
        go()
        keys = mnemonics(flow)
        assert len(keys) == len(set(keys)), (name, sorted(keys))
        assert all(mnemonic(text) for text in step_buttons(flow)), (name, step_buttons(flow))


def test_skip_and_write_without_a_prompt_are_one_button(qtbot: QtBot, flow: CheckinFlow) -> None:
    """Step 3 had "Skip" and "Write without a prompt" doing the same (finding 8)."""
    flow.next()
    assert flow.skip_button.text() == "&Skip"
    flow.next()
    texts = [text.replace("&", "") for text in step_buttons(flow)]
    assert texts.count("Write without a prompt") == 1
    assert "Skip" not in texts
    assert flow.answers.prompt is not None
    with qtbot.waitSignal(flow.writeRequested) as written:
        flow.skip_button.click()
    assert written.args[0].prompt is None


def test_a_feeling_word_never_sets_the_mood(flow: CheckinFlow) -> None:
    """Choosing "guilty" set the mood to 1 without a word (finding 8)."""
    guilty = next(c for c in checkin_data().moods if "guilty" in c.words)
    flow.mood_page.picker._buttons[(guilty.energy, guilty.pleasantness)].click()
    assert flow.answers.feeling is not None
    assert flow.answers.mood is None
    assert flow.answers.entry_fields().mood is None
    flow.mood_page.scale._buttons[4].click()  # the mood is a choice of its own
    assert flow.answers.mood == 4
    assert flow.answers.feeling is not None and flow.answers.feeling.pleasantness == 1
    flow.mood_page.scale._buttons[4].click()  # chosen again: cleared
    assert flow.answers.mood is None
    assert flow.mood_page.picker.feeling() is not None


def test_the_closing_is_step_5_of_5(flow: CheckinFlow) -> None:
    flow.show_closing()
    assert flow.step_label.text() == "Step 5 of 5"


def test_every_control_has_an_accessible_name(flow: CheckinFlow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    for widget in flow.findChildren(QAbstractButton) + flow.findChildren(QLineEdit):
        assert widget.accessibleName(), widget


# ---------------------------------------------------------------------- pickers


def test_mood_grid_keys_and_clearing(qtbot: QtBot) -> None:
    picker = MoodPicker(checkin_data().moods)
    qtbot.addWidget(picker)
    picker.show()
    start = picker.first_button()
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Up)
    assert picker.focusWidget() is picker._buttons[(3, 3)]
    qtbot.keyClick(picker._buttons[(3, 3)], Qt.Key.Key_Left)
    assert picker.focusWidget() is picker._buttons[(3, 2)]
    qtbot.keyClick(picker._buttons[(3, 2)], Qt.Key.Key_Space)
    feeling = picker.feeling()
    assert feeling is not None
    assert (feeling.energy, feeling.pleasantness) == (3, 2)
    closer = picker._closer[-1]
    closer.click()
    assert picker.feeling() == Feeling(3, 2, closer.text())
    picker._buttons[(3, 2)].click()  # the same cell again clears
    assert picker.feeling() is None


def test_nothing_in_particular_stands_apart(qtbot: QtBot) -> None:
    picker = PullPicker(checkin_data().pulls)
    qtbot.addWidget(picker)
    picker._buttons["message"].click()
    picker._buttons["memory"].click()
    picker._buttons[NOTHING_PULL].click()
    assert picker.pulls() == (NOTHING_PULL,)
    picker._buttons["guilt"].click()
    assert picker.pulls() == ("guilt",)


def test_mood_scale_keys_and_clearing(qtbot: QtBot) -> None:
    scale = MoodScale()
    qtbot.addWidget(scale)
    scale.show()
    scale.first_button().setFocus()
    qtbot.keyClick(scale.first_button(), Qt.Key.Key_Right)
    assert scale.focusWidget() is scale._buttons[2]
    with qtbot.waitSignal(scale.moodChanged) as changed:
        qtbot.keyClick(scale._buttons[2], Qt.Key.Key_Space)
    assert changed.args == [2] and scale.mood() == 2
    scale._buttons[2].click()
    assert scale.mood() is None


def test_follow_ups_appear_one_at_a_time(qtbot: QtBot) -> None:
    prompt = next(p for p in LIBRARY.prompts if len(p.follow_ups) == 3)
    panel = PromptPanel()
    qtbot.addWidget(panel)
    panel.show_prompt(prompt, "Guilt", in_checkin=True)
    panel.show()
    assert panel.step_label.isVisible() and panel.step_label.text() == "Step 4 of 5"
    assert panel.follow_ups == []
    for shown in range(1, 4):
        panel.more_button.click()
        assert [label.text() for label in panel.follow_ups] == list(prompt.follow_ups[:shown])
    assert not panel.more_button.isVisible()
    assert panel.in_checkin
    panel.end_checkin()
    assert not panel.in_checkin
    assert panel.isVisible()
    assert not panel.step_label.isVisible()


def tab_from(qtbot: QtBot, widget: QWidget) -> QWidget | None:
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_goes_from_the_feeling_to_its_closer_words(qtbot: QtBot, flow: CheckinFlow) -> None:
    """Closer words were only reachable with Tab after Not now, Skip and Next."""
    flow.activateWindow()
    hurt = flow.mood_page.picker._buttons[(2, 1)]
    hurt.setFocus()
    qtbot.keyClick(hurt, Qt.Key.Key_Space)
    qtbot.waitUntil(flow.mood_page.picker._closer[0].isVisible)
    closer = flow.mood_page.picker._closer
    assert tab_from(qtbot, hurt) is closer[0]
    assert tab_from(qtbot, closer[0]) is closer[1]


def test_the_mood_row_is_one_tab_stop_with_arrows(qtbot: QtBot, flow: CheckinFlow) -> None:
    flow.activateWindow()
    scale = flow.mood_page.scale
    scale.first_button().setFocus()
    assert tab_from(qtbot, scale.first_button()) is flow.mood_page.picker._buttons[(3, 1)]


def test_a_chosen_chip_is_wide_enough_for_its_bolder_word(flow: CheckinFlow) -> None:
    """ "4 · Steady" lost its last letters once chosen: the theme draws it semi-bold."""
    from PySide6.QtGui import QFont, QFontMetrics

    chips = [*flow.mood_page.scale._buttons.values(), *flow.mood_page.picker._buttons.values()]
    for chip in chips:
        font = QFont(chip.font())
        font.setWeight(QFont.Weight.DemiBold)
        needed = QFontMetrics(font).horizontalAdvance(chip.text()) + 26  # padding and border
        assert chip.minimumWidth() >= needed, chip.text()


def test_choosing_a_closer_word_keeps_the_focus_on_it(qtbot: QtBot, flow: CheckinFlow) -> None:
    """The closer words were rebuilt on each choice: the focus fell back to the grid."""
    from PySide6.QtWidgets import QApplication

    flow.activateWindow()
    picker = flow.mood_page.picker
    picker._buttons[(2, 1)].click()
    guilty = next(widget for widget in picker._closer if widget.text() == "guilty")
    qtbot.waitUntil(guilty.isVisible)
    guilty.setFocus()
    qtbot.keyClick(guilty, Qt.Key.Key_Space)
    qtbot.wait(20)  # a rebuilt row would have deleted the chip by now
    assert any(widget is guilty for widget in picker._closer)
    assert QApplication.focusWidget() is guilty
    assert guilty.isChecked()
    assert picker.feeling() == Feeling(2, 1, "guilty")
    assert [w.text() for w in picker._closer if w.isChecked()] == ["guilty"]


def test_a_pause_before_writing_does_not_say_words_were_saved(flow: CheckinFlow) -> None:
    """Steps 1 to 3 have nothing written yet: "What you wrote is saved" was not true."""
    flow.pause()
    assert "saved" not in flow.pause_page.guidance.text()
    flow.pause_page.back_button.click()
    flow.show_pause(from_writing=True)
    assert "saved" in flow.pause_page.guidance.text()
