"""The whole window, driven through its real widgets against real journals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from app.errors import DiskFull, KeyringUnavailable
from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.records.entries import EntryFields
from app.storage.entries import EntryStore
from app.ui.main_window import MainWindow
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import run_threshold
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window

PASSPHRASE = "a quiet evening"


class LockedKeystore(MemoryKeystore):
    def get_secret(self, journal_id: str) -> bytes | None:
        raise KeyringUnavailable("it is locked and could not be unlocked")


def type_entry(qtbot: QtBot, window: MainWindow, title: str, body: str) -> None:
    editor = window.journal_page.editor
    qtbot.keyClicks(editor._title, title)
    qtbot.keyClicks(editor._body, body)


def test_first_run_creates_a_keyring_journal_and_writes(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    keystore = MemoryKeystore()
    window = make_window(qtbot, files, keystore, tmp_path)
    assert window.stack.currentWidget() is window.getting_in.setup
    window.getting_in.setup.createRequested.emit(None)
    assert files.exists() and keystore.secrets  # the keyring was used
    window.getting_in.setup.finished.emit()
    assert window.stack.currentWidget() is window.journal_page
    type_entry(qtbot, window, "First", "The first words, written calmly.")
    qtbot.waitUntil(lambda: not window.journal_page.autosaver.is_dirty(), timeout=3000)
    window.close()
    with open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values())))) as journal:
        (entry,) = journal.entries.summaries()
        assert journal.entries.get(entry.id).body == "The first words, written calmly."


def test_keyring_failure_at_setup_offers_the_passphrase(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    class Refusing(MemoryKeystore):
        def set_secret(self, journal_id: str, secret: bytes) -> None:
            raise KeyringUnavailable("no keyring service is running on this computer")

    window = make_window(qtbot, files, Refusing(), tmp_path)
    window.getting_in.setup.createRequested.emit(None)
    assert not files.exists()
    window.getting_in.setup.createRequested.emit(PASSPHRASE)
    assert files.exists()


def test_passphrase_unlock_wrong_then_right(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.entries.add(EntryFields(body="waiting for me"))
    journal.close()
    window = make_window(qtbot, files, MemoryKeystore(), tmp_path)
    assert window.stack.currentWidget() is window.unlock
    window.unlock.passphraseEntered.emit("not it")
    assert window.stack.currentWidget() is window.unlock
    window.unlock.passphraseEntered.emit(PASSPHRASE)
    assert window.stack.currentWidget() is window.journal_page
    assert window.journal_page.editor.fields().body == "waiting for me"


def test_keyring_unavailable_says_why_and_recovery_opens(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    journal, recovery = create_journal(files, keystore=MemoryKeystore())
    journal.close()
    window = make_window(qtbot, files, LockedKeystore(), tmp_path)
    assert window.stack.currentWidget() is window.unlock
    window.unlock.recoveryKeyEntered.emit(str(recovery))
    assert window.stack.currentWidget() is window.journal_page


def test_lock_clears_every_view_and_unlock_brings_it_back(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.entries.add(EntryFields(body="private words"))
    journal.close()
    window = make_window(qtbot, files, MemoryKeystore(), tmp_path)
    window.unlock.passphraseEntered.emit(PASSPHRASE)
    type_entry(qtbot, window, "", " and more")
    window.commands.lock.trigger()
    assert window.stack.currentWidget() is window.unlock
    page = window.journal_page
    assert page.editor.fields().body == ""
    assert page.timeline.model.rowCount() == 0
    window.unlock.passphraseEntered.emit(PASSPHRASE)
    assert "and more" in page.editor.fields().body
    assert window.findChild(QStatusBar) is None  # made when there is something to say


def test_search_enter_opens_the_entry(qtbot: QtBot, files: JournalFiles, tmp_path: Path) -> None:
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore)
    target = journal.entries.add(EntryFields(body="The lantern by the door stayed lit."))
    journal.entries.add(EntryFields(body="Nothing about lights here."))
    journal.close()
    window = make_window(qtbot, files, keystore, tmp_path)
    page = window.journal_page
    window.commands.search.trigger()
    qtbot.keyClicks(page.search._field, "lantern")
    qtbot.keyClick(page.search._field, Qt.Key.Key_Return)
    assert page.editor.entry_id() == target.id
    assert page.editor._body.extraSelections()


def test_a_failed_save_keeps_the_text_and_says_so(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keystore = MemoryKeystore()
    create_journal(files, keystore=keystore)[0].close()
    window = make_window(qtbot, files, keystore, tmp_path)
    page = window.journal_page

    def disk_full(self: EntryStore, fields: EntryFields) -> None:
        raise DiskFull("Threshold couldn't save because the disk is full.")

    monkeypatch.setattr(EntryStore, "add", disk_full)
    type_entry(qtbot, window, "", "words that must not be lost")
    assert page.autosaver.flush() is False
    assert page.editor.fields().body == "words that must not be lost"
    assert "disk is full" in page.editor._save_state.text()
    monkeypatch.undo()
    assert page.autosaver.flush() is True
    assert window.controller.journal.entries.count() == 1


def test_trash_and_restore_from_the_window(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore)
    entry = journal.entries.add(EntryFields(body="going to the trash"))
    journal.close()
    window = make_window(qtbot, files, keystore, tmp_path)
    window.commands.trash_entry.trigger()
    assert window.controller.journal.entries.count() == 0
    window.controller.journal.entries.restore(entry.id)
    window.journal_page.timeline.reload()
    assert window.journal_page.timeline.model.row_for_entry(entry.id) is not None


def test_an_entry_added_by_the_cli_appears_without_restart(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    journal, recovery = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    window = make_window(qtbot, files, MemoryKeystore(), tmp_path)
    window.unlock.passphraseEntered.emit(PASSPHRASE)
    key_file = tmp_path / "key.txt"
    key_file.write_text(str(recovery))
    added = run_threshold(
        "add",
        "--recovery-key-file",
        str(key_file),
        stdin=b"from the terminal",
        data_dir=files.folder,
    )
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.decode().strip()
    qtbot.waitUntil(
        lambda: window.journal_page.timeline.model.row_for_entry(entry_id) is not None, timeout=5000
    )


def test_window_state_holds_geometry_only(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore)
    journal.entries.add(EntryFields(title="SECRET-TITLE", body="SECRET-BODY"))
    journal.close()
    window = make_window(qtbot, files, keystore, tmp_path)
    window.close()
    stored = (tmp_path / "window.ini").read_bytes()
    assert b"SECRET" not in stored
    assert b"geometry" in stored


def test_a_keyring_journal_reopens_with_the_login_after_lock(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore)
    journal.entries.add(EntryFields(body="still mine"))
    journal.close()
    window = make_window(qtbot, files, keystore, tmp_path)
    window.commands.lock.trigger()
    assert window.stack.currentWidget() is window.unlock
    assert window.unlock._keyring.isVisibleTo(window.unlock)
    window.unlock.keyringRequested.emit()
    assert window.stack.currentWidget() is window.journal_page
    assert window.journal_page.editor.fields().body == "still mine"


def test_autosaved_words_are_found_by_a_new_process(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    window = make_window(qtbot, files, MemoryKeystore(), tmp_path)
    window.unlock.passphraseEntered.emit(PASSPHRASE)
    type_entry(qtbot, window, "Evening", "The kettle sang and nobody needed me.")
    qtbot.waitUntil(lambda: not window.journal_page.autosaver.is_dirty(), timeout=3000)
    # The window is still open: a separate process reads what autosave wrote.
    found = run_threshold(
        "search",
        "kettle",
        "--json",
        data_dir=files.folder,
        env={"THRESHOLD_PASSPHRASE": PASSPHRASE},
    )
    assert found.returncode == 0, found.stderr
    assert b"Evening" in found.stdout


def test_keyboard_alone_reaches_every_part_in_reading_order(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore)
    journal.entries.add(EntryFields(body="one"))
    journal.close()
    window = make_window(qtbot, files, keystore, tmp_path)
    window.commands.search.trigger()
    order: list[str] = []
    for _ in range(16):
        focused = window.focusWidget()  # the window's focus, active or not (offscreen)
        assert focused is not None
        name = focused.accessibleName()
        assert name, f"{type(focused).__name__} has no accessible name"
        if not order or order[-1] != name:
            order.append(name)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order[:4] == [
        "Search your journal",
        "Show the calendar",
        "Show the filters",
        "Entries, newest first",
    ]
    assert (
        order.index("Title") < order.index("Mood") < order.index("Tags") < order.index("Entry text")
    )


def test_trashing_never_clears_words_that_could_not_be_saved(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keystore = MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore)
    entry = journal.entries.add(EntryFields(body="saved part"))
    journal.close()
    window = make_window(qtbot, files, keystore, tmp_path)

    def disk_full(self: EntryStore, *_args: object) -> None:
        raise DiskFull("Threshold couldn't save because the disk is full.")

    type_entry(qtbot, window, "", " and the unsaved part")
    monkeypatch.setattr(EntryStore, "save", disk_full)
    window.commands.trash_entry.trigger()
    assert "unsaved part" in window.journal_page.editor.fields().body
    monkeypatch.undo()
    assert window.controller.journal.entries.get(entry.id).trashed is None


def test_a_new_entry_leaves_nothing_older_highlighted(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path
) -> None:
    """Ctrl+N used to leave the older entry highlighted in the timeline (issue 15, 8)."""
    create_journal(files, keystore=keystore)[0].close()
    with open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values())))) as journal:
        older = journal.entries.add(EntryFields(body="An older evening.")).id
    window = make_window(qtbot, files, keystore, tmp_path)
    timeline = window.journal_page.timeline
    assert timeline.current_entry_id() == older
    qtbot.keyClick(
        window.journal_page.editor._body, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert window.journal_page.editor.entry_id() is None
    assert timeline.current_entry_id() is None
    assert not timeline.list_view.selectionModel().selectedIndexes()
    row = timeline.model.row_for_entry(older)
    assert row is not None
    rect = timeline.list_view.visualRect(timeline.model.index(row))
    qtbot.mouseClick(timeline.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.journal_page.editor.entry_id() == older  # a click opens it again
    window.close()
