"""Key slots for one journal: create them, open them, add and remove them.

Any one slot opens the journal. The database key never changes when a slot is
added or removed (a passphrase change rewrites a few hundred bytes, never the
database); ``stage_rotation``/``settle`` re-wrap every slot around a new key in
two crash-safe steps while the storage layer re-keys the database in between.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from app.errors import KeyringUnavailable, NoSlotAvailable, WrongSecret
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slots import KeySlot, SlotFile, SlotKind, read_slot_file, write_slot_file
from app.vault.wrapping import (
    Argon2Params,
    UnwrapFailed,
    derive_from_passphrase,
    derive_from_secret,
    new_key,
    new_salt,
    unwrap,
    wrap,
)

log = logging.getLogger(__name__)
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


class Vault:
    """The key slots of one journal, backed by its key-slot file.

    Args:
        path: the key-slot file.
        slot_file: its current contents.
        argon2: cost parameters for new passphrase slots.
    """

    def __init__(self, path: Path, slot_file: SlotFile, argon2: Argon2Params | None = None) -> None:
        self._path = path
        self._file = slot_file
        self._argon2 = argon2 or Argon2Params()

    @classmethod
    def load(cls, path: Path, argon2: Argon2Params | None = None) -> Vault:
        """Read the key slots of an existing journal."""
        return cls(path, read_slot_file(path), argon2)

    @classmethod
    def create(
        cls,
        path: Path,
        journal_id: str,
        database_key: bytes,
        secrets: list[SlotSecret],
        argon2: Argon2Params | None = None,
    ) -> Vault:
        """Write a new key-slot file with one slot per offered secret."""
        vault = cls(path, SlotFile(journal_id=journal_id), argon2)
        for secret in secrets:
            vault._file = vault._file.with_slot(vault._new_slot(secret, database_key))
        write_slot_file(path, vault._file)
        return vault

    @property
    def journal_id(self) -> str:
        """The id that binds the slots (and the keyring item) to this journal."""
        return self._file.journal_id

    def kinds(self) -> list[SlotKind]:
        """The kinds of slot this journal has."""
        return self._file.kinds()

    def has(self, kind: SlotKind) -> bool:
        """Whether a slot of ``kind`` exists."""
        return self._file.find(kind) is not None

    # ------------------------------------------------------------------ opening

    def candidate_keys(self, secret: SlotSecret) -> list[bytes]:
        """The database key(s) that ``secret`` unwraps: one, or two mid-rotation.

        Raises:
            NoSlotAvailable: the journal has no slot of this kind.
            WrongSecret: the secret does not open its slot.
        """
        slot = self._file.find(secret.kind)
        if slot is None:
            raise NoSlotAvailable(_no_slot_message(secret.kind))
        wrapping_key = wrapping_key_for(secret, slot.salt, slot.argon2)
        try:
            return [unwrap(wrapping_key, w, slot.context(self.journal_id)) for w in slot.wrapped]
        except UnwrapFailed as error:
            raise WrongSecret(_wrong_secret_message(secret.kind)) from error

    def keyring_secret(self, keystore: Keystore) -> SlotSecret:
        """Fetch this journal's device secret from the keyring.

        Raises:
            NoSlotAvailable: the journal does not open with the keyring.
            KeyringUnavailable: the keyring failed or no longer has the secret.
        """
        if not self.has(SlotKind.KEYRING):
            raise NoSlotAvailable(_no_slot_message(SlotKind.KEYRING))
        device_secret = keystore.get_secret(self.journal_id)
        if device_secret is None:
            raise KeyringUnavailable("it no longer holds this journal's secret")
        return SlotSecret.device(device_secret)

    # ------------------------------------------------------------------ changing slots

    def set_passphrase(self, database_key: bytes, passphrase: str, keystore: Keystore) -> None:
        """Add or change the passphrase and stop opening with the computer login alone.

        The keyring slot is removed from the file before its secret is deleted
        from the keyring, so a failure in between never leaves a slot we cannot open.
        """
        self._file = self._file.with_slot(
            self._new_slot(SlotSecret.passphrase(passphrase), database_key)
        )
        had_keyring = self.has(SlotKind.KEYRING)
        self._file = self._file.without(SlotKind.KEYRING)
        write_slot_file(self._path, self._file)
        if had_keyring:
            self._forget_device_secret(keystore)

    def remove_passphrase(self, database_key: bytes, keystore: Keystore) -> None:
        """Open with the computer login again: enrol the keyring, then drop the passphrase.

        Raises:
            KeyringUnavailable: the keyring cannot take the secret; nothing changed.
        """
        self.enroll_keyring(database_key, keystore)
        self._file = self._file.without(SlotKind.PASSPHRASE)
        write_slot_file(self._path, self._file)

    def enroll_keyring(self, database_key: bytes, keystore: Keystore) -> None:
        """Store a fresh device secret in the keyring and add (or renew) its slot."""
        device_secret = new_key()
        keystore.set_secret(self.journal_id, device_secret)
        self._file = self._file.with_slot(
            self._new_slot(SlotSecret.device(device_secret), database_key)
        )
        write_slot_file(self._path, self._file)

    def replace_recovery_key(self, database_key: bytes) -> RecoveryKey:
        """Issue a new recovery key; the old one stops working."""
        recovery = RecoveryKey.generate()
        self._file = self._file.with_slot(
            self._new_slot(SlotSecret.recovery(recovery), database_key)
        )
        write_slot_file(self._path, self._file)
        return recovery

    # ------------------------------------------------------------------ rotation

    def stage_rotation(self, new_database_key: bytes, secrets: list[SlotSecret]) -> None:
        """Add ``new_database_key`` beside the current key in every slot.

        Raises:
            NoSlotAvailable: a slot has no secret in ``secrets`` to re-wrap it.
        """
        offered = {secret.kind: secret for secret in secrets}
        staged = self._file
        for slot in self._file.slots:
            secret = offered.get(slot.kind)
            if secret is None:
                raise NoSlotAvailable(_rotation_needs_message(slot.kind))
            wrapping_key = wrapping_key_for(secret, slot.salt, slot.argon2)
            added = wrap(wrapping_key, new_database_key, slot.context(self.journal_id))
            staged = staged.with_slot(replace(slot, wrapped=(slot.wrapped[0], added)))
        self._file = staged
        write_slot_file(self._path, self._file)

    def is_mid_rotation(self) -> bool:
        """Whether a rotation was staged and not yet settled."""
        return any(len(slot.wrapped) > 1 for slot in self._file.slots)

    def settle(self, index: int) -> None:
        """Keep only the ``index``-th wrapped key (the one that opened the database)."""
        slots = tuple(
            replace(s, wrapped=(s.wrapped[min(index, len(s.wrapped) - 1)],))
            for s in self._file.slots
        )
        self._file = replace(self._file, slots=slots)
        write_slot_file(self._path, self._file)
        log.info("Key slots settled after a rotation.")

    # ------------------------------------------------------------------ helpers

    def _new_slot(self, secret: SlotSecret, database_key: bytes) -> KeySlot:
        salt = new_salt()
        argon2 = self._argon2 if secret.kind == SlotKind.PASSPHRASE else None
        draft = KeySlot(kind=secret.kind, salt=salt, wrapped=(), argon2=argon2)
        wrapping_key = wrapping_key_for(secret, salt, argon2)
        return replace(
            draft, wrapped=(wrap(wrapping_key, database_key, draft.context(self.journal_id)),)
        )

    def _forget_device_secret(self, keystore: Keystore) -> None:
        try:
            keystore.delete_secret(self.journal_id)
        except KeyringUnavailable as error:
            log.warning("Could not delete the keyring item: %s", error.cause)


def _no_slot_message(kind: SlotKind) -> str:
    return {
        SlotKind.KEYRING: "This journal doesn't open with the computer login; "
        "it needs its passphrase or recovery key.",
        SlotKind.PASSPHRASE: "This journal has no passphrase.",
        SlotKind.RECOVERY: "This journal has no recovery key.",
    }[kind]


def _wrong_secret_message(kind: SlotKind) -> str:
    if kind == SlotKind.PASSPHRASE:
        return "That passphrase doesn't open this journal. Please try again."
    if kind == SlotKind.RECOVERY:
        return "That recovery key doesn't open this journal. Please check it and try again."
    return "The keyring's secret doesn't open this journal. Your recovery key still does."


def _rotation_needs_message(kind: SlotKind) -> str:
    if kind == SlotKind.RECOVERY:
        return "Changing the journal key needs your recovery key (or a new one)."
    if kind == SlotKind.PASSPHRASE:
        return "Changing the journal key needs your passphrase."
    return "Changing the journal key needs the system keyring."
