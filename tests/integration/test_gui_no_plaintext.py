"""A whole desktop session leaves no plaintext anywhere on disk.

``tests/gui/gui_session.py`` runs the real window offscreen in its own process
with a private HOME, XDG folders and temp folder: setup with a passphrase, two
entries typed into the widgets (marker strings in title, tag and body), autosave,
a search, and quit. Then every file under those folders is scanned for the
markers in every encoding and case: zero hits. The journal is opened afterwards
to prove the markers really were written (so the scan could have found them).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from app.files import JournalFiles
from app.journal import open_journal
from app.vault.vault import SlotSecret
from tests.conftest import REPO
from tests.leak_scan import needles_for, scan

SESSION = REPO / "tests" / "gui" / "gui_session.py"
PASSPHRASE = "an evening passphrase"


def private_environment(root: Path) -> dict[str, str]:
    """HOME, XDG folders and temp folders all inside ``root``."""
    folders = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "config",
        "XDG_DATA_HOME": root / "data",
        "XDG_CACHE_HOME": root / "cache",
        "XDG_STATE_HOME": root / "state",
        "XDG_RUNTIME_DIR": root / "runtime",
        "TMPDIR": root / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(mode=0o700, parents=True)
    env = {**os.environ, **{name: str(path) for name, path in folders.items()}}
    env.update(TEMP=str(folders["TMPDIR"]), TMP=str(folders["TMPDIR"]), QT_QPA_PLATFORM="offscreen")
    env.update(THRESHOLD_SESSION_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(REPO))
    return env


def test_a_gui_session_leaves_no_plaintext(tmp_path: Path) -> None:
    marker = uuid.uuid4().hex
    body, title, tag = f"BODYMARK{marker}", f"TITLEMARK{marker}", f"TAGMARK{marker}"
    data = tmp_path / "data" / "Threshold"
    result = subprocess.run(
        [sys.executable, str(SESSION), str(data), body, title, tag],
        env=private_environment(tmp_path),
        capture_output=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    with open_journal(JournalFiles(data), SlotSecret.passphrase(PASSPHRASE)) as journal:
        texts = [journal.entries.get(s.id) for s in journal.entries.summaries()]
        reasons = [reason.text for reason in journal.reasons.all()]
        contacts = [contact.fields.said for contact in journal.contacts.all()]
    assert reasons == [f"{title} is a reason"] and contacts == [f"{body} said"]
    assert any(body in entry.body and entry.title == title and tag in entry.tags for entry in texts)
    checkin = next(entry for entry in texts if entry.pulls)
    assert checkin.pulls == (f"{tag} pulled",) and body in checkin.body
    assert checkin.prompt is not None and checkin.prompt.startswith("own-")
    assert any(f"A letter {body} unsent." == entry.body for entry in texts)
    needles: dict[str, bytes] = {}
    for label, text in (("body", body), ("title", title), ("tag", tag), ("passphrase", PASSPHRASE)):
        needles |= needles_for(label, text, marker)
    assert scan([tmp_path], needles) == []
    assert (tmp_path / "config" / "Threshold" / "window.ini").exists()
