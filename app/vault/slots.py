"""The key-slot file: which secrets can open a journal, and nothing else.

The file is JSON so that it can be inspected and recovered by hand. It holds the
journal id, and per slot its kind, salt, KDF parameters and the wrapped database
key. It never holds a secret, a key in the clear, or any journal content.

A slot normally holds one wrapped key. While a key rotation is under way it holds
two (the old key, then the new one), so that a crash at any point leaves a journal
that still opens; whichever key opens the database is kept, the other is dropped.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.digests import sha256_hexdigest
from app.errors import JournalDamaged, JournalNotFound
from app.files import write_private_file_atomically
from app.vault.wrapping import Argon2Params, WrappedKey

FORMAT_NAME = "threshold-key-slots"
FORMAT_VERSION = 1
_FIELDS = {"format", "version", "journal_id", "slots"}


class SlotKind(StrEnum):
    """The kinds of secret that can open a journal."""

    KEYRING = "keyring"
    RECOVERY = "recovery"
    PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret


@dataclass(frozen=True)
class KeySlot:
    """One way into the journal: a wrapped database key and how to unwrap it."""

    kind: SlotKind
    salt: bytes
    wrapped: tuple[WrappedKey, ...]
    argon2: Argon2Params | None = None

    def context(self, journal_id: str) -> bytes:
        """The AES-GCM associated data binding this slot to its journal."""
        return f"{FORMAT_NAME}:{FORMAT_VERSION}:{journal_id}:{self.kind}".encode()


@dataclass(frozen=True)
class SlotFile:
    """The whole key-slot file."""

    journal_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)

    def find(self, kind: SlotKind) -> KeySlot | None:
        """The slot of ``kind``, if the journal has one."""
        return next((slot for slot in self.slots if slot.kind == kind), None)

    def kinds(self) -> list[SlotKind]:
        """The kinds of slot present, in a stable order."""
        return [kind for kind in SlotKind if self.find(kind)]

    def with_slot(self, slot: KeySlot) -> SlotFile:
        """A copy where ``slot`` replaces any slot of its kind."""
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return replace(self, slots=(*others, slot))

    def without(self, kind: SlotKind) -> SlotFile:
        """A copy with the slot of ``kind`` removed."""
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))


def read_slot_file(path: Path) -> SlotFile:
    """Load and validate a key-slot file.

    Raises:
        JournalNotFound: there is no file.
        JournalDamaged: the file cannot be read as a key-slot file.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise JournalNotFound("This journal's key file is missing.") from error
    try:
        data = json.loads(raw.decode("utf-8"))
        _check_checksum(data)
        return _decode_file(data)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise JournalDamaged(
            "This journal's key file is damaged, so it was left untouched. "
            "A backup of the journal folder can bring it back."
        ) from error


def write_slot_file(path: Path, slot_file: SlotFile) -> None:
    """Replace the key-slot file atomically (0600, fsynced)."""
    encoded = _encode_file(slot_file)
    encoded["checksum"] = _checksum(encoded)
    text = json.dumps(encoded, indent=2, sort_keys=True) + "\n"
    write_private_file_atomically(path, text.encode("utf-8"))


def _checksum(data: dict[str, Any]) -> str:
    """SHA-256 of the content without this field, so any changed bit shows as damage.

    Without it, a flipped bit in a salt or wrapped key reads as a wrong passphrase
    or recovery key, and one in a slot nobody uses stays unnoticed until it is needed.
    """
    content = {key: value for key, value in data.items() if key != "checksum"}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"))
    return sha256_hexdigest(canonical.encode("utf-8"))


def _check_checksum(data: dict[str, Any]) -> None:
    """Raise ValueError unless the checksum fits (files from before it have only _FIELDS)."""
    if "checksum" not in data:
        if set(data) != _FIELDS:
            raise ValueError("unexpected fields")
        return
    if set(data) != {*_FIELDS, "checksum"} or data["checksum"] != _checksum(data):
        raise ValueError("checksum mismatch")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _encode_file(slot_file: SlotFile) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "journal_id": slot_file.journal_id,
        "slots": [_encode_slot(slot) for slot in slot_file.slots],
    }


def _encode_slot(slot: KeySlot) -> dict[str, Any]:
    encoded: dict[str, Any] = {
        "kind": slot.kind.value,
        "salt": _b64(slot.salt),
        "wrapped": [
            {"nonce": _b64(w.nonce), "ciphertext": _b64(w.ciphertext)} for w in slot.wrapped
        ],
    }
    if slot.argon2 is not None:
        encoded["kdf"] = {
            "name": "argon2id",
            "memory_kib": slot.argon2.memory_kib,
            "iterations": slot.argon2.iterations,
            "lanes": slot.argon2.lanes,
        }
    return encoded


def _decode_file(data: dict[str, Any]) -> SlotFile:
    if data["format"] != FORMAT_NAME or data["version"] != FORMAT_VERSION:
        raise ValueError("unknown key-slot format")
    slots = tuple(_decode_slot(item) for item in data["slots"])
    if not slots or len({slot.kind for slot in slots}) != len(slots):
        raise ValueError("no slots, or a kind twice")
    return SlotFile(journal_id=str(data["journal_id"]), slots=slots)


def _decode_slot(data: dict[str, Any]) -> KeySlot:
    kind = SlotKind(data["kind"])
    wrapped = tuple(
        WrappedKey(_unb64(item["nonce"]), _unb64(item["ciphertext"])) for item in data["wrapped"]
    )
    if not 1 <= len(wrapped) <= 2:
        raise ValueError("a slot holds one or two wrapped keys")
    argon2 = None
    if kind == SlotKind.PASSPHRASE:
        kdf = data["kdf"]
        if kdf["name"] != "argon2id":
            raise ValueError("unknown KDF")
        argon2 = Argon2Params(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
    return KeySlot(kind=kind, salt=_unb64(data["salt"]), wrapped=wrapped, argon2=argon2)
