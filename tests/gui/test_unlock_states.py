"""The unlock page after a wrong passphrase: one state at a time, retyping at once.

Issue 15, finding 12 (and part of 9): after a wrong passphrase the error and
"Opening your journal…" showed together; the wrong text was not selected, so it
had to be deleted before retyping; the growing pause after repeated wrong tries
was never explained; and the centred column jumped when a message appeared.
These go through the real window and a real passphrase journal, typing with keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.ui.main_window import MainWindow
from app.ui.setup.unlock_page import UnlockPage
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import started_window

PASSPHRASE = "river stones at dusk"
BUSY = "Opening your journal"
WRONG = "doesn't open"  # the core's message for a wrong passphrase
WHY = "each try that doesn't match makes the next wait a little longer"


def visible_texts(widget: QWidget) -> str:
    labels = widget.findChildren(QLabel)
    return "\n".join(label.text() for label in labels if label.isVisibleTo(widget))


@pytest.fixture
def window(qtbot: QtBot, files: JournalFiles, tmp_path: Path) -> MainWindow:
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    widget = started_window(qtbot, files, MemoryKeystore(), tmp_path)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return widget


def field(window: MainWindow) -> QLineEdit:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit), focused
    assert focused.echoMode() == QLineEdit.EchoMode.Password
    return focused


def try_passphrase(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the focused field key by key and press Return."""
    qtbot.keyClicks(field(window), text)
    qtbot.keyClick(field(window), Qt.Key.Key_Return)


def test_a_wrong_passphrase_shows_one_state_and_selects_the_text(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.unlock
    while_busy: list[str] = []
    unlock = window.controller.unlock_with_passphrase

    def watched(passphrase: str) -> None:
        while_busy.append(visible_texts(page))  # what shows while the key is derived
        unlock(passphrase)

    monkeypatch.setattr(window.controller, "unlock_with_passphrase", watched)
    try_passphrase(qtbot, window, "not it")
    assert WRONG in visible_texts(page) and BUSY not in visible_texts(page)
    assert field(window).selectedText() == "not it"  # typing replaces it at once
    try_passphrase(qtbot, window, "not this either")
    assert field(window).text() == "not this either"
    assert BUSY in while_busy[1] and WRONG not in while_busy[1]  # never both
    assert WRONG in visible_texts(page) and BUSY not in visible_texts(page)
    assert field(window).selectedText() == "not this either"


def test_the_growing_pause_is_explained_and_the_field_stays_ready(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.unlock
    try_passphrase(qtbot, window, "one")
    assert WHY not in visible_texts(page)  # a first slip costs nothing
    try_passphrase(qtbot, window, "two")
    assert page.is_holding()
    assert WHY in visible_texts(page) and "try again in a moment" in visible_texts(page)
    assert field(window).selectedText() == "two"
    with qtbot.assertNotEmitted(page.passphraseEntered):
        try_passphrase(qtbot, window, PASSPHRASE)  # typed during the pause: kept, not sent
    assert field(window).text() == PASSPHRASE
    qtbot.waitUntil(lambda: not page.is_holding(), timeout=3000)
    assert WHY not in visible_texts(page)
    qtbot.keyClick(field(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.journal_page, timeout=5000)


def test_a_noticeable_pause_counts_down(qtbot: QtBot) -> None:
    page = UnlockPage()
    qtbot.addWidget(page)
    page.show_error("That passphrase doesn't open this journal.")
    page.hold_off(4)
    assert "You can try again in 4 seconds." in visible_texts(page)
    qtbot.wait(1100)
    assert "You can try again in 3 seconds." in visible_texts(page)
    assert WHY in visible_texts(page)


def test_messages_never_move_the_heading_or_the_field(qtbot: QtBot) -> None:
    page = UnlockPage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    field_widget = page.findChildren(QLineEdit)[0]

    def where() -> QPoint:
        QApplication.processEvents()
        return field_widget.mapTo(page, QPoint(0, 0))

    before = where()
    page.set_busy(True)
    assert where() == before
    page.show_error("That passphrase doesn't open this journal. " * 3)
    assert where() == before
    page.hold_off(9)
    assert where() == before
    page.clear()
    assert where() == before


def test_one_way_in_looks_primary_at_a_time(window: MainWindow) -> None:
    """With the computer login offered, the passphrase's Open steps back (issue 21 trial)."""
    page = window.findChild(UnlockPage)
    assert page is not None
    opens = [form.open_button for form in (page._passphrase, page._recovery)]
    page.set_keyring_available(True)
    assert page._keyring.property("primary") == "true"
    assert [button.property("primary") for button in opens] == ["false", "false"]
    page.set_message("The computer login didn't open it.")  # failed: the field leads again
    page.set_keyring_available(True)
    assert page._keyring.property("primary") == "false"
    assert [button.property("primary") for button in opens] == ["true", "true"]
