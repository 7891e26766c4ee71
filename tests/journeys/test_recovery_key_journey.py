"""Journey: Settings → "Make a new recovery key…", by keyboard, finished or interrupted.

Finished: the new key is shown, saved with "Save as file…" and kept; from then on
the new key opens the journal and the old one doesn't (checked with the CLI). Cut
off by kill -9 while the new key is on screen: the next start's Settings say two
recovery keys open the journal, and both really do.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import has_unconfirmed_recovery_key
from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import key_only_file, opens_with_recovery_key
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

SETTINGS = r"^Settings\b"
NEW_KEY = r"^New recovery key\b"
SAVE_KEY = r"^Save the recovery key\b"
TWO_KEYS = "two recovery keys open your journal"


def test_a_new_recovery_key_opens_the_journal_and_the_old_one_no_longer_does(
    desktop: Desktop, keyring_journal, tmp_path: Path
) -> None:
    journal: KeyringJournal = keyring_journal()
    app = desktop.launch(journal.folder, "light")
    settings = open_settings(app)
    key_dialog = ask_for_a_new_key(app, settings)
    desktop.shoot(app, key_dialog, "settings-new-recovery-key")
    saved = save_the_key(app, tmp_path / "kept" / "new-recovery-key.txt")
    app.xdo.key("alt+k")  # "I've kept it"
    app.wait_gone(key_dialog)
    files = JournalFiles(journal.folder)
    wait_for(lambda: not has_unconfirmed_recovery_key(files), "the old key to be let go")

    new_key = key_only_file(saved, tmp_path / "new-key.txt")
    assert opens_with_recovery_key(journal.folder, new_key)
    assert not opens_with_recovery_key(journal.folder, journal.recovery_key_file)
    close_settings_and_quit(app, settings)


def test_a_new_key_cut_off_on_screen_leaves_both_keys_working(
    desktop: Desktop, keyring_journal, tmp_path: Path
) -> None:
    journal: KeyringJournal = keyring_journal()
    app = desktop.launch(journal.folder, "dark")
    key_dialog = ask_for_a_new_key(app, open_settings(app))
    desktop.shoot(app, key_dialog, "settings-new-recovery-key")
    saved = save_the_key(app, tmp_path / "kept" / "new-recovery-key.txt")
    app.kill9()  # the key still on screen: never confirmed as kept
    assert has_unconfirmed_recovery_key(JournalFiles(journal.folder))

    for appearance in ("light", "dark"):
        again = desktop.launch(journal.folder, appearance)
        settings = open_settings(again)
        again.screen.wait_for_label(TWO_KEYS)
        desktop.shoot(again, settings, "settings-two-recovery-keys")
        close_settings_and_quit(again, settings)

    # Each key on its own copy: opening with the new key confirms it and lets the old go.
    new_key = key_only_file(saved, tmp_path / "new-key.txt")
    for name, key in (("old", journal.recovery_key_file), ("new", new_key)):
        copy = shutil.copytree(journal.folder, tmp_path / f"opened-with-{name}")
        assert opens_with_recovery_key(copy, key), f"the {name} key no longer opens it"


# ---------------------------------------------------------------------- steps


def open_settings(app: RunningApp) -> int:
    """Ctrl+, from the journal window; the dialog opens on "Opening and recovery"."""
    app.xdo.key("ctrl+comma")
    return app.wait_window(SETTINGS)


def ask_for_a_new_key(app: RunningApp, settings: int) -> int:
    """Tab to "Make a new recovery key…", Return, then Yes: the new key's dialog."""
    app.tab_to("Make a new recovery key")
    app.xdo.key("Return")
    question = app.wait_window(SETTINGS, besides={settings})
    app.xdo.key("alt+y")
    app.wait_gone(question)
    return app.wait_window(NEW_KEY)


def save_the_key(app: RunningApp, path: Path) -> Path:
    """ "Save as file…" (Alt+S), the path typed over the suggested name, Return."""
    path.parent.mkdir(parents=True, exist_ok=True)
    app.xdo.key("alt+s")
    dialog = app.wait_window(SAVE_KEY)
    app.xdo.key("ctrl+a")
    app.xdo.type(str(path))
    app.xdo.key("Return")
    app.wait_gone(dialog)
    wait_for(lambda: path.exists() and path.stat().st_size > 0, f"{path.name} to be written")
    return path


def close_settings_and_quit(app: RunningApp, settings: int) -> None:
    """Escape closes Settings; Ctrl+Q quits (after the day's backup); exit status 0."""
    app.xdo.key("Escape")
    app.wait_gone(settings)
    app.main_window()  # found and focused again
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
