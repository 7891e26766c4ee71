"""Journey: the first run, by keyboard, to a journal that opens with a passphrase.

On an empty data folder: Return through the welcome, the safety note and the
window's-name step; Return alone on "How would you like to open your journal?"
chooses nothing (issue 15, finding 5: it chose the computer login) and creates
nothing; Alt+P chooses the passphrase, typed key by key twice; the recovery key is
saved with "Save as file…" and one group of it typed back; the journal opens and
takes a first entry. From outside: ``threshold keys status`` says the passphrase
and the recovery key open it (not the computer login), the passphrase lists the
entry, a wrong one doesn't, and the saved recovery key opens it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers.cli import run_threshold
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import key_only_file, opens_with_recovery_key, threshold
from tests.journeys.waiting import wait_for

pytestmark = pytest.mark.journey

PASSPHRASE = "river stones at dusk"
SAVE_KEY = r"^Save the recovery key\b"
CREATING = 30.0  # the passphrase's memory-hard key derivation, on a slow shared core


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_first_run_by_keyboard_makes_a_passphrase_journal(
    desktop: Desktop, tmp_path: Path, appearance: str
) -> None:
    folder = tmp_path / "journal"
    app = desktop.launch(folder, appearance)
    window = app.main_window()
    walk_to_the_choice(app, desktop, window)

    app.xdo.key("Return")  # Enter alone: nothing is chosen, so nothing is created
    app.screen.wait_for_label("Please choose one of the two ways")
    assert not (folder / "journal.keys").exists()
    desktop.shoot(app, window, "setup-choose-first")

    choose_a_passphrase(app, desktop, window)
    key_file = keep_the_recovery_key(app, desktop, window, tmp_path / "kept" / "key.txt")
    type_a_group_back(app, desktop, window, key_file)
    write_a_first_entry(app, folder)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    status = threshold("keys", "status", folder=folder).stdout.decode()
    assert "your passphrase" in status and "your recovery key" in status
    assert "login" not in status and "keyring" not in status
    assert not unlocks(folder, "river stones at dawn")
    key = key_only_file(key_file, tmp_path / "key-only.txt")
    assert opens_with_recovery_key(folder, key)


# ---------------------------------------------------------------------- steps


def walk_to_the_choice(app: RunningApp, desktop: Desktop, window: int) -> None:
    """Welcome, safety, the window's name: Return on each (its one primary action)."""
    for label, shot in (
        ("Welcome to Threshold", "setup-welcome"),
        ("A word about safety", "setup-safety"),
        ("If someone might see your screen", "setup-screen"),
    ):
        app.screen.wait_for_label(label)
        desktop.shoot(app, window, shot)
        app.xdo.key("Return")
    app.screen.wait_for_label("How would you like to open your journal?")
    app.screen.wait_for_focus("With my computer login")
    desktop.shoot(app, window, "setup-choice")


def choose_a_passphrase(app: RunningApp, desktop: Desktop, window: int) -> None:
    """Alt+P, then the passphrase typed key by key in both fields; Return creates."""
    app.xdo.key("alt+p")
    app.screen.wait_for_focus("With a passphrase")
    app.xdo.key("Tab")
    app.screen.wait_for_focus("Passphrase")
    app.xdo.type(PASSPHRASE)
    app.xdo.key("Tab")
    app.screen.wait_for_focus("Passphrase again")
    app.xdo.type(PASSPHRASE)
    app.screen.wait_for_label("A strong length")
    desktop.shoot(app, window, "setup-passphrase")
    app.xdo.key("Return")
    app.screen.wait_for_label("Your recovery key", timeout=CREATING)


def keep_the_recovery_key(app: RunningApp, desktop: Desktop, window: int, path: Path) -> Path:
    """ "Save as file…" (Alt+S), the path typed, Return; then "I've kept it" (Alt+K)."""
    desktop.shoot(app, window, "setup-recovery-key")
    path.parent.mkdir(parents=True, exist_ok=True)
    app.xdo.key("alt+s")
    dialog = app.wait_window(SAVE_KEY)
    app.xdo.key("ctrl+a")
    app.xdo.type(str(path))
    app.xdo.key("Return")
    app.wait_gone(dialog)
    wait_for(lambda: path.exists() and path.stat().st_size > 0, "the key file to be written")
    app.xdo.activate(window)
    app.xdo.key("alt+k")
    return path


def type_a_group_back(app: RunningApp, desktop: Desktop, window: int, key_file: Path) -> None:
    """The group asked for, typed from the saved key; Return finishes setup."""
    asked = app.screen.wait_for_label("please type group")
    number = int(re.search(r"group (\d+) of", asked).group(1))  # type: ignore[union-attr]
    key = key_only_file(key_file, key_file.with_name("typed-from.txt")).read_text().strip()
    app.screen.wait_for_focus("Group of the recovery key")
    app.xdo.type(key.split("-")[number - 1])
    desktop.shoot(app, window, "setup-confirm")
    app.xdo.key("Return")


def write_a_first_entry(app: RunningApp, folder: Path) -> None:
    """In the journal now: Ctrl+N and a line, saved where the passphrase finds it."""
    app.xdo.key("ctrl+n")
    app.screen.wait_for_focus("Entry text")
    app.xdo.type("The first evening here.")
    wait_for(lambda: listed_titles(folder), "the first entry to be saved")


def listed_titles(folder: Path) -> list[str]:
    """What ``threshold list --json`` shows with the passphrase (and [] until then)."""
    done = run_threshold(
        "list", "--json", data_dir=folder, env={"THRESHOLD_PASSPHRASE": PASSPHRASE}
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return [
        str(item.get("title") or item.get("headline") or "") for item in json.loads(done.stdout)
    ]


def unlocks(folder: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the journal (``threshold list``)."""
    done = run_threshold("list", data_dir=folder, env={"THRESHOLD_PASSPHRASE": passphrase})
    return done.returncode == 0
