"""Journeys: a wrong passphrase, then the right one; quick hide; search shows whole words.

Issue 15, finding 12: after a wrong passphrase the error and "Opening your
journal…" showed together, the wrong text was not selected, and the growing pause
was not explained. Here the passphrase is typed key by key on a real X server: a
wrong one brings the message (read by a screen reader) and nothing else; a second
wrong one, typed over the first, brings a short pause that says why; after it the
right one typed straight over the wrong one opens the journal (so the wrong text
was still selected: typing replaced it). F12 hides and locks; launching again
brings the same window back at the unlock screen.

Finding 11: search snippets cut the matched word ("…when my ph…"). A word typed
into search key by key shows whole in its result, with words around it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import start_app
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry, succeeds
from tests.journeys.waiting import wait_for

pytestmark = pytest.mark.journey

PASSPHRASE = "river stones at dusk"
WRONG = "river stones at dawn"
OPENING = "Opening your journal"
PAUSE = "makes the next wait a little longer"
DERIVING = 30.0  # the passphrase's memory-hard key derivation, on a slow shared core
LATE = (
    "It was late that evening, after the long drive home from the station, "
    "when my phone rang again and again and I let it ring until it stopped."
)


def passphrase_journal(folder: Path, secrets: Path) -> Path:
    """``threshold init`` with a passphrase (no keyring slot), and one entry in it."""
    secrets.mkdir(mode=0o700, parents=True, exist_ok=True)
    passphrase_file = secrets / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    passphrase_file.chmod(0o600)
    created = json.loads(
        succeeds("init", "--json", "--passphrase-file", str(passphrase_file), folder=folder)
    )
    assert sorted(created["opens_with"]) == ["passphrase", "recovery"], created
    return passphrase_file


# A short name: pytest names the temporary folder after the test, and the app's
# single-instance socket (in the journey's XDG_RUNTIME_DIR below it) must stay
# within the 107 bytes a Unix socket path may have, or the relaunch can't find it.
@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_unlock(desktop: Desktop, tmp_path: Path, appearance: str) -> None:
    folder = tmp_path / "journal"
    passphrase_journal(folder, tmp_path / "secrets")
    app = desktop.launch(folder, appearance)
    window = app.main_window()
    app.screen.wait_for_focus("Passphrase")
    desktop.shoot(app, window, "unlock")

    app.xdo.type(WRONG)
    app.xdo.key("Return")
    message = app.screen.wait_for_label("doesn't open", timeout=DERIVING)
    assert not any(OPENING in label for label in app.screen.labels()), "one state at a time"
    app.screen.wait_for_focus("Passphrase")
    desktop.shoot(app, window, "unlock-wrong")

    app.xdo.type(WRONG.upper())  # over the first: a second wrong try brings a short pause
    app.xdo.key("Return")
    app.screen.wait_for_label(PAUSE, timeout=DERIVING)  # said plainly, beside the message
    desktop.shoot(app, window, "unlock-pause")
    wait_for(lambda: not any(PAUSE in label for label in app.screen.labels()), "the pause to end")
    app.screen.wait_for_focus("Passphrase")

    app.xdo.type(PASSPHRASE)  # over the selected wrong text: it replaces it
    app.xdo.key("Return")
    wait_for(
        lambda: any(node.name == "Search your journal" for node in app.screen.nodes()),
        "the journal to open",
        timeout=DERIVING,
    )
    assert message not in app.screen.labels()

    app.xdo.key("F12")  # quick hide: out of sight and locked
    wait_for(lambda: not app.windows(), "the window to hide")
    again = start_app(folder, server=desktop.server, home=desktop.home, logs=tmp_path / "again")
    assert again.wait_exit() == 0, again.stderr()  # it handed over to the running app
    window = app.main_window()
    app.screen.wait_for_focus("Passphrase")
    assert "Welcome back" in app.screen.labels()
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()


@pytest.mark.keyring_integration
def test_a_searched_word_shows_whole_in_its_result(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal]
) -> None:
    journal = keyring_journal()
    add_entry(journal.folder, "Late", LATE)
    app = desktop.launch(journal.folder, "light")
    window = app.main_window()
    app.xdo.key("ctrl+f")
    app.screen.wait_for_focus("Search your journal")
    app.xdo.type("phone")

    def result() -> str | None:
        rows = [n.name for n in app.screen.nodes() if n.name.startswith("Late, ")]
        return rows[0] if rows else None

    row = wait_for(result, "a search result for the entry")
    assert "when my phone rang again" in row, row
    desktop.shoot(app, window, "search-whole-word")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
