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

from app import APP_ID
from tests.conftest import REPO
from tests.integration.test_secret_service import (
    KeyringJournal,
    add_entry,
    create_keyring_journal,
    secret_tool,
    wipe_keyring_item,
)

pytestmark = [
    pytest.mark.keyring_integration,
    pytest.mark.skipif(
        os.environ.get("THRESHOLD_TEST_SECRET_SERVICE") != "1",
        reason="needs a real Secret Service: run under scripts/with-test-keyring",
    ),
]
PROBE = Path(__file__).with_name("start_probe.py")
FIRST_PAINT_PREFIX = "first-paint-monotonic-ns "


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[KeyringJournal]:
    created = create_keyring_journal(tmp_path)
    add_entry(created.folder, "An evening", "Words for the timeline.")
    yield created
    secret_tool("clear", "service", APP_ID, "username", created.journal_id)


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
