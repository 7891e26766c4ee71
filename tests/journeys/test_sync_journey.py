"""Journey: one journal on two computers, started and synced from Settings by keyboard.

Settings (Ctrl+,) → Two computers (Alt+T); Alt+U ("Use a folder…") opens the folder
chooser, where the shared folder's path is typed key by key, and Return: the tab
says where it syncs (read over AT-SPI). The "other computer" is the journal's
backup restored in another data folder by the real CLI, which syncs, writes an
entry and syncs again through the same folder. Back in the window, Alt+N ("Sync
now") brings it in: the tab says one entry came in, and once Settings closes the
journal's list shows it. The CLI then reads it in the window's journal too
(light and dark; a shot of the tab).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry, entries, succeeds
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

SETTINGS = r"^Settings\b"
CHOOSER = r"^The folder your sync program carries"
HERE, THERE = "Written on the first computer", "Written on the second computer"


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_two_computers_from_settings_by_keyboard(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    add_entry(journal.folder, HERE, "The first computer's words.")
    shared = tmp_path / "Sync" / "journal"
    shared.mkdir(parents=True)
    app = desktop.launch(journal.folder, appearance)
    app.main_window()
    app.xdo.key("ctrl+comma")
    settings = app.wait_window(SETTINGS)
    app.xdo.key("alt+t")
    app.screen.wait_for_label("choose the folder here")
    app.xdo.key("alt+u")
    chooser = app.wait_window(CHOOSER, besides={settings})
    app.xdo.key("ctrl+a")
    app.xdo.type(str(shared))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.screen.wait_for_label(f"Syncing through {shared}")

    other = _second_computer(journal.folder, tmp_path)
    add_entry(other, THERE, "The second computer's words.")
    succeeds("sync", "now", folder=other)

    app.xdo.key("alt+n")
    app.screen.wait_for_label("1 entry came in from the other computer")
    desktop.shoot(app, settings, "settings-two-computers")
    app.xdo.key("Escape")
    app.wait_gone(settings)
    wait_for(lambda: _shown(app, THERE), "the other computer's entry in the list")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
    titles = {entry["title"] for entry in entries(journal.folder)}
    assert titles == {HERE, THERE}


def _shown(app: RunningApp, words: str) -> bool:
    """Whether a screen reader finds ``words`` anywhere in the window (a list's row)."""
    return any(words in (node.name or "") for node in app.screen.nodes())


def _second_computer(first: Path, tmp_path: Path) -> Path:
    """The journal's backup restored in another data folder, synced there once."""
    backups = tmp_path / "usb-stick"
    succeeds("backup", "--to", str(backups), folder=first)
    (database,) = backups.glob("threshold-*.db")
    other = tmp_path / "second-computer"
    succeeds("restore", str(database), "--yes", folder=other)
    succeeds("sync", "now", folder=other)  # a copy: it joins as a computer of its own
    return other
