"""Sync as a person uses it: turn it on for a folder, sync now, leave.

Syncing writes this computer's changes first (so every edit here has its state
before anything is merged), then merges the others' new files, then writes
again: nothing a merge changes is this computer's edit, so that second write is
empty unless something was typed meanwhile.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.sync.incoming import Merging, merge_folder
from app.sync.outgoing import share

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
    journal.sync.turn_on(device, secret, str(folder))
    return device


def sync_now(journal: Journal) -> Merging:
    """Write what changed here, merge what changed elsewhere; returns what was merged."""
    share(journal)
    merging = merge_folder(journal)
    share(journal)
    return merging
