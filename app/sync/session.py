"""Sync as a person uses it: turn it on for a folder, sync now, leave.

Syncing writes this computer's changes first (so every edit here has its state
before anything is merged), then merges the others' new files, then writes
again: nothing a merge changes is this computer's edit, so that second write is
empty unless something was typed meanwhile.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.sync.incoming import Merging, merge_folder
from app.sync.outgoing import share, stream_ahead
from app.words import say

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
    """Write what changed here, merge what changed elsewhere; returns what was merged.

    Raises:
        OSError: the folder can't be read or written (nothing merged is lost: the
            journal keeps what it decided, and the next sync goes on from there).
    """
    ensure_own_stream(journal)
    share(journal)
    merging = merge_folder(journal)
    share(journal)
    journal.sync.synced_at(dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    return merging


@dataclass(frozen=True)
class SyncStatus:
    """What Settings and ``threshold sync status`` say about sync here."""

    folder: str
    written: int
    others: int
    waiting: bool
    last: dt.datetime | None
    refused: tuple[str, ...]


def status(journal: Journal) -> SyncStatus | None:
    """Sync as it stands on this computer, or None while it is off."""
    settings = journal.sync.settings()
    if settings is None:
        return None
    refused = tuple(say(reason, name=name[:8]) for name, reason in journal.sync.refused())
    return SyncStatus(
        folder=settings.folder,
        written=settings.sequence,
        others=len(journal.sync.streams_read()),
        waiting=bool(journal.sync.unsent() or journal.sync.noted()),
        last=dt.datetime.fromisoformat(settings.last) if settings.last else None,
        refused=refused,
    )


def leave(journal: Journal) -> None:
    """Stop syncing here; the folder and the journal's entries stay as they are."""
    journal.sync.turn_off()
