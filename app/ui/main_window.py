"""The main window: setup, unlock, a problem screen, or the open journal.

Screens are pages of one stacked widget, so the window never jumps around. The
title is the app's name or a neutral one the user chose; nothing private is shown in
it. The window holds the pages and wires them; each moment has a coordinator that
asks for pages with signals and never calls back up: getting in (``GettingIn``),
the check-in, moments of doubt, export, import, and locking (``LockCoordinator``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app.errors import JournalDamaged
from app.presentation import Presentation, load_presentation
from app.ui.actions import build_actions
from app.ui.checkin.coordinator import CheckinCoordinator
from app.ui.controller import JournalController, Start, StartState
from app.ui.doubt.coordinator import DoubtCoordinator
from app.ui.export.launcher import ExportLauncher
from app.ui.first_paint import FirstPaint
from app.ui.journal.linking import link_what_happened_next
from app.ui.journal.page import JournalPage
from app.ui.menus import build_menus
from app.ui.presentation import apply_to_application
from app.ui.privacy.lock import LockCoordinator
from app.ui.room_commands import connect_rooms
from app.ui.settings.access_notice import AccessNotice
from app.ui.setup.coordinator import GettingIn
from app.ui.shortcut_priority import CommandKeysFirst
from app.ui.window_state import WindowState

if TYPE_CHECKING:
    from app.storage.preferences import Preferences
    from app.ui.checkin.flow import CheckinFlow
    from app.ui.doubt.remind_view import RemindView
    from app.ui.setup.problem_page import ProblemPage
    from app.ui.setup.unlock_page import UnlockPage


class MainWindow(QMainWindow):
    """The one window of the app.

    Args:
        controller: opens, creates and locks the journal.
        window_state: where geometry is remembered (tests pass a temp file).
    """

    def __init__(self, controller: JournalController, window_state: WindowState) -> None:
        super().__init__()
        # Work that can wait for the first frame waits for it (see first_paint).
        self.first_paint = FirstPaint(self)
        self.controller = controller
        controller.defer = self.first_paint.later
        self._window_state = window_state
        self.presentation = load_presentation(window_state.presentation_path())
        apply_to_application(self.presentation)  # before any page asks for the app's name
        self.setMinimumSize(MINIMUM_SIZE)  # every page is laid out to fit (test_layout)
        self.commands = build_actions(self)
        # Pages are created inside the stack: re-parenting a built page re-polishes
        # every widget in it under the app's style sheet (see JournalPage).
        self.stack = QStackedWidget(self)
        self.smoke_test = False  # set by `threshold --smoke-test`
        self.journal_page = JournalPage(self.stack)
        self.stack.addWidget(self.journal_page)
        self.setCentralWidget(self.stack)
        # The clock is looked up on every call, so tests can set the evening.
        clock = lambda: _now()  # noqa: E731, PLW0108
        self.getting_in = GettingIn(
            self, controller, self.stack, window_state.presentation_path(), self.presentation
        )
        self.evening = CheckinCoordinator(controller, self.journal_page, self.stack, clock)
        self.doubt = DoubtCoordinator(self, controller, self.stack, self.journal_page, clock)
        self.exports = ExportLauncher(self, controller, self.journal_page)
        self.locking = LockCoordinator(
            self, controller, self.commands.hide_now, self.first_paint.later
        )
        self.access_notice = AccessNotice(
            self, controller, self.first_paint.later, self.commands.hide_now
        )
        self._build_menus()
        self._connect()
        self._follow_presentation(self.presentation)
        self._restore_geometry()

    # ------------------------------------------------------------------ pages

    @property
    def unlock(self) -> UnlockPage:
        """The passphrase, recovery key or computer-login page."""
        return self.getting_in.unlock

    @property
    def problem(self) -> ProblemPage:
        """The page for a missing or damaged journal."""
        return self.getting_in.problem

    @property
    def checkin(self) -> CheckinFlow:
        """The evening check-in's pages."""
        return self.evening.flow

    @property
    def remind(self) -> RemindView:
        """The "remind me why" page."""
        return self.doubt.remind

    def show_start(self, start: Start) -> None:
        """Show the first screen for ``start`` (from ``JournalController.start``)."""
        self.getting_in.show_start(start)

    def _open_journal_page(self) -> None:
        try:
            self.journal_page.open(self.controller.journal)
        except JournalDamaged:
            self.controller.report_damage()  # before the check could: the same screen
            return
        self._show(self.journal_page)
        # Off the start-up path: the journal's own settings (and the idle time), after
        # the first paint, read once.
        self.first_paint.later(self._apply_preferences_after_opening)

    def _apply_preferences_after_opening(self) -> None:
        """The first reads after the first paint: damage met there gets the damaged screen."""
        try:
            self._apply_journal_preferences()
        except JournalDamaged:
            self.controller.report_damage()

    def _apply_journal_preferences(self, preferences: Preferences | None = None) -> None:
        """Keep the evening invitation, the reminder and auto-lock in step with settings."""
        if not self.controller.is_open():
            return
        journal = self.controller.journal
        preferences = preferences or journal.preferences.load()
        self.evening.apply_preferences(preferences)
        self.locking.apply_preferences(preferences)
        self.journal_page.offer_this_day(len(journal.reread.on_this_day(_now().date())))

    # ------------------------------------------------------------------ locking

    def lock(self, *, quiet: bool = False) -> None:
        """Save, clear every view, close the journal and show the unlock screen."""
        self.locking.lock(quiet=quiet)

    def show_damaged(self, message: str) -> None:
        """The check after opening found damage: close the journal unsaved and say so.

        The controller has sealed it, so nothing more goes into the file. The open
        entry's words stay in memory only, and go into the journal that opens next.
        """
        page = self.journal_page
        held = self.controller.hold_words(page.editor.fields(), page.autosaver.is_dirty())
        self.locking.forget_journal()
        self.show_start(Start(StartState.PROBLEM, message))
        self.problem.show_held_words(held)

    def _after_uncovering(self) -> None:
        if self.controller.is_open():
            self._show(self.journal_page)
            self.journal_page.editor.focus_body()
        else:
            self.unlock.focus_input()

    def _remind_from_tray(self) -> None:
        self.bring_forward()
        self.doubt.show_remind()

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        is_open = self.controller.is_open()
        for action in self.commands.journal_actions():
            action.setEnabled(is_open and page is self.journal_page)
        self.menus.show_journal_menus(is_open)
        if is_open and page is not self.journal_page:
            for action in self.commands.everywhere():  # e.g. lock, from any page
                action.setEnabled(True)

    # ------------------------------------------------------------------ window

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save first; if saving fails, ask before closing (the text is still here)."""
        if self.controller.is_open():
            if not self.locking.keep_typed() and not self.locking.may_close_unsaved():
                event.ignore()
                return
            if not self.smoke_test:  # a packaging check is no time for a backup
                self.controller.back_up_if_due()
            self.locking.forget_journal()
        self.controller.lock()
        self.locking.stop()
        self._window_state.save(
            geometry=self.saveGeometry(),
            window_state=self.saveState(),
            splitter=self.journal_page.splitter.saveState(),
        )
        event.accept()

    def save_before_quit(self) -> None:
        """Last chance to save when the app quits without closing the window first."""
        if self.controller.is_open():
            self.locking.keep_typed()

    def show_settings(self, *, access_history: bool = False) -> None:
        """How the journal opens, and a new recovery key (or, asked, who opened it)."""
        from app.ui.settings.dialog import SettingsDialog  # noqa: PLC0415 - start-up time

        dialog = SettingsDialog(
            self.controller,
            self,
            presentation=(self._window_state.presentation_path(), self.presentation),
            save_typed=self.journal_page.save_now,
        )
        dialog.presentationChanged.connect(self.apply_presentation)
        dialog.preferencesChanged.connect(self._apply_journal_preferences)
        dialog.promptsChanged.connect(self.prompts_changed)
        dialog.journalChanged.connect(self.journal_page.upkeep.announce_change)
        if access_history:
            dialog.show_access_history()
        dialog.exec()

    def prompts_changed(self) -> None:
        """Prompts or themes were added or removed: read them again when next needed."""
        self.journal_page.refresh_prompts()
        self.evening.rebuild_later()  # with the new themes

    def apply_presentation(self, presentation: Presentation) -> None:
        """Show the window under its new name and icon, with the new hide choices."""
        apply_to_application(presentation)
        self._follow_presentation(presentation)

    def _follow_presentation(self, presentation: Presentation) -> None:
        """The title, the hide keys, the clipboard time and the reminder's look."""
        self.presentation = presentation
        self.getting_in.presentation = presentation
        self.setWindowTitle(presentation.title)
        self.locking.apply_presentation(presentation)
        self.evening.apply_presentation(presentation)

    def showEvent(self, event: QShowEvent) -> None:
        """Ask the OS to keep the window out of screen capture (Windows and macOS)."""
        super().showEvent(event)
        from app.ui.privacy.capture_guard import (  # noqa: PLC0415
            capture_exclusion_supported,
            exclude_from_capture,
        )

        if capture_exclusion_supported():
            exclude_from_capture(self)

    def bring_forward(self) -> None:
        """Raise the window (a second launch asked for it)."""
        if self.locking.is_covered():
            self.locking.leave_cover()
            return
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _restore_geometry(self) -> None:
        geometry = self._window_state.load("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self._window_state.load("window_state")
        if state is not None:
            self.restoreState(state)
        splitter = self._window_state.load("splitter")
        if splitter is not None:
            self.journal_page.splitter.restoreState(splitter)

    # ------------------------------------------------------------------ wiring

    def show_help(self, page: str) -> None:
        """Help: the shortcuts sheet, "If you are in danger now", or About."""
        from app.ui.help_dialogs import open_help  # noqa: PLC0415 - start-up time

        open_help(self, page, self.commands)

    def _build_menus(self) -> None:
        self.menus = build_menus(self, self.commands)
        self._command_keys = CommandKeysFirst(self, self.commands.commands)
        for action in (*self.commands.help(), self.commands.quit, self.commands.hide_now):
            self.addAction(action)  # their keys work on every page, menus shown or not

    def _connect(self) -> None:
        """Commands to the coordinators and pages; the coordinators' requests to pages."""
        a, page, doubt = self.commands, self.journal_page, self.doubt
        # The status line is made when first needed: made here, it would show on every page.
        say = lambda text, ms: self.statusBar().showMessage(text, ms)  # noqa: E731
        for coordinator in (self.getting_in, self.evening, doubt):
            coordinator.showRequested.connect(self._show)
        self.getting_in.opened.connect(self._open_journal_page)
        self.getting_in.statusMessage.connect(say)
        self.getting_in.presentationChanged.connect(self.apply_presentation)
        self.getting_in.quitRequested.connect(self.close)
        self.evening.openRequested.connect(self.bring_forward)
        self.evening.remindRequested.connect(self._remind_from_tray)
        self.locking.lockedOut.connect(lambda: self.getting_in.show_unlock(""))
        self.locking.uncovered.connect(self._after_uncovering)
        self.locking.closeRequested.connect(self.close)
        self.exports.exported.connect(
            lambda path: say(self.tr("Exported to {path}.").format(path=path), 8000)
        )
        page.problem.connect(lambda text: say(text, 10_000))
        page.writingPaused.connect(self.locking.watch_session)
        self.controller.damaged.connect(self.show_damaged)
        self.access_notice.historyRequested.connect(lambda: self.show_settings(access_history=True))
        triggered = {
            a.new_entry: page.new_entry,
            a.checkin: self.evening.start,
            a.remind: doubt.show_remind,
            a.contact_log: doubt.show_contact_log,
            a.export: self.exports.export_selected,
            a.export_filtered: self.exports.export_listed,
            a.search: page.search.focus_search,
            a.next_entry: page.timeline.select_next,
            a.previous_entry: page.timeline.select_previous,
            a.trash_entry: page.trash_current,
            a.toggle_preview: page.editor.toggle_preview,
            a.revisions: page.show_revisions,
            a.link_next: lambda: link_what_happened_next(page, say),
            a.attach: page.choose_files_to_attach,
            a.trash: page.show_trash,
            a.lock: self.locking.lock,
            a.hide_now: self.locking.hide_now,
            a.settings: self.show_settings,
            a.quit: self.close,
            a.shortcuts: lambda: self.show_help("shortcuts"),
            a.danger: lambda: self.show_help("danger"),
            a.about: lambda: self.show_help("about"),
        }
        for action, slot in triggered.items():
            action.triggered.connect(slot)
        page.editor.previewToggled.connect(a.toggle_preview.setChecked)
        rooms = (self.stack, page)
        connect_rooms(
            self, self.controller, rooms, a, self._show, doubt=doubt, locking=self.locking
        )


MINIMUM_SIZE = QSize(760, 540)


def _now() -> dt.datetime:
    return dt.datetime.now()  # local time: the evening is the user's
