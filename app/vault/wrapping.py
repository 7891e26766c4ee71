"""Key wrapping and key derivation, all from the ``cryptography`` package.

The database key is wrapped with AES-256-GCM under a per-slot wrapping key. High
entropy secrets (the recovery key, the keyring's device secret) become wrapping keys
through HKDF-SHA256; a human passphrase goes through Argon2id, whose parameters are
stored with the slot so they can be raised later without breaking old slots.

``cryptography`` is imported by the functions that use it: it costs ~8 ms and ~7 MiB,
and an app that opened through the keyring has had the unwrapping done for it by
its start-up helper (``keyring_prefetch``), so it usually never needs it.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters (RFC 9106); memory is in KiB.

    The default (128 MiB, 3 passes, 4 lanes) takes about a quarter of a second
    here: slow enough to make guessing expensive, quick enough to unlock calmly.
    """

    memory_kib: int = 131_072
    iterations: int = 3
    lanes: int = 4


@dataclass(frozen=True)
class WrappedKey:
    """A key sealed with AES-GCM: the nonce and the ciphertext with its tag."""

    nonce: bytes
    ciphertext: bytes


class UnwrapFailed(Exception):
    """The wrapping key was wrong or the wrapped key was altered."""


def new_key() -> bytes:
    """A fresh 256-bit key from the operating system's secure random source."""
    return os.urandom(KEY_BYTES)


def new_salt() -> bytes:
    """A fresh random salt for one slot."""
    return os.urandom(SALT_BYTES)


def wrap(wrapping_key: bytes, key: bytes, context: bytes) -> WrappedKey:
    """Seal ``key``; ``context`` binds it to one journal and slot."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415 - lazy

    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(wrapping_key).encrypt(nonce, key, context))


def unwrap(wrapping_key: bytes, wrapped: WrappedKey, context: bytes) -> bytes:
    """Open a sealed key.

    Raises:
        UnwrapFailed: the wrapping key is wrong or the data was changed.
    """
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415 - lazy
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    try:
        return AESGCM(wrapping_key).decrypt(wrapped.nonce, wrapped.ciphertext, context)
    except InvalidTag as error:
        raise UnwrapFailed from error


def derive_from_secret(secret: bytes, salt: bytes, purpose: bytes) -> bytes:
    """A wrapping key from a high-entropy secret (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415 - lazy
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF  # noqa: PLC0415

    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose)
    return hkdf.derive(secret)


def derive_from_passphrase(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """A wrapping key from a passphrase (Argon2id).

    The passphrase is NFC-normalised first, so the same words typed on another
    system, with another keyboard layout or input method, give the same key.
    """
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: PLC0415 - lazy

    normalised = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalised)
