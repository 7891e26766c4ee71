"""Sync as a person uses it: turn it on for a folder, sync now, leave.

Syncing writes this computer's changes first (so every edit here has its state
before anything is merged), then merges the others' new files, then writes
again: nothing a merge changes is this computer's edit, so that second write is
empty unless something was typed meanwhile.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.sync.identity import turn_on
from app.sync.incoming import Merging, merge_folder
from app.sync.outgoing import share
from app.words import say

__all__ = ["SyncStatus", "leave", "status", "sync_now", "turn_on"]

if TYPE_CHECKING:
    from app.journal import Journal


def sync_now(journal: Journal) -> Merging:
    """Write what changed here, merge what changed elsewhere; returns what was merged.

    Raises:
        OSError: the folder can't be read or written (nothing merged is lost: the
            journal keeps what it decided, and the next sync goes on from there).
    """
    share(journal)  # a copy takes its own stream first (``identity.ensure_own_stream``)
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
