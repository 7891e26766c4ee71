"""Window commands keep their keys while the focus is in a text field.

Qt's Linux key bindings give text fields Emacs keys: with the focus in the search
field, Ctrl+E meant "end of line" and the check-in never opened. A text field
asks for such keys first (``ShortcutOverride``); this filter answers "no" for the
keys of the window's commands, so they work wherever the focus is. The editing
keys a person relies on in a field (copy, paste, undo, select all, arrows…) are
never commands, so the field keeps every one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FIELD_TYPES = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class CommandKeysFirst(QObject):
    """Watches the focused text field of one window and lets commands' keys through."""

    def __init__(self, window: QWidget, commands: Callable[[], Iterable[QAction]]) -> None:
        super().__init__(window)
        self._window = window
        self._commands = commands
        self._watched: set[int] = set()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isinstance(new, FIELD_TYPES) or new.window() is not self._window:
            return
        key = id(new)
        if key not in self._watched:
            self._watched.add(key)
            new.installEventFilter(self)
            new.destroyed.connect(lambda _=None: self._watched.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refuse a field's claim on a key that a window command uses."""
        overriding = event.type() == QEvent.Type.ShortcutOverride
        if overriding and isinstance(event, QKeyEvent) and self.is_command_key(event):
            event.ignore()
            return True
        return False

    def is_command_key(self, event: QKeyEvent) -> bool:
        """Whether the key is an enabled command's shortcut."""
        pressed = QKeySequence(event.keyCombination())
        return any(
            shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for action in self._commands()
            if action.isEnabled()
            for shortcut in action.shortcuts()
        )
