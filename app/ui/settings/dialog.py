"""Settings: how the journal opens, and the recovery key.

Everything here changes key slots through the controller; the database is never
rewritten. Each change says plainly what it means for someone who shares the
computer, and nothing is changed until the user confirms.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.presentation import Presentation
from app.prompts.checkin_data import checkin_data
from app.ui.controller import JournalController
from app.ui.settings.checkin_tab import CheckinSettings
from app.ui.settings.remind_tab import RemindSettings
from app.ui.setup.recovery import RecoveryStep
from app.ui.widgets.kit import button, text_label
from app.ui.widgets.scrolling import scrolled
from app.vault.recovery_key import RecoveryKey

MIN_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice, calmly refusing a mismatch or a short one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.first = self._field(self.tr("New passphrase"))
        self.second = self._field(self.tr("The same passphrase again"))
        self.error = text_label(role="muted")
        for widget in (
            text_label(
                self.tr(
                    "Choose a passphrase of at least 8 characters. A few unrelated words are "
                    "easy to remember and hard to guess."
                )
            ),
            self.first,
            self.second,
            self.error,
        ):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        """The accepted passphrase."""
        return self.first.text()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(name)
        field.setAccessibleName(name)
        return field

    def _check(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("Please use at least 8 characters."))
        elif self.first.text() != self.second.text():
            self.error.setText(
                self.tr("The two passphrases are different. Please type them again.")
            )
        else:
            self.accept()
            return
        self.error.setVisible(True)


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with save, print and copy (the setup's own step)."""

    def __init__(self, key_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.step = RecoveryStep()
        self.step.show_key(key_text)
        self.step.primary.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        self.resize(640, 480)

    def done(self, result: int) -> None:
        """Forget the key as the dialog closes."""
        self.step.clear()
        super().done(result)


class SettingsDialog(QDialog):
    """How the journal opens (keyring or passphrase), the recovery key, and the check-in.

    Args:
        presentation: where the on-screen choices are kept and what they are now;
            with it, the dialog has an "On screen" tab.

    Signals:
        preferencesChanged(object): the journal's check-in settings changed.
        promptsChanged(): prompts were added, imported or removed.
        presentationChanged(object): the window's name, icon or hide choices changed.
    """

    preferencesChanged = Signal(object)
    promptsChanged = Signal()
    presentationChanged = Signal(object)

    def __init__(
        self,
        controller: JournalController,
        parent: QWidget | None = None,
        *,
        presentation: tuple[Path, Presentation] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._controller = controller
        self._presentation = presentation
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.use_passphrase = button(
            self.tr("Use a passphrase instead…"), self.tr("Use a passphrase instead")
        )
        self.change_passphrase = button(self.tr("Change passphrase…"), self.tr("Change passphrase"))
        self.use_login = button(
            self.tr("Open with my computer login instead…"),
            self.tr("Open with my computer login instead"),
        )
        self.new_recovery_key = button(
            self.tr("Make a new recovery key…"), self.tr("Make a new recovery key")
        )
        self._build()
        self._connect()
        self.refresh()

    def refresh(self) -> None:
        """Show what opens the journal now and offer the matching changes."""
        has_passphrase = self._controller.has_passphrase()
        if has_passphrase:
            text = self.tr(
                "Your journal opens with your passphrase (or your recovery key). Your "
                "computer login alone can't open it."
            )
        else:
            text = self.tr(
                "Your journal opens with your computer login (or your recovery key). "
                "Anyone who can use your login can open it; a passphrase prevents that."
            )
        if self._controller.has_unconfirmed_recovery_key():
            text += " " + self.tr(
                "A new recovery key was being made when Threshold last stopped, so two "
                "recovery keys open your journal: the earlier one and that new one. Making "
                "a new recovery key below leaves just one."
            )
        self.status.setText(text)
        self.use_passphrase.setVisible(not has_passphrase)
        self.change_passphrase.setVisible(has_passphrase)
        self.use_login.setVisible(has_passphrase)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        opening = QWidget()
        self.tabs.addTab(scrolled(opening), self.tr("&Opening and recovery"))
        self._add_other_tabs()
        outer.addWidget(self.tabs)
        layout = QVBoxLayout(opening)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("How your journal opens"), "heading"))
        layout.addWidget(self.status)
        layout.addLayout(_left_aligned(self.use_passphrase, self.change_passphrase, self.use_login))
        layout.addSpacing(24)
        layout.addWidget(text_label(self.tr("Recovery key"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "If you've lost your recovery key, or someone else may have seen it, "
                    "you can make a new one. The old one stops working."
                ),
                "muted",
            )
        )
        layout.addLayout(_left_aligned(self.new_recovery_key))
        if self._controller.is_open():
            layout.addSpacing(24)
            layout.addWidget(text_label(self.tr("Locking"), "heading"))
            layout.addLayout(self._auto_lock_row())
            layout.addWidget(
                text_label(
                    self.tr(
                        "Locking saves first, then clears the screen. Shift pressed three "
                        "times hides your journal and locks it at once (see On screen)."
                    ),
                    "muted",
                )
            )
            layout.addSpacing(24)
            layout.addWidget(text_label(self.tr("Backups"), "heading"))
            self.backup_status = text_label("", "muted")
            layout.addWidget(self.backup_status)
            self.back_up_now = button(self.tr("&Back up now"), self.tr("Back up now"))
            self.choose_backup_folder = button(
                self.tr("Choose a &folder…"), self.tr("Choose a folder for backups")
            )
            self.back_up_now.clicked.connect(self._back_up_now)
            self.choose_backup_folder.clicked.connect(self._choose_backup_folder)
            layout.addLayout(_left_aligned(self.back_up_now, self.choose_backup_folder))
            self._show_backups()
        layout.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)
        self.resize(640, 520)

    def show_page(self, page: QWidget) -> None:
        """Bring the tab holding ``page`` forward (each tab scrolls its page)."""
        for index in range(self.tabs.count()):
            holder = self.tabs.widget(index)
            if holder is page or (isinstance(holder, QScrollArea) and holder.widget() is page):
                self.tabs.setCurrentIndex(index)
                return

    def _add_other_tabs(self) -> None:
        """The check-in, "remind me why" and on-screen tabs (the first two need the journal)."""
        if self._controller.is_open():
            self.checkin = CheckinSettings(self._controller.journal, checkin_data())
            self.checkin.preferencesChanged.connect(self.preferencesChanged)
            self.checkin.managePromptsRequested.connect(self._manage_prompts)
            self.tabs.addTab(scrolled(self.checkin), self.tr("&Check-in"))
            from app.prompts.library import shipped_library  # noqa: PLC0415 - rarely opened

            journal = self._controller.journal
            themes = shipped_library().with_packs(journal.prompts.packs()).themes
            self.remind = RemindSettings(journal, themes)
            self.remind.preferencesChanged.connect(self.preferencesChanged)
            self.tabs.addTab(scrolled(self.remind), self.tr("&Remind me why"))
        if self._presentation is not None:
            from app.ui.settings.screen_tab import ScreenSettings  # noqa: PLC0415

            self.on_screen = ScreenSettings(*self._presentation)
            self.on_screen.presentationChanged.connect(self.presentationChanged)
            self.tabs.addTab(scrolled(self.on_screen), self.tr("On &screen"))

    def _auto_lock_row(self) -> QHBoxLayout:
        from app.storage.preferences import (  # noqa: PLC0415 - only with an open journal
            MAX_AUTO_LOCK_MINUTES,
            auto_lock_minutes,
        )

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        journal = self._controller.journal
        minutes = auto_lock_minutes(journal.preferences.load(), self._controller.has_passphrase())
        self.auto_lock.setValue(minutes)
        self.auto_lock.valueChanged.connect(self._save_auto_lock)
        row = QHBoxLayout()
        label = QLabel(self.tr("Lock after"))
        label.setBuddy(self.auto_lock)
        row.addWidget(label)
        row.addWidget(self.auto_lock)
        row.addWidget(QLabel(self.tr("without use")))
        row.addStretch(1)
        return row

    def _save_auto_lock(self, minutes: int) -> None:
        journal = self._controller.journal
        try:
            stored = journal.preferences.save(
                replace(journal.preferences.load(), auto_lock_minutes=minutes)
            )
        except KnownError as error:
            QMessageBox.information(self, self.tr("Settings"), error.message)
            return
        self.preferencesChanged.emit(stored)

    def _show_backups(self) -> None:
        """Where backups go and the newest one (its date and how many entries it holds)."""
        from app.backup import (  # noqa: PLC0415 - rarely opened
            AUTOMATIC,
            backup_folder,
            is_chosen_and_missing,
            list_backups,
        )

        journal = self._controller.journal
        folder = backup_folder(journal)
        newest = next((b for b in list_backups(folder, journal) if b.kind == AUTOMATIC), None)
        where = self.tr(
            "Encrypted backups are made when you quit, at most once a day, in {folder}. "
            "Each one opens with your recovery key on any computer."
        ).format(folder=folder)
        if is_chosen_and_missing(journal):
            where += " " + self.tr(
                "That folder isn't there just now (is the USB stick plugged in?), so no "
                "backup is made until it is."
            )
        if newest is not None:
            when = newest.when.astimezone().strftime("%d %b %Y, %H:%M")
            if newest.entries == 1:
                held = self.tr("1 entry")
            else:
                count = "?" if newest.entries is None else f"{newest.entries:,}"
                held = self.tr("{count} entries").format(count=count)
            where += " " + self.tr("The newest is from {when} and holds {held}.").format(
                when=when, held=held
            )
        self.backup_status.setText(where)

    def _back_up_now(self) -> None:
        import datetime as dt  # noqa: PLC0415

        from app.backup import back_up_now, require_backup_folder  # noqa: PLC0415 - rarely used

        journal = self._controller.journal
        try:
            back_up_now(journal, require_backup_folder(journal), dt.datetime.now(dt.UTC))
        except KnownError as error:
            QMessageBox.information(self, self.tr("Settings"), error.message)
        self._show_backups()

    def _choose_backup_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        from app.ui.setup.pages import file_dialog_forgets_folders  # noqa: PLC0415

        with file_dialog_forgets_folders():
            folder = QFileDialog.getExistingDirectory(
                self,
                self.tr("A folder for backups"),
                str(self._controller.files.backups),
                QFileDialog.Option.DontUseNativeDialog,
            )
        if not folder:
            return
        journal = self._controller.journal
        journal.preferences.save(replace(journal.preferences.load(), backup_folder=folder))
        self._back_up_now()

    def _manage_prompts(self) -> None:
        from app.ui.settings.prompts_dialog import PromptsDialog  # noqa: PLC0415 - rarely opened

        PromptsDialog(self._controller.journal, self).exec()
        self.promptsChanged.emit()

    def _connect(self) -> None:
        self.use_passphrase.clicked.connect(self._ask_passphrase)
        self.change_passphrase.clicked.connect(self._ask_passphrase)
        self.use_login.clicked.connect(self._back_to_login)
        self.new_recovery_key.clicked.connect(self._make_recovery_key)

    def _ask_passphrase(self) -> None:
        dialog = PassphraseDialog(self)
        if dialog.exec():
            self._run(lambda: self._controller.set_passphrase(dialog.passphrase()))

    def _back_to_login(self) -> None:
        if self._confirm(
            self.tr(
                "Anyone who can use your computer login will be able to open your "
                "journal. Would you like to continue?"
            )
        ):
            self._run(self._controller.remove_passphrase)

    def _make_recovery_key(self) -> None:
        if not self._confirm(
            self.tr(
                "Your current recovery key will stop working. Would you like to make a new one?"
            )
        ):
            return
        try:
            self._controller.replace_recovery_key(self._show_recovery_key)
        except KnownError as error:
            QMessageBox.information(self, self.tr("Settings"), error.message)

    def _show_recovery_key(self, recovery: RecoveryKey) -> None:
        RecoveryKeyDialog(str(recovery), self).exec()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Settings"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except KnownError as error:
            QMessageBox.information(self, self.tr("Settings"), error.message)
        self.refresh()


def _left_aligned(*buttons: QWidget) -> QHBoxLayout:
    """Buttons in a row at their natural width, as a calm secondary action reads."""
    row = QHBoxLayout()
    row.setSpacing(8)
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row
