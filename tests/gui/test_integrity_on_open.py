"""The check after opening: damage found beside the open window, said plainly, restored.

The journal is opened as the app opens it; the file is then damaged on disk
before the event loop runs, so the open itself succeeded and only the check,
on its worker thread, can find it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.backup import make_backup
from app.files import JournalFiles
from app.journal import create_journal, keyring_secret, open_journal
from app.records.entries import EntryFields
from app.storage.maintenance import IntegrityReport
from app.ui.main_window import MainWindow
from app.ui.setup.restore_dialog import RestoreDialog
from app.vault.recovery_key import RecoveryKey
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import started_window

PAGE = 4096
WORDS = "Words written just now, before the check had finished"
EARLY = dt.datetime(2025, 1, 1, 20, 0, tzinfo=dt.UTC)
LATE = dt.datetime(2025, 1, 2, 20, 0, tzinfo=dt.UTC)


def journal_with_backups(files: JournalFiles, keystore: MemoryKeystore) -> RecoveryKey:
    """Entries "one" (in both backups), "two" (in the later backup), "three" (in neither)."""
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(EntryFields(body="one " * 3000, date=dt.date(2024, 1, 1)))
        make_backup(journal, files.backups, EARLY)
        journal.entries.add(EntryFields(body="two " * 3000, date=dt.date(2024, 1, 2)))
        make_backup(journal, files.backups, LATE)
        journal.entries.add(EntryFields(body="three", date=dt.date(2024, 1, 3)))
    return recovery


def flip(path: Path, offset: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x08
    path.write_bytes(bytes(data))
    return bytes(data)


def opened_window(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path
) -> MainWindow:
    """The window with the journal open, not yet shown: no event has run, no check started."""
    window = started_window(qtbot, files, keystore, tmp_path)
    assert window.stack.currentWidget() is window.journal_page
    return window


def restore_with(recovery: RecoveryKey, monkeypatch: pytest.MonkeyPatch) -> list[RestoreDialog]:
    """Make the restore dialog enter the recovery key and press Restore until it closes."""
    seen: list[RestoreDialog] = []

    def run(self: RestoreDialog) -> int:
        seen.append(self)
        self.secret.setText(str(recovery))
        for _ in range(self.backups.count()):
            self._restore()
            if self.result():
                break
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)
    return seen


def test_a_sound_journal_is_checked_after_it_opens(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    keystore = MemoryKeystore()
    journal_with_backups(files, keystore)
    window = opened_window(qtbot, files, keystore, tmp_path)
    with qtbot.waitSignal(window.controller.integrity.finished, timeout=10_000) as finished:
        window.show()
    assert finished.args == [IntegrityReport(entries=3)]
    assert window.stack.currentWidget() is window.journal_page
    assert window.controller.is_open()
    journal = window.controller.journal  # checkpoints, held while it read, run again
    assert journal._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000


@pytest.mark.parametrize("saved_first", [False, True], ids=["typed", "typed-and-saved"])
def test_damage_found_after_opening_is_closed_unsaved_then_restored(
    qtbot: QtBot,
    files: JournalFiles,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    saved_first: bool,
) -> None:
    keystore = MemoryKeystore()
    recovery = journal_with_backups(files, keystore)
    window = opened_window(qtbot, files, keystore, tmp_path)
    page = window.journal_page
    page.new_entry()
    qtbot.keyClicks(page.editor._body, WORDS)
    if saved_first:
        assert page.save_now()  # into the log beside the file, before the damage is known
    damaged = flip(files.database, 3 * PAGE + 500)  # page 4: not read by the open

    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=10_000)
    assert not window.controller.is_open()
    assert "found this just after opening" in window.problem.message_text()
    assert window.problem.held_words_shown()
    assert window.problem._restore.isVisibleTo(window.problem)
    assert files.database.read_bytes() == damaged  # nothing more was written into it
    log = Path(f"{files.database}-wal")
    assert (log.is_file() and log.stat().st_size > 0) == saved_first  # kept beside, as it was

    dialogs = restore_with(recovery, monkeypatch)
    window.problem._restore.click()
    assert window.stack.currentWidget() is window.journal_page
    assert not dialogs[0].is_damaged(0)  # the newest backup was sound and used
    with open_journal(files, keyring_secret(files, keystore)) as journal:
        bodies = sorted(journal.entries.get(s.id).body[:5] for s in journal.entries.summaries())
    assert bodies == sorted(["one o", "two t", WORDS[:5]])  # the backup's, and the held words
    (aside,) = [p for p in files.folder.iterdir() if p.name.startswith("replaced-")]
    assert (aside / "journal.db").read_bytes() == damaged  # kept aside, never deleted


def test_nothing_held_when_nothing_was_typed(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    keystore = MemoryKeystore()
    journal_with_backups(files, keystore)
    window = opened_window(qtbot, files, keystore, tmp_path)
    flip(files.database, 3 * PAGE + 500)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=10_000)
    assert not window.problem.held_words_shown()


def test_locking_while_the_check_runs_stops_it(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    keystore = MemoryKeystore()
    journal_with_backups(files, keystore)
    window = opened_window(qtbot, files, keystore, tmp_path)
    window.controller._check(window.controller.journal)  # started now, as after the first paint
    window.lock()
    assert not window.controller.integrity.is_running()
    qtbot.wait(100)  # a late result, if any, is ignored
    assert window.stack.currentWidget() is window.unlock


@pytest.mark.parametrize("part", ["database", "key file"])
def test_a_damaged_newest_backup_is_marked_and_the_next_sound_one_restored(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, part: str
) -> None:
    keystore = MemoryKeystore()
    recovery = journal_with_backups(files, keystore)
    newest = files.backups / "threshold-20250102-200000.db"
    if part == "database":
        flip(newest, 2 * PAGE + 100)
    else:
        keys = Path(f"{newest}.keys")
        flip(keys, keys.stat().st_size // 2)
    flip(files.database, 200)  # page 1: the journal itself does not open
    window = started_window(qtbot, files, keystore, tmp_path)
    assert window.stack.currentWidget() is window.problem

    dialogs = restore_with(recovery, monkeypatch)
    window.problem._restore.click()
    (dialog,) = dialogs
    assert dialog.is_damaged(0) and "damaged" in dialog.backups.item(0).text()
    assert dialog.backups.currentRow() == 1
    assert window.stack.currentWidget() is window.journal_page
    with open_journal(files, keyring_secret(files, keystore)) as journal:
        (only,) = journal.entries.summaries()  # the older backup: entry "one" alone
        assert journal.entries.get(only.id).body.startswith("one")
