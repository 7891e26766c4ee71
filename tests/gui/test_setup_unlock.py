"""First-run setup, the unlock page and the problem page, driven by the keyboard."""

from __future__ import annotations

import ast
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.setup.flow import SetupFlow
from app.ui.setup.pages import Step, key_groups, normalised
from app.ui.setup.problem_page import ProblemPage
from app.ui.setup.unlock_page import UnlockPage
from tests.helpers.flows import to_choice
from tests.helpers.widgets import alt, press, show, visible_texts

KEY = "7KQ2M-H8D4W-PX3TB-9RZ6N-C5VJA-2GY8E-QM4KS-T6WHD"
PASSPHRASE = "river stones at dusk"
UI = Path(__file__).resolve().parents[2] / "app" / "ui"
# The window's name and icon, the error messages, and the private-file writer.
WINDOW_SETTINGS = {"app.presentation", "app.errors", "app.files"}


# ---------------------------------------------------------------- helpers


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit)
    qtbot.keyClicks(target, text)


@pytest.fixture
def flow(qtbot: QtBot) -> SetupFlow:
    widget = SetupFlow(choose_group=lambda: 4)
    show(qtbot, widget)
    return widget


def choose_keyring(qtbot: QtBot, flow: SetupFlow) -> None:
    """Space on the first choice (the focus starts there), as a person would."""
    assert QApplication.focusWidget() is flow.choice.use_keyring
    press(qtbot, Qt.Key.Key_Space)
    assert flow.choice.use_keyring.isChecked()


def choose_passphrase(qtbot: QtBot, flow: SetupFlow, first: str, second: str) -> None:
    assert QApplication.focusWidget() is flow.choice.use_keyring
    press(qtbot, Qt.Key.Key_Down)  # with nothing chosen yet, arrows move without choosing
    assert not flow.choice.use_passphrase.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert flow.choice.use_passphrase.isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is flow.choice.first
    type_text(qtbot, first)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is flow.choice.second
    type_text(qtbot, second)


def recovery_button(flow: SetupFlow, name: str) -> QPushButton:
    return next(b for b in flow.recovery.findChildren(QPushButton) if b.accessibleName() == name)


def to_confirmation(qtbot: QtBot, flow: SetupFlow) -> None:
    to_choice(qtbot, flow)
    choose_keyring(qtbot, flow)
    press(qtbot, Qt.Key.Key_Return)
    flow.show_recovery_key(KEY)
    assert flow.current_step() is Step.RECOVERY
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.CONFIRM
    assert QApplication.focusWidget() is flow.confirm.field


# ---------------------------------------------------------------- setup flow


def test_keyring_path_asks_for_a_journal_without_passphrase(qtbot: QtBot, flow: SetupFlow) -> None:
    assert flow.current_step() is Step.WELCOME
    to_choice(qtbot, flow)
    choose_keyring(qtbot, flow)
    with qtbot.waitSignal(flow.createRequested, timeout=1000) as blocker:
        press(qtbot, Qt.Key.Key_Return)
    assert blocker.args == [None]
    assert not flow.choice.primary.isEnabled()  # no second journal while waiting


def test_back_goes_back_with_alt_b_and_escape_does_nothing(qtbot: QtBot, flow: SetupFlow) -> None:
    to_choice(qtbot, flow)
    press(qtbot, Qt.Key.Key_Escape)
    assert flow.current_step() is Step.CHOICE
    alt(qtbot, Qt.Key.Key_B)
    assert flow.current_step() is Step.SCREEN
    alt(qtbot, Qt.Key.Key_B)
    assert flow.current_step() is Step.SAFETY
    alt(qtbot, Qt.Key.Key_B)
    assert flow.current_step() is Step.WELCOME


def test_enter_on_the_focused_back_button_goes_back(qtbot: QtBot, flow: SetupFlow) -> None:
    press(qtbot, Qt.Key.Key_Return)
    back = flow.findChildren(QPushButton, options=Qt.FindChildOption.FindChildrenRecursively)
    back_button = next(b for b in back if b.isVisibleTo(flow) and b.text() == "&Back")
    back_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert flow.current_step() is Step.WELCOME


def test_creation_failure_switches_to_the_passphrase(qtbot: QtBot, flow: SetupFlow) -> None:
    to_choice(qtbot, flow)
    choose_keyring(qtbot, flow)
    press(qtbot, Qt.Key.Key_Return)
    flow.show_creation_failed("The system keyring can't be used: it is locked.")
    assert flow.current_step() is Step.CHOICE
    assert flow.choice.use_passphrase.isChecked()
    assert flow.choice.first.isVisibleTo(flow) and flow.choice.first.isEnabled()
    assert "it is locked" in visible_texts(flow)
    assert "Nothing was created" in visible_texts(flow)
    assert QApplication.focusWidget() is flow.choice.first


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("short", "short", "at least 8 characters"),
        (PASSPHRASE, "", "once more"),
        (PASSPHRASE, PASSPHRASE.upper(), "aren't the same"),
    ],
)
def test_unusable_passphrases_are_refused_kindly(
    qtbot: QtBot, flow: SetupFlow, first: str, second: str, expected: str
) -> None:
    to_choice(qtbot, flow)
    choose_passphrase(qtbot, flow, first, second)
    with qtbot.assertNotEmitted(flow.createRequested):
        press(qtbot, Qt.Key.Key_Return)
    assert expected in flow.choice.error.text()
    assert flow.choice.error.isVisibleTo(flow)
    assert flow.current_step() is Step.CHOICE


def test_a_good_passphrase_is_sent_once(qtbot: QtBot, flow: SetupFlow) -> None:
    to_choice(qtbot, flow)
    choose_passphrase(qtbot, flow, PASSPHRASE, PASSPHRASE)
    assert "strong length" in visible_texts(flow)
    with qtbot.waitSignal(flow.createRequested, timeout=1000) as blocker:
        press(qtbot, Qt.Key.Key_Return)
    assert blocker.args == [PASSPHRASE]
    flow.show_recovery_key(KEY)
    assert flow.choice.first.text() == "" and flow.choice.second.text() == ""


def test_recovery_key_is_shown_once_without_a_way_back(qtbot: QtBot, flow: SetupFlow) -> None:
    to_choice(qtbot, flow)
    choose_keyring(qtbot, flow)
    press(qtbot, Qt.Key.Key_Return)
    flow.show_recovery_key(KEY)
    assert flow.recovery.back is None
    shown = flow.recovery.key_label.text()
    assert shown.splitlines() == [KEY[:23], KEY[24:]]
    assert normalised(shown) == normalised(KEY)
    alt(qtbot, Qt.Key.Key_B)
    assert flow.current_step() is Step.RECOVERY


def test_the_right_group_finishes_in_any_case_and_spacing(qtbot: QtBot, flow: SetupFlow) -> None:
    to_confirmation(qtbot, flow)
    assert "group 4 of 8" in visible_texts(flow)
    type_text(qtbot, "9r z6-n")
    with qtbot.waitSignal(flow.finished, timeout=1000):
        press(qtbot, Qt.Key.Key_Return)
    assert flow.recovery.key_text == ""  # the key is not kept once it has been confirmed


def test_a_wrong_group_is_refused_and_the_key_can_be_seen_again(
    qtbot: QtBot, flow: SetupFlow
) -> None:
    to_confirmation(qtbot, flow)
    type_text(qtbot, "PX3TB")  # group 3, not 4
    with qtbot.assertNotEmitted(flow.finished):
        press(qtbot, Qt.Key.Key_Return)
    assert "doesn't match group 4" in flow.confirm.error.text()
    assert flow.confirm.error.isVisibleTo(flow)
    alt(qtbot, Qt.Key.Key_B)
    assert flow.current_step() is Step.RECOVERY
    assert normalised(flow.recovery.key_label.text()) == normalised(KEY)


def test_reset_starts_again_with_nothing_kept(qtbot: QtBot, flow: SetupFlow) -> None:
    to_confirmation(qtbot, flow)
    flow.reset()
    assert flow.current_step() is Step.WELCOME
    assert flow.recovery.key_label.text() == ""
    assert not flow.choice.use_keyring.isChecked() and not flow.choice.use_passphrase.isChecked()
    assert flow.choice.primary.isEnabled()


def test_group_helpers() -> None:
    assert key_groups(KEY)[1] == "H8D4W"
    assert key_groups("ab cd\nef") == ["ab", "cd", "ef"]
    assert normalised(" h8d4-w ") == "H8D4W"
    assert normalised("o1l") == "011"


# ---------------------------------------------------------------- saving the key


@pytest.fixture
def qt_settings(tmp_path: Path) -> Iterator[Path]:
    """Point Qt's user settings (where QFileDialog keeps its history) at tmp_path."""
    folder = tmp_path / "settings"
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(native, user, str(folder))
    yield folder
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    QSettings.setPath(native, user, QStandardPaths.writableLocation(location))


def test_save_as_file_writes_an_owner_only_file_and_forgets_the_folder(
    qtbot: QtBot, flow: SetupFlow, tmp_path: Path, qt_settings: Path, monkeypatch
) -> None:
    target = tmp_path / "usb" / "recovery-key.txt"
    target.parent.mkdir()
    target.write_text("STALE")
    target.chmod(0o644)
    QSettings(QSettings.Scope.UserScope, "QtProject").setValue(
        "FileDialog/lastVisited", "file:///earlier"
    )
    asked: dict[str, object] = {}

    def fake_dialog(parent, caption, directory, filters, **kwargs):
        asked.update(directory=directory, options=kwargs.get("options"))
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.setValue("FileDialog/lastVisited", target.parent.as_uri())  # as Qt's dialog does
        settings.setValue("FileDialog/history", [target.parent.as_uri()])
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    to_choice(qtbot, flow)
    choose_keyring(qtbot, flow)
    press(qtbot, Qt.Key.Key_Return)
    flow.show_recovery_key(KEY)
    alt(qtbot, Qt.Key.Key_S)

    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert KEY in text and "STALE" not in text and len(text.splitlines()) == 3
    assert Path(str(asked["directory"])).parent == Path.home()
    assert asked["options"] == QFileDialog.Option.DontUseNativeDialog
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/lastVisited") == "file:///earlier"
    assert settings.value("FileDialog/history") is None
    assert "Saved as recovery-key.txt" in visible_texts(flow)


def test_a_failed_save_says_so_calmly(qtbot: QtBot, flow: SetupFlow, tmp_path: Path, monkeypatch):
    missing = tmp_path / "gone" / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    flow.show_recovery_key(KEY)
    recovery_button(flow, "Save as file").click()
    assert "couldn't save the file there" in visible_texts(flow)
    assert not missing.exists()


def test_copy_puts_the_key_on_the_clipboard(qtbot: QtBot, flow: SetupFlow) -> None:
    flow.show_recovery_key(KEY)
    recovery_button(flow, "Copy").click()
    assert QApplication.clipboard().text() == KEY
    QApplication.clipboard().clear()


# ---------------------------------------------------------------- unlock page


@pytest.fixture
def unlock(qtbot: QtBot) -> UnlockPage:
    page = UnlockPage()
    show(qtbot, page)
    page.focus_input()
    return page


def test_enter_opens_with_the_passphrase(qtbot: QtBot, unlock: UnlockPage) -> None:
    with qtbot.assertNotEmitted(unlock.passphraseEntered):
        press(qtbot, Qt.Key.Key_Return)  # nothing typed yet
    type_text(qtbot, PASSPHRASE)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.echoMode() == QLineEdit.EchoMode.Password
    with qtbot.waitSignal(unlock.passphraseEntered, timeout=1000) as blocker:
        press(qtbot, Qt.Key.Key_Return)
    assert blocker.args == [PASSPHRASE]


def test_recovery_key_path_and_back(qtbot: QtBot, unlock: UnlockPage) -> None:
    alt(qtbot, Qt.Key.Key_R)
    assert unlock.is_showing_recovery()
    type_text(qtbot, KEY.lower().replace("-", " "))
    with qtbot.waitSignal(unlock.recoveryKeyEntered, timeout=1000) as blocker:
        press(qtbot, Qt.Key.Key_Return)
    assert blocker.args == [KEY.lower().replace("-", " ")]
    alt(qtbot, Qt.Key.Key_P)
    assert not unlock.is_showing_recovery()


def test_enter_on_the_link_button_switches_once(qtbot: QtBot, unlock: UnlockPage) -> None:
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.accessibleName() == "Use recovery key instead"
    with qtbot.assertNotEmitted(unlock.passphraseEntered):
        press(qtbot, Qt.Key.Key_Return)
    assert unlock.is_showing_recovery()


def test_clear_empties_both_fields(qtbot: QtBot, unlock: UnlockPage) -> None:
    type_text(qtbot, PASSPHRASE)
    unlock.show_recovery()
    type_text(qtbot, KEY)
    unlock.show_error("That recovery key doesn't open this journal.")
    unlock.clear()
    fields = unlock.findChildren(QLineEdit)
    assert len(fields) == 2 and all(field.text() == "" for field in fields)
    assert "doesn't open" not in visible_texts(unlock)


def test_busy_disables_the_inputs_and_errors_reenable(qtbot: QtBot, unlock: UnlockPage) -> None:
    unlock.set_busy(True)
    controls = unlock.findChildren(QLineEdit) + unlock.findChildren(QPushButton)
    assert controls and not any(control.isEnabled() for control in controls)
    assert "Opening your journal" in visible_texts(unlock)
    unlock.show_error("That passphrase doesn't open this journal.")
    assert all(control.isEnabled() for control in controls)
    assert "doesn't open this journal" in visible_texts(unlock)


def test_without_a_passphrase_only_the_recovery_key_is_offered(
    qtbot: QtBot, unlock: UnlockPage
) -> None:
    unlock.set_message("The system keyring can't be used: it is locked.")
    unlock.set_passphrase_available(False)
    assert unlock.is_showing_recovery()
    assert "it is locked" in visible_texts(unlock)
    switches = [b for b in unlock.findChildren(QPushButton) if b.isVisibleTo(unlock)]
    assert [b.accessibleName() for b in switches] == ["Open with recovery key"]
    alt(qtbot, Qt.Key.Key_P)
    assert unlock.is_showing_recovery()


# ---------------------------------------------------------------- problem page


def test_problem_page_shows_the_reason_and_offers_safe_actions(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = ProblemPage(tmp_path)
    page.set_problem("The journal file is damaged, so Threshold left it exactly as it was.")
    show(qtbot, page)
    assert page.folder_text() == str(tmp_path)
    assert "damaged" in visible_texts(page) and "Nothing has been changed" in visible_texts(page)
    with qtbot.waitSignal(page.showFolderRequested, timeout=1000):
        press(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.quitRequested, timeout=1000):
        alt(qtbot, Qt.Key.Key_Q)


# ---------------------------------------------------------------- all three


# The restore dialog opens backups and the coordinator asks the controller to open the
# journal; every other module of the room is a screen that never touches it.
SCREENS_BEFORE_THE_JOURNAL = sorted(
    path.name
    for path in (UI / "setup").glob("*.py")
    if path.name not in {"restore_dialog.py", "coordinator.py"}
)


@pytest.mark.parametrize("module", SCREENS_BEFORE_THE_JOURNAL)
def test_these_screens_never_reach_the_core(module: str) -> None:
    tree = ast.parse((UI / "setup" / module).read_text(encoding="utf-8"))
    imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    core = [name for name in imported if name.startswith("app.") and not name.startswith("app.ui.")]
    # The window's name and icon (a small plain file, as Settings keeps it) are not the journal.
    assert [name for name in core if name not in WINDOW_SETTINGS] == []


@pytest.mark.parametrize("factory", [SetupFlow, UnlockPage, ProblemPage])
def test_every_control_has_an_accessible_name(qtbot: QtBot, factory) -> None:
    widget = factory()
    qtbot.addWidget(widget)
    controls = widget.findChildren(QPushButton) + widget.findChildren(QLineEdit)
    assert controls and all(control.accessibleName() for control in controls)
