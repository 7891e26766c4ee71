"""Remind me why: reasons edited in place and in order, marked entries, themes, days since."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.storage.preferences import Preferences
from app.ui import main_window
from app.ui.doubt.remind_models import ExcerptModel, ExcerptRole, ReasonsModel
from app.ui.doubt.remind_view import RemindView
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import keyring_window, make_window

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def view(qtbot: QtBot, journal: Journal) -> RemindView:
    widget = RemindView()
    qtbot.addWidget(widget)
    widget.open(journal, Preferences(), TODAY)
    widget.show()
    return widget


def reasons(journal: Journal) -> list[str]:
    return [reason.text for reason in journal.reasons.all()]


def test_reasons_are_added_edited_and_ordered(
    qtbot: QtBot, view: RemindView, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert view.reason_empty.isVisible()
    for text in ("My health", "A quiet home", "Nobody keeps score here"):
        view.new_reason.setText(text)
        qtbot.keyClick(view.new_reason, Qt.Key.Key_Return)
    assert reasons(journal) == ["My health", "A quiet home", "Nobody keeps score here"]
    assert not view.reason_empty.isVisible()
    view.reason_list.setCurrentIndex(view.reasons.index(2))
    view.move_up.click()
    view.move_up.click()
    assert reasons(journal) == ["Nobody keeps score here", "My health", "A quiet home"]
    assert view.reason_list.currentIndex().row() == 0
    qtbot.keyClick(view.reason_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert reasons(journal)[1] == "Nobody keeps score here"
    assert view.reasons.setData(view.reasons.index(2), "A calm home")
    assert reasons(journal)[2] == "A calm home"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.reason_list.setCurrentIndex(view.reasons.index(0))
    view.remove_reason.click()
    assert reasons(journal) == ["Nobody keeps score here", "A calm home"]


def test_an_empty_reason_is_refused_and_the_old_words_stay(
    view: RemindView, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    view.new_reason.setText("Kept")
    view.add_reason.click()
    assert not view.reasons.setData(view.reasons.index(0), "   ")
    assert reasons(journal) == ["Kept"] and told
    view.new_reason.setText("")
    view.add_reason.click()
    assert reasons(journal) == ["Kept"]


def test_marked_and_themed_entries_with_a_heavy_excerpt_hidden(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.entries.add(EntryFields(body="The plain reason.", marked=True, title="Why"))
    journal.entries.add(EntryFields(body="Something hard.", marked=True, heavy=True))
    journal.entries.add(EntryFields(body="A tactic I saw.", theme="control-tactics"))
    journal.entries.add(EntryFields(body="Unrelated.", theme="guilt"))
    view = RemindView()
    qtbot.addWidget(view)
    view.open(journal, Preferences(), TODAY)
    excerpts = [view.marked.index(n).data(ExcerptRole.ExcerptRole) for n in (0, 1)]
    assert "Something hard." not in excerpts  # the text waits behind its notice
    assert "The plain reason." in excerpts
    assert view.themed.rowCount() == 1


def test_days_since_is_off_by_default_and_gentle_when_on(qtbot: QtBot, journal: Journal) -> None:
    view = RemindView()
    qtbot.addWidget(view)
    view.open(journal, Preferences(decision_date=dt.date(2026, 11, 1)), TODAY)
    assert view.days.text() == ""
    view.open(journal, Preferences(decision_date=dt.date(2026, 11, 1), show_days_since=True), TODAY)
    assert view.days.text().startswith("24 days since your decision")
    view.open(journal, Preferences(decision_date=TODAY, show_days_since=True), TODAY)
    assert "today" in view.days.text()


def test_models_pass_the_model_tester(qtmodeltester, journal: Journal) -> None:
    journal.reasons.add("One")
    journal.entries.add(EntryFields(body="marked", marked=True))
    qtmodeltester.check(ReasonsModel(journal.reasons))
    excerpts = ExcerptModel()
    excerpts.set_excerpts(journal.reread.marked_entries())
    qtmodeltester.check(excerpts)


# ---------------------------------------------------------------------- in the window


def test_one_keystroke_from_anywhere_and_back_to_an_entry(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "_now", lambda: dt.datetime(2026, 11, 25, 10, 0))
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        marked = journal.entries.add(EntryFields(body="Why I left", marked=True))
        journal.entries.add(EntryFields(body="Newest, not marked"))
        journal.reasons.add("My health")
    window = make_window(qtbot, files, keystore, tmp_path)
    window.evening.start()  # from another page: the keystroke still works
    assert window.commands.remind.isEnabled()
    window.commands.remind.trigger()
    assert window.stack.currentWidget() is window.remind
    assert window.remind.reasons.rowCount() == 1
    window.remind.marked_list.activated.emit(window.remind.marked.index(0))
    assert window.stack.currentWidget() is window.journal_page
    assert window.journal_page.editor.entry_id() == marked.id
    window.commands.remind.trigger()
    qtbot.keyClick(window.remind, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.journal_page
    window.commands.lock.trigger()
    assert window.remind.reasons.rowCount() == 0  # nothing private left on the page


def test_reasons_order_survives_a_restart(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, keystore = keyring_window(qtbot, files, tmp_path)
    window.doubt.show_remind()
    view = window.remind
    for text in ("First", "Second"):
        view.new_reason.setText(text)
        view.add_reason.click()
    view.reason_list.setCurrentIndex(view.reasons.index(1))
    view.move_up.click()
    window.close()
    with open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values())))) as again:
        assert [r.text for r in again.reasons.all()] == ["Second", "First"]


def test_remind_settings_keep_the_other_settings(qtbot: QtBot, journal: Journal) -> None:
    from app.prompts.library import shipped_library
    from app.records.prompts import Phase
    from app.ui.settings.remind_tab import RemindSettings

    journal.preferences.save(Preferences(phase=Phase.REBUILDING, reminder_on=True))
    page = RemindSettings(journal, shipped_library().themes)
    qtbot.addWidget(page)
    checked = [
        page.themes.item(n).data(Qt.ItemDataRole.UserRole)
        for n in range(page.themes.count())
        if page.themes.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert tuple(checked) == Preferences().remind_themes
    assert not page.decided.isEnabled()
    page.themes.item(0).setCheckState(Qt.CheckState.Checked)  # guilt
    page.count_days.setChecked(True)
    stored = journal.preferences.load()
    assert stored.phase is Phase.REBUILDING and stored.reminder_on  # untouched
    assert stored.remind_themes[0] == "guilt" and stored.show_days_since
    assert stored.decision_date is not None


def test_the_contact_log_opens_from_the_window_and_opens_a_linked_entry(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage.contacts import Channel, ContactFields
    from app.ui.doubt.contact_log import ContactLogDialog

    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        older = journal.entries.add(EntryFields(body="About the call", date=dt.date(2026, 1, 1)))
        journal.entries.add(EntryFields(body="Newest"))
        journal.contacts.add(
            ContactFields(
                dt.datetime(2026, 1, 1, 9), Channel.CALL, said="Come home", entry=older.id
            )
        )
    seen: list[str | None] = []

    def run(self: ContactLogDialog) -> int:
        seen.append(self._current_entry_id if hasattr(self, "_current_entry_id") else None)
        self.openEntryRequested.emit(older.id)
        return 0

    monkeypatch.setattr(ContactLogDialog, "exec", run)
    window = make_window(qtbot, files, keystore, tmp_path)
    assert window.commands.contact_log.isEnabled()
    window.commands.contact_log.trigger()
    assert window.journal_page.editor.entry_id() == older.id
    window.doubt.show_remind()
    window.remind.contact_log.click()
    assert len(seen) == 2


def test_this_day_is_offered_quietly_and_opens_remind_me_why(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "_now", lambda: dt.datetime(2026, 11, 25, 10, 0))
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(EntryFields(body="A year ago", date=dt.date(2025, 11, 25)))
        journal.entries.add(EntryFields(body="Today"))
    window = make_window(qtbot, files, keystore, tmp_path)
    link = window.journal_page.this_day
    qtbot.waitUntil(link.isVisible, timeout=2000)
    assert "A year ago" not in link.text()  # an offer, never the content
    link.click()
    assert window.stack.currentWidget() is window.remind
    assert window.remind.this_day.rowCount() == 1


def test_tempted_to_reach_out_from_remind_me_why_and_locking_mid_letter(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    from app.ui.doubt.reach_out_flow import Stage

    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.reasons.add("My health")
    window = make_window(qtbot, files, keystore, tmp_path)
    window.doubt.show_remind()
    window.remind.reach_out.click()
    flow = window.doubt.reach_out
    assert window.stack.currentWidget() is flow and flow.current() == Stage.REASONS
    flow.next_button.click()
    flow.next_button.click()
    qtbot.keyClicks(flow.letter_page.pad, "What I would say, and won't send.")
    window.commands.lock.trigger()  # saves the letter first, then forgets every word
    assert not window.controller.is_open()
    assert flow.letter_page.pad.toPlainText() == ""
    with open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values())))) as again:
        (summary,) = again.entries.summaries()
        letter = again.entries.get(summary.id)
    assert letter.body == "What I would say, and won't send."
    assert "unsent letter" in letter.tags


def test_a_finished_reach_out_shows_the_letter(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    window.doubt.start_reach_out()
    flow = window.doubt.reach_out
    flow.next_button.click()
    flow.next_button.click()
    qtbot.keyClicks(flow.letter_page.pad, "Dear you")
    flow.next_button.click()
    flow.next_button.click()
    flow.next_button.click()  # done
    assert window.stack.currentWidget() is window.journal_page
    assert window.journal_page.editor.body_text() == "Dear you"


def test_a_reason_typed_but_not_added_is_kept_on_leaving_or_locking(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, keystore = keyring_window(qtbot, files, tmp_path)
    window.doubt.show_remind()
    qtbot.keyClicks(window.remind.new_reason, "Typed, never added")
    window.remind.back.click()
    window.doubt.show_remind()
    qtbot.keyClicks(window.remind.new_reason, "Typed before locking")
    window.commands.lock.trigger()
    with open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values())))) as again:
        assert [r.text for r in again.reasons.all()] == [
            "Typed, never added",
            "Typed before locking",
        ]
