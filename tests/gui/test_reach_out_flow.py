""" "I'm tempted to reach out" against a real journal: every step, leaving, pausing, clearing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal, open_journal
from app.prompts.checkin_data import checkin_data
from app.records.entries import EntryFields
from app.ui.doubt.reach_out_flow import ReachOutFlow, Stage
from app.vault.slot_secret import SlotSecret
from tests.helpers.clocks import FakeClock
from tests.helpers.flows import go_to
from tests.helpers.keystores import MemoryKeystore

LETTER = "I still think of the garden. I am not coming back, and that is all right."


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def flow(qtbot: QtBot, journal: Journal, clock: FakeClock) -> Iterator[ReachOutFlow]:
    journal.reasons.add("I can breathe in my own home.")
    journal.reasons.add("The promises were always about next time.")
    widget = ReachOutFlow(journal, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.start()
    yield widget
    widget.autosaver.discard()  # as the app saves and clears before the journal closes


def reopen(files: JournalFiles, keystore: MemoryKeystore) -> Journal:
    return open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values()))))


# ---------------------------------------------------------------------- the whole way


def test_walking_every_step_saves_one_letter_with_both_tags_and_the_feeling(
    qtbot: QtBot,
    flow: ReachOutFlow,
    journal: Journal,
    files: JournalFiles,
    keystore: MemoryKeystore,
) -> None:
    assert flow.current() == Stage.REASONS
    assert flow.step_label.text() == "Step 1 of 5"
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    assert flow.current() == Stage.PAUSE
    assert flow.pause_page.steps.text()  # a grounding exercise is there meanwhile
    flow.next_button.click()  # no need to wait for anything
    assert flow.current() == Stage.LETTER
    qtbot.keyClicks(flow.letter_page.pad, LETTER)
    qtbot.waitUntil(lambda: flow.entry_id() is not None, timeout=2000)  # autosaved within ~1 s
    flow.next_button.click()
    assert flow.current() == Stage.AFTER
    flow.after_page.decision_buttons["stayed"].click()
    flow.after_page.picker._buttons[(1, 4)].click()
    flow.next_button.click()
    assert flow.current() == Stage.DONE
    assert "unsent letter" in flow.done_page.note.text()
    with qtbot.waitSignal(flow.finished) as done:
        qtbot.keyClick(flow, Qt.Key.Key_Return)
    entry_id = done.args[0]
    assert isinstance(entry_id, str)
    assert journal.entries.count() == 1
    journal.close()
    with reopen(files, keystore) as again:
        entry = again.entries.get(entry_id)
    cell = checkin_data().mood_cell(1, 4)
    assert entry.body == LETTER
    assert entry.title == "Unsent letter"
    assert entry.tags == ("unsent letter", "didn't reach out")
    # A feeling word never sets a mood (issue 15, finding 8): that is the person's answer.
    assert (entry.energy, entry.mood, entry.feeling) == (1, None, cell.words[0])


def test_the_reasons_are_shown_in_the_users_order_and_read_only(flow: ReachOutFlow) -> None:
    reasons = flow.reasons_page.reasons
    texts = flow.reasons_page.texts()
    assert texts == ["I can breathe in my own home.", "The promises were always about next time."]
    assert reasons.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not flow.reasons_page.empty.isVisible()


def test_no_reasons_yet_gets_a_kind_line(qtbot: QtBot, journal: Journal) -> None:
    widget = ReachOutFlow(journal)
    qtbot.addWidget(widget)
    widget.show()
    widget.start()
    assert widget.reasons_page.count() == 0
    assert not widget.reasons_page.reasons.isVisible()
    assert "Remind me why" in widget.reasons_page.empty.text()
    assert widget.next_button.isEnabled()  # the next steps still help


def test_only_a_choice_afterwards_makes_a_short_entry(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal
) -> None:
    go_to(flow, Stage.AFTER)
    flow.after_page.decision_buttons["unsure"].click()
    flow.next_button.click()
    assert not flow.done_page.note.isVisible()  # no letter to point to
    with qtbot.waitSignal(flow.finished) as done:
        flow.next_button.click()
    entry = journal.entries.get(done.args[0])
    assert entry.body == ""
    assert entry.tags == ("not sure yet",)
    assert entry.feeling is None


def test_choosing_the_same_decision_again_clears_it(flow: ReachOutFlow) -> None:
    go_to(flow, Stage.AFTER)
    chips = flow.after_page.decision_buttons
    chips["reached"].click()
    chips["stayed"].click()
    assert flow.after_page.decision() == "stayed"
    assert not chips["reached"].isChecked()
    chips["stayed"].click()
    assert flow.after_page.decision() is None


def test_back_works_everywhere_and_keeps_what_was_written(flow: ReachOutFlow) -> None:
    go_to(flow, Stage.DONE)
    for stage in (Stage.AFTER, Stage.LETTER, Stage.PAUSE, Stage.REASONS):
        flow.back_button.click()
        assert flow.current() == stage
    go_to(flow, Stage.LETTER)
    flow.letter_page.pad.setPlainText(LETTER)
    flow.next_button.click()
    flow.back_button.click()
    assert flow.letter_page.text() == LETTER


# ---------------------------------------------------------------------- leaving


def test_leaving_at_the_letter_saves_it_at_once(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal
) -> None:
    go_to(flow, Stage.LETTER)
    qtbot.keyClicks(flow.letter_page.pad, LETTER)
    assert flow.autosaver.is_dirty()  # not saved yet: leaving must save first
    with qtbot.waitSignal(flow.finished) as left:
        qtbot.keyClick(flow.letter_page.pad, Qt.Key.Key_Escape)
    entry = journal.entries.get(left.args[0])
    assert entry.body == LETTER
    assert entry.tags == ("unsent letter",)
    assert flow.letter_page.text() == ""  # nothing lingers in the widgets afterwards


@pytest.mark.parametrize("stage", [Stage.REASONS, Stage.PAUSE, Stage.LETTER, Stage.AFTER])
def test_leaving_with_nothing_written_creates_nothing(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal, stage: Stage
) -> None:
    go_to(flow, stage)
    with qtbot.waitSignal(flow.finished) as left:
        qtbot.keyClick(flow, Qt.Key.Key_Escape)
    assert left.args == [None]
    assert journal.entries.count() == 0


@pytest.mark.parametrize("stage", [Stage.PAUSE, Stage.LETTER, Stage.AFTER])
def test_leave_for_now_is_on_every_middle_step(
    qtbot: QtBot, flow: ReachOutFlow, stage: Stage
) -> None:
    go_to(flow, stage)
    assert flow.leave_button.isVisible()
    with qtbot.waitSignal(flow.finished):
        flow.leave_button.click()


def test_not_now_leaves_from_the_first_step(qtbot: QtBot, flow: ReachOutFlow) -> None:
    assert flow.back_button.text().replace("&", "") == "Not now"
    with qtbot.waitSignal(flow.finished) as left:
        flow.back_button.click()
    assert left.args == [None]


def test_leaving_after_the_letter_keeps_the_letter_and_the_choice(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal
) -> None:
    go_to(flow, Stage.LETTER)
    qtbot.keyClicks(flow.letter_page.pad, LETTER)
    flow.next_button.click()
    flow.after_page.decision_buttons["reached"].click()
    with qtbot.waitSignal(flow.finished) as left:
        flow.leave_button.click()
    entry = journal.entries.get(left.args[0])
    assert entry.body == LETTER
    assert entry.tags == ("unsent letter", "reached out")
    assert journal.entries.count() == 1


def test_a_failed_save_keeps_the_words_and_stays(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import KnownError

    def refuse(_fields: EntryFields) -> None:
        raise KnownError("Threshold couldn't save just now because the disk is full.")

    go_to(flow, Stage.LETTER)
    monkeypatch.setattr(journal.entries, "add", refuse)
    qtbot.keyClicks(flow.letter_page.pad, LETTER)
    with qtbot.assertNotEmitted(flow.finished):
        flow.leave_button.click()
    assert flow.current() == Stage.LETTER
    assert flow.letter_page.text() == LETTER
    assert "still here" in flow.save_state.text()
    monkeypatch.undo()
    with qtbot.waitSignal(flow.finished) as left:
        flow.leave_button.click()
    assert journal.entries.get(left.args[0]).body == LETTER


# ---------------------------------------------------------------------- the pause


@pytest.mark.parametrize("stage", [Stage.REASONS, Stage.LETTER, Stage.AFTER])
def test_a_pause_returns_to_the_step_it_came_from(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal, stage: Stage
) -> None:
    go_to(flow, stage)
    if stage == Stage.LETTER:
        qtbot.keyClicks(flow.letter_page.pad, LETTER)
    flow.pause_button.click()
    assert flow.current() == Stage.PAUSE
    assert not flow.pause_button.isVisible()
    assert flow.step_label.text() == ""  # a detour, not a step
    if stage == Stage.LETTER:
        assert not flow.autosaver.is_dirty()  # saved before the pause
        assert journal.entries.count() == 1
    flow.next_button.click()
    assert flow.current() == stage
    assert flow.step_label.text() == f"Step {int(stage) + 1} of 5"
    flow.next_button.click()  # and on from there as usual
    assert flow.current() == Stage(stage + 1)


def test_the_pause_link_is_on_steps_one_three_and_four_only(flow: ReachOutFlow) -> None:
    shown = {}
    for stage in Stage:
        go_to(flow, stage)
        shown[stage] = flow.pause_button.isVisible()
    assert shown == {
        Stage.REASONS: True,
        Stage.PAUSE: False,
        Stage.LETTER: True,
        Stage.AFTER: True,
        Stage.DONE: False,
    }


def test_each_pause_offers_another_grounding_exercise(flow: ReachOutFlow) -> None:
    flow.pause_button.click()
    first = flow.pause_page.title.text()
    flow.next_button.click()
    flow.pause_button.click()
    assert flow.pause_page.title.text() != first
    titles = {exercise.title for exercise in checkin_data().grounding}
    assert {first, flow.pause_page.title.text()} <= titles


def test_the_countdown_reaches_zero_softly(flow: ReachOutFlow, clock: FakeClock) -> None:
    go_to(flow, Stage.PAUSE)
    page = flow.pause_page
    page.timer_buttons[2].click()
    assert page.running()
    assert page.countdown.text() == "2:00 left"
    clock.now += 61
    page.tick()
    assert page.countdown.text() == "0:59 left"
    clock.now += 59
    page.tick()
    assert not page.running()
    assert page.seconds_left() == 0
    assert "passed" in page.countdown.text()
    assert not any(b.isChecked() for b in page.timer_buttons.values())
    assert flow.next_button.isEnabled()


def test_the_countdown_ticks_on_its_own_timer(
    qtbot: QtBot, flow: ReachOutFlow, clock: FakeClock
) -> None:
    go_to(flow, Stage.PAUSE)
    flow.pause_page.timer_buttons[2].click()
    clock.now += 120
    qtbot.waitUntil(lambda: not flow.pause_page.running(), timeout=2500)
    assert "passed" in flow.pause_page.countdown.text()


def test_the_timer_stops_when_going_on_or_chosen_again(flow: ReachOutFlow) -> None:
    go_to(flow, Stage.PAUSE)
    page = flow.pause_page
    page.timer_buttons[5].click()
    page.timer_buttons[5].click()  # the running one again: stop
    assert not page.running()
    page.timer_buttons[10].click()
    flow.next_button.click()  # going on never waits for the timer
    assert flow.current() == Stage.LETTER
    assert not page.running()


# ---------------------------------------------------------------------- clearing, access


def test_clear_empties_the_pad_the_pickers_and_the_reasons(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal
) -> None:
    go_to(flow, Stage.LETTER)
    qtbot.keyClicks(flow.letter_page.pad, LETTER)
    assert flow.save_now()
    flow.next_button.click()
    flow.after_page.decision_buttons["stayed"].click()
    flow.after_page.picker._buttons[(2, 2)].click()
    assert flow.save_now()
    saved = journal.entries.get(flow.entry_id() or "")
    flow.clear()
    assert flow.letter_page.text() == ""
    assert not flow.letter_page.pad.document().isUndoAvailable()
    assert flow.after_page.decision() is None
    assert flow.after_page.feeling() is None
    assert flow.reasons_page.count() == 0
    assert flow.entry_id() is None
    assert not flow.autosaver.is_dirty()  # clearing never saves an empty letter over it
    qtbot.wait(1100)
    assert journal.entries.get(saved.id) == saved


def test_start_begins_afresh(qtbot: QtBot, flow: ReachOutFlow) -> None:
    go_to(flow, Stage.LETTER)
    flow.letter_page.pad.setPlainText(LETTER)
    flow.save_now()
    flow.start()
    assert flow.current() == Stage.REASONS
    assert flow.letter_page.text() == ""
    assert flow.reasons_page.count() == 2


def test_every_control_has_an_accessible_name(flow: ReachOutFlow) -> None:
    for stage in Stage:
        go_to(flow, stage)
        if stage == Stage.AFTER:
            flow.after_page.picker._buttons[(2, 3)].click()  # closer words appear
        controls = flow.findChildren(QAbstractButton) + flow.findChildren(QPlainTextEdit)
        for widget in [*controls, flow.reasons_page.reasons]:
            assert widget.accessibleName(), widget
        assert not any(w.toolTip() for w in controls)  # nothing private in tooltips


def test_the_letter_page_says_nothing_is_sent(flow: ReachOutFlow) -> None:
    go_to(flow, Stage.LETTER)
    assert "Nothing is sent." in flow.letter_page.guidance.text()
    assert flow.letter_page.pad.hasFocus()


def test_keyboard_only_walk(qtbot: QtBot, flow: ReachOutFlow, journal: Journal) -> None:
    qtbot.keyClick(flow, Qt.Key.Key_Return)
    assert flow.current() == Stage.PAUSE
    qtbot.keyClick(flow, Qt.Key.Key_Return)  # the focused timer chip: start five minutes
    assert flow.pause_page.running()
    flow.next_button.setFocus()
    qtbot.keyClick(flow, Qt.Key.Key_Return)
    assert flow.current() == Stage.LETTER
    qtbot.keyClicks(flow.letter_page.pad, "Enough.")
    qtbot.keyClick(flow.letter_page.pad, Qt.Key.Key_Tab)  # Tab leaves the pad
    assert not flow.letter_page.pad.hasFocus()
    flow.next_button.setFocus()
    qtbot.keyClick(flow, Qt.Key.Key_Return)
    assert flow.current() == Stage.AFTER
    focused = flow.focusWidget()
    assert focused is flow.after_page.decision_buttons["stayed"]  # the first decision
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert flow.after_page.decision() == "stayed"
    with qtbot.waitSignal(flow.finished) as done:
        qtbot.keyClick(flow, Qt.Key.Key_Escape)
    entry = journal.entries.get(done.args[0])
    assert entry.tags == ("unsent letter", "didn't reach out")
