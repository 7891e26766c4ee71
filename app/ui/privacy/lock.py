"""Locking, auto-lock, quick hide and the cover: everything that takes the journal away.

The window asks for a lock (Ctrl+L, the tray, closing); input, idle time, the
screen locking and the system hiding the app ask for one on their own. Either way
every view of journal text is found and told to keep what was typed and to forget
the rest (``app.ui.forgetting``), and the controller closes the journal. The
coordinator never reaches up into the window: it says what happened with signals
and the window chooses the page.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.presentation import HideMode, Presentation
from app.ui.controller import JournalController
from app.ui.forgetting import forget_everywhere, keep_typed_everywhere
from app.ui.presentation import display_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.session_events import SessionEvents
    from app.storage.preferences import Preferences
    from app.ui.privacy.clipboard_guard import ClipboardGuard
    from app.ui.privacy.cover_page import CoverWindow

log = logging.getLogger(__name__)


class _SessionBridge(QObject):
    """Carries "the screen locked" from a D-Bus thread to the window's thread."""

    locked = Signal()


class LockCoordinator(QObject):
    """Locks the journal from every direction, and keeps the window out of sight.

    Args:
        window: the journal window (its views are found inside it; it is hidden,
            covered and brought back, through plain ``QWidget`` calls only).
        controller: closes the journal.
        hide_action: the quick-hide command, whose keys follow the presentation.
        later: runs work just after the first paint.

    Signals:
        lockedOut(): the journal closed; the unlock page should show.
        uncovered(): the cover came down with the journal still open.
        closeRequested(): the cover's own window was closed.
    """

    lockedOut = Signal()
    uncovered = Signal()
    closeRequested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        controller: JournalController,
        hide_action: QAction,
        later: Callable[[Callable[[], None]], None],
    ) -> None:
        super().__init__(window)
        from app.ui.privacy.quick_hide import InputWatcher  # noqa: PLC0415 - start-up time

        self._window = window
        self._controller = controller
        self._hide_action = hide_action
        self.presentation: Presentation | None = None
        self._cover: CoverWindow | None = None
        self._clipboard_guard: ClipboardGuard | None = None
        self._session_events: SessionEvents | None = None
        self.idle = InputWatcher(self)
        self.idle.hideRequested.connect(self.hide_now)
        self.idle.idle.connect(self.lock_quietly)
        self._session_bridge = _SessionBridge(self)
        self._session_bridge.locked.connect(self.lock_quietly)
        later(self._install_watches)

    # ------------------------------------------------------------------ locking

    def may_close_unsaved(self) -> bool:
        """Saving failed as the window closes: whether the person chooses to close anyway."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Close Threshold?"),
            self.tr(
                "Your latest words couldn't be saved just now. If you close, they will be "
                "lost. Would you like to stay and try again?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Discard

    def keep_typed(self) -> bool:
        """Save what every open view holds; False if any save failed."""
        return keep_typed_everywhere(self._window)

    def lock(self, *, quiet: bool = False) -> None:
        """Save, clear every view, close the journal and ask for the unlock page.

        With ``quiet`` (auto-lock, quick hide) a failed save asks nothing: the
        journal stays open with the text in place and autosave keeps retrying.
        """
        if not self._controller.is_open():
            return
        if not self.keep_typed():
            if not quiet:
                QMessageBox.information(
                    self._window,
                    display_name(),
                    self.tr(
                        "Threshold couldn't save your latest words, so the journal stays "
                        "open for now. Your text is still here; it will try again in a moment."
                    ),
                )
            return
        self.forget_journal()
        self.lockedOut.emit()

    def lock_quietly(self) -> None:
        """Lock without asking anything (idle time, the screen locking, quick hide)."""
        self.lock(quiet=True)

    def forget_journal(self) -> None:
        """Every view forgets and every dialog goes (unsaved); the journal closes."""
        forget_everywhere(self._window)
        self.idle.stop()
        self._controller.lock()
        self.clear_clipboard()

    def clear_clipboard(self) -> None:
        """Take journal text Threshold put on the clipboard off it."""
        if self._clipboard_guard is not None:
            self._clipboard_guard.clear_now()

    def apply_preferences(self, preferences: Preferences) -> None:
        """The idle time the journal's settings ask for (none without a passphrase)."""
        from app.storage.preferences import auto_lock_minutes  # noqa: PLC0415

        self.idle.set_minutes(auto_lock_minutes(preferences, self._controller.has_passphrase()))

    def apply_presentation(self, presentation: Presentation) -> None:
        """The hide keys and clipboard time the user chose."""
        self.presentation = presentation
        text = presentation.hide_shortcut
        sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
        self._hide_action.setShortcuts([sequence] if not sequence.isEmpty() else [])
        if self._clipboard_guard is not None:
            self._clipboard_guard.set_seconds(presentation.clear_clipboard_seconds)

    # ------------------------------------------------------------------ out of sight

    def hide_now(self) -> None:
        """Quick hide: every window out of sight at once (or the cover), then save and lock.

        On the cover, the same keys leave it for the unlock screen.
        """
        if self.is_covered():
            self.leave_cover()
            return
        if self.presentation is not None and self.presentation.hide_mode is HideMode.COVER:
            self.cover.show_in_place_of(self._window)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self._cover:
                widget.hide()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.lock(quiet=True)
        self.clear_clipboard()  # even when a failed save kept the journal open

    @property
    def cover(self) -> CoverWindow:
        """The plain window quick hide can show (built the first time it is needed)."""
        if self._cover is None:
            from app.ui.privacy.cover_page import CoverWindow  # noqa: PLC0415 - rarely needed

            self._cover = CoverWindow()  # a window of its own: no menus, no toolbar
            self._cover.addAction(self._hide_action)
            self._cover.closeRequested.connect(self.closeRequested)
        return self._cover

    def is_covered(self) -> bool:
        """Whether the plain cover window is showing."""
        return self._cover is not None and self._cover.isVisible()

    def leave_cover(self) -> None:
        """From the cover back to the window, where it stood."""
        if self._cover is None:
            return
        self._window.setGeometry(self._cover.geometry())
        self._cover.take_down()
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
        self.uncovered.emit()

    # ------------------------------------------------------------------ watches

    def _install_watches(self) -> None:
        """After the first paint: the input watch, the clipboard guard, capture exclusion.

        Installed late so start-up's thousands of events don't each pass through Python.
        """
        from app.ui.privacy.capture_guard import (  # noqa: PLC0415
            CaptureGuard,
            capture_exclusion_supported,
        )
        from app.ui.privacy.clipboard_guard import ClipboardGuard  # noqa: PLC0415

        app = QApplication.instance()
        if app is None:
            return
        app.installEventFilter(self.idle)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self._clipboard_guard = ClipboardGuard(self)
        if self.presentation is not None:
            self._clipboard_guard.set_seconds(self.presentation.clear_clipboard_seconds)
        if capture_exclusion_supported():
            app.installEventFilter(CaptureGuard(self))

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        """Lock when the system hides or suspends the app.

        Where no D-Bus signal says the screen locked (macOS's Hide, a suspend), Qt's
        application state is the hint. Merely switching windows (Inactive) does not lock.
        """
        if state in (
            Qt.ApplicationState.ApplicationHidden,
            Qt.ApplicationState.ApplicationSuspended,
        ):
            self.lock(quiet=True)

    def watch_session(self) -> None:
        """Lock when the screen locks or the computer sleeps.

        Started at the first pause in writing (the journal page's idle checkpoint):
        connecting to D-Bus in a thread would otherwise compete with typing.
        """
        if self._session_events is None:
            from app.session_events import SessionEvents  # noqa: PLC0415 - start-up time

            self._session_events = SessionEvents(self._session_bridge.locked.emit)
            self._session_events.start()

    @property
    def session_events(self) -> SessionEvents | None:
        """The screen-lock watch, once started."""
        return self._session_events

    def stop(self) -> None:
        """The window is closing: clear the clipboard and stop watching the session."""
        self.clear_clipboard()
        if self._session_events is not None:
            self._session_events.stop()
