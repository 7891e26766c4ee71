"""A new computer: the first screen restores a backup brought from the old one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QPushButton
from pytestqt.qtbot import QtBot

from app.backup import keys_beside, make_backup
from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.ui.setup.restore_dialog import RestoreDialog
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window


def test_the_first_screen_restores_a_backup_from_another_computer(
    qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    old = JournalFiles(tmp_path / "old-computer")
    journal, recovery = create_journal(old, keystore=MemoryKeystore(), argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(
            EntryFields(
                title="Too hard to read again",
                body="…",
                heavy=True,
                date=dt.date.today() - dt.timedelta(days=3),
            )
        )
        journal.entries.add(EntryFields(body="Written on the old computer"))
        backup = make_backup(journal, old.backups, dt.datetime.now(dt.UTC)).path
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    for part in (backup, keys_beside(backup)):
        shutil.copy2(part, stick / part.name)
    new = JournalFiles(tmp_path / "new-computer")
    keystore = MemoryKeystore()  # this computer's keyring knows nothing yet
    window = make_window(qtbot, new, keystore, tmp_path)
    assert window.stack.currentWidget() is window.getting_in.setup

    def restore_from_the_stick(self: RestoreDialog) -> int:
        assert self.backups.count() == 0  # nothing here yet: the user picks the file
        item = QListWidgetItem(backup.name)
        item.setData(Qt.ItemDataRole.UserRole, str(stick / backup.name))
        self.backups.insertItem(0, item)
        self.backups.setCurrentRow(0)
        self.secret.setText(str(recovery))
        assert not new.database.exists()
        self._show_preview()  # a look inside before anything moves
        assert not new.database.exists()
        assert "It holds 2 entries" in self.preview.text()
        assert "Written on the old computer" in self.preview.text()
        assert "an entry you marked as heavy" in self.preview.text()
        assert "Too hard to read again" not in self.preview.text()
        self._restore()
        return self.result()

    assert not new.database.exists()
    monkeypatch.setattr(RestoreDialog, "exec", restore_from_the_stick)
    link = next(
        b
        for b in window.getting_in.setup.findChildren(QPushButton)
        if b.accessibleName() == "Restore a backup from another computer"
    )
    link.click()
    assert new.database.is_file()
    # The key that opened the backup opens the journal too: it is not asked for twice.
    assert window.stack.currentWidget() is window.journal_page
    assert window.journal_page.editor.body_text() == "Written on the old computer"
    assert keystore.secrets  # this computer's keyring opens it from now on
