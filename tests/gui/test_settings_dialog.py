"""Settings: switching between the computer login and a passphrase, and a new recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.ui.controller import JournalController
from app.ui.settings.dialog import SettingsDialog
from app.ui.settings.key_dialogs import PassphraseDialog, RecoveryKeyDialog
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore


@pytest.fixture
def controller(files: JournalFiles) -> JournalController:
    keystore = MemoryKeystore()
    create_journal(files, keystore=keystore)[0].close()
    controller = JournalController(files, keystore, FAST_ARGON2)
    controller.start()
    return controller


def accept_with(monkeypatch: pytest.MonkeyPatch, passphrase: str) -> None:
    def exec_(self: PassphraseDialog) -> int:
        self.first.setText(passphrase)
        self.second.setText(passphrase)
        self._check()
        return self.result()

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)


def test_switching_to_a_passphrase_and_back(
    qtbot: QtBot, controller: JournalController, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    assert "computer login" in dialog.opening.status.text()
    accept_with(monkeypatch, "three quiet words")
    dialog.opening.use_passphrase.click()
    assert controller.has_passphrase()
    assert "passphrase" in dialog.opening.status.text()
    assert not controller.opens_with_keyring()
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a: QMessageBox.StandardButton.Yes,
    )
    dialog.opening.use_login.click()
    assert not controller.has_passphrase()
    assert controller.opens_with_keyring()


def test_a_short_or_mismatched_passphrase_is_refused(qtbot: QtBot) -> None:
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog._check()
    assert not dialog.result()
    assert "8 characters" in dialog.error.text()
    dialog.first.setText("long enough words")
    dialog.second.setText("long enough word")
    dialog._check()
    assert "different" in dialog.error.text()


def test_a_new_recovery_key_replaces_the_old_one(
    qtbot: QtBot,
    controller: JournalController,
    files: JournalFiles,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a: QMessageBox.StandardButton.Yes,
    )

    def show_once(self: RecoveryKeyDialog) -> int:
        shown.append(self.step.key_text)
        return 1

    monkeypatch.setattr(RecoveryKeyDialog, "exec", show_once)
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.opening.new_recovery_key.click()
    (key_text,) = shown
    controller.lock()
    with open_journal(files, SlotSecret.recovery(RecoveryKey.parse(key_text))):
        pass


def test_the_old_recovery_key_works_until_the_new_one_was_shown(
    qtbot: QtBot,
    controller: JournalController,
    files: JournalFiles,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app stops while the new key is on screen: both keys open, and Settings says so."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shown: list[str] = []

    def stopped_while_showing(self: RecoveryKeyDialog) -> int:
        shown.append(self.step.key_text)
        raise KeyboardInterrupt  # as if the app were killed with the key on screen

    monkeypatch.setattr(RecoveryKeyDialog, "exec", stopped_while_showing)
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    with pytest.raises(KeyboardInterrupt):
        dialog.opening._make_recovery_key()
    dialog.refresh()
    assert "two recovery keys open your journal" in dialog.opening.status.text()
    controller.lock()
    assert controller.has_unconfirmed_recovery_key()
    with open_journal(files, SlotSecret.recovery(RecoveryKey.parse(shown[0]))):
        pass  # the new key opens it, and from then on alone
    assert not controller.has_unconfirmed_recovery_key()


def test_the_pictures_tab_keeps_originals_until_asked_to_clean_them(
    qtbot: QtBot, controller: JournalController
) -> None:
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show_page(dialog.pictures)
    assert not dialog.pictures.strip.isChecked()
    with qtbot.waitSignal(dialog.preferencesChanged) as changed:
        dialog.pictures.strip.click()
    assert changed.args[0].strip_on_import
    assert controller.journal.preferences.load().strip_on_import
    again = SettingsDialog(controller)
    qtbot.addWidget(again)
    assert again.pictures.strip.isChecked()
