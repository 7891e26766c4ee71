"""The main window: setup, unlock, a problem screen, or the open journal.

Screens are pages of one stacked widget, so the window never jumps around. The
title is the app's name or a neutral one the user chose; nothing private is shown in
it. Quick hide can put a plain cover window in its place instead of only hiding it.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEventLoop,
    QObject,
    QSize,
    QSocketNotifier,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.errors import JournalDamaged, KnownError, WrongSecret
from app.presentation import HideMode, Presentation, load_presentation
from app.ui.actions import build_actions
from app.ui.checkin.coordinator import CheckinCoordinator
from app.ui.controller import JournalController, Start, StartState
from app.ui.first_paint import FirstPaint
from app.ui.journal.page import JournalPage
from app.ui.menus import build_menus
from app.ui.presentation import apply_to_application, display_name, window_icon
from app.ui.shortcut_priority import CommandKeysFirst
from app.ui.window_state import WindowState

if TYPE_CHECKING:
    from app.session_events import SessionEvents
    from app.storage.preferences import Preferences
    from app.ui.checkin.evening_reminder import EveningReminder
    from app.ui.checkin.flow import CheckinFlow
    from app.ui.doubt.reach_out_flow import ReachOutFlow
    from app.ui.doubt.remind_view import RemindView
    from app.ui.privacy.clipboard_guard import ClipboardGuard
    from app.ui.privacy.cover_page import CoverWindow
    from app.ui.setup.flow import SetupFlow
    from app.ui.setup.problem_page import ProblemPage
    from app.ui.setup.unlock_page import UnlockPage


log = logging.getLogger(__name__)


class _SessionBridge(QObject):
    """Carries "the screen locked" from a D-Bus thread to the window's thread."""

    locked = Signal()


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
        apply_to_application(self.presentation)
        self.setWindowTitle(self.presentation.title)
        self.setMinimumSize(MINIMUM_SIZE)  # every page is laid out to fit (test_layout)
        self.commands = build_actions(self)
        # Pages are created inside the stack: re-parenting a built page re-polishes
        # every widget in it under the app's style sheet (see JournalPage).
        self.stack = QStackedWidget(self)
        self._setup: SetupFlow | None = None
        self._unlock: UnlockPage | None = None
        self._problem: ProblemPage | None = None
        self._reminder: EveningReminder | None = None
        self._remind: RemindView | None = None
        self._reach_out: ReachOutFlow | None = None
        self._cover: CoverWindow | None = None
        self._clipboard_guard: ClipboardGuard | None = None
        self._wrong_tries = 0
        self.smoke_test = False  # set by `threshold --smoke-test`
        self.journal_page = JournalPage(self.stack)
        self.stack.addWidget(self.journal_page)
        self.setCentralWidget(self.stack)
        # The clock is looked up on every call, so tests can set the evening.
        clock = lambda: _now()  # noqa: E731, PLW0108
        self.evening = CheckinCoordinator(
            controller, self.journal_page, self.stack, self._show, clock
        )
        self._build_menus()
        self._connect()
        self._set_hide_shortcut(self.presentation.hide_shortcut)
        self._watch_input()
        self._restore_geometry()

    # ------------------------------------------------------------------ pages

    # The setup, unlock and problem pages are built the first time they are shown:
    # most starts open straight into the journal, and building them all cost ~25 ms
    # of start-up (the setup flow also pulls in Qt's print support).

    @property
    def setup(self) -> SetupFlow:
        """The first-run setup page."""
        if self._setup is None:
            from app.ui.setup.flow import SetupFlow  # noqa: PLC0415 - start-up time

            self._setup = SetupFlow(
                self.stack, presentation=(self._window_state.presentation_path(), self.presentation)
            )
            self._setup.presentationChanged.connect(self.apply_presentation)
            self._setup.createRequested.connect(self._on_create_requested)
            self._setup.finished.connect(self._open_journal_page)
            self._setup.restoreRequested.connect(self._restore_backup)
            self.stack.addWidget(self._setup)
        return self._setup

    @property
    def unlock(self) -> UnlockPage:
        """The passphrase, recovery key or computer-login page."""
        if self._unlock is None:
            from app.ui.setup.unlock_page import UnlockPage  # noqa: PLC0415 - start-up time

            self._unlock = UnlockPage(self.stack)
            self._unlock.passphraseEntered.connect(self._on_passphrase)
            self._unlock.recoveryKeyEntered.connect(self._on_recovery_key)
            self._unlock.keyringRequested.connect(
                lambda: self._unlock_with(self.controller.open_with_keyring)
            )
            self.stack.addWidget(self._unlock)
        return self._unlock

    @property
    def problem(self) -> ProblemPage:
        """The page for a missing or damaged journal."""
        if self._problem is None:
            from app.ui.setup.problem_page import ProblemPage  # noqa: PLC0415 - start-up time

            folder = self.controller.files.folder
            self._problem = ProblemPage(parent=self.stack)
            self._problem.set_folder(folder)
            self._problem.showFolderRequested.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
            self._problem.quitRequested.connect(self.close)
            self._problem.restoreRequested.connect(self._restore_backup)
            self.stack.addWidget(self._problem)
        return self._problem

    @property
    def checkin(self) -> CheckinFlow:
        """The evening check-in's pages."""
        return self.evening.flow

    # ------------------------------------------------------------------ start

    def show_start(self, start: Start) -> None:
        """Show the first screen for ``start`` (from ``JournalController.start``)."""
        if start.state is StartState.NEW:
            self._show(self.setup)
        elif start.state is StartState.OPEN:
            self._open_journal_page()
        elif start.state is StartState.PROBLEM:
            self.problem.set_problem(start.message)
            self.problem.offer_restore(self._has_backups())
            self._show(self.problem)
        else:
            self._show_unlock(start.message)

    def wait_for_keyring(self, answer_fd: int, seconds: float) -> None:
        """The keyring is slow to answer the start-up helper: say so, then start as usual.

        The first screen follows once ``answer_fd`` turns readable (the helper
        answered or ended) or after ``seconds`` (then it explains the timeout).
        """
        self.unlock.show_waiting(self.tr("Waiting for the system keyring…"))
        self._show(self.unlock)
        notifier = QSocketNotifier(answer_fd, QSocketNotifier.Type.Read, self)
        deadline = QTimer(self, singleShot=True, interval=int(seconds * 1000) + 50)

        done: list[bool] = []

        def answered() -> None:
            if done:
                return  # the answer and the deadline both came
            done.append(True)
            notifier.setEnabled(False)
            deadline.stop()
            notifier.deleteLater()
            deadline.deleteLater()
            self.unlock.stop_waiting()
            self.show_start(self.controller.start())

        notifier.activated.connect(answered)
        deadline.timeout.connect(answered)
        deadline.start()

    def _has_backups(self) -> bool:
        from app.backup import list_backups  # noqa: PLC0415 - only on the problem page

        return bool(list_backups(self.controller.files.backups))

    def _restore_backup(self) -> None:
        """Put a backup in place (of a damaged journal, or a new computer's), then open it."""
        from app.ui.setup.restore_dialog import RestoreDialog  # noqa: PLC0415 - rarely needed

        dialog = RestoreDialog(self.controller.files, self)
        if not dialog.exec():
            return
        kept = dialog.kept_aside
        note = (
            self.tr(
                "Your journal is back from the backup. The one it replaced was kept in {folder}."
            ).format(folder=kept)
            if kept
            else self.tr("Your journal is back from the backup.")
        )
        start = self.controller.start()
        opened_with = dialog.take_secret()
        if start.state is StartState.LOCKED and opened_with is not None:
            # The key that just opened the backup opens the journal too: not asked twice
            # (on a new computer this also gives its keyring a fresh secret).
            is_recovery_key, text = opened_with
            self._show_unlock("")
            (self._on_recovery_key if is_recovery_key else self._on_passphrase)(text)
        else:
            self.show_start(start)
        self.statusBar().showMessage(note, 15000)

    # ------------------------------------------------------------------ flows

    def _on_create_requested(self, passphrase: str | None) -> None:
        _paint_now()  # the step's "Creating…" shows while the key is derived
        try:
            recovery = self.controller.create(passphrase)
        except KnownError as error:
            self.setup.show_creation_failed(error.message)
            return
        self.setup.show_recovery_key(str(recovery))

    def _on_passphrase(self, passphrase: str) -> None:
        self._unlock_with(lambda: self.controller.unlock_with_passphrase(passphrase))

    def _on_recovery_key(self, text: str) -> None:
        renewed: list[bool] = []
        self._unlock_with(lambda: renewed.append(self.controller.unlock_with_recovery_key(text)))
        if renewed and renewed[0]:
            self.statusBar().showMessage(
                self.tr("This computer's keyring opens your journal again."), 8000
            )

    def _unlock_with(self, action: object) -> None:
        self.unlock.set_busy(True)
        _paint_now()  # "Opening your journal…" shows while the key is derived
        try:
            action()  # type: ignore[operator]
        except KnownError as error:
            self.unlock.show_error(error.message)
            if isinstance(error, WrongSecret):
                self._wrong_tries += 1
                self.unlock.hold_off(backoff_seconds(self._wrong_tries))
            return
        finally:
            self.unlock.set_busy(False)
        self._wrong_tries = 0
        self.unlock.clear()
        self._open_journal_page()

    def _open_journal_page(self) -> None:
        try:
            self.journal_page.open(self.controller.journal)
        except JournalDamaged:
            self.controller.report_damage()  # before the check could: the same screen
            return
        self._set_journal_actions(enabled=True)
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

    # ------------------------------------------------------------------ remind me why

    @property
    def remind(self) -> RemindView:
        """The "remind me why" page (built the first time it is opened)."""
        if self._remind is None:
            from app.ui.doubt.remind_return import WayBackToRemind  # noqa: PLC0415 - start-up time
            from app.ui.doubt.remind_view import RemindView  # noqa: PLC0415 - start-up time

            self._remind = RemindView(self.stack)
            self._remind.openEntryRequested.connect(self._open_from_remind)
            way_back = WayBackToRemind(self, self.stack, self.journal_page)
            self._remind.openEntryRequested.connect(way_back.offer)  # once the entry shows
            way_back.backRequested.connect(self.show_remind)
            self._remind.closeRequested.connect(self._back_to_journal)
            self._remind.reachOutRequested.connect(self.start_reach_out)
            self._remind.contactLogRequested.connect(self.show_contact_log)
            self.stack.addWidget(self._remind)
        return self._remind

    def show_remind(self) -> None:
        """Open "remind me why" from anywhere (what is being written is saved first)."""
        if not self.controller.is_open() or not self._save_open_pages():
            return
        journal = self.controller.journal
        self.remind.open(journal, journal.preferences(), _now().date())
        self._show(self.remind)
        self.remind.focus()

    def show_contact_log(self) -> None:
        """The log of when they reached out (the open entry can be linked)."""
        if not self.controller.is_open() or not self._save_open_pages():
            return
        from app.ui.doubt.contact_log import ContactLogDialog  # noqa: PLC0415 - rarely opened

        dialog = ContactLogDialog(
            self.controller.journal, self.journal_page.editor.entry_id(), self
        )
        dialog.openEntryRequested.connect(self._open_from_remind)
        dialog.exec()

    def export_selected(self) -> None:
        """Export the entries selected in the timeline, or else the open entry."""
        if not self.controller.is_open() or not self._save_open_pages():
            return
        selected = self.journal_page.timeline.selected_entry_ids()
        current = self.journal_page.editor.entry_id()
        if len(selected) > 1:
            self._export(selected, "several entries")
        elif current is not None:
            self._export([current], "current entry")

    def export_listed(self) -> None:
        """Export every entry the timeline lists under its filter."""
        if not self.controller.is_open() or not self._save_open_pages():
            return
        from app.export.prepare import select_ids  # noqa: PLC0415 - rarely used

        entry_filter = self.journal_page.timeline.model.entry_filter
        try:
            ids = select_ids(self.controller.journal, entry_filter=entry_filter)
        except KnownError as error:
            QMessageBox.information(self, self.tr("Export"), error.message)
            return
        self._export(ids, "filter")

    def _export(self, entry_ids: list[str], selection: str) -> None:
        from app.ui.export.dialog import ExportDialog  # noqa: PLC0415 - rarely opened

        dialog = ExportDialog(self.controller.journal, entry_ids, selection, self)
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Exported to {path}.").format(path=path), 8000
            )
        )
        dialog.exec()

    def _open_from_remind(self, entry_id: str) -> None:
        if self._remind is not None:
            self._remind.keep_typed()
        self._show(self.journal_page)
        self.journal_page.show_entry(entry_id)
        self.journal_page.editor.focus_body()

    def _back_to_journal(self) -> None:
        if self._remind is not None:
            self._remind.keep_typed()
        self._show(self.journal_page)
        self.journal_page.editor.focus_body()

    def _save_open_pages(self) -> bool:
        """Save the editor, an unsent letter, words typed in the check-in; False if that failed."""
        saved = self.journal_page.save_now()
        saved = self.evening.keep_typed() and saved
        if self._reach_out is not None:
            saved = self._reach_out.save_now() and saved
        if self._remind is not None:
            saved = self._remind.keep_typed() and saved
        return saved

    @property
    def reach_out(self) -> ReachOutFlow:
        """The flow for when reaching out is tempting (built the first time it is needed)."""
        if self._reach_out is None:
            from app.ui.doubt.reach_out_flow import ReachOutFlow  # noqa: PLC0415 - start-up time

            self._reach_out = ReachOutFlow(self.controller.journal, self.stack)
            self._reach_out.finished.connect(self._after_reach_out)
            self.stack.addWidget(self._reach_out)
        return self._reach_out

    def start_reach_out(self) -> None:
        """Start the guided pause for when reaching out is tempting (nothing is sent)."""
        if not self.controller.is_open() or not self._save_open_pages():
            return
        flow = self.reach_out
        flow.set_journal(self.controller.journal)  # the journal may have been reopened
        flow.start()
        self._show(flow)

    def _after_reach_out(self, entry_id: str | None) -> None:
        """Back to the journal, showing the letter when one was written."""
        self._show(self.journal_page)
        if entry_id is not None:
            self.journal_page.timeline.reload()
            self.journal_page.show_entry(entry_id)
        self.journal_page.editor.focus_body()

    # ------------------------------------------------------------------ check-in

    def start_checkin(self) -> None:
        """Open the evening check-in at its first step (what is open is saved first)."""
        self.evening.start()

    def _apply_journal_preferences(self, preferences: Preferences | None = None) -> None:
        """Offer the check-in in the evening, and keep the reminder in step."""
        if not self.controller.is_open():
            return
        from app.prompts.checkin import is_evening  # noqa: PLC0415 - start-up time

        journal = self.controller.journal
        preferences = preferences or journal.preferences()
        if (
            preferences.offer_checkin
            and is_evening(_now())
            and self.stack.currentWidget() is self.journal_page
            and not self.journal_page.prompt_panel.in_checkin
            and not journal.entries.checked_in_on(self.evening.today())
        ):
            self.journal_page.invite.show()
        if preferences.reminder_on or self._reminder is not None:
            self.reminder.apply(preferences)
        self._idle.set_minutes(self._auto_lock_minutes(preferences))
        self.journal_page.offer_this_day(len(journal.on_this_day(_now().date())))

    @property
    def reminder(self) -> EveningReminder:
        """The optional evening reminder (made when first switched on)."""
        if self._reminder is None:
            from app.ui.checkin.evening_reminder import EveningReminder  # noqa: PLC0415

            self._reminder = EveningReminder(self.windowIcon())
            self._reminder.set_presentation(
                window_icon(self.presentation.icon), self.presentation.is_neutral
            )
            self._reminder.setParent(self)
            self._reminder.due.connect(self._on_reminder_due)
            self._reminder.openRequested.connect(self.bring_forward)
            self._reminder.remindRequested.connect(self._remind_from_tray)
        return self._reminder

    def _remind_from_tray(self) -> None:
        self.bring_forward()
        self.show_remind()

    def _on_reminder_due(self, _text: str) -> None:
        if self.stack.currentWidget() is self.journal_page and self.controller.is_open():
            self.journal_page.invite.show()

    def lock(self, *, quiet: bool = False) -> None:
        """Save, clear every view, close the journal and show the unlock screen.

        With ``quiet`` (auto-lock, quick hide) a failed save asks nothing: the
        journal stays open with the text in place and autosave keeps retrying.
        """
        if not self.controller.is_open():
            return
        if not self._save_open_pages():
            if quiet:
                return
            QMessageBox.information(
                self,
                display_name(),
                self.tr(
                    "Threshold couldn't save your latest words, so the journal stays open "
                    "for now. Your text is still here; it will try again in a moment."
                ),
            )
            return
        self._close_dialogs()  # their lists and previews hold journal text
        self._forget_journal()
        self._show_unlock("")

    def _forget_journal(self) -> None:
        """Clear every view of the journal (without saving) and close it."""
        self.journal_page.close_journal()
        self.evening.forget()  # tonight's answers go along with everything else
        self._idle.stop()
        if self._remind is not None:
            self._remind.clear()
        if self._reach_out is not None:
            self._reach_out.clear()
        self.controller.lock()
        if self._clipboard_guard is not None:
            self._clipboard_guard.clear_now()
        self._set_journal_actions(enabled=False)

    def show_damaged(self, message: str) -> None:
        """The check after opening found damage: close the journal unsaved and say so.

        The controller has sealed it, so nothing more goes into the file. The open
        entry's words stay in memory only, and go into the journal that opens next.
        """
        page = self.journal_page
        held = self.controller.hold_words(page.editor.fields(), page.autosaver.is_dirty())
        self._close_dialogs()
        self._forget_journal()
        self.show_start(Start(StartState.PROBLEM, message))
        self.problem.show_held_words(held)

    def _back_up_if_due(self) -> None:
        """On quit: an encrypted, verified backup at most once a day (never blocks quitting)."""
        from app.backup import back_up_if_due, require_backup_folder  # noqa: PLC0415 - on quit

        journal = self.controller.journal
        try:
            back_up_if_due(journal, require_backup_folder(journal), dt.datetime.now(dt.UTC))
        except KnownError as error:  # a full or missing USB stick: say so next time, quietly
            log.warning("The automatic backup was skipped: %s", type(error).__name__)

    def _close_dialogs(self) -> None:
        """Close every dialog (settings, export, contact log…) before locking, and drop it.

        A dialog closed earlier is only hidden, its lists still full of journal text,
        so every one goes, open or not (deleted once back in the event loop, after
        any running ``exec()`` has returned).
        """
        dialogs = self.findChildren(QDialog)
        for dialog in dialogs:
            keep = getattr(dialog, "keep_before_lock", None)
            if dialog.isVisible() and callable(keep):
                keep()  # a form with typed words saves them first
        for dialog in dialogs:
            if dialog.isVisible():
                dialog.reject()
            dialog.deleteLater()

    def _show_unlock(self, message: str) -> None:
        self.unlock.set_passphrase_available(self.controller.has_passphrase())
        self.unlock.set_message(message)
        self.unlock.set_keyring_available(self.controller.opens_with_keyring())
        self._show(self.unlock)
        self.unlock.focus_input()

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self._set_journal_actions(enabled=page is self.journal_page)
        self.menus.show_journal_menus(self.controller.is_open())
        if self.controller.is_open() and page is not self.journal_page:
            for action in self.commands.everywhere():  # e.g. lock, from any page
                action.setEnabled(True)

    # ------------------------------------------------------------------ window

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save first; if saving fails, ask before closing (the text is still here)."""
        if self.controller.is_open():
            if not self._save_open_pages() and not self._confirm_close_unsaved():
                event.ignore()
                return
            if not self.smoke_test:  # a packaging check is no time for a backup
                self._back_up_if_due()
            self.journal_page.close_journal()
            if self._reach_out is not None:
                self._reach_out.clear()
        self.controller.lock()
        if self._clipboard_guard is not None:
            self._clipboard_guard.clear_now()
        if self._session_events is not None:
            self._session_events.stop()
        self._window_state.save(
            geometry=self.saveGeometry(),
            window_state=self.saveState(),
            splitter=self.journal_page.splitter.saveState(),
        )
        event.accept()

    def save_before_quit(self) -> None:
        """Last chance to save when the app quits without closing the window first."""
        if self.controller.is_open():
            self._save_open_pages()

    def show_settings(self) -> None:
        """How the journal opens, and a new recovery key."""
        from app.ui.settings.dialog import SettingsDialog  # noqa: PLC0415 - start-up time

        dialog = SettingsDialog(
            self.controller,
            self,
            presentation=(self._window_state.presentation_path(), self.presentation),
        )
        dialog.presentationChanged.connect(self.apply_presentation)
        dialog.preferencesChanged.connect(self._apply_journal_preferences)
        dialog.promptsChanged.connect(self.prompts_changed)
        dialog.exec()

    def prompts_changed(self) -> None:
        """Prompts or themes were added or removed: read them again when next needed."""
        self.journal_page.refresh_prompts()
        self.evening.rebuild_later()  # with the new themes

    # ------------------------------------------------------------------ out of sight

    def hide_now(self) -> None:
        """Quick hide: every window out of sight at once (or the cover), then save and lock.

        On the cover, the same keys leave it for the unlock screen.
        """
        if self.is_covered():
            self.leave_cover()
            return
        if self.presentation.hide_mode is HideMode.COVER:
            self.cover.show_in_place_of(self)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self._cover:
                widget.hide()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.lock(quiet=True)
        if self._clipboard_guard is not None:
            self._clipboard_guard.clear_now()  # even when a failed save kept the journal open

    @property
    def cover(self) -> CoverWindow:
        """The plain window quick hide can show (built the first time it is needed)."""
        if self._cover is None:
            from app.ui.privacy.cover_page import CoverWindow  # noqa: PLC0415 - rarely needed

            self._cover = CoverWindow()  # a window of its own: no menus, no toolbar
            self._cover.addAction(self.commands.hide_now)
            self._cover.closeRequested.connect(self.close)
        return self._cover

    def is_covered(self) -> bool:
        """Whether the plain cover window is showing."""
        return self._cover is not None and self._cover.isVisible()

    def leave_cover(self) -> None:
        """From the cover to the unlock screen (or the journal, if locking had to wait)."""
        if self._cover is None:
            return
        self.setGeometry(self._cover.geometry())
        self._cover.take_down()
        self.bring_forward()
        if self.controller.is_open():
            self._show(self.journal_page)
            self.journal_page.editor.focus_body()
        else:
            self.unlock.focus_input()

    def apply_presentation(self, presentation: Presentation) -> None:
        """Show the window under its new name and icon, with the new hide choices."""
        self.presentation = presentation
        apply_to_application(presentation)
        self.setWindowTitle(presentation.title)
        self._set_hide_shortcut(presentation.hide_shortcut)
        if self._clipboard_guard is not None:
            self._clipboard_guard.set_seconds(presentation.clear_clipboard_seconds)
        if self._reminder is not None:
            self._reminder.set_presentation(window_icon(presentation.icon), presentation.is_neutral)

    def _set_hide_shortcut(self, text: str) -> None:
        sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
        self.commands.hide_now.setShortcuts([sequence] if not sequence.isEmpty() else [])

    def showEvent(self, event: QShowEvent) -> None:
        """Ask the OS to keep the window out of screen capture (Windows and macOS)."""
        super().showEvent(event)
        from app.ui.privacy.capture_guard import (  # noqa: PLC0415
            capture_exclusion_supported,
            exclude_from_capture,
        )

        if capture_exclusion_supported():
            exclude_from_capture(self)

    def _watch_input(self) -> None:
        """Shift three times hides; a quiet spell locks. One look at every input event.

        The application-wide filter is installed just after the window first paints,
        so start-up's thousands of events don't each pass through Python.
        """
        from app.ui.privacy.quick_hide import InputWatcher  # noqa: PLC0415

        self._input = InputWatcher(self)
        self._input.hideRequested.connect(self.hide_now)
        self._input.idle.connect(lambda: self.lock(quiet=True))
        self._idle = self._input
        self._session_bridge = _SessionBridge(self)
        self._session_bridge.locked.connect(lambda: self.lock(quiet=True))
        self._session_events: SessionEvents | None = None
        self.first_paint.later(self._install_input_watch)

    def _install_input_watch(self) -> None:
        """After the first paint: the input watch, the clipboard guard, capture exclusion."""
        from app.ui.privacy.capture_guard import CaptureGuard, capture_exclusion_supported  # noqa: PLC0415
        from app.ui.privacy.clipboard_guard import ClipboardGuard  # noqa: PLC0415

        app = QApplication.instance()
        if app is None:
            return
        app.installEventFilter(self._input)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self._clipboard_guard = ClipboardGuard(self)
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

    def _watch_session(self) -> None:
        """Lock when the screen locks or the computer sleeps.

        Started at the first pause in writing (the journal page's idle checkpoint):
        connecting to D-Bus in a thread would otherwise compete with typing.
        """
        if self._session_events is None:
            from app.session_events import SessionEvents  # noqa: PLC0415 - start-up time

            self._session_events = SessionEvents(self._session_bridge.locked.emit)
            self._session_events.start()

    def _auto_lock_minutes(self, preferences: Preferences) -> int:
        from app.storage.preferences import auto_lock_minutes  # noqa: PLC0415

        return auto_lock_minutes(preferences, self.controller.has_passphrase())

    def bring_forward(self) -> None:
        """Raise the window (a second launch asked for it)."""
        if self.is_covered():
            self.leave_cover()
            return
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _confirm_close_unsaved(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Close Threshold?"),
            self.tr(
                "Your latest words couldn't be saved just now. If you close, they will be "
                "lost. Would you like to stay and try again?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Discard

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
        a, page = self.commands, self.journal_page
        a.new_entry.triggered.connect(page.new_entry)
        a.checkin.triggered.connect(self.start_checkin)
        a.remind.triggered.connect(self.show_remind)
        a.contact_log.triggered.connect(self.show_contact_log)
        a.export.triggered.connect(self.export_selected)
        a.export_filtered.triggered.connect(self.export_listed)
        page.thisDayRequested.connect(self.show_remind)
        page.writingPaused.connect(self._watch_session)
        a.search.triggered.connect(page.search.focus_search)
        a.next_entry.triggered.connect(page.timeline.select_next)
        a.previous_entry.triggered.connect(page.timeline.select_previous)
        a.trash_entry.triggered.connect(page.trash_current)
        a.toggle_preview.triggered.connect(page.editor.toggle_preview)
        page.editor.previewToggled.connect(a.toggle_preview.setChecked)
        a.revisions.triggered.connect(page.show_revisions)
        a.trash.triggered.connect(page.show_trash)
        a.lock.triggered.connect(self.lock)
        a.hide_now.triggered.connect(self.hide_now)
        a.settings.triggered.connect(self.show_settings)
        a.quit.triggered.connect(self.close)
        a.shortcuts.triggered.connect(lambda: self.show_help("shortcuts"))
        a.danger.triggered.connect(lambda: self.show_help("danger"))
        a.about.triggered.connect(lambda: self.show_help("about"))
        self.controller.damaged.connect(self.show_damaged)

    def _set_journal_actions(self, enabled: bool) -> None:
        for action in self.commands.journal_actions():
            action.setEnabled(enabled)


MINIMUM_SIZE = QSize(760, 540)


def backoff_seconds(wrong_tries: int) -> int:
    """How long to wait after this many wrong tries in a row: 0, 1, 2, 4 … up to 30 s.

    The first mistake is usually a typo and costs nothing; guessing gets slow.
    """
    return 0 if wrong_tries < 2 else min(2 ** (wrong_tries - 2), 30)


def _now() -> dt.datetime:
    return dt.datetime.now()  # local time: the evening is the user's


def _paint_now() -> None:
    """Let a status line paint before a slow step (Argon2id takes ~0.25 s).

    User input is held back meanwhile, so nothing can be clicked twice.
    """
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
