"""A damaged journal: the plain screen, then a backup restored over it, the damaged one kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.backup import make_backup
from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.ui.setup.restore_dialog import RestoreDialog
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window

PAGE = 4096


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(PAGE + 100, len(data), PAGE):  # one byte in every page but the first
        data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_a_damaged_journal_is_restored_from_its_newest_backup(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch
) -> None:
    keystore = MemoryKeystore()
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(EntryFields(body="The words from before"))
        make_backup(journal, files.backups, dt.datetime.now(dt.UTC))
        journal.checkpoint()
    damage(files.database)
    window = make_window(qtbot, files, keystore, tmp_path)
    assert window.stack.currentWidget() is window.problem
    assert window.problem._restore.isVisibleTo(window.problem)

    def restore_with_the_recovery_key(self: RestoreDialog) -> int:
        assert self.backups.count() == 1
        self.secret.setText("not a key")
        self._restore()
        assert self.error.isVisibleTo(self)  # a mistyped key says so; nothing moved
        self.secret.setText(str(recovery))
        self._restore()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", restore_with_the_recovery_key)
    window.problem._restore.click()
    assert window.stack.currentWidget() is window.journal_page
    assert window.journal_page.editor.body_text() == "The words from before"
    kept = [p for p in files.folder.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1 and (kept[0] / "journal.db").is_file()  # the damaged one, kept
