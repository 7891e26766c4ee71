"""The window's controller and autosave, without the widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.errors import DiskFull, KeyringUnavailable, WrongSecret
from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import Entry, EntryFields
from app.ui.autosave import Autosaver
from app.ui.controller import JournalController, StartState
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore


class LockedKeystore(MemoryKeystore):
    def get_secret(self, journal_id: str) -> bytes | None:
        raise KeyringUnavailable("it is locked and could not be unlocked")


def controller_for(files: JournalFiles, keystore: MemoryKeystore) -> JournalController:
    return JournalController(files, keystore, FAST_ARGON2)


def test_a_new_folder_starts_the_setup(files: JournalFiles, keystore: MemoryKeystore) -> None:
    assert controller_for(files, keystore).start().state is StartState.NEW
    assert not files.folder.exists()


def test_a_keyring_journal_opens_directly(files: JournalFiles, keystore: MemoryKeystore) -> None:
    create_journal(files, keystore=keystore)[0].close()
    controller = controller_for(files, keystore)
    assert controller.start().state is StartState.OPEN
    assert controller.journal.entries.count() == 0


def test_a_locked_keyring_says_why(files: JournalFiles) -> None:
    create_journal(files, keystore=MemoryKeystore())[0].close()
    start = controller_for(files, LockedKeystore()).start()
    assert start.state is StartState.LOCKED
    assert "locked" in start.message


def test_passphrase_unlock(files: JournalFiles, keystore: MemoryKeystore, qtbot: QtBot) -> None:
    create_journal(files, passphrase="late light", argon2=FAST_ARGON2)[0].close()
    controller = controller_for(files, keystore)
    assert controller.start().state is StartState.LOCKED
    with pytest.raises(WrongSecret):
        controller.unlock_with_passphrase("early light")
    with qtbot.waitSignal(controller.opened):
        controller.unlock_with_passphrase("late light")
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    assert not controller.is_open()


def test_recovery_unlock_re_enrols_the_keyring(files: JournalFiles) -> None:
    journal, recovery = create_journal(files, keystore=MemoryKeystore())
    journal.close()
    fresh_keyring = MemoryKeystore()  # a new computer, or a wiped keyring
    controller = controller_for(files, fresh_keyring)
    assert controller.start().state is StartState.LOCKED
    assert controller.unlock_with_recovery_key(str(recovery).lower()) is True
    controller.lock()
    assert controller_for(files, fresh_keyring).start().state is StartState.OPEN


def test_a_missing_database_is_a_problem_never_a_new_journal(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    create_journal(files, keystore=keystore)[0].close()
    files.database.unlink()
    start = controller_for(files, keystore).start()
    assert start.state is StartState.PROBLEM
    assert "missing" in start.message
    assert not files.database.exists()


def test_create_with_a_failing_keyring_creates_nothing(files: JournalFiles) -> None:
    class Refusing(MemoryKeystore):
        def set_secret(self, journal_id: str, secret: bytes) -> None:
            raise KeyringUnavailable("no keyring service is running on this computer")

    with pytest.raises(KeyringUnavailable):
        controller_for(files, Refusing()).create(None)
    assert not files.exists()


# ---------------------------------------------------------------- autosave


class Recorder:
    """A save function that records calls and can be made to fail."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, str]] = []
        self.failing = False

    def __call__(self, entry_id: str | None, fields: EntryFields) -> Entry:
        if self.failing:
            raise DiskFull("The disk is full.")
        self.calls.append((entry_id, fields.body))
        now = dt.datetime.now(dt.UTC)
        return Entry(
            "e1",
            dt.date.today(),
            now,
            now,
            "",
            "",
            fields.body,
            (),
            None,
            None,
            None,
            False,
            False,
            None,
        )


def make_autosaver(recorder: Recorder, text: list[str], delay: int = 50) -> Autosaver:
    return Autosaver(recorder, lambda: ("e1", EntryFields(body=text[0])), delay_ms=delay)


def test_saves_shortly_after_a_change(qtbot: QtBot) -> None:
    recorder, text = Recorder(), ["hello"]
    saver = make_autosaver(recorder, text)
    with qtbot.waitSignal(saver.saved, timeout=1000):
        saver.changed()
    assert recorder.calls == [("e1", "hello")]
    assert not saver.is_dirty()


def test_continuous_typing_still_saves_every_delay(qtbot: QtBot) -> None:
    recorder, text = Recorder(), [""]
    saver = make_autosaver(recorder, text, delay=100)
    for _ in range(30):  # 30 keystrokes over ~450 ms
        text[0] += "x"
        saver.changed()
        qtbot.wait(15)
    assert len(recorder.calls) >= 3


def test_a_failed_save_keeps_the_change_and_retries(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.ui.autosave.RETRY_MS", 100)
    recorder, text = Recorder(), ["kept"]
    recorder.failing = True
    saver = make_autosaver(recorder, text)
    states: list[str] = []
    saver.stateChanged.connect(lambda state, _message: states.append(state))
    saver.changed()
    assert saver.flush() is False
    assert saver.is_dirty()
    assert states[-1] == "failed"
    recorder.failing = False
    with qtbot.waitSignal(saver.saved, timeout=6000):
        pass
    assert recorder.calls == [("e1", "kept")]


def test_an_empty_new_entry_is_not_stored(qtbot: QtBot) -> None:
    recorder = Recorder()
    saver = Autosaver(recorder, lambda: (None, EntryFields(body="  \n")), delay_ms=10)
    saver.changed()
    assert saver.flush() is True
    assert recorder.calls == []


def test_window_state_refuses_private_keys(tmp_path: Path, qtbot: QtBot) -> None:
    from PySide6.QtCore import QByteArray

    from app.ui.window_state import WindowState

    state = WindowState(tmp_path / "window.ini")
    state.save(geometry=QByteArray(b"1234"))
    assert state.load("geometry") == QByteArray(b"1234")
    with pytest.raises(ValueError):
        state.save(last_search=QByteArray(b"private"))
