"""This computer's sync bookkeeping, kept inside the encrypted journal (schema v13).

Which device this is and the secret the change files are sealed with; the entries
changed since the last change file; each entry's state as last shared; change
files decided but perhaps not yet written; how far each other computer's stream
has been merged; and files refused. Everything a merge or a write decides goes
into one transaction with the entries it touches, so a crash leaves either all
of it or none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.storage.connection import Connection, transaction


@dataclass(frozen=True)
class SyncState:
    """Sync as turned on here: who this computer is, the secret, the folder."""

    device: str
    secret: bytes
    folder: str
    sequence: int
    clock: str
    place: str = ""
    last: str = ""
    """When this computer last synced (ISO, UTC), or "" never."""


class SyncStore:
    """Reads and writes of the sync tables on one connection."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction for a whole merged file: its entries and its read position."""
        with transaction(self._db):
            yield

    # ------------------------------------------------------------------ settings

    def settings(self) -> SyncState | None:
        """Sync as it stands on this computer, or None while sync is off."""
        values = dict(self._db.execute("SELECT key, value FROM sync_state").fetchall())
        if "device" not in values:
            return None
        return SyncState(
            device=values["device"],
            secret=bytes.fromhex(values["secret"]),
            folder=values["folder"],
            sequence=int(values.get("sequence", "0")),
            clock=values.get("clock", ""),
            place=values.get("place", ""),
            last=values.get("last", ""),
        )

    def secret(self) -> bytes | None:
        """The journal's sync secret, kept even while sync is off (the journal stays itself)."""
        row = self._db.execute("SELECT value FROM sync_state WHERE key = 'secret'").fetchone()
        return None if row is None else bytes.fromhex(str(row[0]))

    def turn_on(self, device: str, secret: bytes, folder: str, place: str = "") -> None:
        """Start noting changes for ``folder`` as ``device`` (every entry, to share).

        A journal that synced before as another device (restored from another
        computer's backup, or put back to an earlier copy) joins as a new one: it
        reads the old stream as another computer's from the first file it can't be
        sure it wrote, and the change files it decided but never knew written
        become the first of its own stream, so none of its edits stays behind.
        """
        before = self.settings()
        with transaction(self._db):
            sequence = 0
            if before is not None and before.device != device:
                waiting = self.unsent()
                first = waiting[0][0] if waiting else before.sequence + 1
                self.set_read_position(before.device, first - 1)
                self._db.execute("DELETE FROM sync_unsent")
                for sequence, (_old, payload) in enumerate(waiting, 1):
                    self._db.execute(
                        "INSERT INTO sync_unsent (sequence, payload) VALUES (?, ?)",
                        (sequence, payload),
                    )
            self._db.executemany(
                "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                [("device", device), ("secret", secret.hex()), ("folder", folder),
                 ("sequence", str(sequence)), ("place", place)],
            )  # fmt: skip
            self._db.execute("INSERT OR IGNORE INTO sync_outbox (uuid) SELECT uuid FROM entries")

    def turn_off(self) -> None:
        """Stop syncing here: no device, no folder, nothing noted or waiting.

        The secret, the entries' shared states and how far each other stream was
        read stay, so starting again later is the same journal going on.
        """
        state = self.settings()
        with transaction(self._db):
            if state is not None:  # this computer's own files: known, never read back as news
                self.set_read_position(state.device, state.sequence)
            self._db.execute("DELETE FROM sync_state WHERE key NOT IN ('secret', 'clock')")
            self._db.execute("DELETE FROM sync_outbox")
            self._db.execute("DELETE FROM sync_unsent")

    def synced_at(self, at: str) -> None:
        """This computer synced at ``at`` (ISO, UTC)."""
        with transaction(self._db):
            self._set("last", at)

    def set_clock(self, stamp: str) -> None:
        """The latest clock stamp made or seen: never lowered (stamps sort as text)."""
        self._db.execute(
            "INSERT INTO sync_state (key, value) VALUES ('clock', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)",
            (stamp,),
        )

    def _set(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, value)
        )

    # ------------------------------------------------------------------ outgoing

    def noted(self) -> list[str]:
        """The ids of entries changed here since the last change file."""
        return [row[0] for row in self._db.execute("SELECT uuid FROM sync_outbox ORDER BY uuid")]

    def decide_file(
        self, sequence: int, payload: str, shared: Iterable[tuple[str, str]], answered: list[str]
    ) -> None:
        """Keep change file ``sequence`` as decided, and the entries' states it shares.

        The notes it answers are cleared in the same transaction; the file is
        written afterwards and ``written`` then forgets the payload.
        """
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO sync_unsent (sequence, payload) VALUES (?, ?)", (sequence, payload)
            )
            self._set("sequence", str(sequence))
            self.clear_notes(answered)
            self._db.executemany(
                "INSERT OR REPLACE INTO sync_entries (uuid, state) VALUES (?, ?)", list(shared)
            )

    def clear_notes(self, answered: list[str]) -> None:
        """The notes of ``answered`` entries are dealt with."""
        with transaction(self._db):
            self._db.executemany(
                "DELETE FROM sync_outbox WHERE uuid = ?", [(uuid,) for uuid in answered]
            )

    def unsent(self) -> list[tuple[int, str]]:
        """Change files decided but not known to be written, oldest first."""
        return list(self._db.execute("SELECT sequence, payload FROM sync_unsent ORDER BY sequence"))

    def written(self, sequence: int) -> None:
        """Change file ``sequence`` is in the folder."""
        with transaction(self._db):
            self._db.execute("DELETE FROM sync_unsent WHERE sequence = ?", (sequence,))

    # ------------------------------------------------------------------ states

    def entry_state(self, entry_id: str) -> str | None:
        """The entry's state as last shared (JSON), or None."""
        row = self._db.execute(
            "SELECT state FROM sync_entries WHERE uuid = ?", (entry_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def keep_entry_state(self, entry_id: str, state: str) -> None:
        """The entry's state as now shared (after a merge)."""
        self._db.execute(
            "INSERT OR REPLACE INTO sync_entries (uuid, state) VALUES (?, ?)", (entry_id, state)
        )

    # ------------------------------------------------------------------ incoming

    def read_position(self, device: str) -> int:
        """The last sequence of ``device``'s stream merged here (0: none)."""
        row = self._db.execute(
            "SELECT sequence FROM sync_read WHERE device = ?", (device,)
        ).fetchone()
        return 0 if row is None else int(row[0])

    def streams_read(self) -> dict[str, int]:
        """Every other computer's stream merged here, and how far."""
        return dict(self._db.execute("SELECT device, sequence FROM sync_read").fetchall())

    def set_read_position(self, device: str, sequence: int) -> None:
        """``device``'s stream is merged up to ``sequence`` (inside the merge's transaction)."""
        self._db.execute(
            "INSERT OR REPLACE INTO sync_read (device, sequence) VALUES (?, ?)", (device, sequence)
        )

    def refuse(self, name: str, reason: str, at: str, place: tuple[str, int] | None) -> bool:
        """Note a refused file (and its place in a stream, to try again); returns whether new."""
        device, sequence = place if place is not None else (None, None)
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO sync_refused (name, reason, at, device, sequence)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, reason, at, device, sequence),
            )
        return cursor.rowcount > 0

    def refused(self) -> list[tuple[str, str]]:
        """Every file refused here, newest first: its name and the reason's template."""
        return list(self._db.execute("SELECT name, reason FROM sync_refused ORDER BY at DESC"))

    def to_retry(self, device: str) -> list[int]:
        """Sequences of ``device``'s stream refused before (a copy may be whole by now)."""
        rows = self._db.execute(
            "SELECT sequence FROM sync_refused WHERE device = ? ORDER BY sequence", (device,)
        )
        return [int(row[0]) for row in rows]

    def opened_after_all(self, name: str) -> None:
        """A refused file opened and was merged: no longer refused."""
        self._db.execute("DELETE FROM sync_refused WHERE name = ?", (name,))

    def left_for_later(self, device: str, sequence: int) -> None:
        """A file held changes of a kind this version doesn't know: a newer one reads it again."""
        self._db.execute(
            "INSERT OR IGNORE INTO sync_later (device, sequence) VALUES (?, ?)", (device, sequence)
        )
