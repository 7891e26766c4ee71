"""The evening check-in inside the window, against a real journal, start to finish."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.records.entries import EntryFields, EntryFilter
from app.storage.preferences import Preferences
from app.ui import main_window
from app.ui.checkin.flow import Stage
from app.ui.main_window import MainWindow
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.widgets import mnemonics
from tests.helpers.windows import make_window

EVENING = dt.datetime(2026, 11, 25, 21, 30)
MORNING = dt.datetime(2026, 11, 25, 9, 0)


@pytest.fixture
def keystore() -> MemoryKeystore:
    return MemoryKeystore()


@pytest.fixture
def at_evening(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "_now", lambda: EVENING)


@pytest.fixture
def window(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path, at_evening: None
) -> MainWindow:
    create_journal(files, keystore=keystore, argon2=FAST_ARGON2)[0].close()
    return make_window(qtbot, files, keystore, tmp_path)


def reopen(files: JournalFiles, keystore: MemoryKeystore):
    return open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values()))))


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.journal_page.autosaver.is_dirty(), timeout=3000)


def test_the_whole_checkin_is_saved_with_its_fields(
    qtbot: QtBot, window: MainWindow, files: JournalFiles, keystore: MemoryKeystore
) -> None:
    window.commands.checkin.trigger()
    flow = window.checkin
    assert window.stack.currentWidget() is flow
    assert flow.current() == Stage.MOOD
    flow.mood_page.scale._buttons[3].click()
    flow.mood_page.picker._buttons[(1, 2)].click()
    flow.next_button.click()
    flow.pull_page.picker._buttons["message"].click()
    qtbot.keyClicks(flow.pull_page.picker.own_words, "their birthday")
    flow.next_button.click()
    prompt = flow.answers.prompt
    assert prompt is not None
    flow.next_button.click()  # write about this
    page = window.journal_page
    assert window.stack.currentWidget() is page
    assert page.prompt_panel.isVisible() and page.prompt_panel.in_checkin
    assert page.prompt_panel.prompt_text.text() == prompt.text
    qtbot.keyClicks(page.editor._body, "I read it twice and put the phone away.")
    page.prompt_panel.more_button.click()
    assert page.prompt_panel.follow_ups[0].text() == prompt.follow_ups[0]
    page.prompt_panel.finish_button.click()
    assert flow.current() == Stage.CLOSING
    flow.closing_page.remember.setChecked(True)
    flow.closing_page.done_button.click()
    assert window.stack.currentWidget() is page
    assert not page.prompt_panel.in_checkin
    window.close()
    with reopen(files, keystore) as journal:
        (summary,) = journal.entries.summaries()
        entry = journal.entries.get(summary.id)
    cell = flow.mood_page.picker._cells[(1, 2)]
    assert entry.body == "I read it twice and put the phone away."
    assert (entry.mood, entry.energy, entry.feeling) == (3, 1, cell.words[0])
    assert entry.pulls == ("message", "their birthday")
    assert (entry.prompt, entry.theme, entry.marked) == (prompt.id, prompt.theme, True)
    assert entry.date == EVENING.date()


def test_skipping_every_step_is_free_writing(
    qtbot: QtBot, window: MainWindow, files: JournalFiles, keystore: MemoryKeystore
) -> None:
    window.evening.start()
    flow = window.checkin
    for _ in range(3):
        flow.skip_button.click()
    page = window.journal_page
    assert window.stack.currentWidget() is page
    assert page.prompt_panel.in_checkin
    assert not page.prompt_panel.prompt_text.isVisible()
    qtbot.keyClicks(page.editor._body, "Just writing tonight.")
    wait_saved(qtbot, window)
    window.close()
    with reopen(files, keystore) as journal:
        entry = journal.entries.get(journal.entries.summaries()[0].id)
    assert entry.body == "Just writing tonight."
    assert (entry.feeling, entry.pulls, entry.prompt) == (None, (), None)


def test_a_pause_while_writing_saves_first_then_returns(
    qtbot: QtBot, window: MainWindow, files: JournalFiles, keystore: MemoryKeystore
) -> None:
    window.evening.start()
    flow = window.checkin
    flow.skip_button.click()
    flow.skip_button.click()
    flow.next_button.click()
    page = window.journal_page
    qtbot.keyClicks(page.editor._body, "Halfway through a hard thought")
    page.prompt_panel.pause_button.click()
    assert window.stack.currentWidget() is flow and flow.current() == Stage.PAUSE
    with reopen(files, keystore) as other:  # already in the database, before the pause
        assert other.entries.get(other.entries.summaries()[0].id).body.startswith("Halfway")
    flow.pause_page.back_button.click()
    assert window.stack.currentWidget() is page
    assert page.editor.body_text() == "Halfway through a hard thought"
    page.prompt_panel.pause_button.click()
    flow.pause_page.close_button.click()
    assert flow.current() == Stage.CLOSING
    flow.closing_page.done_button.click()
    assert window.stack.currentWidget() is page


def leave_after_a_feeling(window: MainWindow, qtbot: QtBot, way: str, step: Stage) -> None:
    """Choose a feeling (and a pull), go to ``step``, then decline in one ``way``."""
    window.evening.start()
    flow = window.checkin
    flow.mood_page.picker._buttons[(1, 1)].click()
    flow.mood_page.scale._buttons[2].click()
    if step >= Stage.PULLS:
        flow.next_button.click()
        flow.pull_page.picker._buttons["guilt"].click()
    if step >= Stage.PROMPT:
        flow.next_button.click()
    if way == "not now":
        while flow.current() != Stage.MOOD:
            flow.back_button.click()
        flow.back_button.click()
    elif way == "escape":
        qtbot.keyClick(flow, Qt.Key.Key_Escape)
    else:
        flow.pause_button.click()
        flow.pause_page.close_button.click()
    assert window.stack.currentWidget() is window.journal_page


@pytest.mark.parametrize("way", ["not now", "escape", "pause, then close for tonight"])
@pytest.mark.parametrize("step", [Stage.MOOD, Stage.PULLS, Stage.PROMPT])
def test_declining_leaves_nothing_behind(
    qtbot: QtBot,
    window: MainWindow,
    files: JournalFiles,
    keystore: MemoryKeystore,
    way: str,
    step: Stage,
) -> None:
    """A feeling, then "Not now", left an "Untitled entry" (issue 15, finding 2)."""
    leave_after_a_feeling(window, qtbot, way, step)
    assert window.journal_page.timeline.model.total_entries == 0
    assert window.journal_page.editor.entry_id() is None
    window.close()
    with reopen(files, keystore) as journal:
        assert journal.entries.count() == 0
        assert journal.entries.summaries(EntryFilter(trashed=True)) == []
        assert not journal.entries.checked_in_on(EVENING.date())


def test_words_typed_before_declining_are_kept(
    qtbot: QtBot, window: MainWindow, files: JournalFiles, keystore: MemoryKeystore
) -> None:
    """Their own words for what pulled at them are never lost, even when they decline."""
    window.evening.start()
    flow = window.checkin
    flow.next_button.click()
    qtbot.keyClicks(flow.pull_page.picker.own_words, "the voicemail")
    qtbot.keyClick(flow, Qt.Key.Key_Escape)
    assert window.journal_page.editor.entry_id() is not None  # on screen, as an entry
    window.close()
    with reopen(files, keystore) as journal:
        (summary,) = journal.entries.summaries()
        assert journal.entries.get(summary.id).pulls == ("the voicemail",)


def test_locking_keeps_words_typed_in_the_checkin(
    qtbot: QtBot, window: MainWindow, files: JournalFiles, keystore: MemoryKeystore
) -> None:
    window.evening.start()
    flow = window.checkin
    flow.next_button.click()
    qtbot.keyClicks(flow.pull_page.picker.own_words, "a card in the post")
    window.commands.lock.trigger()
    assert not window.controller.is_open()
    assert flow.answers.empty
    with reopen(files, keystore) as journal:
        (summary,) = journal.entries.summaries()
        assert journal.entries.get(summary.id).pulls == ("a card in the post",)


def test_leaving_with_nothing_chosen_saves_nothing(
    window: MainWindow, files: JournalFiles, keystore: MemoryKeystore
) -> None:
    window.evening.start()
    window.checkin.back_button.click()  # "Not now"
    assert window.stack.currentWidget() is window.journal_page
    window.close()
    with reopen(files, keystore) as journal:
        assert journal.entries.count() == 0


def test_step_4_still_shows_where_the_checkin_is(window: MainWindow) -> None:
    """Step 4 dropped into the full window without "Step 4 of 5" (finding 8)."""
    window.evening.start()
    flow = window.checkin
    flow.next_button.click()
    flow.next_button.click()
    flow.next_button.click()  # write about this
    panel = window.journal_page.prompt_panel
    assert window.stack.currentWidget() is window.journal_page
    assert panel.step_label.isVisible()
    assert panel.step_label.text() == "Step 4 of 5"
    assert panel.pause_button.isVisible() and panel.finish_button.isVisible()
    panel.finish_button.click()
    assert flow.step_label.text() == "Step 5 of 5"
    flow.closing_page.done_button.click()
    assert not panel.step_label.isVisible()


@pytest.mark.parametrize("chosen", [False, True])
def test_the_timeline_follows_the_entry_being_written(
    qtbot: QtBot,
    files: JournalFiles,
    keystore: MemoryKeystore,
    tmp_path: Path,
    at_evening: None,
    chosen: bool,
) -> None:
    """An older entry stayed highlighted while the check-in's entry was written."""
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        older = journal.entries.add(EntryFields(body="older", date=dt.date(2026, 11, 20))).id
    window = make_window(qtbot, files, keystore, tmp_path)
    page = window.journal_page
    assert page.timeline.current_entry_id() == older
    window.evening.start()
    flow = window.checkin
    if chosen:
        flow.mood_page.picker._buttons[(2, 2)].click()
    for _ in range(3):
        flow.skip_button.click() if not chosen else flow.next_button.click()
    assert page.timeline.current_entry_id() == page.editor.entry_id()
    assert page.timeline.current_entry_id() != older
    qtbot.keyClicks(page.editor._body, "Tonight")
    wait_saved(qtbot, window)
    written = page.editor.entry_id()
    assert written is not None and page.timeline.current_entry_id() == written
    row = page.timeline.model.row_for_entry(older)
    assert row is not None
    rect = page.timeline.list_view.visualRect(page.timeline.model.index(row))
    qtbot.mouseClick(
        page.timeline.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert page.editor.entry_id() == older  # the older entry still opens with a click


def test_every_button_in_the_window_has_its_own_mnemonic_at_each_step(
    window: MainWindow,
) -> None:
    """ "Not now" and "Next" shared Alt+N; the menus' letters count too (finding 3)."""
    window.evening.start()
    flow = window.checkin
    page = window.journal_page
    steps = [
        ("mood", lambda: None),
        ("pulls", flow.next_button.click),
        ("prompt", flow.next_button.click),
        ("writing", flow.next_button.click),
        ("pause while writing", page.prompt_panel.pause_button.click),
        ("back to writing", flow.pause_page.back_button.click),
        ("closing", page.prompt_panel.finish_button.click),
    ]
    for name, go in steps:
        go()
        keys = mnemonics(window)
        assert len(keys) == len(set(keys)), (name, sorted(keys))


def test_locking_during_a_checkin_forgets_the_answers(window: MainWindow) -> None:
    window.evening.start()
    window.checkin.mood_page.picker._buttons[(1, 1)].click()
    assert window.commands.lock.isEnabled()
    window.commands.lock.trigger()
    assert not window.controller.is_open()
    assert window.checkin.answers.empty
    assert window.checkin.mood_page.picker.feeling() is None


def test_the_invite_appears_in_the_evening_until_a_checkin(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path, at_evening: None
) -> None:
    create_journal(files, keystore=keystore, argon2=FAST_ARGON2)[0].close()
    window = make_window(qtbot, files, keystore, tmp_path)
    page = window.journal_page
    qtbot.waitUntil(page.invite.isVisible, timeout=2000)
    page.invite.begin.click()
    assert window.stack.currentWidget() is window.checkin
    window.checkin.mood_page.picker._buttons[(2, 3)].click()
    window.checkin.back_button.click()  # declined: nothing kept, the offer stays
    window.close()
    again = make_window(qtbot, files, keystore, tmp_path / "again")
    qtbot.waitUntil(again.journal_page.invite.isVisible, timeout=2000)
    again.journal_page.invite.begin.click()
    again.checkin.mood_page.picker._buttons[(2, 3)].click()
    for _ in range(3):
        again.checkin.next_button.click()  # on to writing: tonight's check-in
    again.close()
    third = make_window(qtbot, files, keystore, tmp_path / "third")
    qtbot.wait(50)
    assert not third.journal_page.invite.isVisible()


def test_no_invite_in_the_morning_or_when_turned_off(
    qtbot: QtBot,
    files: JournalFiles,
    keystore: MemoryKeystore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(EntryFields(body="earlier"))
    monkeypatch.setattr(main_window, "_now", lambda: MORNING)
    window = make_window(qtbot, files, keystore, tmp_path)
    qtbot.wait(50)
    assert not window.journal_page.invite.isVisible()
    window.close()
    with reopen(files, keystore) as journal:
        journal.preferences.save(Preferences(offer_checkin=False))
    monkeypatch.setattr(main_window, "_now", lambda: EVENING)
    evening = make_window(qtbot, files, keystore, tmp_path / "evening")
    qtbot.wait(50)
    assert not evening.journal_page.invite.isVisible()


def test_rereading_an_answered_entry_shows_its_prompt(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path, at_evening: None
) -> None:
    from app.prompts.library import shipped_library

    prompt = shipped_library().in_theme("shield")[0]
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(
            EntryFields(body="my reasons", prompt=prompt.id, theme="shield", feeling="calm")
        )
    window = make_window(qtbot, files, keystore, tmp_path)
    panel = window.journal_page.prompt_panel
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    assert panel.prompt_text.text() == prompt.text
    assert not panel.in_checkin
    assert "calm" in window.journal_page.editor._checkin.text()


def test_another_prompt_never_brings_two_deeper_ones_in_a_row(window: MainWindow) -> None:
    """With the real scheduler and prompts: "goes deeper" twice in a row (finding 8)."""
    window.evening.start()
    flow = window.checkin
    flow.next_button.click()
    flow.next_button.click()
    offered = [flow.answers.prompt]
    for _ in range(30):
        flow.prompt_page.another.click()
        offered.append(flow.answers.prompt)
    assert all(prompt is not None for prompt in offered)
    deep = [prompt.deep for prompt in offered if prompt is not None]
    assert any(deep), "a deeper prompt should come up in 31 offers"
    assert not any(a and b for a, b in itertools.pairwise(deep))
