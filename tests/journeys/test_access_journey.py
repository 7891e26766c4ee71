"""Journey: who opened my journal. A wrong passphrase, the right one, then the history.

On a real X server, key by key: a wrong passphrase typed at the unlock screen,
then the right one typed over it. The window says once, calmly, that someone
tried and which way ("Wrong passphrase"); "See the history" (Alt+S) opens
Settings on "Who opened it", where a screen reader hears the attempt under the
unlock, newest first. From outside, ``threshold access-history --json`` reads
the same attempt back (light and dark; shots of the note and the list).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import succeeds
from tests.journeys.waiting import wait_for

pytestmark = pytest.mark.journey

PASSPHRASE = "river stones at dusk"
WRONG = "river stones at dawn"
DERIVING = 30.0  # the passphrase's memory-hard key derivation, on a slow shared core
NOTICE = r"^Since you last opened your journal"
SETTINGS = r"^Settings\b"
TRIED = (
    "Since you last opened your journal, one try to open it was refused. "
    "If that wasn't you, someone else tried."
)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_access(desktop: Desktop, tmp_path: Path, appearance: str) -> None:
    folder = tmp_path / "journal"
    passphrase_file = passphrase_journal(folder, tmp_path / "secrets")
    app = desktop.launch(folder, appearance)
    app.main_window()
    app.screen.wait_for_focus("Passphrase")
    app.xdo.type(WRONG)
    app.xdo.key("Return")
    app.screen.wait_for_label("doesn't open", timeout=DERIVING)
    app.screen.wait_for_focus("Passphrase")
    app.xdo.type(PASSPHRASE)  # over the selected wrong text
    app.xdo.key("Return")

    notice = app.wait_window(NOTICE, timeout=DERIVING)
    said = app.screen.wait_for_label(TRIED)
    assert "Wrong passphrase." in said, said
    assert "stayed locked" in " ".join(app.screen.labels())
    desktop.shoot(app, notice, "access-notice")

    app.xdo.key("alt+s")  # "See the history"
    settings = app.wait_window(SETTINGS)
    rows = wait_for(lambda: _history_rows(app), "the history's rows")
    assert "Opened" in rows[0] and "In this window" in rows[0], rows
    assert "Wrong passphrase" in rows[1] and "Passphrase" in rows[1], rows
    desktop.shoot(app, settings, "settings-who-opened-it")
    app.xdo.key("Escape")
    app.wait_gone(settings)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    read_back = ("access-history", "--json", "--passphrase-file", str(passphrase_file))
    data = json.loads(succeeds(*read_back, folder=folder))
    assert [(e["what"], e.get("where")) for e in data["events"][:3]] == [
        ("unlocked", "command"),
        ("unlocked", "window"),
        ("refused", "window"),
    ]


def passphrase_journal(folder: Path, secrets: Path) -> Path:
    """``threshold init`` with a passphrase (no keyring slot); the passphrase's file."""
    secrets.mkdir(mode=0o700, parents=True, exist_ok=True)
    passphrase_file = secrets / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    passphrase_file.chmod(0o600)
    succeeds("init", "--json", "--passphrase-file", str(passphrase_file), folder=folder)
    return passphrase_file


def _history_rows(app: RunningApp) -> list[str] | None:
    """The list's rows as a screen reader names them, or None before they show."""
    names = [node.name for node in app.screen.nodes()]
    rows = [name for name in names if ": Opened." in name or ": Wrong passphrase." in name]
    return rows if len(rows) >= 2 else None
