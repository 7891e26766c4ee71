"""What happened next in the window: the chooser, the pairs side by side, Remind me why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.records.entries import EntryFields
from app.storage.preferences import Preferences
from app.ui.doubt.remind_pairs import PairsDialog
from app.ui.doubt.remind_view import RemindView
from app.ui.journal.link_dialog import LinkNextDialog
from app.ui.journal.next_pairs import PairsView
from app.ui.journal.pair_models import EntryChoiceModel, LinkRole, PairsModel
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window

PROMISE = "He promised the money back by Friday."
WHAT_HAPPENED = "Friday came and went. Nothing, again."
HEAVY = "The night in the hallway, all of it."


def _entry(journal: Journal, day: str, body: str, **fields: object) -> str:
    given = EntryFields(body=body, date=dt.date.fromisoformat(day))
    return journal.entries.add(given.__class__(**{**given.__dict__, **fields})).id


@pytest.fixture
def linked(journal: Journal) -> tuple[str, str]:
    first = _entry(journal, "2025-03-12", PROMISE, title="The promise")
    second = _entry(journal, "2025-04-03", WHAT_HAPPENED, title="Friday")
    journal.links.link(first, second)
    return first, second


@pytest.fixture
def pairs(qtbot: QtBot) -> PairsView:
    view = PairsView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _shown(view: PairsView) -> tuple[str, str]:
    return view.hoped.text.toPlainText(), view.happened.text.toPlainText()


# ---------------------------------------------------------------------- PairsView


def test_no_pairs_shows_how_to_link(pairs: PairsView, journal: Journal) -> None:
    pairs.open(journal)
    assert pairs.empty.isVisible() and "Link What Happened Next" in pairs.empty.text()
    assert not pairs.list.isVisible() and not pairs.panes.isVisible()


def test_a_pair_shows_both_entries_side_by_side(
    pairs: PairsView, journal: Journal, linked: tuple[str, str]
) -> None:
    pairs.open(journal)
    assert not pairs.empty.isVisible()
    assert pairs.model.rowCount() == 1
    index = pairs.model.index(0)
    assert "12 Mar 2025" in index.data() and "3 Apr 2025" in index.data()
    assert index.data(LinkRole.DetailRole) == "The promise  →  Friday"
    assert _shown(pairs) == (PROMISE, WHAT_HAPPENED)
    assert pairs.hoped.heading.text() != pairs.happened.heading.text()
    assert pairs.happened.text.isReadOnly() and pairs.hoped.text.isReadOnly()


def test_a_period_keeps_the_pairs_with_a_day_in_it(
    pairs: PairsView, journal: Journal, linked: tuple[str, str]
) -> None:
    pairs.open(journal, since=dt.date(2025, 4, 1), until=dt.date(2025, 4, 30))
    assert pairs.model.rowCount() == 1
    pairs.open(journal, since=dt.date(2025, 5, 1))
    assert pairs.model.rowCount() == 0 and pairs.empty.isVisible()


def test_a_heavy_entry_shows_its_notice_until_asked(
    qtbot: QtBot, pairs: PairsView, journal: Journal
) -> None:
    first = _entry(journal, "2025-03-12", PROMISE)
    heavy = _entry(journal, "2025-03-20", HEAVY, heavy=True)
    journal.links.link(first, heavy)
    pairs.open(journal)
    assert pairs.happened.pages.currentWidget() is pairs.happened.note
    assert HEAVY not in pairs.happened.text.toPlainText()
    assert pairs.hoped.pages.currentWidget() is pairs.hoped.text
    pairs.happened.note.show_it.click()
    assert pairs.happened.pages.currentWidget() is pairs.happened.text
    assert pairs.happened.text.toPlainText() == HEAVY
    pairs.open(journal)  # shown this session: stays shown
    assert pairs.happened.text.toPlainText() == HEAVY
    pairs.forget()
    pairs.open(journal)  # after a lock, the notice again
    assert pairs.happened.pages.currentWidget() is pairs.happened.note


def test_tab_reaches_the_list_and_both_panes(
    qtbot: QtBot, pairs: PairsView, journal: Journal, linked: tuple[str, str]
) -> None:
    pairs.open(journal)
    pairs.focus()
    qtbot.waitUntil(pairs.list.hasFocus)
    reached = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [pairs.hoped.text, pairs.happened.text]


def test_forgetting_drops_every_word(
    pairs: PairsView, journal: Journal, linked: tuple[str, str]
) -> None:
    pairs.open(journal)
    pairs.forget()
    assert pairs.model.rowCount() == 0
    assert _shown(pairs) == ("", "")
    assert pairs.hoped.when.text() == pairs.happened.when.text() == ""
    assert pairs._entries is None


def test_the_models_pass_the_model_tester(
    qtmodeltester, journal: Journal, linked: tuple[str, str]
) -> None:
    pairs = PairsModel()
    pairs.set_pairs([])
    qtmodeltester.check(pairs)
    choices = EntryChoiceModel()
    choices.set_entries(journal.links.later_than(linked[0]), dt.date(2025, 3, 12))
    qtmodeltester.check(choices)
    assert choices.index(0).data(LinkRole.DetailRole) == "22 days later"


# ---------------------------------------------------------------------- the chooser


@pytest.fixture
def chooser(qtbot: QtBot, journal: Journal) -> tuple[LinkNextDialog, dict[str, str]]:
    ids = {
        "before": _entry(journal, "2025-03-01", "Before", title="Before"),
        "first": _entry(journal, "2025-03-12", PROMISE, title="The promise"),
        "friday": _entry(journal, "2025-04-03", WHAT_HAPPENED, title="Friday"),
        "sunday": _entry(journal, "2025-04-06", "Sunday lunch", title="Sunday lunch"),
        "heavy": _entry(journal, "2025-04-10", HEAVY, title="The hallway", heavy=True),
        "gone": _entry(journal, "2025-04-11", "Gone", title="Gone"),
    }
    journal.entries.trash(ids["gone"])
    dialog = LinkNextDialog(journal.links, journal.entries.get(ids["first"]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, ids


def _listed(dialog: LinkNextDialog) -> list[str]:
    model = dialog.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_chooser_lists_later_live_entries_newest_first(
    chooser: tuple[LinkNextDialog, dict[str, str]],
) -> None:
    dialog, _ = chooser
    assert _listed(dialog) == ["The hallway", "Sunday lunch", "Friday"]
    heavy = dialog.list.model().index(0, 0)
    assert heavy.data(LinkRole.NotesRole) == ["marked as heavy"]
    assert HEAVY not in str(heavy.data(Qt.ItemDataRole.AccessibleTextRole))
    assert dialog.filter.hasFocus()
    assert not dialog.linked_list.isVisible() and not dialog.remove.isVisible()


def test_typing_filters_arrows_move_and_return_links(
    qtbot: QtBot, chooser: tuple[LinkNextDialog, dict[str, str]]
) -> None:
    dialog, ids = chooser
    qtbot.keyClicks(dialog.filter, "DAY")
    assert _listed(dialog) == ["Sunday lunch", "Friday"]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.chosen() == ids["friday"]
    assert dialog.filter.hasFocus()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == ids["friday"]


def test_escape_cancels(qtbot: QtBot, chooser: tuple[LinkNextDialog, dict[str, str]]) -> None:
    dialog, _ = chooser
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_link_already_made_is_listed_and_removed_by_keys(
    qtbot: QtBot, journal: Journal, chooser: tuple[LinkNextDialog, dict[str, str]]
) -> None:
    _, ids = chooser
    journal.links.link(ids["first"], ids["friday"])
    dialog = LinkNextDialog(journal.links, journal.entries.get(ids["first"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Friday" not in _listed(dialog)
    assert dialog.linked_list.isVisible() and dialog.linked.rowCount() == 1
    dialog.linked_list.setFocus()
    qtbot.keyClick(dialog.linked_list, Qt.Key.Key_Delete)
    assert journal.links.next_of(ids["first"]) == []
    assert dialog.removed == ["3 April 2025"]
    assert "Friday" in _listed(dialog) and not dialog.remove.isVisible()


# ---------------------------------------------------------------------- the window


def test_the_entry_menu_links_and_says_so(
    qtbot: QtBot,
    files: JournalFiles,
    keystore: MemoryKeystore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        first = _entry(journal, "2025-03-12", PROMISE, title="The promise")
        second = _entry(journal, "2025-04-03", WHAT_HAPPENED, title="Friday")
    window = make_window(qtbot, files, keystore, tmp_path)
    assert window.commands.link_next in window.menus.entry.actions()
    window.journal_page.show_entry(first)

    def choose_first(dialog: LinkNextDialog) -> int:
        assert dialog.chosen() == second
        return 1

    monkeypatch.setattr(LinkNextDialog, "exec", choose_first)
    window.commands.link_next.trigger()
    assert window.statusBar().currentMessage() == "Linked to 3 April 2025."
    opened = window.controller.journal
    assert [(p.earlier, p.later) for p in opened.links.pairs()] == [(first, second)]
    window.journal_page.new_entry()  # nothing written yet: nothing to link from
    window.commands.link_next.trigger()
    assert window.statusBar().currentMessage().startswith("Once this entry is saved")


def test_remind_me_why_lists_the_pairs_and_opens_them_side_by_side(
    qtbot: QtBot, journal: Journal, linked: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = RemindView()
    qtbot.addWidget(view)
    view.open(journal, Preferences(), dt.date(2025, 11, 25))
    view.show()
    assert view.pairs.isVisible() and view.pairs.model.rowCount() == 1
    opened: list[PairsDialog] = []

    def look(dialog: PairsDialog) -> int:
        opened.append(dialog)
        assert _shown(dialog.view) == (PROMISE, WHAT_HAPPENED)
        return 0

    monkeypatch.setattr(PairsDialog, "exec", look)
    view.pairs.list.setFocus()
    view.pairs.list.setCurrentIndex(view.pairs.model.index(0))
    qtbot.keyClick(view.pairs.list, Qt.Key.Key_Return)
    assert len(opened) == 1
    view.clear()
    assert not view.pairs.isVisible() and view.pairs.model.rowCount() == 0


def test_after_locking_no_pair_holds_a_word(
    qtbot: QtBot,
    files: JournalFiles,
    keystore: MemoryKeystore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    markers = ("PROMISEMARK7f3a", "HAPPENEDMARK9c1e", "TITLEMARK2b4d")
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        first = _entry(journal, "2025-03-12", markers[0], title=markers[2])
        second = _entry(journal, "2025-04-03", markers[1], heavy=True)
        journal.links.link(first, second)
    window = make_window(qtbot, files, keystore, tmp_path)
    window.doubt.show_remind()
    remind = window.doubt.remind
    assert remind.pairs.model.rowCount() == 1
    left_open: list[PairsDialog] = []

    def leave_open(dialog: PairsDialog) -> int:
        left_open.append(dialog)
        return 0

    monkeypatch.setattr(PairsDialog, "exec", leave_open)
    monkeypatch.setattr(PairsDialog, "deleteLater", lambda dialog: None)  # as if still open
    remind.pairs.list.activated.emit(remind.pairs.model.index(0))
    (dialog,) = left_open
    dialog.view.happened.note.show_it.click()
    assert _holding(markers)  # the walk finds them while unlocked
    window.lock()
    qtbot.wait(1)  # back in the event loop
    assert _holding(markers) == []


def _holding(markers: tuple[str, ...]) -> list[str]:
    """Every widget still showing a marker: its texts, and its model's rows in every role."""
    found = []
    for widget in QApplication.allWidgets():
        texts = [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        for row in range(model.rowCount() if model is not None else 0):
            assert model is not None
            index = model.index(row, 0)
            texts += [str(index.data(role)) for role in range(Qt.ItemDataRole.UserRole + 16)]
        found += [f"{type(widget).__name__}: {text[:60]}" for text in texts if _any(markers, text)]
    return found


def _any(markers: tuple[str, ...], text: str) -> bool:
    return any(marker in text for marker in markers)
