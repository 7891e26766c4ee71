"""A whole desktop session leaves no plaintext anywhere on disk, backups included.

``tests/gui/gui_session.py`` runs the real window offscreen in its own process
with a private HOME, XDG folders and temp folder: setup with a passphrase, two
entries typed into the widgets (marker strings in title, tag and body), autosave,
a search, a check-in, remind me why, a contact logged after "I reached out" with who typed
in (a name is private too), an unsent letter, a backup with Settings'
"Back up now" to a chosen folder (a USB stick), Ctrl+L, and quit. Every file
under those folders and the backup folder is scanned for the markers in every
encoding and case twice: while the app still runs, locked, and after it quit:
zero hits. The journal and the backup are opened afterwards to prove the markers
really were written (so the scan could have found them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from app.backup import keys_beside, list_backups
from app.files import JournalFiles
from app.journal import Journal, open_journal
from app.vault.slot_secret import SlotSecret
from tests.helpers.paths import REPO
from tests.leak_scan import needles_for, scan

SESSION = REPO / "tests" / "gui" / "gui_session.py"
PASSPHRASE = "an evening passphrase"
SESSION_TIMEOUT_S = 120


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


def run_session(
    root: Path, data: Path, markers: tuple[str, str, str], needles: dict[str, bytes]
) -> list[str]:
    """Run the session; scan everything while it is locked (still running), then let it quit.

    Returns what the scan found while the app was locked.
    """
    handshake, usb = root / "handshake", root / "usb-stick"
    handshake.mkdir()
    usb.mkdir(mode=0o700)
    env = private_environment(root)
    env.update(THRESHOLD_SESSION_BACKUP_DIR=str(usb), THRESHOLD_SESSION_HANDSHAKE=str(handshake))
    session = subprocess.Popen(
        [sys.executable, str(SESSION), str(data), *markers],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    try:
        deadline = time.monotonic() + SESSION_TIMEOUT_S
        while not (handshake / "locked").exists():
            assert session.poll() is None, session.communicate()[1].decode(errors="replace")
            assert time.monotonic() < deadline, "the session never locked"
            time.sleep(0.05)
        found_while_locked = scan([root], needles)
        (handshake / "scanned").touch()
        _, stderr = session.communicate(timeout=SESSION_TIMEOUT_S)
    finally:
        if session.poll() is None:
            session.kill()
            session.communicate()
    assert session.returncode == 0, stderr.decode(errors="replace")
    return found_while_locked


def test_a_gui_session_leaves_no_plaintext(tmp_path: Path) -> None:
    marker = uuid.uuid4().hex
    body, title, tag = f"BODYMARK{marker}", f"TITLEMARK{marker}", f"TAGMARK{marker}"
    data = tmp_path / "data" / "Threshold"
    needles: dict[str, bytes] = {}
    who = f"WHOMARK{marker}"  # the name the session types as who (gui_session.who_marker)
    for label, text in (
        ("body", body),
        ("title", title),
        ("tag", tag),
        ("who", who),
        ("passphrase", PASSPHRASE),
    ):
        needles |= needles_for(label, text, marker)
    needles |= needles_for("search", body[:14])  # what was typed into the search field

    assert run_session(tmp_path, data, (body, title, tag), needles) == []  # locked, running

    with open_journal(JournalFiles(data), SlotSecret.passphrase(PASSPHRASE)) as journal:
        texts = [journal.entries.get(s.id) for s in journal.entries.summaries()]
        reasons = [reason.text for reason in journal.reasons.all()]
        contacts = [(c.fields.said, c.fields.who) for c in journal.contacts.all()]
        people = journal.contacts.people()
    assert reasons == [f"{title} is a reason"] and contacts == [(f"{body} said", (who,))]
    assert people == [who]
    assert any(body in entry.body and entry.title == title and tag in entry.tags for entry in texts)
    checkin = next(entry for entry in texts if entry.pulls)
    assert checkin.pulls == (f"{tag} pulled",) and body in checkin.body
    assert checkin.prompt is not None and checkin.prompt.startswith("own-")
    assert any(f"A letter {body} unsent." == entry.body for entry in texts)
    assert backed_up_bodies(tmp_path / "usb-stick", tmp_path / "opened-backup") >= {
        f"Tonight I wrote {body} and then rested."
    }
    shutil.rmtree(tmp_path / "opened-backup")  # opened only to prove the markers were in it
    assert scan([tmp_path], needles) == []  # after quitting
    assert (tmp_path / "config" / "Threshold" / "window.ini").exists()


def backed_up_bodies(usb: Path, folder: Path) -> set[str]:
    """The bodies in the one backup on the stick, opened with the passphrase."""
    (backup,) = list_backups(usb)
    folder.mkdir()
    shutil.copy2(backup.path, folder / "journal.db")
    shutil.copy2(keys_beside(backup.path), folder / "journal.keys")
    with open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE)) as journal:
        return _bodies(journal)


def _bodies(journal: Journal) -> set[str]:
    return {journal.entries.get(summary.id).body for summary in journal.entries.summaries()}
