"""Quick hide, auto-lock after a quiet spell, and a pause after repeated wrong passphrases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.storage.preferences import Preferences, auto_lock_minutes
from app.ui.privacy.quick_hide import TripleShift
from app.ui.setup.coordinator import backoff_seconds
from app.vault.slot_secret import SlotSecret
from tests.helpers.clocks import FakeClock
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import keyring_window, make_window, settle

PASSPHRASE = "a quiet evening"


def test_three_shifts_in_a_row_and_nothing_else(qtbot: QtBot) -> None:
    clock = FakeClock(100.0)
    detector = TripleShift(clock=clock)
    fired: list[bool] = []
    detector.triggered.connect(lambda: fired.append(True))
    for _ in range(3):
        detector.key_pressed(Qt.Key.Key_Shift)
        clock.now += 0.2
    assert fired == [True]
    detector.key_pressed(Qt.Key.Key_Shift)
    detector.key_pressed(Qt.Key.Key_A)  # typing capital letters is not a signal
    detector.key_pressed(Qt.Key.Key_Shift)
    detector.key_pressed(Qt.Key.Key_Shift, auto_repeat=True)
    assert fired == [True]
    detector.key_pressed(Qt.Key.Key_A)
    for _ in range(3):
        detector.key_pressed(Qt.Key.Key_Shift)
        clock.now += 0.6  # too slow: more than a second for three
    assert fired == [True]


def test_quick_hide_saves_locks_and_hides(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, keystore = keyring_window(qtbot, files, tmp_path)
    qtbot.keyClicks(window.journal_page.editor._body, "Words typed just now")
    for _ in range(3):  # how fast: benchmarks/gui_bench.py measures it (budget 200 ms)
        qtbot.keyClick(window.journal_page.editor._body, Qt.Key.Key_Shift)
    assert not window.isVisible()
    assert not window.controller.is_open()
    assert window.journal_page.editor.body_text() == ""  # nothing left on screen
    with open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values())))) as again:
        (summary,) = again.entries.summaries()
        assert again.entries.get(summary.id).body == "Words typed just now"
    window.bring_forward()  # a second launch brings it back: to the unlock screen
    assert window.isVisible() and window.stack.currentWidget() is window.unlock


def test_hide_now_works_while_a_drop_down_list_is_open(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    window.commands.patterns.trigger()
    span = window.findChild(QComboBox)
    assert span is not None
    span.showPopup()
    popup = QApplication.activePopupWidget()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_F12)  # a popup is a window of its own
    assert QApplication.activePopupWidget() is None
    assert not window.isVisible() and not window.controller.is_open()


def test_typing_capitals_never_hides(qtbot: QtBot, files: JournalFiles, tmp_path: Path) -> None:
    """A real keyboard sends Shift on its own before each capital letter.

    An application-wide filter sees one press at every widget it passes through;
    each press must count once, or a single Shift hides the journal mid-sentence.
    """
    window, _ = keyring_window(qtbot, files, tmp_path)
    body = window.journal_page.editor._body
    for letter in (Qt.Key.Key_I, Qt.Key.Key_M):
        qtbot.keyClick(body, Qt.Key.Key_Shift)
        qtbot.keyClick(body, letter, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(body, Qt.Key.Key_Shift)
    qtbot.keyClick(body, Qt.Key.Key_Shift)
    assert window.isVisible() and window.controller.is_open()
    qtbot.keyClick(body, Qt.Key.Key_Shift)  # the third in a row
    assert not window.isVisible() and not window.controller.is_open()


def test_a_quiet_spell_locks(qtbot: QtBot, files: JournalFiles, tmp_path: Path) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    settle(qtbot, window)  # the input watch and settings come just after the first paint
    assert not window.locking.idle.is_watching()  # keyring journal: no auto-lock by default
    window.locking.idle.set_minutes(1)
    window.locking.idle._timer.setInterval(50)
    window.locking.idle._timer.start()
    qtbot.waitUntil(lambda: not window.controller.is_open(), timeout=2000)
    assert window.stack.currentWidget() is window.unlock


def test_auto_lock_defaults_follow_the_passphrase() -> None:
    assert auto_lock_minutes(Preferences(), has_passphrase=True) == 5
    assert auto_lock_minutes(Preferences(), has_passphrase=False) == 0
    assert auto_lock_minutes(Preferences(auto_lock_minutes=15), has_passphrase=False) == 15
    assert auto_lock_minutes(Preferences(auto_lock_minutes=0), has_passphrase=True) == 0


def test_a_passphrase_journal_locks_after_five_quiet_minutes(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)[0].close()
    window = make_window(qtbot, files, MemoryKeystore(), tmp_path)
    window.unlock.passphraseEntered.emit(PASSPHRASE)
    qtbot.waitUntil(window.locking.idle.is_watching, timeout=2000)  # set just after the first paint
    assert window.locking.idle._timer.interval() == 5 * 60_000


@pytest.mark.parametrize(("tries", "seconds"), [(1, 0), (2, 1), (3, 2), (4, 4), (7, 30), (40, 30)])
def test_wrong_passphrases_back_off(tries: int, seconds: int) -> None:
    assert backoff_seconds(tries) == seconds


def test_the_unlock_page_waits_after_repeated_wrong_tries(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)[0].close()
    window = make_window(qtbot, files, MemoryKeystore(), tmp_path)
    window.unlock.passphraseEntered.emit("wrong once")
    assert not window.unlock.is_holding()  # a typo costs nothing
    window.unlock.passphraseEntered.emit("wrong twice")
    assert window.unlock.is_holding()
    qtbot.waitUntil(lambda: not window.unlock.is_holding(), timeout=3000)
    window.unlock.passphraseEntered.emit(PASSPHRASE)
    assert window.controller.is_open()  # nothing was wiped by the wrong tries


def test_the_idle_time_is_set_in_settings(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    from app.ui.settings.dialog import SettingsDialog

    window, _ = keyring_window(qtbot, files, tmp_path)
    dialog = SettingsDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.preferencesChanged.connect(window._apply_journal_preferences)
    assert dialog.opening.auto_lock.value() == 0  # keyring journal: never, by default
    dialog.opening.auto_lock.setValue(10)
    assert window.controller.journal.preferences.load().auto_lock_minutes == 10
    assert (
        window.locking.idle.is_watching() and window.locking.idle._timer.interval() == 10 * 60_000
    )
    dialog.opening.auto_lock.setValue(0)
    assert not window.locking.idle.is_watching()


def test_locking_closes_open_dialogs_that_show_journal_text(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    from app.ui.doubt.contact_log import ContactLogDialog

    window, _ = keyring_window(qtbot, files, tmp_path)
    dialog = ContactLogDialog(window.controller.journal, None, window)
    dialog.show()
    window.lock(quiet=True)
    assert not dialog.isVisible()
    assert not window.controller.is_open()


def test_quitting_backs_up_at_most_daily_and_settings_back_up_now(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.backup import list_backups
    from app.ui.settings.dialog import SettingsDialog

    window, keystore = keyring_window(qtbot, files, tmp_path)
    qtbot.keyClicks(window.journal_page.editor._body, "Worth keeping twice")
    window.close()
    (backup,) = list_backups(files.backups)
    secret = SlotSecret.device(next(iter(keystore.secrets.values())))
    with open_journal(files, secret) as journal:
        assert journal.inspect_backup(backup.path) is not None
        assert journal.inspect_backup(backup.path).entries == 1  # type: ignore[union-attr]
    again = make_window(qtbot, files, keystore, tmp_path / "again")
    again.close()
    assert len(list_backups(files.backups)) == 1  # not twice in a day
    third = make_window(qtbot, files, keystore, tmp_path / "third")
    dialog = SettingsDialog(third.controller, third)
    qtbot.addWidget(dialog)
    assert "holds 1 entry." in dialog.opening.backup_status.text()
    chosen = tmp_path / "usb-stick"
    chosen.mkdir()  # a folder dialog only ever returns a folder that is there
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *_a, **_k: str(chosen)
    )
    dialog.opening.choose_backup_folder.click()
    assert len(list_backups(chosen)) == 1
    assert str(chosen) in dialog.opening.backup_status.text()


def test_locking_saves_a_contact_form_that_has_words_in_it(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    from app.ui.doubt.contact_form import ContactForm

    window, keystore = keyring_window(qtbot, files, tmp_path)
    form = ContactForm(window.controller.journal, parent=window)
    form.show()
    form.said.setPlainText("Called twice about the holidays")
    window.lock(quiet=True)
    assert not form.isVisible()
    with open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values())))) as again:
        (contact,) = again.contacts.all()
        assert contact.fields.said == "Called twice about the holidays"
