"""Sealing one access event so that only the unlocked journal can read it.

An event is written before the journal is unlocked (a wrong passphrase has no
key to encrypt with), so it is sealed to a public key: a fresh X25519 key per
event, its shared secret with the journal's public key through HKDF-SHA256 to an
AES-256-GCM key. Only the private half, wrapped by the database key in the key
file, opens it. Every piece comes from ``cryptography``; nothing is hand-made.

Messages are padded to one size before sealing, so a failed attempt and an
unlock leave lines of the same length: the file says how many events there were,
never which.

``cryptography`` is imported inside the functions: the app that opened through
the keyring does its sealing after the first paint, never at start-up.
"""

from __future__ import annotations

import os

PUBLIC_KEY_BYTES = 32
PRIVATE_KEY_BYTES = 32
MESSAGE_BYTES = 160  # an event's JSON is about 100 bytes; each is padded to this
_NONCE_BYTES = 12
_TAG_BYTES = 16
SEALED_BYTES = PUBLIC_KEY_BYTES + _NONCE_BYTES + MESSAGE_BYTES + _TAG_BYTES
_PURPOSE = b"threshold access history event v1"
_PAD = b" "  # JSON ignores trailing spaces, so padding needs no length field


class SealBroken(Exception):
    """A sealed event did not open: another key, or bytes changed since it was sealed."""


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh X25519 pair, (private, public), as raw bytes."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (  # noqa: PLC0415 - lazy
        X25519PrivateKey,
    )

    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def public_half(private: bytes) -> bytes:
    """The public key that belongs to ``private`` (to check a pair still fits)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (  # noqa: PLC0415 - lazy
        X25519PrivateKey,
    )

    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def seal(public: bytes, message: bytes) -> bytes:
    """``message`` sealed to ``public``: the ephemeral public key, the nonce, the ciphertext.

    Raises:
        ValueError: the message is longer than ``MESSAGE_BYTES``.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import (  # noqa: PLC0415 - lazy
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    if len(message) > MESSAGE_BYTES:
        raise ValueError("an access event is longer than its sealed size")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    key = _derive(shared, ephemeral_public, public)
    nonce = os.urandom(_NONCE_BYTES)
    padded = message.ljust(MESSAGE_BYTES, _PAD)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, padded, ephemeral_public)


def open_sealed(private: bytes, sealed: bytes) -> bytes:
    """The message inside ``sealed`` (padding removed).

    Raises:
        SealBroken: the wrong key, a changed byte, or not a sealed event at all.
    """
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415 - lazy
    from cryptography.hazmat.primitives.asymmetric.x25519 import (  # noqa: PLC0415
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    if len(sealed) != SEALED_BYTES:
        raise SealBroken
    ephemeral_public = sealed[:PUBLIC_KEY_BYTES]
    nonce = sealed[PUBLIC_KEY_BYTES : PUBLIC_KEY_BYTES + _NONCE_BYTES]
    owner = X25519PrivateKey.from_private_bytes(private)
    try:
        shared = owner.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _derive(shared, ephemeral_public, owner.public_key().public_bytes_raw())
        body = sealed[PUBLIC_KEY_BYTES + _NONCE_BYTES :]
        padded = AESGCM(key).decrypt(nonce, body, ephemeral_public)
    except (InvalidTag, ValueError) as error:  # ValueError: an all-zero shared secret
        raise SealBroken from error
    return padded.rstrip(_PAD)


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    """The AES key for one event: HKDF-SHA256 over the shared secret, bound to both keys."""
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415 - lazy
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF  # noqa: PLC0415

    salt = ephemeral_public + recipient_public
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_PURPOSE).derive(shared)
