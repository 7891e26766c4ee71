"""What opens a key slot, and how it wraps and unwraps the database key there.

Each slot holds the database key wrapped with a key derived from one secret: a
passphrase (Argon2id), the recovery key or the device secret in the keyring
(each with its own purpose, so a secret never opens a slot of another kind).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from app.errors import WrongSecret
from app.vault.recovery_key import RecoveryKey
from app.vault.slots import KeySlot, SlotKind
from app.vault.wrapping import (
    Argon2Params,
    UnwrapFailed,
    derive_from_passphrase,
    derive_from_secret,
    new_salt,
    unwrap,
    wrap,
)
from app.words import QT_TR_NOOP

_RECOVERY_PURPOSE = b"threshold recovery slot"
_KEYRING_PURPOSE = b"threshold keyring slot"


@dataclass(frozen=True)
class SlotSecret:
    """What a person (or the keyring) offers to open one slot."""

    kind: SlotKind
    material: bytes | str

    @classmethod
    def recovery(cls, key: RecoveryKey) -> SlotSecret:
        """The recovery key, as shown at setup."""
        return cls(SlotKind.RECOVERY, key.secret)

    @classmethod
    def passphrase(cls, passphrase: str) -> SlotSecret:
        """A passphrase chosen by the user."""
        return cls(SlotKind.PASSPHRASE, passphrase)

    @classmethod
    def device(cls, secret: bytes) -> SlotSecret:
        """The device secret kept in the OS keyring."""
        return cls(SlotKind.KEYRING, secret)

    def __repr__(self) -> str:
        return f"SlotSecret({self.kind}, <hidden>)"


def wrapping_key_for(secret: SlotSecret, salt: bytes, params: Argon2Params | None) -> bytes:
    """Derive the key that wraps the database key in the slot ``secret`` opens."""
    if secret.kind == SlotKind.PASSPHRASE:
        assert isinstance(secret.material, str)
        return derive_from_passphrase(secret.material, salt, params or Argon2Params())
    assert isinstance(secret.material, bytes)
    purpose = _RECOVERY_PURPOSE if secret.kind == SlotKind.RECOVERY else _KEYRING_PURPOSE
    return derive_from_secret(secret.material, salt, purpose)


def new_slot(
    secret: SlotSecret, database_key: bytes, journal_id: str, argon2: Argon2Params
) -> KeySlot:
    """A fresh slot (new salt) that ``secret`` opens; ``argon2`` is used for passphrases only."""
    salt = new_salt()
    params = argon2 if secret.kind == SlotKind.PASSPHRASE else None
    draft = KeySlot(kind=secret.kind, salt=salt, wrapped=(), argon2=params)
    wrapping_key = wrapping_key_for(secret, salt, params)
    return replace(draft, wrapped=(wrap(wrapping_key, database_key, draft.context(journal_id)),))


def unwrap_all(slot: KeySlot, secret: SlotSecret, journal_id: str) -> list[bytes] | None:
    """Every database key in ``slot`` (two mid-rotation), or None if ``secret`` doesn't fit."""
    wrapping_key = wrapping_key_for(secret, slot.salt, slot.argon2)
    try:
        return [unwrap(wrapping_key, w, slot.context(journal_id)) for w in slot.wrapped]
    except UnwrapFailed:
        return None


def new_keyring_item(journal_id: str) -> str:
    """A keyring item name of its own for a new device secret (never the one in use)."""
    return f"{journal_id}.{os.urandom(8).hex()}"  # not `secrets`: it loads OpenSSL


def wrong_secret(kind: SlotKind) -> WrongSecret:
    """The error for a person whose ``kind`` of secret doesn't open its slot."""
    if kind == SlotKind.PASSPHRASE:
        return WrongSecret(
            QT_TR_NOOP("That passphrase doesn't open this journal. Please try again.")
        )
    if kind == SlotKind.RECOVERY:
        return WrongSecret(
            QT_TR_NOOP(
                "That recovery key doesn't open this journal. Please check it and try again."
            )
        )
    return WrongSecret(
        QT_TR_NOOP("The keyring's secret doesn't open this journal. Your recovery key still does.")
    )
