"""Journey: a Day One export brought in, then everything taken out as a protected archive.

A Day One export (five entries over five months, two photos, a place) is made
here. In the window, Alt+J then I opens Journal → Import…; Return on "Choose a
File…" opens the file dialog, where the export's path is typed key by key and
Return reads it. The preview says five new entries over which dates, with the
place left out unless chosen; Return imports; the result says where to find
them, and Return ("Show Them") sets the timeline's "Imported from Day One".
Then Alt+J, E opens Export Everything…: a password typed key by key, Tab, typed
again; Return asks where, the path is typed, Return writes it; the result says
where it went, and Return closes.

From outside: ``threshold list --imported dayone`` lists exactly the five
entries, none holding the place; the archive is 0600 and opens with its
password (``threshold import --dry-run``: the same five entries, all already
there).
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.helpers.transfer_fixtures import (
    build_dayone_zip,
    dayone_entry,
    dayone_escape,
    dayone_photo,
)
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import succeeds
from tests.journeys.photos import lake_at_dusk, letter_on_a_table
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

IMPORT = r"^Import\b"
EXPORT_ALL = r"^Export Everything\b"
PASSWORD = "seven quiet lanterns"
PLACE = "Bench by the boathouse"
SOURCE_FILTER = "Imported from Day One"  # the timeline filter's choice, as read aloud
WORDS = (
    ("2025-11-02T16:40:00Z", "A walk by the lake. The light went gold and I breathed out."),
    ("2025-12-24T20:10:00Z", "Christmas Eve on my own. It was quieter than I feared."),
    ("2026-01-15T08:05:00Z", "She wrote again. I read it once and put it away."),
    ("2026-02-03T19:30:00Z", "I wrote back, on paper, and didn't send it."),
    ("2026-03-20T12:00:00Z", "First warm day. I sat outside and left my phone inside."),
)


def day_one_export(path: Path) -> Path:
    """Five entries as Day One exports them: two with a photo, one with a place."""
    lake = dayone_photo(lake_at_dusk(960, 600), "LAKE0000000000000000000000000001")
    letter = dayone_photo(letter_on_a_table(), "LETTER00000000000000000000000002", "png")
    photos = {0: lake, 3: letter}
    entries = []
    for number, (created, words) in enumerate(WORDS):
        photo = photos.get(number)
        text = dayone_escape(words) + (f"\n\n{photo.moment}" if photo else "")
        more = {"location": {"placeName": PLACE, "localityName": "Lakeside"}} if number == 0 else {}
        entries.append(
            dayone_entry(
                f"{number + 1:032X}",
                created,
                text,
                [photo] if photo else [],
                timeZone="Europe/Berlin",
                tags=["walks" if number in (0, 4) else "letters"],
                **more,
            )
        )
    return build_dayone_zip(path, {"Journal": entries}, photos.values())


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_a_day_one_export_comes_in_and_everything_goes_out(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    export = day_one_export(tmp_path / "Day One export.zip")
    archive = tmp_path / "kept" / "everything.zip"
    archive.parent.mkdir()

    app = desktop.launch(journal.folder, appearance)
    main = app.main_window()
    import_by_keyboard(desktop, app, export)
    wait_for(lambda: shown(app, SOURCE_FILTER), "the timeline filtered by its source")
    desktop.shoot(app, main, "import-filter")
    export_everything(desktop, app, archive)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    listed = json.loads(succeeds("list", "--imported", "dayone", "--json", folder=journal.folder))
    assert len(listed) == len(WORDS)
    bodies = [
        json.loads(succeeds("show", item["id"], "--json", folder=journal.folder))["body"]
        for item in listed
    ]
    assert all(PLACE not in body for body in bodies)  # left out: the box was not ticked
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    password = tmp_path / "password"
    password.write_text(PASSWORD)
    password.chmod(0o600)
    check = succeeds(
        *("import", str(archive), "--dry-run", "--json", "--password-file", str(password)),
        folder=journal.folder,
    )
    found = json.loads(check)
    assert (found["format"], found["entries"], found["skipped"]) == ("archive", 0, len(WORDS))


def shown(app: RunningApp, name: str) -> bool:
    """Whether a control named ``name`` is showing (a screen reader finds it)."""
    return any(node.name == name for node in app.screen.nodes())


def import_by_keyboard(desktop: Desktop, app: RunningApp, export: Path) -> None:
    """Alt+J, I; the file typed into the file dialog; the preview; Return imports; Show Them."""
    app.xdo.key("alt+j")
    app.xdo.key("i")
    dialog = app.wait_window(IMPORT)
    app.screen.wait_for_focus("Choose a File…")
    app.xdo.key("Return")
    chooser = app.wait_window(r"^Choose a file to import", besides={dialog})
    app.xdo.type(str(export))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.screen.wait_for_label("5 new entries, from ")
    app.screen.wait_for_focus("Keep place and weather as a line in each entry")
    desktop.shoot(app, dialog, "import-preview")
    app.xdo.key("Return")  # Import, the default
    app.screen.wait_for_label("5 entries imported.", timeout=30)
    app.screen.wait_for_focus("Show the imported entries")
    desktop.shoot(app, dialog, "import-result")
    app.xdo.key("Return")
    app.wait_gone(dialog)


def export_everything(desktop: Desktop, app: RunningApp, archive: Path) -> None:
    """Alt+J, E; the password twice; Return, the path typed, Return; the result; Return."""
    app.xdo.key("alt+j")
    app.xdo.key("e")
    dialog = app.wait_window(EXPORT_ALL)
    app.screen.wait_for_focus("Password (optional)")
    app.xdo.type(PASSWORD)
    app.xdo.key("Tab")
    app.screen.wait_for_focus("Repeat the password")
    app.xdo.type(PASSWORD)
    desktop.shoot(app, dialog, "export-all")
    app.xdo.key("Return")  # Export…, the default
    chooser = app.wait_window(r"^Export everything\b", besides={dialog})
    app.xdo.key("ctrl+a")
    app.xdo.type(str(archive))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.screen.wait_for_label("were exported to", timeout=30)
    app.screen.wait_for_focus("Close")
    desktop.shoot(app, dialog, "export-all-done")
    app.xdo.key("Return")
    app.wait_gone(dialog)
