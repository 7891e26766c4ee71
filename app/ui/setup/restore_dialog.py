"""Restore the journal from a backup, from the screen shown when it can't be opened.

The backups in the journal's own backup folder are listed newest first (or the
user picks a backup file, say from a USB stick). Each backup carries its own key
slots, so it opens with the recovery key or the passphrase. The backup is
checked before anything moves, and the current journal is kept aside, never
deleted. A backup that fails its check is marked damaged in the list, and the
newest older one that passes is chosen in its place, for the user to confirm.
"Look inside first" shows, before anything moves, how many entries the chosen
backup holds, over which days, and its newest headlines.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import BackupInfo, keys_beside, list_backups
from app.errors import JournalDamaged, KnownError
from app.files import JournalFiles
from app.journal import check_backup
from app.storage.backup_preview import BackupPreview
from app.ui.widgets.file_dialogs import SENSITIVE_INPUT, file_dialog_forgets_folders
from app.ui.widgets.kit import button, link_button, text_label
from app.ui.widgets.rows import format_day, format_moment
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret

DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 1  # True once a backup failed its check
TRADITIONAL_SIZES = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # "KB", as people say it


class RestoreDialog(QDialog):
    """Choose a backup, unlock it, put it in place.

    Attributes:
        kept_aside: where the replaced journal was kept, after a restore.
    """

    # What opened the restored backup, kept until the window has used it to open the
    # journal too (so the key is not asked for twice), then forgotten.
    _opened_with: tuple[bool, str] | None = None

    def __init__(self, files: JournalFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._files = files
        self.kept_aside: Path | None = None
        self._build()
        self._fill(list_backups(files.backups))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Choose a backup. It is checked before anything moves, and the journal "
                    "there now is kept aside in the folder, never deleted."
                )
            )
        )
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        layout.addWidget(self.backups, 1)
        self.other = link_button(self.tr("Choose another backup file…"), self.tr("Choose a file"))
        self.other.clicked.connect(self._choose_file)
        layout.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeft)
        self.use_recovery = QRadioButton(self.tr("With my &recovery key"))
        self.use_passphrase = QRadioButton(self.tr("With my &passphrase"))
        self.use_recovery.setChecked(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setInputMethodHints(SENSITIVE_INPUT)
        self.secret.setAccessibleName(self.tr("Recovery key or passphrase"))
        for widget in (self.use_recovery, self.use_passphrase, self.secret):
            layout.addWidget(widget)
        self.look_inside = link_button(
            self.tr("&Look inside first"), self.tr("Look inside the chosen backup")
        )
        self.look_inside.clicked.connect(self._show_preview)
        layout.addWidget(self.look_inside, 0, Qt.AlignmentFlag.AlignLeft)
        self.preview = text_label("")
        self.preview.setAccessibleName(self.tr("What the backup holds"))
        self.preview.hide()
        layout.addWidget(self.preview)
        self.backups.currentRowChanged.connect(lambda _row: self.preview.hide())
        self.error = text_label("", "muted")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = button(self.tr("&Restore"), self.tr("Restore"), primary=True)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _fill(self, found: list[BackupInfo]) -> None:
        for info in found:
            size = QLocale().formattedDataSize(info.size, 1, TRADITIONAL_SIZES)  # "340.5 KB"
            text = self.tr("{when} ({size})").format(
                when=format_moment(info.when.astimezone()), size=size
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)  # the newest: the one most likely wanted

    def _choose_file(self) -> None:
        with file_dialog_forgets_folders():
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("A backup"),
                str(Path.home()),
                "*.db",
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if name:
            item = QListWidgetItem(Path(name).name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.backups.insertItem(0, item)
            self.backups.setCurrentRow(0)

    def chosen(self) -> Path | None:
        """The backup selected in the list."""
        item = self.backups.currentItem()
        return None if item is None else Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def is_damaged(self, row: int) -> bool:
        """Whether the backup in ``row`` failed its check."""
        item = self.backups.item(row)
        return item is not None and bool(item.data(DAMAGED_ROLE))

    def _restore(self) -> None:
        from app.backup import restore_backup  # noqa: PLC0415

        backup = self.chosen()
        if backup is None or self.is_damaged(self.backups.currentRow()):
            self._say(self.tr("Please choose a backup first."))
            return
        try:
            secret = self._secret()
        except KnownError as error:
            self._say(error.message)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a check takes a moment
        try:
            self.kept_aside = restore_backup(self._files, backup, secret)
        except JournalDamaged:
            self._mark_damaged(self.backups.currentRow())
            self._choose_next_good(secret)
            return
        except KnownError as error:
            self._say(error.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._opened_with = (self.use_recovery.isChecked(), self.secret.text())
        self.secret.clear()
        self.accept()

    def take_secret(self) -> tuple[bool, str] | None:
        """What opened the restored backup (is it the recovery key, the text), once."""
        opened_with, self._opened_with = self._opened_with, None
        return opened_with

    def _show_preview(self) -> None:
        """How many entries, over which days, and the newest headlines (nothing moves)."""
        from app.journal import preview_backup  # noqa: PLC0415

        backup = self.chosen()
        if backup is None or self.is_damaged(self.backups.currentRow()):
            self._say(self.tr("Please choose a backup first."))
            return
        try:
            preview = preview_backup(backup, keys_beside(backup), self._secret())
        except JournalDamaged:
            self._mark_damaged(self.backups.currentRow())
            self._say(self.tr("That backup is damaged and can't be used."))
            return
        except KnownError as error:
            self._say(error.message)
            return
        self.error.hide()
        self.preview.setText(self._describe(preview))
        self.preview.show()

    def _describe(self, preview: BackupPreview) -> str:
        if preview.entries == 0 or preview.first_day is None or preview.last_day is None:
            return self.tr("This backup holds no entries.")
        lines = [
            self.tr("It holds {count} from {first} to {last}. The newest:").format(
                count=self.tr("1 entry")
                if preview.entries == 1
                else self.tr("{count} entries").format(count=QLocale().toString(preview.entries)),
                first=format_day(preview.first_day),
                last=format_day(preview.last_day),
            )
        ]
        for row in preview.newest:
            headline = (
                self.tr("an entry you marked as heavy")
                if row.heavy
                else row.headline or self.tr("(untitled)")
            )
            lines.append(f"{format_day(row.day)} — {headline}")
        return "\n".join(lines)

    def _secret(self) -> SlotSecret:
        text = self.secret.text()
        if self.use_recovery.isChecked():
            return SlotSecret.recovery(RecoveryKey.parse(text))
        return SlotSecret.passphrase(text)

    def _mark_damaged(self, row: int) -> None:
        """Say in the list that this backup is damaged, and let it no longer be chosen."""
        item = self.backups.item(row)
        if self.is_damaged(row):
            return
        item.setData(DAMAGED_ROLE, True)
        item.setText(self.tr("{backup} — damaged, can't be used").format(backup=item.text()))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)

    def _choose_next_good(self, secret: SlotSecret) -> None:
        """Check the older backups with the same secret; select the newest sound one."""
        for row in range(self.backups.currentRow() + 1, self.backups.count()):
            if self.is_damaged(row):
                continue
            path = Path(str(self.backups.item(row).data(Qt.ItemDataRole.UserRole)))
            try:
                report = check_backup(path, keys_beside(path), secret)
            except JournalDamaged:
                self._mark_damaged(row)
                continue
            except KnownError:
                continue  # an older passphrase, say: not damaged, just not opened by this one
            if not report.ok:
                self._mark_damaged(row)
                continue
            self.backups.setCurrentRow(row)
            count = (
                self.tr("one entry")
                if report.entries == 1
                else self.tr("{count} entries").format(count=QLocale().toString(report.entries))
            )
            self._say(
                self.tr(
                    "That backup is damaged, so nothing was changed. The newest sound one "
                    "is now chosen ({count}): choose Restore to use it."
                ).format(count=count)
            )
            return
        self._say(
            self.tr(
                "That backup is damaged, so nothing was changed, and no older backup here "
                "opens with what you entered. You can choose another backup file."
            )
        )

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
