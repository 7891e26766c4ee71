"""A keyring slow to answer the start-up helper: the window shows it waits, then opens.

Real forks and pipes (the helper child); the keystore it inherits is a slow fake.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.ui.launch import build_window
from app.ui.main_window import MainWindow
from app.vault.keyring_prefetch import PrefetchedKeystore, start_keyring_prefetch
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import SlowKeystore

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux")


@pytest.fixture
def slow(files: JournalFiles, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SlowKeystore:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # window.ini goes here
    keystore = SlowKeystore(delay=0)
    create_journal(files, keystore=keystore, argon2=FAST_ARGON2)[0].close()
    return keystore


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.controller.lock()


def show(qtbot: QtBot, window: MainWindow, windows: list[MainWindow]) -> MainWindow:
    qtbot.addWidget(window)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_shows_it_waits_then_opens_the_journal(
    qtbot: QtBot, files: JournalFiles, slow: SlowKeystore, opened: list[MainWindow]
) -> None:
    slow.delay = 0.6
    keystore = start_keyring_prefetch(files, slow, timeout=10)
    assert isinstance(keystore, PrefetchedKeystore)
    window = show(qtbot, build_window(files.folder, keystore), opened)
    assert window.stack.currentWidget() is window.unlock
    assert "Waiting for the system keyring" in window.unlock._status.text()
    assert not window.unlock._forms.isVisible()  # nothing to type into meanwhile
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.journal_page, timeout=5000)
    assert window.controller.is_open()


def test_a_keyring_that_never_answers_ends_on_the_plain_unlock_screen(
    qtbot: QtBot, files: JournalFiles, slow: SlowKeystore, opened: list[MainWindow]
) -> None:
    slow.delay = 60
    keystore = start_keyring_prefetch(files, slow, timeout=0.3)  # the child gets 2.3 s
    started = time.monotonic()
    window = show(qtbot, build_window(files.folder, keystore), opened)
    assert time.monotonic() - started < 2  # shown at once, not after the timeout
    qtbot.waitUntil(lambda: "did not answer" in window.unlock._status.text(), timeout=8000)
    assert window.stack.currentWidget() is window.unlock
    assert window.unlock._forms.isVisible() and window.unlock._forms.isEnabled()
    assert not window.controller.is_open()


def test_a_keyring_that_answered_in_time_opens_straight_away(
    qtbot: QtBot, files: JournalFiles, slow: SlowKeystore, opened: list[MainWindow]
) -> None:
    keystore = start_keyring_prefetch(files, slow, timeout=10)
    assert isinstance(keystore, PrefetchedKeystore)
    deadline = time.monotonic() + 5
    while keystore.waiting() is not None and time.monotonic() < deadline:
        time.sleep(0.01)  # as in a real start: Qt took longer to load than the keyring
    window = show(qtbot, build_window(files.folder, keystore), opened)
    assert window.stack.currentWidget() is window.journal_page
