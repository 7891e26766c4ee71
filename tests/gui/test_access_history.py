"""Who opened my journal, in the window: the note after unlocking, and Settings' list.

A wrong passphrase typed at the unlock page, then the right one: the window says
once, calmly, that someone tried; Settings lists the attempt under the unlock,
newest first, through a model checked by qtmodeltester.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QScrollArea
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.ui.main_window import MainWindow
from app.ui.settings.access_model import AccessRole
from app.ui.settings.dialog import SettingsDialog
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import keyring_window, settle, started_window

PASSPHRASE = "river stones at dusk"
ONCE = (
    "Since you last opened your journal, one try to open it was refused. "
    "If that wasn't you, someone else tried."
)


@pytest.fixture
def window(qtbot: QtBot, files: JournalFiles, tmp_path: Path) -> MainWindow:
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    widget = started_window(qtbot, files, MemoryKeystore(), tmp_path)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return widget


def try_passphrase(qtbot: QtBot, text: str) -> None:
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def notice(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.access_notice.box is not None, timeout=5000)
    box = window.access_notice.box
    assert box is not None
    return box


def test_a_wrong_passphrase_is_told_once_after_the_right_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    try_passphrase(qtbot, "not it")
    try_passphrase(qtbot, PASSPHRASE)
    qtbot.waitUntil(window.controller.is_open)
    box = notice(qtbot, window)
    assert box.text().startswith(ONCE)
    assert box.text().endswith("Wrong passphrase.")
    assert "stayed locked" in box.informativeText()
    assert "!" not in box.text() + box.informativeText()
    box.close()
    window.access_notice.box = None
    window.controller.lock()
    window.controller.unlock_with_passphrase(PASSPHRASE)
    settle(qtbot, window)
    qtbot.wait(50)
    assert window.access_notice.box is None  # told once


def test_settings_lists_the_attempt_under_the_unlock(
    qtbot: QtBot,
    qtmodeltester,
    window: MainWindow,
) -> None:
    try_passphrase(qtbot, "not it")
    try_passphrase(qtbot, PASSPHRASE)
    notice(qtbot, window).close()
    dialog = SettingsDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.show_access_history()
    shown = dialog.tabs.currentWidget()
    assert isinstance(shown, QScrollArea)
    assert shown.widget() is dialog.access
    model = dialog.access.model
    qtmodeltester.check(model)
    index = model.index
    rows = [
        (index(row).data(AccessRole.HeadlineRole), index(row).data(AccessRole.DetailRole))
        for row in range(model.rowCount())
    ]
    assert rows == [
        ("Opened", "Passphrase · In this window"),
        ("Wrong passphrase", "Passphrase · In this window"),
        ("Journal made", "The history starts here"),
    ]
    assert dialog.access.view.accessibleName() == "Who opened your journal"
    assert model.index(1).data(AccessRole.FailedRole) is True
    assert "Wrong passphrase" in model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_keyring_start_tells_nothing_and_records_after_the_first_paint(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    assert window.controller.is_open()
    history = window.controller.journal.vault.access_history
    assert history is not None
    assert history.read().events[0].way is not None
    assert window.access_notice.box is None


def test_a_history_removed_meanwhile_is_told_and_shown(
    qtbot: QtBot, window: MainWindow, files: JournalFiles
) -> None:
    (files.folder / "access-history").unlink()
    try_passphrase(qtbot, PASSPHRASE)
    box = notice(qtbot, window)
    assert "emptied or removed since you last opened it" in box.text()
    box.close()
    dialog = SettingsDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_access_history()
    assert dialog.access.missing.isVisible()


def test_the_hide_key_works_on_the_note(qtbot: QtBot, window: MainWindow) -> None:
    """The note comes up by itself; F12 must hide and lock from it as from the window."""
    try_passphrase(qtbot, "not it")
    try_passphrase(qtbot, PASSPHRASE)
    box = notice(qtbot, window)
    assert window.commands.hide_now in box.actions()
    window.commands.hide_now.trigger()
    assert not box.isVisible()
    assert not window.controller.is_open()
