"""The key-slot file's JSON form: encoding, a checksum, and strict validation.

The file is read before anything is unlocked, and it may come from anywhere: a
backup, a copy someone handed over, a disk that flipped a bit. Its checksum only
tells accidental damage from a wrong secret (anyone can recompute it), so every
value is checked against the bounds Threshold itself writes before it is used:
exact nonce, ciphertext and salt sizes, Argon2 costs a laptop can pay, a journal
id and keyring item names of plain characters. Anything outside is ``ValueError``,
which the reader reports as a damaged key file; nothing in it is ever trusted to
size an allocation or a loop.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from app.digests import sha256_hexdigest
from app.vault.slot_model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    AccessKey,
    KeySlot,
    SlotFile,
    SlotKind,
)
from app.vault.wrapping import KEY_BYTES, NONCE_BYTES, SALT_BYTES, Argon2Params, WrappedKey

_FIELDS = {"format", "version", "journal_id", "slots"}
_SLOT_FIELDS = {"kind", "salt", "wrapped", "kdf", "item", "pending"}
_ACCESS = "access"  # optional: the access history's key pair (journals before it have none)
_PUBLIC_KEY_BYTES = 32
_TAG_BYTES = 16  # AES-GCM's tag, after the wrapped key
MAX_SALT_BYTES = 64
MAX_SLOTS = 8
# Argon2id bounds: the default is 128 MiB, 3 passes, 4 lanes. A crafted file must
# not make an unlock allocate 64 GiB or loop for ever, and 1 GiB is the most a
# modest laptop can give calmly.
MAX_ARGON2_MEMORY_KIB = 1024 * 1024
MAX_ARGON2_ITERATIONS = 16
MAX_ARGON2_LANES = 16
_JOURNAL_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_KEYRING_ITEM = re.compile(r"[A-Za-z0-9-]{1,64}(?:\.[0-9a-f]{8,32})?")


def encode(slot_file: SlotFile) -> bytes:
    """The file's bytes: sorted, indented JSON with its checksum."""
    encoded: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "journal_id": slot_file.journal_id,
        "slots": [_encode_slot(slot) for slot in slot_file.slots],
    }
    if slot_file.access is not None:
        encoded[_ACCESS] = _encode_access(slot_file.access)
    encoded["checksum"] = _checksum(encoded)
    return (json.dumps(encoded, indent=2, sort_keys=True) + "\n").encode("utf-8")


def decode(raw: bytes) -> SlotFile:
    """Parse and validate the file's bytes.

    Raises:
        ValueError: anything that is not a key-slot file Threshold could have written.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError as error:  # deeply nested brackets: not ours
        raise ValueError("nested too deeply") from error
    _require(isinstance(data, dict), "not an object")
    _check_checksum(data)
    _require(data["format"] == FORMAT_NAME, "unknown format")
    if _is_int(data["version"]) and data["version"] > FORMAT_VERSION:
        raise KeyFileTooNew(data["version"])
    _require(_is_int(data["version"]) and data["version"] == FORMAT_VERSION, "unknown version")
    journal_id = data["journal_id"]
    _require(isinstance(journal_id, str) and _JOURNAL_ID.fullmatch(journal_id), "journal id")
    raw_slots = data["slots"]
    _require(isinstance(raw_slots, list) and 1 <= len(raw_slots) <= MAX_SLOTS, "slot count")
    slots = tuple(_decode_slot(item) for item in raw_slots)
    _check_slot_set(slots)
    access = _access(data[_ACCESS]) if _ACCESS in data else None
    return SlotFile(journal_id=journal_id, slots=slots, access=access)


# ---------------------------------------------------------------------- encoding


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
    if slot.item is not None:
        encoded["item"] = slot.item
    if slot.pending:
        encoded["pending"] = True
    return encoded


def _encode_access(access: AccessKey) -> dict[str, Any]:
    return {
        "public": _b64(access.public),
        "wrapped": [
            {"nonce": _b64(w.nonce), "ciphertext": _b64(w.ciphertext)} for w in access.wrapped
        ],
    }


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
        _require(set(data) == _FIELDS, "unexpected fields")
        return
    _require(set(data) - {_ACCESS} == {*_FIELDS, "checksum"}, "unexpected fields")
    _require(data["checksum"] == _checksum(data), "checksum mismatch")


# ---------------------------------------------------------------------- decoding


def _decode_slot(data: object) -> KeySlot:
    _require(isinstance(data, dict) and set(data) <= _SLOT_FIELDS, "slot fields")
    assert isinstance(data, dict)
    kind = SlotKind(data["kind"]) if isinstance(data["kind"], str) else None
    _require(kind is not None, "slot kind")
    assert kind is not None
    wrapped = data["wrapped"]
    _require(isinstance(wrapped, list) and 1 <= len(wrapped) <= 2, "one or two wrapped keys")
    pending = data.get("pending", False)
    _require(pending is False or (pending is True and kind == SlotKind.RECOVERY), "pending")
    return KeySlot(
        kind=kind,
        salt=_bytes(data["salt"], SALT_BYTES, MAX_SALT_BYTES),
        wrapped=tuple(_wrapped(item) for item in wrapped),
        argon2=_argon2(data.get("kdf"), kind),
        item=_item(data.get("item"), kind),
        pending=pending,
    )


def _wrapped(data: object) -> WrappedKey:
    _require(isinstance(data, dict) and set(data) == {"nonce", "ciphertext"}, "wrapped key")
    assert isinstance(data, dict)
    nonce = _bytes(data["nonce"], NONCE_BYTES, NONCE_BYTES)
    sealed = KEY_BYTES + _TAG_BYTES
    return WrappedKey(nonce, _bytes(data["ciphertext"], sealed, sealed))


def _access(data: object) -> AccessKey:
    """The access history's public key and its wrapped private half (one, or two mid-rotation)."""
    _require(isinstance(data, dict) and set(data) == {"public", "wrapped"}, "access key fields")
    assert isinstance(data, dict)
    wrapped = data["wrapped"]
    _require(isinstance(wrapped, list) and 1 <= len(wrapped) <= 2, "one or two wrapped keys")
    public = _bytes(data["public"], _PUBLIC_KEY_BYTES, _PUBLIC_KEY_BYTES)
    return AccessKey(public=public, wrapped=tuple(_wrapped(item) for item in wrapped))


def _argon2(kdf: object, kind: SlotKind) -> Argon2Params | None:
    """A passphrase slot's Argon2id costs, within what a laptop can pay; None elsewhere."""
    if kind != SlotKind.PASSPHRASE:
        _require(kdf is None, "a KDF on a slot that has none")
        return None
    _require(isinstance(kdf, dict) and kdf.get("name") == "argon2id", "unknown KDF")
    assert isinstance(kdf, dict)
    _require(set(kdf) == {"name", "memory_kib", "iterations", "lanes"}, "KDF fields")
    lanes = _bounded(kdf["lanes"], 1, MAX_ARGON2_LANES)
    memory = _bounded(kdf["memory_kib"], 8 * lanes, MAX_ARGON2_MEMORY_KIB)  # RFC 9106's least
    iterations = _bounded(kdf["iterations"], 1, MAX_ARGON2_ITERATIONS)
    return Argon2Params(memory, iterations, lanes)


def _item(item: object, kind: SlotKind) -> str | None:
    """The keyring item a keyring slot's secret is kept under (None: the journal id)."""
    if item is None:
        return None
    _require(kind == SlotKind.KEYRING, "an item on a slot that has none")
    _require(isinstance(item, str) and _KEYRING_ITEM.fullmatch(item), "keyring item")
    return str(item)


def _check_slot_set(slots: tuple[KeySlot, ...]) -> None:
    """One slot of each kind, and at most one recovery key waiting to be confirmed."""
    seen = [(slot.kind, slot.pending) for slot in slots]
    _require(len(set(seen)) == len(seen), "a kind twice")
    _require(any(not slot.pending for slot in slots), "only a pending slot")


def _bytes(text: object, shortest: int, longest: int) -> bytes:
    _require(isinstance(text, str) and len(text) <= 4 * longest, "base64 text")
    assert isinstance(text, str)
    data = base64.b64decode(text.encode("ascii"), validate=True)
    _require(shortest <= len(data) <= longest, "length")
    return data


def _bounded(value: object, lowest: int, highest: int) -> int:
    _require(_is_int(value), "a whole number")
    assert isinstance(value, int)
    _require(lowest <= value <= highest, "out of bounds")
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class KeyFileTooNew(ValueError):
    """An intact key file of a later format: a newer Threshold wrote it (not damage)."""


def _require(condition: object, what: str) -> None:
    if not condition:
        raise ValueError(what)
