"""Which computer this is in the shared folder, and when a journal must join anew.

A computer's stream is its own: no other ever writes there. A journal copied to
another computer (a backup restored), or put back to an earlier copy of itself,
still carries the device it was copied from; writing on would put a second,
different file under a name already taken. So before anything is written, a copy
takes a stream of its own and reads the old one as another computer's.
"""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from app.sync import change_file
from app.sync.change_file import ChangeFileRefused
from app.sync.names import change_name, stream_name
from app.sync.sealing import sync_key

if TYPE_CHECKING:
    from app.journal import Journal
    from app.storage.sync_store import SyncState

SECRET_BYTES = 32
DEVICE_BYTES = 16


def turn_on(journal: Journal, folder: Path) -> str:
    """Share this journal through ``folder`` from this computer; returns its device id.

    The journal's sync secret is kept (a journal restored from another computer's
    backup, or one that stopped syncing and starts again, stays the same journal);
    a journal never synced gets a new one. The computer always joins as a new one.
    """
    secret = journal.sync.secret() or os.urandom(SECRET_BYTES)
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
    """Join as a new computer when this journal is a copy of one that synced."""
    state = journal.sync.settings()
    if state is None:
        return
    if state.place != this_place(journal) or stream_ahead(journal, state):
        turn_on(journal, Path(state.folder))


def stream_ahead(journal: Journal, state: SyncState) -> bool:
    """Whether this computer's stream holds a file the journal does not know it wrote.

    A file past the last sequence decided, or a file waiting to be written whose
    place already holds other changes, means the journal was put back to an
    earlier copy of itself (a file the journal decided and wrote before a crash
    holds the same changes, and is simply written again).
    """
    key = sync_key(state.secret)
    stream = Path(state.folder) / stream_name(key, state.device)
    if (stream / change_name(key, state.device, state.sequence + 1)).exists():
        return True
    for sequence, payload in journal.sync.unsent():
        path = stream / change_name(key, state.device, sequence)
        if path.exists() and not _holds(path, key, payload):
            return True
    return False


def _holds(path: Path, key: bytes, payload: str) -> bool:
    """Whether the file at ``path`` carries exactly the changes of ``payload``."""
    try:
        found = change_file.decode(key, path.name, path.read_bytes())
    except (ChangeFileRefused, OSError):
        return False
    return bool(list(found.changes) == json.loads(payload))
