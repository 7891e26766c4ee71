"""Getting into the journal: first run, unlocking, a problem screen, restoring a backup.

Which page comes first is the controller's answer to "what is there?" (new, open,
locked, or a problem). This coordinator builds those pages the first time they
are shown (most starts open straight into the journal, and building them all cost
~25 ms of start-up), runs the slow steps with a status line painted first, and
says the journal is open with ``opened``; the window then shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QSocketNotifier, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from app.errors import KnownError, WrongSecret
from app.presentation import Presentation
from app.ui.controller import JournalController, Start, StartState

if TYPE_CHECKING:
    from app.ui.setup.flow import SetupFlow
    from app.ui.setup.problem_page import ProblemPage
    from app.ui.setup.unlock_page import UnlockPage


class GettingIn(QObject):
    """The pages before the journal: setup, unlock and the problem page.

    Args:
        window: the parent of the restore dialog.
        controller: creates, opens and unlocks the journal.
        stack: where the pages are added.
        presentation_path: where the window's name and icon are kept.
        presentation: the window's name and icon now.

    Signals:
        showRequested(QWidget): put this page on screen.
        opened(): the journal is open; show it.
        statusMessage(str, int): a note for the status line, for so many ms.
        presentationChanged(Presentation): a new name or icon was chosen in setup.
        quitRequested(): the person chose to quit from the problem page.
    """

    showRequested = Signal(QWidget)
    opened = Signal()
    statusMessage = Signal(str, int)
    presentationChanged = Signal(Presentation)
    quitRequested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        controller: JournalController,
        stack: QStackedWidget,
        presentation_path: Path,
        presentation: Presentation,
    ) -> None:
        super().__init__(stack)
        self._window = window
        self._controller = controller
        self._stack = stack
        self._presentation_path = presentation_path
        self.presentation = presentation
        self._setup: SetupFlow | None = None
        self._unlock: UnlockPage | None = None
        self._problem: ProblemPage | None = None
        self._wrong_tries = 0

    # ------------------------------------------------------------------ pages

    @property
    def setup(self) -> SetupFlow:
        """The first-run setup page."""
        if self._setup is None:
            from app.ui.setup.flow import SetupFlow  # noqa: PLC0415 - start-up time

            self._setup = SetupFlow(
                self._stack, presentation=(self._presentation_path, self.presentation)
            )
            self._setup.presentationChanged.connect(self.presentationChanged)
            self._setup.createRequested.connect(self._on_create_requested)
            self._setup.finished.connect(self.opened)
            self._setup.restoreRequested.connect(self.restore_backup)
            self._stack.addWidget(self._setup)
        return self._setup

    @property
    def unlock(self) -> UnlockPage:
        """The passphrase, recovery key or computer-login page."""
        if self._unlock is None:
            from app.ui.setup.unlock_page import UnlockPage  # noqa: PLC0415 - start-up time

            self._unlock = UnlockPage(self._stack)
            self._unlock.passphraseEntered.connect(self.unlock_with_passphrase)
            self._unlock.recoveryKeyEntered.connect(self.unlock_with_recovery_key)
            self._unlock.keyringRequested.connect(
                lambda: self._unlock_with(self._controller.open_with_keyring)
            )
            self._stack.addWidget(self._unlock)
        return self._unlock

    @property
    def problem(self) -> ProblemPage:
        """The page for a missing or damaged journal."""
        if self._problem is None:
            from app.ui.setup.problem_page import ProblemPage  # noqa: PLC0415 - start-up time

            folder = self._controller.files.folder
            self._problem = ProblemPage(parent=self._stack)
            self._problem.set_folder(folder)
            self._problem.showFolderRequested.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
            self._problem.quitRequested.connect(self.quitRequested)
            self._problem.restoreRequested.connect(self.restore_backup)
            self._stack.addWidget(self._problem)
        return self._problem

    # ------------------------------------------------------------------ start

    def show_start(self, start: Start) -> None:
        """Show the first screen for ``start`` (from ``JournalController.start``)."""
        if start.state is StartState.NEW:
            self.showRequested.emit(self.setup)
        elif start.state is StartState.OPEN:
            self.opened.emit()
        elif start.state is StartState.PROBLEM:
            self.problem.set_problem(start.message)
            self.problem.offer_restore(self._has_backups())
            self.showRequested.emit(self.problem)
        else:
            self.show_unlock(start.message)

    def show_unlock(self, message: str) -> None:
        """The unlock page, offering the ways this journal opens."""
        self.unlock.set_passphrase_available(self._controller.has_passphrase())
        self.unlock.set_message(message)
        self.unlock.set_keyring_available(self._controller.opens_with_keyring())
        self.showRequested.emit(self.unlock)
        self.unlock.focus_input()

    def wait_for_keyring(self, answer_fd: int, seconds: float) -> None:
        """The keyring is slow to answer the start-up helper: say so, then start as usual.

        The first screen follows once ``answer_fd`` turns readable (the helper
        answered or ended) or after ``seconds`` (then it explains the timeout).
        """
        self.unlock.show_waiting(self.tr("Waiting for the system keyring…"))
        self.showRequested.emit(self.unlock)
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
            self.show_start(self._controller.start())

        notifier.activated.connect(answered)
        deadline.timeout.connect(answered)
        deadline.start()

    def _has_backups(self) -> bool:
        from app.backup import list_backups  # noqa: PLC0415 - only on the problem page

        return bool(list_backups(self._controller.files.backups))

    def restore_backup(self) -> None:
        """Put a backup in place (of a damaged journal, or a new computer's), then open it."""
        from app.ui.setup.restore_dialog import RestoreDialog  # noqa: PLC0415 - rarely needed

        dialog = RestoreDialog(self._controller.files, self._window)
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
        start = self._controller.start()
        opened_with = dialog.take_secret()
        if start.state is StartState.LOCKED and opened_with is not None:
            # The key that just opened the backup opens the journal too: not asked twice
            # (on a new computer this also gives its keyring a fresh secret).
            is_recovery_key, text = opened_with
            self.show_unlock("")
            unlock = (
                self.unlock_with_recovery_key if is_recovery_key else self.unlock_with_passphrase
            )
            unlock(text)
        else:
            self.show_start(start)
        self.statusMessage.emit(note, 15000)

    # ------------------------------------------------------------------ creating, unlocking

    def _on_create_requested(self, passphrase: str | None) -> None:
        paint_now()  # the step's "Creating…" shows while the key is derived
        try:
            recovery = self._controller.create(passphrase)
        except KnownError as error:
            self.setup.show_creation_failed(error.message)
            return
        self.setup.show_recovery_key(str(recovery))

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Open the journal with its passphrase."""
        self._unlock_with(lambda: self._controller.unlock_with_passphrase(passphrase))

    def unlock_with_recovery_key(self, text: str) -> None:
        """Open the journal with the recovery key (which renews the keyring's secret)."""
        renewed: list[bool] = []
        self._unlock_with(lambda: renewed.append(self._controller.unlock_with_recovery_key(text)))
        if renewed and renewed[0]:
            self.statusMessage.emit(
                self.tr("This computer's keyring opens your journal again."), 8000
            )

    def _unlock_with(self, action: Callable[[], object]) -> None:
        self.unlock.set_busy(True)
        paint_now()  # "Opening your journal…" shows while the key is derived
        try:
            action()
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
        self.opened.emit()


def backoff_seconds(wrong_tries: int) -> int:
    """How long to wait after this many wrong tries in a row: 0, 1, 2, 4 … up to 30 s.

    The first mistake is usually a typo and costs nothing; guessing gets slow.
    """
    return 0 if wrong_tries < 2 else min(2 ** (wrong_tries - 2), 30)


def paint_now() -> None:
    """Let a status line paint before a slow step (Argon2id takes ~0.25 s).

    User input is held back meanwhile, so nothing can be clicked twice.
    """
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
