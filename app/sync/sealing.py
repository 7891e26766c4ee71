"""Sealing a change file: AES-256-GCM under a key only the journal's computers hold.

The key is derived (HKDF-SHA256) from the journal's sync secret, which lives inside
the encrypted database and travels with it (a backup restored on the second
computer holds it). Each file has a fresh 96-bit nonce, and its name is the
associated data, so a file moved under another name no longer opens. Before
sealing, the plaintext is compressed and padded to the next of a few sizes, so
a file's size says little about how much was written. Every primitive comes from
``cryptography``, imported inside the functions (nothing at start-up with sync off).
"""

from __future__ import annotations

import os
import struct
import zlib

NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
MAGIC = b"THS1"
"""A sealed file's first bytes: which format, never which journal."""
BUCKETS = (4 * 1024, 16 * 1024, 64 * 1024, 256 * 1024)
MEBIBYTE = 1024 * 1024
_LENGTH = struct.Struct(">I")
_PURPOSE = b"threshold sync v1"


class SealBroken(Exception):
    """A file that does not open: cut short, changed, or sealed by another journal."""


def sync_key(secret: bytes) -> bytes:
    """The key that seals and names change files, from the journal's sync secret."""
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415 - only with sync
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF  # noqa: PLC0415

    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=_PURPOSE).derive(secret)


def padded_size(length: int) -> int:
    """The size ``length`` bytes of plaintext are padded to: a bucket, then whole MiB."""
    for bucket in BUCKETS:
        if length <= bucket:
            return bucket
    return -(-length // MEBIBYTE) * MEBIBYTE


def seal(key: bytes, name: str, payload: bytes) -> bytes:
    """``payload`` compressed, padded and sealed; ``name`` is bound to it."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    packed = zlib.compress(payload, 6)
    framed = _LENGTH.pack(len(packed)) + packed
    plain = framed.ljust(padded_size(len(framed)), b"\0")
    nonce = os.urandom(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, _bound(name))


def open_sealed(key: bytes, name: str, sealed: bytes) -> bytes:
    """The payload inside ``sealed``, if it was sealed under ``key`` as ``name``.

    Raises:
        SealBroken: the bytes are short, changed, renamed or another journal's.
    """
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    head = len(MAGIC) + NONCE_BYTES
    if len(sealed) < head + TAG_BYTES or not sealed.startswith(MAGIC):
        raise SealBroken("too short, or not a change file")
    nonce = sealed[len(MAGIC) : head]
    try:
        plain = AESGCM(key).decrypt(nonce, sealed[head:], _bound(name))
    except InvalidTag as error:
        raise SealBroken("does not open with this journal's key") from error
    (length,) = _LENGTH.unpack_from(plain)
    packed = plain[_LENGTH.size : _LENGTH.size + length]
    try:
        return zlib.decompress(packed)
    except zlib.error as error:  # sealed by us, so never: kept as a refusal all the same
        raise SealBroken("its contents are damaged") from error


def _bound(name: str) -> bytes:
    return MAGIC + name.encode("ascii")
