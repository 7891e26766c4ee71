"""The screen locking (a real D-Bus signal on a real session bus) locks the journal."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.session_events import SessionEvents, Watch
from tests.helpers.windows import keyring_window

needs_bus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not shutil.which("dbus-send"),
    reason="needs a D-Bus session bus (scripts/test provides one)",
)
SCREEN_SAVER = Watch("SESSION", "org.freedesktop.ScreenSaver", "ActiveChanged")


def screen_saver(active: bool) -> None:
    subprocess.run(
        [
            "dbus-send",
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            f"boolean:{'true' if active else 'false'}",
        ],
        check=True,
    )


@needs_bus
def test_the_screen_locking_is_noticed_and_unlocking_is_not() -> None:
    seen = threading.Event()
    calls: list[int] = []

    def on_lock() -> None:
        calls.append(1)
        seen.set()

    events = SessionEvents(on_lock, [SCREEN_SAVER])
    events.start()
    events.wait_ready()
    screen_saver(False)
    screen_saver(True)
    assert seen.wait(5)
    events.stop()
    assert calls == [1]


def test_no_bus_means_nothing_is_watched_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    events = SessionEvents(lambda: None, [SCREEN_SAVER])
    events.start()
    events.wait_ready()
    events.stop()


@needs_bus
def test_the_window_locks_when_the_screen_locks(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path
) -> None:
    window, _ = keyring_window(qtbot, files, tmp_path)
    window.journal_page.upkeep.checkpoint()  # the first quiet spell starts the watching
    qtbot.waitUntil(lambda: window.locking.session_events is not None, timeout=2000)
    assert window.locking.session_events is not None
    window.locking.session_events.wait_ready()
    qtbot.keyClicks(window.journal_page.editor._body, "Saved before locking")
    screen_saver(True)
    qtbot.waitUntil(lambda: not window.controller.is_open(), timeout=5000)
    assert window.journal_page.editor.body_text() == ""
