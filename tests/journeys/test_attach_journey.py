"""Journey: a picture pasted beside a photo, both looked at and saved by the keyboard alone.

The entry and its photo (a landscape JPEG) are made with the real ``threshold add
--attach``. In the window, Tab reaches the text; a sentence is typed key by key; a
PNG put on the clipboard by another program (a tiny Qt process on the same display
owns it, as a screenshot tool would) is pasted with Ctrl+V. Both thumbnails show
under the text (their tiles read over AT-SPI). Ctrl+Tab reaches the strip, on the
picture just pasted; Return opens the viewer; Left and Right step between the two;
Ctrl++ zooms and Ctrl+0 fits again (the scale shown says so); Alt+S ("Save a
Copy…") asks where, the path is typed, Return writes it; Escape closes and the focus
is back on the tile. Ctrl+Shift+P shows both pictures in the preview. Where the
focus is, at every step, is what a screen reader says.

From outside: the saved entry holds the sentence and both references; the copy
saved from the viewer is the photo byte for byte (the SHA-256 ``threshold
attachments --json`` reports), private (0600); the pasted picture saved back out
with the CLI is a PNG of exactly the pixels that were pasted.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.records.attachments import referenced_ids
from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry, entries, succeeds
from tests.journeys.photos import lake_at_dusk, letter_on_a_table
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

TITLE = "The letter"
FIRST_WORDS = "We walked by the lake before it came."
SENTENCE = "The letter came today, and I kept a picture of it."
PHOTO = "the lake at dusk.jpg"
PASTED = "Picture: Pasted picture "
VIEWER = r"^Attachment\b"
SAVE_DIALOG = r"^Save a copy of the original\b"
SCALE = re.compile(r"^(\d+)%$")

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
def test_pictures_are_kept_shown_stepped_through_and_saved_by_keyboard(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    photo, letter = tmp_path / PHOTO, tmp_path / "letter.png"
    photo.write_bytes(lake_at_dusk())
    letter.write_bytes(letter_on_a_table())
    entry_id = add_entry(journal.folder, TITLE, FIRST_WORDS, attach=[photo])
    copy = tmp_path / "kept elsewhere" / "the lake, a copy.jpg"
    copy.parent.mkdir()

    app = desktop.launch(journal.folder, appearance)
    window = app.main_window()
    saved = type_and_paste(app, journal.folder, letter)
    desktop.shoot(app, window, "attach-editor")
    viewer = open_from_the_strip(app)
    step_zoom_and_shoot(app, desktop, viewer)
    save_a_copy(app, copy)
    app.xdo.key("Escape")
    app.wait_gone(viewer)
    app.screen.wait_for_focus(PASTED, prefix=True)  # back on the pasted picture's tile

    app.xdo.key("ctrl+shift+p")
    app.screen.wait_for_focus("Preview of the entry")
    desktop.shoot(app, window, "attach-preview")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    assert saved["id"] == entry_id and SENTENCE in saved["body"]
    listed = json.loads(succeeds("attachments", entry_id, "--json", folder=journal.folder))
    assert [item["id"] for item in listed] == referenced_ids(saved["body"])
    kept_photo, pasted = listed
    assert kept_photo["type"] == "image/jpeg" and kept_photo["name"] == PHOTO
    assert copy.read_bytes() == photo.read_bytes()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == kept_photo["sha256"]
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert_kept_exactly(journal.folder, pasted, letter, tmp_path)


def type_and_paste(app: RunningApp, folder: Path, picture: Path) -> dict[str, Any]:
    """Tab to the text, type a paragraph at its end, paste ``picture``; the entry as saved."""
    app.screen.wait_for_text("Title", TITLE)
    app.tab_to("Entry text", most=16)
    app.xdo.key("ctrl+End", "Return")
    app.xdo.type(SENTENCE)
    app.xdo.key("Return")
    with clipboard_holding(picture, app.xdo.display):
        app.xdo.key("ctrl+v")
        saved = wait_for(
            lambda: next((e for e in entries(folder) if len(referenced_ids(e["body"])) == 2), None),
            "the entry to be saved with the pasted picture's reference",
        )
    wait_for(
        lambda: tiles(app) == [f"Picture: {PHOTO}", PASTED],
        "both thumbnails under the text",
    )
    return saved


def tiles(app: RunningApp) -> list[str]:
    """The strip's tiles as a screen reader names them (a pasted one's stamp left off)."""
    names = [node.name for node in app.screen.nodes() if node.role == "list item"]
    pictures = [name for name in names if name.startswith("Picture: ")]
    return [PASTED if name.startswith(PASTED) else name for name in pictures]


def open_from_the_strip(app: RunningApp) -> int:
    """Ctrl+Tab from the text to the pasted picture's tile; Return opens the viewer on it."""
    app.xdo.key("ctrl+Tab")
    app.screen.wait_for_focus(PASTED, prefix=True)
    app.xdo.key("Return")
    viewer = app.wait_window(VIEWER)
    app.screen.wait_for_label("2 of 2")
    app.screen.wait_for_focus("Picture")  # the keyboard starts on the picture
    return viewer


def step_zoom_and_shoot(app: RunningApp, desktop: Desktop, viewer: int) -> None:
    """Left to the photo, Right back, Left again; Ctrl++ then Ctrl+0; the photo shot."""
    for key, place in (("Left", "1 of 2"), ("Right", "2 of 2"), ("Left", "1 of 2")):
        app.xdo.key(key)
        app.screen.wait_for_label(place)
        app.screen.wait_for_focus("Picture")  # the arrows step; the focus stays put
    app.screen.wait_for_label(PHOTO)
    fitted = scale(app)
    assert fitted < 100, f"the 1600-pixel photo should be fitted, not {fitted}%"
    app.xdo.key("ctrl+plus")
    zoomed = wait_for(lambda: scale(app) if scale(app) != fitted else None, "the zoom to grow")
    assert abs(zoomed - fitted * 1.25) <= 1, (fitted, zoomed)
    app.xdo.key("ctrl+0")
    wait_for(lambda: scale(app) == fitted, "the photo fitted again")
    app.screen.wait_for_focus("Picture")
    desktop.shoot(app, viewer, "attach-viewer")


def scale(app: RunningApp) -> int:
    """The viewer's scale as it shows it ("61%"), in percent; 0 while none shows."""
    for label in app.screen.labels():
        if found := SCALE.match(label):
            return int(found.group(1))
    return 0


def save_a_copy(app: RunningApp, target: Path) -> None:
    """Alt+S, the path typed over the suggested name, Return; the viewer says it is done."""
    app.xdo.key("alt+s")
    chooser = app.wait_window(SAVE_DIALOG)
    wait_for(lambda: typing_in(app, PHOTO), "the file name field, holding the photo's name")
    app.xdo.key("ctrl+a")
    app.xdo.type(str(target))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.screen.wait_for_label("Saved a copy of the original, byte for byte.")
    wait_for(target.exists, f"{target.name} to be written")


def typing_in(app: RunningApp, text: str) -> bool:
    """Whether the focus is in a text field holding ``text``."""
    focused = app.screen.focused()
    return focused is not None and focused.role == "text" and text in focused.text


def assert_kept_exactly(folder: Path, listed: dict[str, Any], pasted: Path, tmp_path: Path) -> None:
    """The CLI's copy has the recorded SHA-256 and the very pixels that were pasted."""
    assert listed["type"] == "image/png"
    copy = tmp_path / "copy.png"
    succeeds("attachment", "save", listed["id"], "-o", str(copy), folder=folder)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == listed["sha256"]
    kept, original = QImage(str(copy)), QImage(str(pasted))
    assert kept.size() == original.size()
    assert kept.convertToFormat(QImage.Format.Format_RGB32) == original.convertToFormat(
        QImage.Format.Format_RGB32
    )
