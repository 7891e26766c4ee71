"""Typing fidelity: what the editor keeps is exactly what the keys typed.

Hypothesis types random sequences into the real body editor as key events, one
key at a time (characters, Return, Shift+Return, Tab, Backspace, Delete, arrows,
select-all, paste, undo and redo), and checks after every key that the body the
editor would save equals a small model of a plain-text field, and that every
paragraph keeps the 1.5 line height. Undo and redo are checked against the
model's history: an undo lands on a text the person really had, and the redo
that follows gives back exactly what was there before it.

Issue 15, finding 1: ``aaa`` Return Return ``bbb`` was saved as ``aaa\\nbbb``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.journal import Journal
from app.records.entries import EntryFields
from app.ui.journal.editor import EntryEditor
from app.ui.widgets.text_surface import BodyEdit, has_line_height

CLIPBOARD = "from the clipboard\nsecond line"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier

TYPED = st.sampled_from(list("ab yzAZ09.,*#->!?éß€—'\""))
KEYS = st.one_of(
    TYPED.map(lambda ch: ("char", ch)),
    st.sampled_from(
        [
            ("return", ""),
            ("shift-return", ""),
            ("tab", ""),
            ("backspace", ""),
            ("delete", ""),
            ("left", ""),
            ("right", ""),
            ("home", ""),
            ("end", ""),
            ("select-all", ""),
            ("paste", ""),
            ("undo", ""),
            ("redo", ""),
            ("undo-redo", ""),
        ]
    ),
)


@dataclass
class PlainTextModel:
    """What a plain-text field holds after each key: text, cursor and selection."""

    text: str = ""
    position: int = 0
    anchor: int = 0
    history: list[str] = field(default_factory=lambda: [""])

    def selection(self) -> tuple[int, int]:
        return min(self.anchor, self.position), max(self.anchor, self.position)

    def replace_selection(self, new: str) -> None:
        start, end = self.selection()
        self.text = self.text[:start] + new + self.text[end:]
        self.position = self.anchor = start + len(new)
        self._remember()

    def backspace(self) -> None:
        start, end = self.selection()
        if start == end and start > 0:
            start -= 1
        self.anchor, self.position = start, end
        self.replace_selection("")

    def delete(self) -> None:
        start, end = self.selection()
        if start == end and end < len(self.text):
            end += 1
        self.anchor, self.position = start, end
        self.replace_selection("")

    def move(self, key: str) -> None:
        start, end = self.selection()
        line_start = self.text.rfind("\n", 0, self.position) + 1
        line_end = self.text.find("\n", self.position)
        targets = {
            "left": start if start != end else max(0, self.position - 1),
            "right": end if start != end else min(len(self.text), self.position + 1),
            "home": line_start,
            "end": len(self.text) if line_end < 0 else line_end,
        }
        self.position = self.anchor = targets[key]

    def sync(self, text: str, cursor: QTextCursor) -> None:
        """Take the editor's state after an undo or redo (checked against history)."""
        self.text = text
        self.position, self.anchor = cursor.position(), cursor.anchor()
        self._remember()

    def _remember(self) -> None:
        if self.history[-1] != self.text:
            self.history.append(self.text)


def type_character(body: BodyEdit, char: str) -> None:
    """A character as a keyboard layout sends it: a key event carrying its text.

    (``QTest.keyClicks`` only knows ASCII.)
    """
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(body, QKeyEvent(kind, 0, NONE, char))


def press(body: BodyEdit, key: str, char: str) -> None:
    """One key, as the keyboard sends it."""
    simple = {
        "return": (Qt.Key.Key_Return, NONE),
        "shift-return": (Qt.Key.Key_Return, SHIFT),
        "tab": (Qt.Key.Key_Tab, NONE),
        "backspace": (Qt.Key.Key_Backspace, NONE),
        "delete": (Qt.Key.Key_Delete, NONE),
        "left": (Qt.Key.Key_Left, NONE),
        "right": (Qt.Key.Key_Right, NONE),
        "home": (Qt.Key.Key_Home, NONE),
        "end": (Qt.Key.Key_End, NONE),
        "select-all": (Qt.Key.Key_A, CTRL),
        "paste": (Qt.Key.Key_V, CTRL),
        "undo": (Qt.Key.Key_Z, CTRL),
        "redo": (Qt.Key.Key_Z, CTRL | SHIFT),
    }
    if key == "char":
        type_character(body, char)
    else:
        QTest.keyClick(body, *simple[key])


def apply(model: PlainTextModel, body: BodyEdit, editor: EntryEditor, key: str, char: str) -> None:
    """Press ``key`` in the editor and in the model, then compare them."""
    before = editor.body_text()
    if key == "undo-redo":
        undoable = body.document().isUndoAvailable()
        press(body, "undo", "")
        assert editor.body_text() in model.history, "undo made a text never typed"
        press(body, "redo", "")
        if undoable:  # with nothing to undo, redo may bring back an earlier undone step
            assert editor.body_text() == before, "redo after undo did not give the text back"
        assert editor.body_text() in model.history, "redo made a text never typed"
        model.sync(editor.body_text(), body.textCursor())
        return
    press(body, key, char)
    if key in ("undo", "redo"):
        assert editor.body_text() in model.history, f"{key} made a text never typed"
        model.sync(editor.body_text(), body.textCursor())
        return
    if key == "char":
        model.replace_selection(char)
    elif key in ("return", "shift-return"):
        model.replace_selection("\n")
    elif key == "tab":
        model.replace_selection("\t")
    elif key == "paste":
        model.replace_selection(CLIPBOARD)
    elif key == "backspace":
        model.backspace()
    elif key == "delete":
        model.delete()
    elif key == "select-all":
        model.anchor, model.position = 0, len(model.text)
    else:
        model.move(key)


def assert_every_paragraph_has_the_line_height(body: BodyEdit) -> None:
    block = body.document().begin()
    while block.isValid():
        assert has_line_height(block.blockFormat()), f"paragraph {block.blockNumber()} lost it"
        block = block.next()


def start_fresh(editor: EntryEditor) -> BodyEdit:
    """A new, empty entry with the focus in the body, as Ctrl+N leaves it."""
    editor.clear()
    body = editor.findChild(BodyEdit)
    assert body is not None
    body.setFocus()
    QGuiApplication.clipboard().setText(CLIPBOARD)
    return body


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(keys=st.lists(KEYS, max_size=60))
def test_the_body_is_exactly_what_the_keys_typed(
    editor: EntryEditor, keys: list[tuple[str, str]]
) -> None:
    body = start_fresh(editor)
    model = PlainTextModel()
    for step, (key, char) in enumerate(keys, 1):
        apply(model, body, editor, key, char)
        assert editor.body_text() == model.text, f"after key {step} ({key} {char!r})"
        assert_every_paragraph_has_the_line_height(body)


@pytest.mark.parametrize(
    ("keys", "saved"),
    [
        ("aaa⏎⏎bbb", "aaa\n\nbbb"),
        ("aaa⏎⏎bbb⏎⏎ccc", "aaa\n\nbbb\n\nccc"),
        ("⏎⏎⏎x", "\n\n\nx"),
        ("- one⏎- two⏎⏎> quoted", "- one\n- two\n\n> quoted"),
    ],
)
def test_empty_lines_typed_one_key_at_a_time_are_kept(
    editor: EntryEditor, keys: str, saved: str
) -> None:
    body = start_fresh(editor)
    for char in keys:
        press(body, "return", "") if char == "⏎" else press(body, "char", char)
    assert editor.body_text() == saved
    assert_every_paragraph_has_the_line_height(body)


def test_a_reopened_entry_keeps_its_empty_lines_and_line_height(
    editor: EntryEditor, journal: Journal
) -> None:
    entry = journal.entries.add(EntryFields(body="first", date=dt.date(2026, 3, 1)))
    editor.load(entry)
    body = editor.findChild(BodyEdit)
    assert body is not None
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    for char in "⏎⏎second":
        press(body, "return", "") if char == "⏎" else press(body, "char", char)
    assert editor.body_text() == "first\n\nsecond"
    journal.entries.save(entry.id, editor.fields())
    assert journal.entries.get(entry.id).body == "first\n\nsecond"
    assert_every_paragraph_has_the_line_height(body)


def test_select_all_and_delete_keeps_the_line_height(editor: EntryEditor) -> None:
    body = start_fresh(editor)
    for key, char in [("char", "x"), ("return", ""), ("char", "y"), ("select-all", "")]:
        press(body, key, char)
    press(body, "backspace", "")
    press(body, "char", "z")
    assert editor.body_text() == "z"
    assert_every_paragraph_has_the_line_height(body)
