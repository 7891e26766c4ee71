"""Sync as a person uses it: turn it on for a folder, sync now, leave.

Syncing writes this computer's changes first (so every edit here has its state
before anything is merged), then merges the others' new files, then writes
again: nothing a merge changes is this computer's edit, so that second write is
empty unless something was typed meanwhile.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from app.sync.incoming import Merging, merge_folder
from app.sync.outgoing import share, stream_ahead

if TYPE_CHECKING:
    from app.journal import Journal

SECRET_BYTES = 32
DEVICE_BYTES = 16


def turn_on(journal: Journal, folder: Path) -> str:
    """Share this journal through ``folder`` from this computer; returns its device id.

    A journal restored from another computer's backup keeps its sync secret and
    joins as a new computer; a journal never synced gets a new secret.
    """
    before = journal.sync.settings()
    secret = before.secret if before is not None else os.urandom(SECRET_BYTES)
    device = os.urandom(DEVICE_BYTES).hex()
    folder.mkdir(parents=True, exist_ok=True)
    journal.sync.turn_on(device, secret, str(folder), this_place(journal))
    return device


def this_place(journal: Journal) -> str:
    """This computer and this journal's file: a copy anywhere else is another computer.

    Kept inside the encrypted journal only. The machine id (systemd's, or the host's
    name where there is none) with the database's path.
    """
    machine = ""
    for candidate in (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id")):
        try:
            machine = candidate.read_text(encoding="ascii").strip()
        except OSError:
            continue
        if machine:
            break
    return f"{machine or platform.node()}|{journal.files.database.resolve()}"


def ensure_own_stream(journal: Journal) -> None:
    """Join as a new computer when this journal is a copy of one that synced.

    A backup restored on another computer (or in another folder) carries the first
    computer's device; and a backup restored here carries an older sequence than
    this computer's stream has reached. Writing on would put two different files
    under one name, so the copy takes a stream of its own and reads the old one as
    another computer's, from where the copy stopped.
    """
    settings = journal.sync.settings()
    if settings is None:
        return
    elsewhere = settings.place != this_place(journal)
    if elsewhere or stream_ahead(journal, settings):
        turn_on(journal, Path(settings.folder))


def sync_now(journal: Journal) -> Merging:
    """Write what changed here, merge what changed elsewhere; returns what was merged."""
    ensure_own_stream(journal)
    share(journal)
    merging = merge_folder(journal)
    share(journal)
    return merging
