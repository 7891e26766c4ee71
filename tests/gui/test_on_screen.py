"""A neutral window name and icon, the cover page, the hide shortcut, and the clipboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from app import APP_NAME
from app.files import JournalFiles
from app.presentation import (
    HideMode,
    Presentation,
    WindowIcon,
    load_presentation,
    save_presentation,
)
from app.ui.main_window import MainWindow
from app.ui.presentation import apply_to_application, display_name
from app.ui.privacy.capture_guard import capture_exclusion_supported, exclude_from_capture
from app.ui.privacy.clipboard_guard import ClipboardGuard
from app.ui.settings.dialog import SettingsDialog
from tests.helpers.windows import keyring_window

MARKER = "Cover-page-marker-6a1"


@pytest.fixture(autouse=True)
def default_names() -> Iterator[None]:
    """Each test leaves the application under its own name again."""
    yield
    apply_to_application(Presentation())


def edit_title(box: QComboBox, text: str) -> None:
    """Type a new window name and leave the field, as a user would."""
    box.setCurrentText(text)
    line = box.lineEdit()
    assert line is not None
    line.editingFinished.emit()


def presentation_file(tmp_path: Path) -> Path:
    return tmp_path / "presentation.ini"  # beside the tests' window.ini


def test_a_neutral_name_and_icon_are_used_everywhere(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    save_presentation(presentation_file(tmp_path), Presentation("Notes", WindowIcon.NOTES))
    window, _ = keyring_window(qtbot, files, tmp_path)
    assert window.windowTitle() == "Notes"
    assert display_name() == "Notes"  # dialogs and the tray use it
    assert QGuiApplication.applicationName() == "Notes"  # X11's WM_CLASS
    assert QGuiApplication.desktopFileName() == "Notes"  # Wayland's app id, never "threshold"
    assert not QGuiApplication.windowIcon().isNull()


def test_the_on_screen_tab_saves_and_applies_at_once(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    dialog = SettingsDialog(
        window.controller, window, presentation=(presentation_file(tmp_path), window.presentation)
    )
    qtbot.addWidget(dialog)
    dialog.presentationChanged.connect(window.apply_presentation)
    tab = dialog.on_screen
    edit_title(tab.title, "Documents")
    tab.icon.setCurrentIndex(tab.icon.findData(WindowIcon.CIRCLE.value))
    tab.icon.activated.emit(tab.icon.currentIndex())
    tab.show_cover.setChecked(True)
    assert window.windowTitle() == "Documents"
    stored = load_presentation(presentation_file(tmp_path))
    assert (stored.title, stored.icon, stored.hide_mode) == (
        "Documents",
        WindowIcon.CIRCLE,
        HideMode.COVER,
    )
    assert window.presentation == stored


def test_an_empty_name_is_refused_and_the_old_one_kept(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    dialog = SettingsDialog(
        window.controller, window, presentation=(presentation_file(tmp_path), window.presentation)
    )
    qtbot.addWidget(dialog)
    edit_title(dialog.on_screen.title, "   ")
    assert told and "name" in told[0]
    assert dialog.on_screen.title.currentText() == APP_NAME
    assert not presentation_file(tmp_path).exists()


def cover_window(qtbot: QtBot, files: JournalFiles, tmp_path: Path) -> MainWindow:
    save_presentation(
        presentation_file(tmp_path),
        Presentation("Notes", WindowIcon.NOTES, HideMode.COVER, hide_shortcut="F9"),
    )
    window: MainWindow = keyring_window(qtbot, files, tmp_path)[0]
    return window


def test_quick_hide_can_show_a_plain_cover_and_lock(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window = cover_window(qtbot, files, tmp_path)
    body = window.journal_page.editor._body
    qtbot.keyClicks(body, f"Words about {MARKER}")
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_Shift)
    cover = window.locking.cover
    assert window.locking.is_covered() and not window.isVisible()
    assert cover.windowTitle() == "Notes" and cover.geometry() == window.geometry()
    assert not window.controller.is_open()
    texts = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLineEdit | QLabel)]
    texts += [w.toPlainText() for w in QApplication.allWidgets() if isinstance(w, QPlainTextEdit)]
    assert not any(MARKER in text for text in texts)
    qtbot.keyClicks(cover.pad, "groceries")
    for _ in range(3):  # the same keys leave the cover, for the unlock screen
        qtbot.keyClick(cover.pad, Qt.Key.Key_Shift)
    assert not cover.isVisible() and window.isVisible()
    assert window.stack.currentWidget() is window.unlock
    assert cover.pad.toPlainText() == ""  # nothing typed on the cover is kept


def test_closing_the_cover_closes_the_app(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window = cover_window(qtbot, files, tmp_path)
    window.locking.hide_now()
    closed: list[bool] = []
    window.destroyed.connect(lambda: closed.append(True))
    window.locking.cover.close()
    assert not window.locking.is_covered() and not window.isVisible()


def test_the_chosen_shortcut_hides_and_f12_no_longer_does(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window = cover_window(qtbot, files, tmp_path)
    assert [s.toString() for s in window.commands.hide_now.shortcuts()] == ["F9"]
    window.commands.hide_now.trigger()
    assert window.locking.is_covered() and not window.controller.is_open()
    qtbot.keyClick(window.locking.cover.pad, Qt.Key.Key_F9)  # the cover knows the shortcut too
    assert not window.locking.is_covered() and window.stack.currentWidget() is window.unlock


def test_locking_clears_text_copied_from_the_journal(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    body = window.journal_page.editor._body
    qtbot.keyClicks(body, MARKER)
    body.selectAll()
    body.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == MARKER
    window.lock()
    assert clipboard.text() == ""


def test_copied_text_is_cleared_after_the_chosen_time_if_unchanged(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    clipboard = QGuiApplication.clipboard()
    guard.set_seconds(1)
    clipboard.setText(MARKER)
    assert guard.holds_copy()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    clipboard.setText("copied again")
    guard._fingerprint = b"something else"  # as if another app had copied this
    guard.clear_now()
    assert clipboard.text() == "copied again"  # not ours: left alone
    clipboard.clear()


def test_capture_exclusion_is_a_no_op_where_the_os_has_none(qtbot: QtBot) -> None:
    window = QApplication.activeWindow() or QMessageBox()
    qtbot.addWidget(window)
    assert capture_exclusion_supported() is False  # this suite runs on Linux
    assert exclude_from_capture(window) is False


@pytest.mark.parametrize(
    ("state", "locks"),
    [
        (Qt.ApplicationState.ApplicationHidden, True),
        (Qt.ApplicationState.ApplicationSuspended, True),
        (Qt.ApplicationState.ApplicationInactive, False),  # only another window in front
    ],
)
def test_the_app_locks_when_the_system_hides_or_suspends_it(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, state: Qt.ApplicationState, locks: bool
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(state)
    assert window.controller.is_open() is not locks
