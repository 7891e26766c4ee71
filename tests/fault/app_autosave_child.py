"""A child process running the real app window that types and autosaves until it is killed.

Run as ``python tests/fault/app_autosave_child.py DATA_DIR SEED`` with the journal's
device secret (hex) in ``THRESHOLD_KILL_TEST_DEVICE_SECRET``; the window is offscreen.
It opens the journal the way the app does (``JournalController.start`` through a
keystore holding that secret, then ``MainWindow.show_start``), types into the entry
editor with QTest key clicks, and lets the journal page's own autosave save. It
prints (flushed, one write per line):

- ``start`` once Qt and the app are imported, before the journal is opened;
- ``ready`` once the window shows the open journal;
- ``resume <entry-id> <length>`` for the entry it carries on, as the app read it;
- ``ack <entry-id> <length>`` when the app reports a save as done (the autosaver's
  ``saved`` signal, after the commit returned), with the saved body's length;
- ``damaged`` if the app's own check after opening finds the crashed journal damaged.

Every body is a prefix of one endless text (``STREAM``), so any stored body can be
checked exactly: ``is_stream_prefix``. A new child carries on where the last one's
saves ended, so bodies only grow; long ones end and a new entry starts.
"""

from __future__ import annotations

import os
import random
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if __name__ == "__main__":  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

if TYPE_CHECKING:
    from app.records.entries import Entry
    from app.ui.journal.page import JournalPage

SECRET_VARIABLE = "THRESHOLD_KILL_TEST_DEVICE_SECRET"
MAX_LENGTH = 3_000  # a body this long is finished; the next words start a new entry
NEW_ENTRY_CHANCE = 0.03  # otherwise, now and then, a new entry, as a person would start one
# The journal page's autosave waits 800 ms after the first change; a shorter delay
# (set on its own timer, the path is unchanged) gives many saves between two kills.
SAVE_DELAYS_MS = (5, 20, 60, 150)
PAUSES_MS = (0, 0, 1, 3, 10, 30)
_WORDS = ("threshold", "quiet", "morning", "letter", "river", "garden", "courage", "door")


@cache
def stream(length: int = MAX_LENGTH + 200) -> str:
    """The text every body is a prefix of: numbered lines of a few words."""
    lines: list[str] = []
    total = number = 0
    while total < length:
        line = f"autosave {number:06d} {_WORDS[number % len(_WORDS)]} and more\n"
        lines.append(line)
        total += len(line)
        number += 1
    return "".join(lines)


def is_stream_prefix(body: str) -> bool:
    """Whether ``body`` is exactly the start of ``stream()``."""
    return stream().startswith(body)


def main(argv: list[str]) -> int:
    # Imported here, after the sys.path tweak above (and only in the child).
    from PySide6.QtWidgets import QApplication

    from app.files import JournalFiles
    from app.ui.controller import JournalController
    from app.ui.main_window import MainWindow
    from app.ui.window_state import WindowState

    data_dir, seed = Path(argv[1]), int(argv[2])
    rng = random.Random(seed)
    app = QApplication(argv[:1])
    say("start")
    keystore = OneSecretKeystore(bytes.fromhex(os.environ[SECRET_VARIABLE]))
    controller = JournalController(JournalFiles(data_dir), keystore)
    window = MainWindow(controller, WindowState(data_dir.parent / "window.ini"))
    controller.damaged.connect(lambda _message: say("damaged"))  # the check after opening
    window.show_start(controller.start())
    window.show()
    if window.stack.currentWidget() is not window.journal_page:
        say("not-open")
        return 1
    say("ready")
    typist = Typist(window.journal_page, rng)  # kept: its slots live as long as it does
    typist.run()
    return app.exec()


class OneSecretKeystore:
    """The keyring, in process: it holds this journal's device secret and nothing else."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def get_secret(self, journal_id: str) -> bytes | None:
        return self._secret

    def set_secret(self, journal_id: str, secret: bytes) -> None:
        self._secret = secret

    def delete_secret(self, journal_id: str) -> None:
        raise NotImplementedError


class Typist:
    """Types the stream into the editor, a few keys at a time, while autosave saves."""

    def __init__(self, page: JournalPage, rng: random.Random) -> None:
        self.page = page
        self.editor = self.page.editor
        self.rng = rng
        self.page.autosaver.saved.connect(self._acknowledge)
        self.page.autosaver._timer.setInterval(rng.choice(SAVE_DELAYS_MS))

    def run(self) -> None:
        """Carry on the entry the window opened on (when it is ours and short), then type."""
        from PySide6.QtCore import QTimer

        entry_id, body = self.editor.entry_id(), self.editor.body_text()
        if entry_id is not None and is_stream_prefix(body) and len(body) < MAX_LENGTH:
            say(f"resume {entry_id} {len(body)}")
        else:
            self.page.new_entry()
        QTimer.singleShot(0, self._type_some)

    def _type_some(self) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QTextCursor
        from PySide6.QtTest import QTest

        body = self.editor.body_text()
        if len(body) >= MAX_LENGTH or self.rng.random() < NEW_ENTRY_CHANCE:
            self.page.new_entry()  # saves the open entry first, as the app does
            body = ""
        target = self.editor._body
        target.setFocus()
        target.moveCursor(QTextCursor.MoveOperation.End)
        chunk = stream()[len(body) : len(body) + self.rng.randint(1, 40)]
        for number, line in enumerate(chunk.split("\n")):
            if number:
                QTest.keyClick(target, Qt.Key.Key_Return)
            QTest.keyClicks(target, line)
        QTimer.singleShot(self.rng.choice(PAUSES_MS), self._type_some)

    def _acknowledge(self, entry: Entry) -> None:
        if not is_stream_prefix(entry.body):
            say(f"bad {entry.id} {len(entry.body)}")
            raise SystemExit(2)
        say(f"ack {entry.id} {len(entry.body)}")


def say(line: str) -> None:
    """One line to the parent, in a single write, flushed at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
