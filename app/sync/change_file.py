"""One change file: what one computer changed, sealed, in its own stream.

A file holds a list of changes (each a whole item as it now is, see
``app.sync.entry_state``), the device that wrote it and its sequence number. It is
written as a hidden temp file beside its place, flushed to disk and renamed, so a
sync engine never carries half of one; readers pass over names that are not ours.
A file that does not open, or whose inside disagrees with its name, is refused
with a plain message and skipped; it changes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import KnownError
from app.sync.names import change_name
from app.sync.sealing import SealBroken, open_sealed, seal
from app.words import QT_TR_NOOP

FORMAT = 1


class ChangeFileRefused(KnownError):
    """A change file in the sync folder that was not merged (it changed nothing)."""


UNOPENED = QT_TR_NOOP(
    "A file in the sync folder ({name}) doesn't open with this journal's key: it was cut "
    "short, changed, or written by another journal. It was skipped; nothing changed."
)
MISPLACED = QT_TR_NOOP(
    "A file in the sync folder ({name}) holds another file's changes than its name says. "
    "It was skipped; nothing changed."
)


@dataclass(frozen=True)
class ChangeFile:
    """What one file carries: whose, which in order, and the changes."""

    device: str
    sequence: int
    changes: tuple[Mapping[str, Any], ...]

    def name(self, key: bytes) -> str:
        """The file's name in its stream."""
        return change_name(key, self.device, self.sequence)


def encode(key: bytes, changes: ChangeFile) -> bytes:
    """The sealed bytes of ``changes`` (its name bound to them)."""
    payload = {
        "v": FORMAT,
        "device": changes.device,
        "seq": changes.sequence,
        "changes": list(changes.changes),
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return seal(key, changes.name(key), text.encode("utf-8"))


def decode(key: bytes, name: str, sealed: bytes, device: str | None = None) -> ChangeFile:
    """The changes in the file ``name``, checked against its name.

    ``device``, when known (the stream was read before), must be the writer.

    Raises:
        ChangeFileRefused: the file does not open, or is not what its name says.
    """
    try:
        payload = json.loads(open_sealed(key, name, sealed))
    except (SealBroken, ValueError) as error:
        raise ChangeFileRefused(UNOPENED, name=name[:8]) from error
    found = _parsed(payload)
    if found is None:
        raise ChangeFileRefused(UNOPENED, name=name[:8])
    if found.name(key) != name or (device is not None and found.device != device):
        raise ChangeFileRefused(MISPLACED, name=name[:8])
    return found


def _parsed(payload: object) -> ChangeFile | None:
    """The payload as a ``ChangeFile``, or None when its shape is not ours."""
    if not isinstance(payload, dict) or payload.get("v") != FORMAT:
        return None
    device, sequence, changes = payload.get("device"), payload.get("seq"), payload.get("changes")
    if not isinstance(device, str) or not isinstance(sequence, int) or sequence < 1:
        return None
    if not isinstance(changes, list) or not all(isinstance(item, dict) for item in changes):
        return None
    return ChangeFile(device, sequence, tuple(changes))


def write(stream: Path, key: bytes, changes: ChangeFile) -> Path:
    """Write ``changes`` into the ``stream`` folder whole, or not at all; returns its path."""
    stream.mkdir(exist_ok=True)  # the folder itself must be there: never made in its place
    final = stream / changes.name(key)
    temporary = stream / f".{final.name}.partial"
    data = encode(key, changes)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            written = 0
            while written < len(data):
                written += os.write(descriptor, data[written:])
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, final)
    except OSError:
        temporary.unlink(missing_ok=True)  # never half a file in the folder
        raise
    _sync_folder(stream)
    return final


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def changes_of(files: Sequence[ChangeFile]) -> list[Mapping[str, Any]]:
    """Every change of ``files``, in their order."""
    return [change for file in files for change in file.changes]
