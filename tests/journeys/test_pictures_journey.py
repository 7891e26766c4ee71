"""Journey: choose to clean pictures on attaching, then share an entry with one of its two.

The entry and its photos are made with the real ``threshold attach``: a JPEG and a
PNG whose EXIF, GPS, XMP, comments and text chunks carry a marker. In the window,
Ctrl+, opens Settings; Alt+P shows the Pictures tab, Tab reaches the choice and
Space ticks it; Escape closes. Ctrl+Shift+E opens the export; Alt+I goes to the
paragraphs, Down to the receipt's row and Space leaves it out; Alt+F and the
keyboard choose "HTML (one file)"; Alt+E asks where, the path is typed, Return
writes it. Read back outside the app: the page holds one picture, the message's,
inline and without a trace of the marker; the receipt is not there; no address
points anywhere. The journal kept both originals, marker and all (their SHA-256
unchanged), and the choice made in Settings.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import keyring_secret, open_journal
from app.vault.keystore import SystemKeystore
from tests.helpers.images import jpeg_bytes, png_bytes
from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry, succeeds
from tests.journeys.screen_reader import Node
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

MARKER = "JOURNEYMARKER"  # no hyphen: a PDF or EXIF writer may escape one
TITLE = "What came in the post"
SETTINGS = r"^Settings\b"
EXPORT = r"^Export\b"
CHOICE = "Remove those details when I attach a file, too"
RECEIPT_ROW = "Picture: the receipt"


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_pictures_are_cleaned_when_chosen_and_shared_without_their_details(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    message, receipt = tmp_path / "the message.jpg", tmp_path / "the receipt.png"
    message.write_bytes(jpeg_bytes(480, 320, marker=MARKER, noise=True))
    receipt.write_bytes(png_bytes(200, 120, marker=MARKER))
    entry_id = add_entry(journal.folder, TITLE, "He sent this the day I left.")
    succeeds("attach", entry_id, str(message), str(receipt), folder=journal.folder)
    page = tmp_path / "for-my-lawyer" / "the-post.html"
    page.parent.mkdir()

    app = desktop.launch(journal.folder, appearance)
    app.screen.wait_for_text("Title", TITLE)
    choose_cleaning(app, desktop)
    export_html_without_the_receipt(app, desktop, page)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    html = page.read_text(encoding="utf-8")
    pictures = re.findall(r'<img [^>]*src="data:image/jpeg;base64,([^"]+)"', html)
    assert len(pictures) == 1 and html.count("<img") == 1, html[:2000]
    shown = base64.b64decode(pictures[0])
    assert MARKER.encode() not in shown and MARKER not in html
    assert "the receipt" not in html and "attachment:" not in html
    assert not re.search(r'(?:src|href)="(?!data:)', html)
    originals = json.loads(succeeds("attachments", entry_id, "--json", folder=journal.folder))
    assert [a["sha256"] for a in originals] == [
        hashlib.sha256(path.read_bytes()).hexdigest() for path in (message, receipt)
    ]
    with open_journal(
        JournalFiles(journal.folder), keyring_secret(JournalFiles(journal.folder), SystemKeystore())
    ) as opened:
        assert opened.preferences.load().strip_on_import


def choose_cleaning(app: RunningApp, desktop: Desktop) -> None:
    """Ctrl+, then Alt+P (Pictures), Tab to the choice, Space; Escape closes."""
    app.xdo.key("ctrl+comma")
    settings = app.wait_window(SETTINGS)
    app.xdo.key("alt+p")
    app.tab_to(CHOICE)
    app.xdo.key("space")
    wait_for(lambda: is_checked(app, CHOICE), "the choice to be ticked")
    desktop.shoot(app, settings, "settings-pictures")
    app.xdo.key("Escape")
    app.wait_gone(settings)


def export_html_without_the_receipt(app: RunningApp, desktop: Desktop, page: Path) -> None:
    """Ctrl+Shift+E; the receipt's row unticked; HTML chosen; written to ``page``."""
    app.xdo.key("ctrl+shift+e")
    dialog = app.wait_window(EXPORT)
    app.xdo.key("alt+i")
    for _ in range(8):
        focused = app.screen.focused()
        if focused is not None and focused.name.startswith(RECEIPT_ROW):
            break
        app.xdo.key("Down")
        moved_from(app, focused)
    else:
        raise AssertionError("the receipt's row was never reached")
    app.xdo.key("space")
    app.xdo.key("alt+f")
    wait_for(lambda: format_shown(app) == "PDF", "the format's box")
    app.xdo.type("H")  # "HTML (one file)"
    wait_for(lambda: format_shown(app).startswith("HTML"), "HTML to be chosen")
    desktop.shoot(app, dialog, "export-pictures")
    app.xdo.key("alt+e")
    chooser = app.wait_window(EXPORT, besides={dialog})
    app.xdo.key("ctrl+a")
    app.xdo.type(str(page))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.wait_gone(dialog)
    wait_for(page.exists, f"{page.name} to be written")


def moved_from(app: RunningApp, before: Node | None) -> None:
    """Wait until the focus is on another node than ``before``."""
    wait_for(lambda: app.screen.focused() != before, "the focus to move")


def format_shown(app: RunningApp) -> str:
    """What the export's one combo box, the format, shows (its text, or else its name)."""
    for node in app.screen.nodes():
        if node.window.startswith("Export") and node.role == "combo box":
            return node.text or node.name
    return ""


def is_checked(app: RunningApp, name: str) -> bool:
    """Whether the check box ``name`` is ticked, as a screen reader hears it."""
    return any(node.name == name and node.checked for node in app.screen.nodes())
