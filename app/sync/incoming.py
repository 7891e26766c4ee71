"""The other computers' streams merged into this journal, one file at a time.

Each stream is read in order from where this computer stopped: the next file's
name is worked out from the stream's device and sequence, so a file that has not
arrived yet is waited for, never skipped. Each file is merged in one transaction
with the position it reaches, so a crash merges it whole or not at all, and never
twice. A file that does not open, or is not what its name says, is refused with
a plain message, noted, and skipped.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.sync import change_file
from app.sync.change_file import ChangeFile, ChangeFileRefused
from app.sync.clock import HybridClock, Stamp
from app.sync.entry_fields import entry_fields
from app.sync.entry_state import EntryState, merge
from app.sync.names import change_name, looks_like_a_name, stream_name
from app.sync.outgoing import clock_for, decide, last_shared
from app.sync.sealing import sync_key

if TYPE_CHECKING:
    from app.journal import Journal


@dataclass
class Merging:
    """What one pass over the folder did."""

    files: int = 0
    entries: int = 0
    refused: list[ChangeFileRefused] = field(default_factory=list)


def merge_folder(journal: Journal) -> Merging:
    """Merge every other computer's new files; returns what was merged and refused."""
    settings = journal.sync.settings()
    done = Merging()
    if settings is None:
        return done
    key = sync_key(settings.secret)
    folder = Path(settings.folder)
    mine = stream_name(key, settings.device)
    known = {stream_name(key, device): device for device in journal.sync.streams_read()}
    reading = _Pass(journal, key, clock_for(settings), done)
    for stream in sorted(_streams(folder)):
        if stream.name == mine:
            continue
        device = known.get(stream.name) or _device_of(stream, key)
        if device is None:
            reading.foreign(stream)
        else:
            reading.stream(stream, device)
    return done


def _streams(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [path for path in folder.iterdir() if path.is_dir() and looks_like_a_name(path.name)]


def _device_of(stream: Path, key: bytes) -> str | None:
    """A new stream's device, from the first of its files that opens as its own."""
    for path in sorted(stream.iterdir()):
        if not looks_like_a_name(path.name):
            continue
        try:
            found = change_file.decode(key, path.name, path.read_bytes())
        except (ChangeFileRefused, OSError):
            continue
        if stream_name(key, found.device) == stream.name:
            return found.device
    return None


@dataclass
class _Pass:
    """One pass over the folder: the journal, the key, this computer's clock, the tally."""

    journal: Journal
    key: bytes
    clock: HybridClock
    done: Merging

    def stream(self, stream: Path, device: str) -> None:
        """Merge ``device``'s files from where this computer stopped, in order.

        Files refused before are tried again first (a copy still arriving may be
        whole now); states merge the same read late or out of order.
        """
        for sequence in self.journal.sync.to_retry(device):
            self.read(stream, device, sequence, again=True)
        sequence = self.journal.sync.read_position(device) + 1
        while self.read(stream, device, sequence, again=False):
            sequence += 1

    def read(self, stream: Path, device: str, sequence: int, *, again: bool) -> bool:
        """Merge one file; False when it is not here (yet)."""
        path = stream / change_name(self.key, device, sequence)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return False
        try:
            found = change_file.decode(self.key, path.name, data, device)
        except ChangeFileRefused as refused:
            if not again:
                self.refuse(device, sequence, path.name, refused)
            return True
        self.done.entries += self.file(found, again=again)
        self.done.files += 1
        return True

    def foreign(self, stream: Path) -> None:
        """A stream none of whose files opens: another journal's, or damaged. Told once."""
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for path in sorted(stream.iterdir()):
            if looks_like_a_name(path.name):
                refused = ChangeFileRefused(change_file.UNOPENED, name=path.name[:8])
                if self.journal.sync.refuse(path.name, refused.template, at, None):
                    self.done.refused.append(refused)

    def refuse(self, device: str, sequence: int, name: str, refused: ChangeFileRefused) -> None:
        """Pass a refused file, noted once (and tried again at the next syncs)."""
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.journal.sync.batch():
            if self.journal.sync.refuse(name, refused.template, at, (device, sequence)):
                self.done.refused.append(refused)
            self.journal.sync.set_read_position(device, sequence)

    def file(self, found: ChangeFile, *, again: bool = False) -> int:
        """One file's changes into the journal, with its position, in one transaction.

        This computer's own unshared edits are turned into a change file first, in
        the same transaction, so a merge never meets an edit it doesn't know about
        (the command line and the window can both have the journal open).
        """
        journal, merged, answered = self.journal, 0, []
        with journal.sync.batch():
            decide(journal)
            for item in found.changes:
                incoming = _entry_state(item)
                if incoming is None:
                    journal.sync.left_for_later(found.device, found.sequence)
                    continue
                _observe(self.clock, incoming)
                merged += _merge_entry(journal, incoming)
                answered.append(incoming.id)
            if again:
                journal.sync.opened_after_all(found.name(self.key))
            else:
                journal.sync.set_read_position(found.device, found.sequence)
            journal.sync.set_clock(self.clock.last.text())
            journal.sync.clear_notes(answered)  # a merge's own writes are no edit of this computer
        return merged


def _entry_state(item: Mapping[str, Any]) -> EntryState | None:
    """An item this version can merge, or None (a kind it doesn't know yet, or damaged)."""
    if item.get("kind") != "entry":
        return None
    try:
        state = EntryState.from_change(item)
        entry_fields(state)  # its fields must make an entry here, or it is left as it came
    except (ValueError, TypeError):
        return None
    return state


def _merge_entry(journal: Journal, incoming: EntryState) -> int:
    result = merge(last_shared(journal, incoming.id), incoming)
    if result.changed:
        fields, trashed = entry_fields(result.state)
        journal.entries.put(incoming.id, fields, result.state.created, trashed)
        if result.kept is not None:
            journal.entries.keep_words(incoming.id, *result.kept)
    journal.sync.keep_entry_state(incoming.id, json.dumps(result.state.as_change()))
    return int(result.changed)


def _observe(clock: HybridClock, state: EntryState) -> None:
    for text in (state.written, *state.stamps.values()):
        try:
            clock.observe(Stamp.parse(text))
        except ValueError:
            continue
