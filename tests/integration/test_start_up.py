"""The app's start through a real Secret Service: the helper child reads it meanwhile.

The real ``threshold --smoke-test`` runs in a fresh process (see start_probe.py):
the window must open the journal at its first paint, and the app's own process
must never load what the helper keeps to itself (the keyring's D-Bus client,
``cryptography``), nor QtNetwork or OpenSSL's hashlib (see app.digests).
Run through ``scripts/with-test-keyring``; skipped without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.keyring import (
    KeyringJournal,
    add_entry,
    create_keyring_journal,
    forget_keyring_item,
    wipe_keyring_item,
)
from tests.helpers.paths import REPO

pytestmark = pytest.mark.keyring_integration
PROBE = Path(__file__).with_name("start_probe.py")
FIRST_PAINT_PREFIX = "first-paint-monotonic-ns "


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[KeyringJournal]:
    created = create_keyring_journal(tmp_path / "journal", tmp_path / "recovery-key.txt")
    add_entry(created.folder, "An evening", "Words for the timeline.")
    yield created
    forget_keyring_item(created.journal_id)


def start(folder: Path) -> tuple[dict[str, Any], str]:
    """Run the probe's smoke test: (what it saw, its standard output)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("THRESHOLD_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, str(PROBE), "--data-dir", str(folder), "--smoke-test"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report, done.stdout


def test_the_window_opens_the_journal_at_its_first_paint(journal: KeyringJournal) -> None:
    seen, output = start(journal.folder)
    assert seen["helper"] == "PrefetchedKeystore"
    assert seen["opened"] and seen["journal_shown"] and seen["rows"] >= 1
    assert any(line.startswith(FIRST_PAINT_PREFIX) for line in output.splitlines())


# Before the first paint: the shell, the journal room, the kit, the services, and each
# other room's coordinator (a small module that imports its screens on first use).
FIRST_PAINT_ROOMS = ("app.ui.journal.", "app.ui.widgets.")
COORDINATORS = {
    "app.ui.checkin.coordinator",
    "app.ui.doubt.coordinator",
    "app.ui.export.launcher",
    "app.ui.privacy.capture_guard",  # asked at the window's first show
    "app.ui.privacy.lock",
    "app.ui.privacy.quick_hide",
    "app.ui.setup.coordinator",
    "app.ui.settings.access_notice",  # watches each unlock; its words load after the paint
}


def test_the_first_paint_loads_only_the_journal_room_and_the_kit(journal: KeyringJournal) -> None:
    seen, _ = start(journal.folder)
    rooms = [name for name in seen["ui_at_first_paint"] if name.count(".") >= 3]
    assert [
        name
        for name in rooms
        if not name.startswith(FIRST_PAINT_ROOMS) and name not in COORDINATORS
    ] == [], rooms
    assert seen["readers_at_first_paint"] == []  # the TOML reader and Markdown load later
    attaching = [name for name in rooms if ".attach" in name or name.endswith("thumbnails")]
    assert attaching == [], attaching  # the strip and the attach flow come after it
    filters = [name for name in rooms if name.startswith("app.ui.journal.filter_")]
    assert filters == [], filters  # the filter bar is built just after it, hidden


def test_the_apps_own_process_never_loads_the_helpers_share(journal: KeyringJournal) -> None:
    seen, _ = start(journal.folder)
    assert seen["opened"]
    assert seen["loaded"] == []


def test_a_wiped_keyring_item_still_ends_on_the_calm_unlock_screen(
    journal: KeyringJournal,
) -> None:
    wipe_keyring_item(journal.journal_id)
    seen, _ = start(journal.folder)
    assert seen["helper"] == "PrefetchedKeystore"
    assert not seen["opened"] and not seen["journal_shown"]
