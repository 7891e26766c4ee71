"""After "I reached out", the flow offers to log the contact; declining leaves nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.storage.contacts import Channel
from app.ui.doubt.reach_out_flow import ReachOutFlow, Stage
from tests.helpers.clocks import FakeClock
from tests.helpers.flows import go_to


@pytest.fixture
def flow(qtbot: QtBot, journal: Journal) -> Iterator[ReachOutFlow]:
    journal.reasons.add("I can breathe in my own home.")
    widget = ReachOutFlow(journal, clock=FakeClock())
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.start()
    yield widget
    widget.autosaver.discard()


def decide(qtbot: QtBot, flow: ReachOutFlow, decision: str, letter: str = "") -> None:
    go_to(flow, Stage.LETTER)
    if letter:
        qtbot.keyClicks(flow.letter_page.pad, letter)
    go_to(flow, Stage.AFTER)
    flow.after_page.decision_buttons[decision].click()
    go_to(flow, Stage.DONE)


def test_i_reached_out_offers_a_filled_record_the_person_saves(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal
) -> None:
    decide(qtbot, flow, "reached", letter="What I wanted to say.")
    page = flow.done_page
    assert page.log_button.isVisible() and "Nothing is added" in page.log_line.text()
    assert journal.contacts.count() == 0  # only offered
    letter_id = flow.entry_id()
    form = flow.log_contact()
    assert form.did.toPlainText() == "I reached out."
    assert form.link.currentData() == letter_id  # the letter, linked
    qtbot.keyClicks(form.who.entry, "My sister")
    qtbot.keyClick(form.who.entry, Qt.Key.Key_Return)
    form.channel.setCurrentIndex(form.channel.findData(Channel.MESSAGE.value))
    form.accept()
    (saved,) = journal.contacts.all()
    assert saved.fields.who == ("My sister",) and saved.fields.entry == letter_id
    assert saved.fields.did == "I reached out." and saved.fields.channel == Channel.MESSAGE
    assert not page.log_button.isVisible() and page.log_line.text() == "Noted in your contact log."
    with qtbot.waitSignal(flow.finished):
        flow.next_button.click()
    assert journal.contacts.count() == 1


def test_declining_the_record_leaves_nothing_behind(
    qtbot: QtBot, flow: ReachOutFlow, journal: Journal
) -> None:
    decide(qtbot, flow, "reached")
    form = flow.log_contact()
    assert form.link.currentData() == flow.entry_id()  # the short entry the choice made
    qtbot.keyClicks(form.who.entry, "Dad")
    qtbot.keyClick(form.who.entry, Qt.Key.Key_Return)
    form.reject()
    assert journal.contacts.count() == 0 and journal.contacts.people() == []
    assert flow.done_page.log_button.isVisible()  # still offered, still optional
    with qtbot.waitSignal(flow.finished):
        flow.next_button.click()
    assert journal.contacts.count() == 0
    assert journal.contacts.all(trashed=True) == []


@pytest.mark.parametrize("decision", ["stayed", "unsure"])
def test_no_record_is_offered_otherwise(qtbot: QtBot, flow: ReachOutFlow, decision: str) -> None:
    decide(qtbot, flow, decision)
    assert not flow.done_page.log_button.isVisible()
    assert not flow.done_page.log_line.isVisible()


def test_a_new_run_offers_nothing_until_reached_again(qtbot: QtBot, flow: ReachOutFlow) -> None:
    decide(qtbot, flow, "reached")
    with qtbot.waitSignal(flow.finished):
        flow.next_button.click()
    flow.start()
    assert not flow.done_page.log_button.isVisibleTo(flow.done_page)
