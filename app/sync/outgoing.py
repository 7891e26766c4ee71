"""This computer's changes into its own stream: decided in the journal, then written.

The entries noted as changed (the database's triggers note them) are compared
with their states as last shared; those that differ become one change file. What
the file holds is kept in the journal first, in the same transaction that marks
the entries shared, and only then written to the folder; after a crash between
the two, the same file is written again from the journal, so a stream never has
a gap and never two versions of one file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import EntryNotFound
from app.records.entries import Entry
from app.sync import change_file
from app.sync.change_file import ChangeFile
from app.sync.clock import HybridClock, Stamp
from app.sync.entry_fields import shared_state
from app.sync.entry_state import EntryState
from app.sync.identity import ensure_own_stream
from app.sync.names import stream_name
from app.sync.sealing import sync_key

if TYPE_CHECKING:
    from app.journal import Journal
    from app.storage.sync_store import SyncState


def clock_for(settings: SyncState) -> HybridClock:
    """This computer's clock, never behind what it made or saw before."""
    last = Stamp.parse(settings.clock) if settings.clock else None
    return HybridClock(settings.device, last=last)


def share(journal: Journal) -> int:
    """Write this computer's unshared changes to its stream; returns how many files.

    Raises:
        OSError: the folder could not be written (the changes stay decided and
            are written at the next try).
    """
    ensure_own_stream(journal)  # a copy never writes into the stream it was copied from
    decide(journal)
    settings = journal.sync.settings()
    if settings is None:
        return 0
    key = sync_key(settings.secret)
    stream = Path(settings.folder) / stream_name(key, settings.device)
    written = 0
    for sequence, payload in journal.sync.unsent():
        changes = tuple(json.loads(payload))
        change_file.write(stream, key, ChangeFile(settings.device, sequence, changes))
        journal.sync.written(sequence)
        written += 1
    return written


def decide(journal: Journal) -> None:
    """Turn the noted entries into the next change file, kept in the journal.

    All in one write transaction: another process (the command line beside the
    window) can neither edit between the reading and the marking, nor take the
    same sequence number.
    """
    with journal.sync.batch():
        settings = journal.sync.settings()
        noted = journal.sync.noted()
        if settings is None or not noted:
            return
        clock = clock_for(settings)
        states: list[EntryState] = []
        for entry_id in noted:
            state = shared_state(_entry(journal, entry_id), last_shared(journal, entry_id), clock)
            if state is not None:
                states.append(state)
        if not states:
            journal.sync.clear_notes(noted)
            return
        payload = json.dumps([state.as_change() for state in states], ensure_ascii=False)
        shared = [(state.id, json.dumps(state.as_change(), ensure_ascii=False)) for state in states]
        journal.sync.decide_file(settings.sequence + 1, payload, shared, noted)
        journal.sync.set_clock(clock.last.text())


def last_shared(journal: Journal, entry_id: str) -> EntryState | None:
    """The entry's state as last written or merged here."""
    stored = journal.sync.entry_state(entry_id)
    return None if stored is None else EntryState.from_change(json.loads(stored))


def _entry(journal: Journal, entry_id: str) -> Entry | None:
    try:
        return journal.entries.get(entry_id)
    except EntryNotFound:
        return None  # deleted for good here
