"""Check-in settings, the prompts dialog and the evening reminder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.prompts.checkin_data import checkin_data
from app.prompts.library import shipped_library
from app.records.prompts import Intensity, Phase, PromptSource
from app.storage.preferences import DEFAULT_REMINDER_TEXT, Preferences
from app.ui.checkin.evening_reminder import EveningReminder
from app.ui.settings.checkin_tab import CheckinSettings
from app.ui.settings.prompts_dialog import OwnPromptDialog, PromptListModel, PromptsDialog

PACK = """\
[pack]
id = "dr-lee.sessions"
name = "From my sessions"

[[prompts]]
id = "lee-rest"
theme = "aftershock"
phases = ["aftershock"]
intensity = "gentle"
text = "What helped you rest this week?"
follow_ups = ["What got in the way?"]
"""


# ---------------------------------------------------------------------- settings


def test_settings_are_saved_in_the_journal_at_once(qtbot: QtBot, journal: Journal) -> None:
    page = CheckinSettings(journal, checkin_data())
    qtbot.addWidget(page)
    assert page.phase.currentData() is None
    assert not page.time.isEnabled()
    with qtbot.waitSignal(page.preferencesChanged):
        page.phase.setCurrentIndex(page.phase.findData("aftershock"))
    assert page.phase_description.text()
    page.offer.setChecked(False)
    page.remind.setChecked(True)
    assert page.time.isEnabled()
    page.time.setTime(QTime(20, 15))
    page.text.setText("Tea and a book")
    page.text.editingFinished.emit()
    stored = journal.preferences.load()
    assert stored == Preferences(
        phase=Phase.AFTERSHOCK,
        offer_checkin=False,
        reminder_on=True,
        reminder_time=dt.time(20, 15),
        reminder_text="Tea and a book",
    )
    again = CheckinSettings(journal, checkin_data())
    qtbot.addWidget(again)
    assert again.preferences() == stored


def test_an_empty_reminder_text_means_the_neutral_one(qtbot: QtBot, journal: Journal) -> None:
    page = CheckinSettings(journal, checkin_data())
    qtbot.addWidget(page)
    page.remind.setChecked(True)
    assert journal.preferences.load().reminder_text == DEFAULT_REMINDER_TEXT
    assert page.text.text() == ""


# ---------------------------------------------------------------------- prompts


def test_the_prompt_model_passes_the_model_tester(qtmodeltester, journal: Journal) -> None:
    model = PromptListModel(journal.prompts.library())
    qtmodeltester.check(model)
    model.set_theme("guilt")
    qtmodeltester.check(model)
    assert model.rowCount() == len(shipped_library().in_theme("guilt"))


def test_importing_a_pack_and_removing_it(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog = PromptsDialog(journal)
    qtbot.addWidget(dialog)
    before = dialog.model.rowCount()
    pack = tmp_path / "sessions.toml"
    pack.write_text(PACK)
    dialog.import_file(pack)
    assert "Imported 1 prompts" in told[-1]
    assert dialog.model.rowCount() == before + 1
    row = next(n for n in range(dialog.model.rowCount()) if dialog.model.prompt(n).id == "lee-rest")  # type: ignore[union-attr]
    dialog.view.setCurrentIndex(dialog.model.index(row))
    assert dialog.remove.isEnabled()
    dialog.remove.click()
    assert dialog.model.rowCount() == before
    assert journal.prompts.packs() == []


def test_a_broken_pack_says_where_and_imports_nothing(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    dialog = PromptsDialog(journal)
    qtbot.addWidget(dialog)
    pack = tmp_path / "broken.toml"
    pack.write_text(PACK.replace('intensity = "gentle"', 'intensity = "strong"'))
    dialog.import_file(pack)
    assert told == [
        'broken.toml, line 9: the prompt \'lee-rest\' needs an intensity of "gentle" or "deep".'
    ]
    assert journal.prompts.packs() == []


def test_adding_my_own_prompt(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(self: OwnPromptDialog) -> int:
        self.theme.setCurrentIndex(self.theme.findData("shield"))
        self.text.setPlainText("What would I tell a friend in my place?")
        self.follow_ups[1].setText("And would I believe it?")
        self.deep.setChecked(True)
        return 1

    monkeypatch.setattr(OwnPromptDialog, "exec", fill)
    dialog = PromptsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.add.click()
    own = journal.prompts.packs()[0].prompts[0]
    assert (own.theme, own.follow_ups, own.intensity, own.source) == (
        "shield",
        ("And would I believe it?",),
        Intensity.DEEP,
        PromptSource.CUSTOM,
    )
    mine = next(n for n in range(dialog.model.rowCount()) if dialog.model.prompt(n) == own)
    assert "(yours)" in dialog.model.index(mine).data()
    dialog.view.setCurrentIndex(dialog.model.index(mine))
    dialog.remove.click()
    assert journal.prompts.library().prompt(own.id) is None


def test_shipped_prompts_cannot_be_removed(qtbot: QtBot, journal: Journal) -> None:
    dialog = PromptsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.view.setCurrentIndex(dialog.model.index(0))
    assert not dialog.remove.isEnabled()


# ---------------------------------------------------------------------- reminder


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 25, 20, 0)

    def __call__(self) -> dt.datetime:
        return self.now


def test_the_reminder_is_off_by_default_and_fires_once_an_evening(qtbot: QtBot) -> None:
    clock = Clock()
    reminder = EveningReminder(QIcon(), clock)
    reminder.apply(Preferences())
    assert reminder.next_due is None
    shown: list[str] = []
    reminder.due.connect(shown.append)
    reminder.apply(Preferences(reminder_on=True, reminder_time=dt.time(21, 0)))
    assert reminder.next_due == dt.datetime(2026, 11, 25, 21, 0)
    reminder.check()
    assert shown == []
    clock.now = dt.datetime(2026, 11, 25, 23, 30)  # slept through 21:00
    reminder.check()
    reminder.check()
    assert shown == [DEFAULT_REMINDER_TEXT]
    assert reminder.next_due == dt.datetime(2026, 11, 26, 21, 0)
    reminder.stop()
    clock.now = dt.datetime(2026, 11, 26, 22, 0)
    reminder.check()
    assert shown == [DEFAULT_REMINDER_TEXT]
