"""Quick hide and auto-lock: two ways the window gets out of sight on its own terms.

Quick hide answers someone walking in: Shift pressed three times in a row (as
GOV.UK's "exit this page" does; not Esc, which people press for other reasons)
or a shortcut. The idle watcher locks after a quiet spell the user chooses.
Both watch input application-wide with one event filter and do nothing else.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

TRIPLE_WINDOW_S = 1.0  # three Shift presses within this many seconds


@cache
def _input_events() -> frozenset[QEvent.Type]:
    """The events that count as use (built on first use: Qt's event enum is large)."""
    return frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )


class TripleShift(QObject):
    """Notices Shift pressed three times in a row, with no other key between.

    Signals:
        triggered(): the third press arrived in time.
    """

    triggered = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._presses: list[float] = []

    def key_pressed(self, key: int, auto_repeat: bool = False) -> None:
        """One key press: count lone Shift presses; any other key starts again."""
        if auto_repeat:
            return
        if key != Qt.Key.Key_Shift:
            self._presses.clear()
            return
        now = self._clock()
        self._presses = [t for t in self._presses if now - t <= TRIPLE_WINDOW_S] + [now]
        if len(self._presses) >= 3:
            self._presses.clear()
            self.triggered.emit()


class InputWatcher(QObject):
    """One application-wide look at input: three Shifts hide, a quiet spell locks.

    Signals:
        hideRequested(): Shift was pressed three times in a row.
        idle(): ``minutes`` passed without keyboard, mouse or touch input.
    """

    hideRequested = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.triple = TripleShift(self)
        self.triple.triggered.connect(self.hideRequested)
        self._through_popups: list[QAction] = []

    def keys_through_popups(self, *commands: QAction) -> None:
        """These commands' keys work while a drop-down list or a calendar is open too.

        A popup is a window of its own, so the main window's shortcuts never hear a
        key pressed in it: F12 (hide now) or Ctrl+L (lock) would do nothing while a
        list is open. Here the popup closes and the command runs.
        """
        self._through_popups = list(commands)

    def set_minutes(self, minutes: int) -> None:
        """Start watching (0 switches auto-lock off)."""
        if minutes <= 0:
            self._timer.stop()
            return
        self._timer.setInterval(minutes * 60_000)
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the journal is locked)."""
        self._timer.stop()

    def is_watching(self) -> bool:
        """Whether a quiet spell is being timed."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input starts the quiet spell again; key presses go to the Shift counter."""
        kind = event.type()
        if kind not in _input_events():
            return False
        if self._timer.isActive():
            self._timer.start()
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if self._command_in_popup(event):
            return True
        if _first_delivery(watched):
            self.triple.key_pressed(event.key(), event.isAutoRepeat())
        return False

    def _command_in_popup(self, event: QKeyEvent) -> bool:
        """Close an open popup and run the command its key belongs to, if any."""
        popup = QApplication.activePopupWidget()
        if popup is None or event.isAutoRepeat():
            return False
        pressed = QKeySequence(event.keyCombination())
        for command in self._through_popups:
            if command.isEnabled() and any(key == pressed for key in command.shortcuts()):
                popup.close()
                command.trigger()
                return True
        return False


def _first_delivery(watched: QObject) -> bool:
    """Whether this is a key press's first stop, so each press is counted once.

    An application-wide filter sees one key press many times: at the native window,
    at the focused widget, then at each parent it propagates to (eight times in the
    editor). Counting each of them made a single Shift press look like three.
    """
    focus = QApplication.focusWidget()
    if focus is not None:
        return watched is focus
    return isinstance(watched, QWidget) and watched.isWindow()
