"""Journey: a picture pasted into an entry is kept, shown as a thumbnail and opened large.

A sentence typed key by key; a PNG put on the clipboard by another program (a tiny
Qt process on the same display owns the clipboard, as a screenshot tool would);
Ctrl+V. The thumbnail shows under the text (its tile is read over AT-SPI), Ctrl+Tab
reaches it, Return opens the viewer, Escape closes it, Ctrl+Shift+P shows the
picture in the preview. From outside: the saved entry holds the sentence and the
reference, and the attachment saved back out with the CLI is a PNG of exactly the
pixels that were pasted, its bytes matching the SHA-256 the journal recorded.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.records.attachments import referenced_ids
from tests.helpers.images import png_bytes
from tests.helpers.keyring import KeyringJournal
from tests.journeys.desktop import Desktop
from tests.journeys.journals import entries, succeeds
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

SENTENCE = "The letter came today, and I kept a picture of it."

# Owns the clipboard with the picture until its input closes.
CLIPBOARD_OWNER = """
import sys
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtCore import QSocketNotifier
app = QGuiApplication([])
image = QImage(sys.argv[1])
QGuiApplication.clipboard().setImage(image)
print("ready", flush=True)
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(app.quit)
app.exec()
"""


@contextmanager
def clipboard_holding(picture: Path, display: str) -> Iterator[None]:
    """Another program on ``display`` offers ``picture`` on the clipboard meanwhile."""
    owner = subprocess.Popen(
        [sys.executable, "-c", CLIPBOARD_OWNER, str(picture)],
        env={"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert owner.stdout is not None and owner.stdout.readline().strip() == b"ready"
        yield
    finally:
        assert owner.stdin is not None and owner.stdout is not None
        owner.stdin.close()
        owner.wait(timeout=10)
        owner.stdout.close()


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_a_pasted_picture_is_kept_shown_and_opened(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    picture = tmp_path / "letter.png"
    picture.write_bytes(png_bytes(320, 240))
    app = desktop.launch(journal.folder, appearance)
    window = app.main_window()
    app.xdo.key("ctrl+n")
    app.screen.wait_for_focus("Entry text")
    app.xdo.type(SENTENCE)
    app.xdo.key("Return")
    with clipboard_holding(picture, desktop.server.display):
        app.xdo.key("ctrl+v")
        saved = wait_for(
            lambda: next((e for e in entries(journal.folder) if "attachment:" in e["body"]), None),
            "the entry to be saved with the picture's reference",
        )
    wait_for(
        lambda: any(node.name.startswith("Picture: Pasted picture") for node in app.screen.nodes()),
        "the thumbnail under the text",
    )
    desktop.shoot(app, window, "attach-editor")

    app.xdo.key("ctrl+Tab")  # from the text to the attachments
    wait_for(
        lambda: (node := app.screen.focused()) is not None and node.name.startswith("Picture: "),
        "the focus on the picture's tile",
    )
    app.xdo.key("Return")
    viewer = app.wait_window(r"^Attachment\b")
    app.screen.wait_for_label("1 of 1")
    desktop.shoot(app, viewer, "attach-viewer")
    app.xdo.key("Escape")
    app.wait_gone(viewer)

    app.xdo.activate(window)
    app.xdo.key("ctrl+shift+p")
    app.screen.wait_for_focus("Preview of the entry")
    desktop.shoot(app, window, "attach-preview")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    assert saved["body"].startswith(SENTENCE + "\n")
    (attachment_id,) = referenced_ids(saved["body"])
    assert_kept_exactly(journal.folder, saved["id"], attachment_id, picture, tmp_path)


def assert_kept_exactly(
    folder: Path, entry_id: str, attachment_id: str, pasted: Path, tmp_path: Path
) -> None:
    """The CLI's copy has the recorded SHA-256 and the very pixels that were pasted."""
    (listed,) = json.loads(succeeds("attachments", entry_id, "--json", folder=folder))
    assert listed["id"] == attachment_id and listed["type"] == "image/png"
    copy = tmp_path / "copy.png"
    succeeds("attachment", "save", attachment_id, "-o", str(copy), folder=folder)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == listed["sha256"]
    kept, original = QImage(str(copy)), QImage(str(pasted))
    assert kept.size() == original.size()
    assert kept.convertToFormat(QImage.Format.Format_RGB32) == original.convertToFormat(
        QImage.Format.Format_RGB32
    )
