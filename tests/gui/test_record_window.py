"""The incident record in the window: reached from the Journal menu, kept and left calmly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal
from app.records.incidents import IncidentFields, IncidentKind, When
from app.ui.main_window import MainWindow
from app.ui.record.form import KEPT_ON_LOCK, RecordForm
from app.ui.record.page import RecordPage
from tests.helpers.windows import keyring_window


@pytest.fixture
def window(qtbot: QtBot, files: JournalFiles, tmp_path: Path) -> MainWindow:
    shown, _ = keyring_window(qtbot, files, tmp_path)
    return shown


def test_the_journal_menu_opens_the_record_and_escape_leads_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.commands.incidents
    assert action in window.menus.journal.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    action.trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, RecordPage)
    assert action.isEnabled() and window.commands.lock.isEnabled()  # from this page too
    assert window.commands.settings.isEnabled()  # Ctrl+, from any page of an open journal
    assert not window.commands.new_entry.isEnabled()  # the editor's commands wait
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.journal_page
    action.trigger()
    assert window.stack.currentWidget() is page  # built once
    page.back.click()
    assert window.stack.currentWidget() is window.journal_page


def test_locked_the_page_forgets_and_opens_again_after_unlocking(
    qtbot: QtBot, window: MainWindow
) -> None:
    journal = window.controller.journal
    journal.incidents.add(_fields(journal))
    window.commands.incidents.trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, RecordPage) and page.model.rowCount() == 1
    window.lock()
    assert page.model.rowCount() == 0 and page.who.count() == 0
    window.unlock.keyringRequested.emit()
    window.commands.incidents.trigger()
    assert window.stack.currentWidget() is page and page.model.rowCount() == 1


def _fields(_journal: Journal) -> IncidentFields:
    moment = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    return IncidentFields(When(moment, "UTC"), (IncidentKind.VERBAL,), "Said at the door")


def test_an_amendment_half_typed_is_kept_on_lock_with_a_reason_that_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    journal = window.controller.journal
    record = journal.incidents.add(_fields(journal))
    form = RecordForm(journal, record, parent=window)
    form.show()
    form.account.setPlainText("Said at the door, twice")
    assert form.keep_before_lock()
    (amendment,) = journal.incidents.get(record.id).amendments
    assert amendment.reason == KEPT_ON_LOCK
    assert amendment.changes == {"account": "Said at the door, twice"}


def test_a_time_still_to_come_holds_the_lock_with_the_words_in_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    journal = window.controller.journal
    form = RecordForm(journal, now=dt.datetime(2099, 1, 1, 9), parent=window)
    form.show()
    form.kinds.chips[IncidentKind.THREAT].setChecked(True)
    qtbot.keyClicks(form.account, "Not lost")
    assert not form.keep_before_lock()
    assert journal.incidents.all() == [] and form.account.toPlainText() == "Not lost"
    assert "hasn't come yet" in form.problem.text()
    form.done(QDialog.DialogCode.Rejected)
