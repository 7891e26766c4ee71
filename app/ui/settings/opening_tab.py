"""Settings → Opening and recovery: what opens the journal, the recovery key, locking, backups.

Everything here changes key slots through the controller; the database is never
rewritten. Each change says plainly what it means for someone who shares the
computer, and nothing is changed until the user confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QSpinBox, QVBoxLayout, QWidget

from app.errors import KnownError
from app.ui.controller import JournalController
from app.ui.settings.key_dialogs import PassphraseDialog, RecoveryKeyDialog
from app.ui.settings.tab_parts import add_heading, left_aligned
from app.ui.widgets.kit import button, text_label
from app.ui.widgets.rows import format_moment
from app.vault.recovery_key import RecoveryKey


class OpeningSettings(QWidget):
    """How the journal opens (keyring or passphrase), the recovery key, locking, backups.

    Locking and backups are offered only while the journal is open.

    Signals:
        preferencesChanged(object): the journal's settings after the auto-lock changed.
    """

    preferencesChanged = Signal(object)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
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

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.setSpacing(8)
        add_heading(layout, self.tr("How your journal opens"))
        layout.addWidget(self.status)
        layout.addLayout(left_aligned(self.use_passphrase, self.change_passphrase, self.use_login))
        layout.addSpacing(24)
        add_heading(
            layout,
            self.tr("Recovery key"),
            self.tr(
                "If you've lost your recovery key, or someone else may have seen it, "
                "you can make a new one. The old one stops working."
            ),
        )
        layout.addLayout(left_aligned(self.new_recovery_key))
        if self._controller.is_open():
            self._add_locking(layout)
            self._add_backups(layout)
        layout.addStretch(1)

    def _add_locking(self, layout: QVBoxLayout) -> None:
        layout.addSpacing(24)
        add_heading(layout, self.tr("Locking"))
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

    def _add_backups(self, layout: QVBoxLayout) -> None:
        layout.addSpacing(24)
        add_heading(layout, self.tr("Backups"))
        self.backup_status = text_label("", "muted")
        layout.addWidget(self.backup_status)
        self.back_up_now = button(self.tr("&Back up now"), self.tr("Back up now"))
        self.choose_backup_folder = button(
            self.tr("Choose a &folder…"), self.tr("Choose a folder for backups")
        )
        self.back_up_now.clicked.connect(self._back_up_now)
        self.choose_backup_folder.clicked.connect(self._choose_backup_folder)
        layout.addLayout(left_aligned(self.back_up_now, self.choose_backup_folder))
        self._show_backups()

    def _auto_lock_row(self) -> QHBoxLayout:
        from app.storage.preferences import (  # noqa: PLC0415 - only with an open journal
            MAX_AUTO_LOCK_MINUTES,
            auto_lock_minutes,
        )

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        # "never", or "after 5 minutes without use": the whole phrase in the box, so no
        # language has to build a sentence around a "never"
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setPrefix(self.tr("after "))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        journal = self._controller.journal
        minutes = auto_lock_minutes(journal.preferences.load(), self._controller.has_passphrase())
        self.auto_lock.valueChanged.connect(self._name_minutes)
        self.auto_lock.setValue(minutes)
        self._name_minutes(minutes)
        self.auto_lock.valueChanged.connect(self._save_auto_lock)
        row = QHBoxLayout()
        label = QLabel(self.tr("Lock automatically:"))
        label.setBuddy(self.auto_lock)
        row.addWidget(label)
        row.addWidget(self.auto_lock)
        row.addStretch(1)
        return row

    def _name_minutes(self, minutes: int) -> None:
        """One minute, or several, in the box's words after the number."""
        self.auto_lock.setSuffix(
            self.tr(" minute without use") if minutes == 1 else self.tr(" minutes without use")
        )

    def _connect(self) -> None:
        self.use_passphrase.clicked.connect(self._ask_passphrase)
        self.change_passphrase.clicked.connect(self._ask_passphrase)
        self.use_login.clicked.connect(self._back_to_login)
        self.new_recovery_key.clicked.connect(self._make_recovery_key)

    # ------------------------------------------------------------------ locking and backups

    def _save_auto_lock(self, minutes: int) -> None:
        journal = self._controller.journal
        try:
            stored = journal.preferences.save(
                replace(journal.preferences.load(), auto_lock_minutes=minutes)
            )
        except KnownError as error:
            self._tell(error)
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
            when = format_moment(newest.when.astimezone())
            if newest.entries == 1:
                held = self.tr("1 entry")
            else:
                count = "?" if newest.entries is None else QLocale().toString(newest.entries)
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
            self._tell(error)
        self._show_backups()

    def _choose_backup_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        from app.ui.widgets.file_dialogs import file_dialog_forgets_folders  # noqa: PLC0415

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

    # ------------------------------------------------------------------ key changes

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
            self._tell(error)

    def _show_recovery_key(self, recovery: RecoveryKey) -> None:
        RecoveryKeyDialog(str(recovery), self).exec()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Settings"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, change: Callable[[], object]) -> None:
        try:
            change()
        except KnownError as error:
            self._tell(error)
        self.refresh()

    def _tell(self, error: KnownError) -> None:
        QMessageBox.information(self, self.tr("Settings"), error.message)
