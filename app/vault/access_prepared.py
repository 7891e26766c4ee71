"""A keyring unlock's access-history work, done by the start-up helper instead of the app.

The app that opens through the keyring never loads ``cryptography``: its start-up
helper (``keyring_prefetch``, a child forked before Qt) unwraps the database key.
Sealing the unlock and reading what came before it need ``cryptography`` too
(about 10 MiB and 50 ms), so the helper does that as well, while it has the key:
it seals "opened through the keyring, in the window", and reads the refused
attempts since the last unlock. The app appends the sealed line only once the
journal really opened, and tells the person from the summary; nothing is written
by the helper, and nothing but these few bytes travels, memory to memory.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from app.vault.access_events import AccessEvent, AccessKind, Place, attempt, decode, encode
from app.vault.access_seal import PRIVATE_KEY_BYTES, PUBLIC_KEY_BYTES, SEALED_BYTES
from app.vault.slot_model import SlotFile, SlotKind

_COUNT_BYTES = 4
_FIXED = PUBLIC_KEY_BYTES + PRIVATE_KEY_BYTES + SEALED_BYTES + _COUNT_BYTES + 1


@dataclass(frozen=True)
class PreparedUnlock:
    """What the helper prepared: the sealed unlock and what came before it.

    Attributes:
        public: the key the unlock is sealed to (it must still be the journal's).
        private: its private half, so Settings can read the history later.
        sealed: the unlock, sealed; appended by the app once the journal opened.
        before: how many records the history held (whether it is due to be folded).
        failed: refused attempts since the last unlock, newest first.
        went_missing: the history was emptied or removed since the last unlock.
    """

    public: bytes
    private: bytes
    sealed: bytes
    before: int
    failed: tuple[AccessEvent, ...]
    went_missing: bool


def prepare_keyring_unlock(
    path: Path, slot_file: SlotFile, keys: list[bytes], at: dt.datetime
) -> PreparedUnlock | None:
    """In the helper: seal a keyring unlock and read what came before (None without a pair)."""
    from app.vault.access_file import read_records  # noqa: PLC0415 - in the helper only
    from app.vault.access_history import AccessHistory  # noqa: PLC0415
    from app.vault.access_keys import opened_access_key  # noqa: PLC0415
    from app.vault.access_seal import seal  # noqa: PLC0415

    access = slot_file.access
    private = next(
        (found for key in keys if (found := opened_access_key(slot_file, key)) is not None), None
    )
    if access is None or private is None:
        return None  # a journal from before the history: the app makes its pair
    records = read_records(path)
    history = AccessHistory(path, access.public, private)
    history.went_missing = not any(map(history.opens, reversed(records)))
    failed = history.failed_before(records)
    unlock = attempt(AccessKind.UNLOCKED, SlotKind.KEYRING, Place.WINDOW, at)
    sealed = seal(access.public, encode(unlock))
    return PreparedUnlock(
        access.public, private, sealed, len(records), tuple(failed), history.went_missing
    )


def to_bytes(prepared: PreparedUnlock) -> bytes:
    """The prepared unlock as the helper writes it to the app."""
    failed = json.dumps([encode(event).decode("utf-8") for event in prepared.failed])
    return b"".join(
        (
            prepared.public,
            prepared.private,
            prepared.sealed,
            prepared.before.to_bytes(_COUNT_BYTES, "big"),
            b"\x01" if prepared.went_missing else b"\x00",
            failed.encode("utf-8"),
        )
    )


def from_bytes(data: bytes) -> PreparedUnlock | None:
    """The prepared unlock the helper wrote, or None when it is not one (then the app does it)."""
    if len(data) < _FIXED:
        return None
    public, rest = data[:PUBLIC_KEY_BYTES], data[PUBLIC_KEY_BYTES:]
    private, rest = rest[:PRIVATE_KEY_BYTES], rest[PRIVATE_KEY_BYTES:]
    sealed, rest = rest[:SEALED_BYTES], rest[SEALED_BYTES:]
    before, rest = int.from_bytes(rest[:_COUNT_BYTES], "big"), rest[_COUNT_BYTES:]
    went_missing, rest = rest[:1] == b"\x01", rest[1:]
    try:
        failed = tuple(decode(text.encode("utf-8")) for text in json.loads(rest.decode("utf-8")))
    except (ValueError, TypeError, AttributeError):
        return None
    return PreparedUnlock(public, private, sealed, before, failed, went_missing)
