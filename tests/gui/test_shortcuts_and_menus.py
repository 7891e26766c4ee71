"""Shortcuts work wherever the focus is; menus follow desktop conventions.

Issue 15, finding 3: with the focus in the search field, Ctrl+E (the check-in) was
taken by the field as "end of line" (Qt's Linux key bindings) and did nothing.
Finding 10: no Edit menu, no Help, no list of shortcuts; "Move to Trash" in one
menu and "Trash…" in another; a toolbar without the contact log.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDateEdit,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.actions import Actions, build_actions
from app.ui.menus import build_menus
from app.ui.shortcut_priority import CommandKeysFirst
from app.ui.widgets.text_surface import BodyEdit

# What a text field must keep for itself: the keys people edit with.
EDITING_KEYS = [
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextChar,
    QKeySequence.StandardKey.MoveToPreviousChar,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.MoveToStartOfDocument,
    QKeySequence.StandardKey.MoveToEndOfDocument,
    QKeySequence.StandardKey.SelectNextChar,
    QKeySequence.StandardKey.SelectPreviousChar,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.SelectStartOfLine,
    QKeySequence.StandardKey.SelectEndOfLine,
    QKeySequence.StandardKey.InsertParagraphSeparator,
    QKeySequence.StandardKey.InsertLineSeparator,
]


class Window(QMainWindow):
    """A window with the real actions, menus and key filter, and one field of each kind."""

    def __init__(self) -> None:
        super().__init__()
        self.commands = build_actions(self)
        self.menus = build_menus(self, self.commands)
        self.keys = CommandKeysFirst(self, self.commands.commands)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        self.fields: dict[str, QWidget] = {
            "search line": QLineEdit(),
            "body": BodyEdit(),
            "plain text": QPlainTextEdit(),
            "date": QDateEdit(),
            "number": QSpinBox(),
        }
        for field in self.fields.values():
            layout.addWidget(field)
        self.setCentralWidget(centre)
        self.fired: list[str] = []
        for name, action in vars(self.commands).items():
            action.triggered.connect(lambda _=False, name=name: self.fired.append(name))


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    shown = Window()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def command_keys(actions: Actions) -> list[tuple[str, QKeySequence]]:
    names = {id(action): name for name, action in vars(actions).items()}
    return [
        (names[id(action)], key)
        for action in actions.commands()
        for key in action.shortcuts()
        if not key.isEmpty()
    ]


def press(widget: QWidget, key: QKeySequence) -> None:
    combination = key[0]  # type: ignore[index]  # PySide6 has __getitem__, stubs miss it
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


@pytest.mark.parametrize(
    "field", ["search line", "body", "plain text", "date", "number"], ids=lambda f: f
)
def test_every_command_key_works_with_the_focus_in_any_field(window: Window, field: str) -> None:
    target = window.fields[field]
    missed = []
    for name, key in command_keys(window.commands):
        target.setFocus()
        QTest.qWait(1)
        window.fired.clear()
        press(target.focusProxy() or target, key)
        if name not in window.fired:
            missed.append(f"{name} ({key.toString()})")
    assert not missed, f"taken by the {field} field: {missed}"


def test_ctrl_e_in_the_search_field_opens_the_checkin(window: Window) -> None:
    window.fields["search line"].setFocus()
    QTest.keyClick(window.fields["search line"], Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.fired == ["checkin"]


def test_no_command_takes_a_key_people_edit_with(window: Window) -> None:
    editing = {
        binding.toString()
        for standard in EDITING_KEYS
        for binding in QKeySequence.keyBindings(standard)
    }
    taken = [(name, key.toString()) for name, key in command_keys(window.commands)]
    assert not [pair for pair in taken if pair[1] in editing]


def test_a_field_keeps_its_own_editing_keys(window: Window) -> None:
    field = window.fields["search line"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    QTest.keyClicks(field, "hello")
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "hello"
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""


def test_menus_follow_desktop_conventions(window: Window) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Journal", "&Edit", "&View", "En&try", "&Help"]
    edit = [a.text() for a in window.menus.edit.actions() if not a.isSeparator()]
    assert edit == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select &All", "&Search"]
    help_texts = [a.text() for a in window.menus.help.actions() if not a.isSeparator()]
    assert help_texts[0] == "&Keyboard Shortcuts"
    assert window.commands.shortcuts.shortcut() == QKeySequence("F1")
    assert any("Danger" in text for text in help_texts)
    assert any("About" in text for text in help_texts)


def test_each_command_sits_in_exactly_one_menu(window: Window) -> None:
    placed: dict[int, list[str]] = {}
    for menu in (
        window.menus.journal,
        window.menus.edit,
        window.menus.view,
        window.menus.entry,
        window.menus.help,
    ):
        for action in menu.actions():
            if not action.isSeparator():
                placed.setdefault(id(action), []).append(menu.title())
    assert all(len(menus) == 1 for menus in placed.values())
    every = [action for action in vars(window.commands).values() if isinstance(action, QAction)]
    assert {id(action) for action in every} == set(placed)
    trash = [window.commands.trash_entry, window.commands.trash]
    assert {placed[id(action)][0] for action in trash} == {"En&try"}


def test_the_toolbar_holds_the_three_moments_with_icons(window: Window) -> None:
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert toolbar is not None
    shown = [a.text().replace("&", "") for a in toolbar.actions()]
    assert shown == ["New Entry", "Evening Check-in…", "Remind Me Why", "Contact Log…", "Export…"]
    assert all(not action.icon().isNull() for action in toolbar.actions())


def test_before_a_journal_opens_only_help_is_shown(window: Window) -> None:
    window.menus.show_journal_menus(False)
    visible = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert visible == ["&Help"]
    assert not window.menus.toolbar.isVisible()
    window.menus.show_journal_menus(True)
    assert len([a for a in window.menuBar().actions() if a.isVisible()]) == 5


def test_edit_commands_act_on_the_focused_field(window: Window) -> None:
    field = window.fields["plain text"]
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    QTest.keyClicks(field, "kept words")
    window.commands.select_all.trigger()
    assert field.textCursor().selectedText() == "kept words"
    window.commands.cut.trigger()
    assert field.toPlainText() == ""
    window.commands.undo.trigger()
    assert field.toPlainText() == "kept words"


def test_the_shortcuts_sheet_lists_every_command_key(window: Window, qtbot: QtBot) -> None:
    from app.ui.help_dialogs import open_help

    dialog = open_help(window, "shortcuts", window.commands)
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableView, "shortcuts")
    assert table is not None
    model = table.model()
    listed = {
        model.index(row, 1).data() for row in range(model.rowCount()) if model.index(row, 1).data()
    }
    for _name, key in command_keys(window.commands):
        native = key.toString(QKeySequence.SequenceFormat.NativeText)
        assert any(native in keys for keys in listed), native
    dialog.close()
