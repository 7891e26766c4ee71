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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.sync import change_file
from app.sync.change_file import ChangeFile, ChangeFileRefused
from app.sync.clock import HybridClock, Stamp
from app.sync.entry_fields import entry_fields
from app.sync.entry_state import EntryState, merge
from app.sync.names import change_name, looks_like_a_name, stream_name
from app.sync.outgoing import clock_for, last_shared
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
        """Merge ``device``'s files from where this computer stopped, in order."""
        sequence = self.journal.sync.read_position(device) + 1
        while True:
            path = stream / change_name(self.key, device, sequence)
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                return  # not here yet: waited for
            try:
                found = change_file.decode(self.key, path.name, data, device)
            except ChangeFileRefused as refused:
                self.refuse(device, sequence, path.name, refused)
            else:
                self.done.entries += self.file(found)
                self.done.files += 1
            sequence += 1

    def foreign(self, stream: Path) -> None:
        """A stream none of whose files opens: another journal's, or damaged. Told once."""
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for path in sorted(stream.iterdir()):
            if looks_like_a_name(path.name):
                refused = ChangeFileRefused(change_file.UNOPENED, name=path.name[:8])
                if self.journal.sync.refuse(path.name, refused.template, at):
                    self.done.refused.append(refused)

    def refuse(self, device: str, sequence: int, name: str, refused: ChangeFileRefused) -> None:
        """Skip a refused file: noted once, its place in the stream passed."""
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.journal.sync.batch():
            if self.journal.sync.refuse(name, refused.template, at):
                self.done.refused.append(refused)
            self.journal.sync.set_read_position(device, sequence)

    def file(self, found: ChangeFile) -> int:
        """One file's changes into the journal, with its position, in one transaction."""
        journal, merged, answered = self.journal, 0, []
        with journal.sync.batch():
            for item in found.changes:
                if item.get("kind") != "entry":
                    continue  # a kind this version does not know yet: left for a newer one
                try:
                    incoming = EntryState.from_change(item)
                except ValueError:
                    continue
                _observe(self.clock, incoming)
                merged += _merge_entry(journal, incoming)
                answered.append(incoming.id)
            journal.sync.set_read_position(found.device, found.sequence)
            journal.sync.set_clock(self.clock.last.text())
            journal.sync.clear_notes(answered)  # a merge's own writes are no edit of this computer
        return merged


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
