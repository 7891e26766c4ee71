"""A whole desktop session in one process, for the GUI leak test.

Usage: python tests/gui/gui_session.py DATA_DIR BODY TITLE TAG
Creates a passphrase journal (THRESHOLD_SESSION_PASSPHRASE) through the setup
screen's signals, writes two entries by typing into the real widgets, waits for
autosave, searches, walks an evening check-in (own words for what pulled, a
prompt of one's own, a reminder text, all carrying the markers), backs up with
Settings' "Back up now" into THRESHOLD_SESSION_BACKUP_DIR (when set), locks with
Ctrl+L, and quits through the window's close. Run offscreen.

With THRESHOLD_SESSION_HANDSHAKE (a folder) it writes ``locked`` there once
locked and waits for ``scanned`` before quitting, so the caller can scan every
file while the app still runs, locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.storage.preferences import Preferences
from app.ui.launch import build_window, create_application
from app.ui.main_window import MainWindow

AUTOSAVE_WAIT_MS = 1500
HANDSHAKE_WAIT_MS = 120_000


def main(folder: Path, body: str, title: str, tag: str) -> int:
    """Run the session; exit status 0 when the window closed cleanly."""
    app = create_application()
    window = build_window(folder)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.getting_in.setup.createRequested.emit(os.environ["THRESHOLD_SESSION_PASSPHRASE"])
    window.getting_in.setup.finished.emit()
    page = window.journal_page
    editor = page.editor
    QTest.keyClicks(editor._title, title)
    QTest.keyClicks(editor._tags, tag)
    QTest.keyClicks(editor._body, f"Tonight I wrote {body} and then rested.")
    QTest.qWait(AUTOSAVE_WAIT_MS)
    page.new_entry()
    QTest.keyClicks(editor._body, f"A second evening. {body} again.")
    page.search.focus_search()
    QTest.keyClicks(page.search._field, body[:14])
    QTest.qWait(600)
    checkin(window, body, title, tag)
    doubt(window, body, title, tag)
    back_up_now(window)
    lock_with_ctrl_l(window)
    wait_for_the_scan()
    window.close()
    app.processEvents()
    return 0 if not window.controller.is_open() else 1


def checkin(window: MainWindow, body: str, title: str, tag: str) -> None:
    """An evening check-in whose every free-text part carries a marker."""
    journal = window.controller.journal
    journal.prompts.add_own("shield", f"{title} own prompt?", (f"{tag} follow-up?",))
    journal.preferences.save(Preferences(reminder_on=True, reminder_text=f"{title} reminder"))
    window.prompts_changed()  # as the settings dialog reports it
    window.evening.start()
    flow = window.checkin
    flow.mood_page.picker.first_button().click()
    flow.next_button.click()
    QTest.keyClicks(flow.pull_page.picker.own_words, f"{tag} pulled")
    flow.next_button.click()
    flow.choose_theme("shield")
    for _ in range(50):  # "another prompt" until one's own comes up (none is repeated)
        if flow.answers.prompt is not None and flow.answers.prompt.id.startswith("own-"):
            break
        flow.prompt_page.another.click()
    flow.next_button.click()
    QTest.keyClicks(window.journal_page.editor._body, f"Check-in {body} answered.")
    window.journal_page.prompt_panel.finish_button.click()
    flow.closing_page.done_button.click()


def doubt(window: MainWindow, body: str, title: str, tag: str) -> None:
    """Remind me why, the contact log and an unsent letter, each carrying a marker."""
    window.doubt.show_remind()
    window.remind.new_reason.setText(f"{title} is a reason")
    window.remind.add_reason.click()
    log_a_contact_after_reaching_out(window, body)
    window.doubt.show_remind()
    window.remind.reach_out.click()
    flow = window.doubt.reach_out
    flow.next_button.click()
    flow.next_button.click()
    QTest.keyClicks(flow.letter_page.pad, f"A letter {body} unsent.")
    QTest.qWait(AUTOSAVE_WAIT_MS)


def log_a_contact_after_reaching_out(window: MainWindow, body: str) -> None:
    """Through the flow to "I reached out", then its offer: who (a private name) typed in."""
    window.remind.reach_out.click()
    flow = window.doubt.reach_out
    for _ in range(3):
        flow.next_button.click()
    flow.after_page.decision_buttons["reached"].click()
    flow.next_button.click()
    form = flow.log_contact()
    QTest.keyClicks(form.who.entry, who_marker(body))
    QTest.keyClick(form.who.entry, Qt.Key.Key_Return)
    QTest.keyClicks(form.said, f"{body} said")
    form.accept()
    flow.next_button.click()  # Done


def who_marker(body: str) -> str:
    """The name typed as who, a marker of its own (the test scans for it)."""
    return body.replace("BODYMARK", "WHOMARK")


def back_up_now(window: MainWindow) -> None:
    """Settings' "Back up now", into the folder chosen for backups (a USB stick, say)."""
    from dataclasses import replace

    from app.ui.settings.dialog import SettingsDialog

    folder = os.environ.get("THRESHOLD_SESSION_BACKUP_DIR")
    if not folder:
        return
    journal = window.controller.journal
    journal.preferences.save(replace(journal.preferences.load(), backup_folder=folder))
    dialog = SettingsDialog(window.controller, window)
    dialog.opening.back_up_now.click()
    dialog.close()


def lock_with_ctrl_l(window: MainWindow) -> None:
    """Ctrl+L where the keyboard focus is: saves, clears every view, closes the journal."""
    window.activateWindow()
    QTest.qWait(50)
    QTest.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    QTest.qWait(50)  # back in the event loop: closed dialogs are gone
    if window.controller.is_open():
        raise SystemExit("Ctrl+L did not lock the journal")


def wait_for_the_scan() -> None:
    """Say "locked" and wait until the caller has scanned the files."""
    handshake = os.environ.get("THRESHOLD_SESSION_HANDSHAKE")
    if not handshake:
        return
    Path(handshake, "locked").touch()
    for _ in range(HANDSHAKE_WAIT_MS // 50):
        if Path(handshake, "scanned").exists():
            return
        QTest.qWait(50)
    raise SystemExit("nobody scanned the files")


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), *sys.argv[2:5]))
