"""Key slots for one journal: create them, open them, add, replace and remove them.

Any one slot opens the journal. The database key never changes when a slot is
added or removed (a passphrase change rewrites a few hundred bytes, never the
database); ``stage_rotation``/``settle`` re-wrap every slot around a new key in
two crash-safe steps while the storage layer re-keys the database in between.

Every change is made to the key file as it is on disk now (``change_slot_file``),
never to a copy read when the journal was opened: another window or command may
have changed a slot since. And every change is ordered so that a crash at any
moment leaves each way in that worked before still working:

- a new keyring secret goes into a keyring item of its own name before the key
  file points at it, and the old item is forgotten only afterwards;
- a new recovery key waits beside the old one (pending) until it has been shown,
  and only then replaces it (``stage_recovery_key``/``confirm_recovery_key``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import JournalBusy, JournalDamaged, KeyringUnavailable, NoSlotAvailable
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from app.vault.rotation import is_mid_rotation, settled, staged_rotation
from app.vault.slot_secret import (
    SlotSecret,
    new_keyring_item,
    new_slot,
    unwrap_all,
    wrong_secret,
)
from app.vault.slots import (
    KeySlot,
    SlotFile,
    SlotKind,
    change_slot_file,
    read_slot_file,
    write_slot_file,
)
from app.vault.wrapping import Argon2Params, new_key
from app.words import QT_TR_NOOP

if TYPE_CHECKING:  # the access history loads when first used, never at start-up
    from app.vault.access_history import AccessHistory
    from app.vault.access_prepared import PreparedUnlock

log = logging.getLogger(__name__)
OTHER_JOURNAL_MESSAGE = QT_TR_NOOP(
    "The key file now belongs to a different journal (was a backup restored meanwhile?), "
    "so nothing was changed. Please close Threshold and open it again."
)
CHANGED_MEANWHILE_MESSAGE = QT_TR_NOOP(
    "Another Threshold window or command made a new recovery key meanwhile, so this one "
    "was not kept. The recovery key shown last is the one that works."
)


class Vault:
    """The key slots of one journal, backed by its key-slot file.

    Args:
        path: the key-slot file.
        slot_file: its contents as last read or written.
        argon2: cost parameters for new passphrase slots.
    """

    def __init__(self, path: Path, slot_file: SlotFile, argon2: Argon2Params | None = None) -> None:
        self._path = path
        self._file = slot_file
        self._argon2 = argon2 or Argon2Params()
        self._staged_salt: bytes | None = None  # the recovery key this object staged
        self._access_history: AccessHistory | None = None

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
        from app.vault.access_keys import made_access_key  # noqa: PLC0415 - at creation only

        vault._file, _ = made_access_key(vault._file, database_key)
        write_slot_file(path, vault._file)
        return vault

    @property
    def journal_id(self) -> str:
        """The id that binds the slots (and the keyring item) to this journal."""
        return self._file.journal_id

    def kinds(self) -> list[SlotKind]:
        """The kinds of slot this journal has (as last read or written here)."""
        return self._file.kinds()

    def has(self, kind: SlotKind) -> bool:
        """Whether a slot of ``kind`` exists (as last read or written here)."""
        return self._file.find(kind) is not None

    def has_pending_recovery_key(self) -> bool:
        """Whether a new recovery key was made and its showing not confirmed."""
        return self._file.pending_recovery() is not None

    def keyring_item(self) -> str | None:
        """The keyring item this journal's secret is kept under (None without a keyring slot)."""
        slot = self._file.find(SlotKind.KEYRING)
        return None if slot is None else slot.keyring_item(self.journal_id)

    # ------------------------------------------------------------------ opening

    def candidate_keys(self, secret: SlotSecret) -> list[bytes]:
        """The database key(s) that ``secret`` unwraps: one, or two mid-rotation.

        A recovery key may open the current recovery slot or one still waiting to
        be confirmed (``stage_recovery_key``): the person may hold either.

        Raises:
            NoSlotAvailable: the journal has no slot of this kind.
            WrongSecret: the secret does not open its slot.
        """
        slots = self._slots_for(secret.kind)
        if not slots:
            raise _no_slot(secret.kind)
        for slot in slots:
            keys = self._unwrap_all(slot, secret)
            if keys is not None:
                return keys
        raise wrong_secret(secret.kind)

    def opens_pending_recovery(self, secret: SlotSecret) -> bool:
        """Whether ``secret`` is the new recovery key waiting to be confirmed."""
        pending = self._file.pending_recovery()
        return (
            pending is not None
            and secret.kind == SlotKind.RECOVERY
            and self._unwrap_all(pending, secret) is not None
        )

    def keyring_secret(self, keystore: Keystore) -> SlotSecret:
        """Fetch this journal's device secret from the keyring.

        Raises:
            NoSlotAvailable: the journal does not open with the keyring.
            KeyringUnavailable: the keyring failed or no longer has the secret.
        """
        item = self.keyring_item()
        if item is None:
            raise _no_slot(SlotKind.KEYRING)
        device_secret = keystore.get_secret(item)
        if device_secret is None:
            raise KeyringUnavailable(QT_TR_NOOP("it no longer holds this journal's secret"))
        return SlotSecret.device(device_secret)

    # ------------------------------------------------------------------ access history

    def access_public_key(self) -> bytes | None:
        """The key attempts are sealed to before unlocking (None: a journal not yet given one)."""
        return None if self._file.access is None else self._file.access.public

    def open_access_history(self, database_key: bytes, path: Path) -> AccessHistory:
        """The access history, readable with the unlocked ``database_key``.

        A journal from before the history, or one whose pair no longer fits, is
        given a new pair here, in the key file as it is on disk now; a pair added
        meanwhile by another window or command is used instead.
        """
        from app.vault.access_history import AccessHistory  # noqa: PLC0415 - see TYPE_CHECKING
        from app.vault.access_keys import made_access_key, opened_access_key  # noqa: PLC0415

        private = opened_access_key(self._file, database_key)
        new = private is None
        if private is None:
            made: list[bytes] = []

            def change(current: SlotFile) -> SlotFile:
                self._require_same_journal(current)
                if (found := opened_access_key(current, database_key)) is not None:
                    made[:] = [found]
                    return current
                changed, fresh = made_access_key(current, database_key)
                made[:] = [fresh]
                return changed

            self._change(change)
            private = made[0]
        assert self._file.access is not None
        self._access_history = AccessHistory(path, self._file.access.public, private, new=new)
        return self._access_history

    def open_prepared_history(self, prepared: PreparedUnlock, path: Path) -> AccessHistory | None:
        """The history, with a keyring unlock the start-up helper sealed (no ``cryptography``).

        None when the helper's key is no longer this journal's (changed meanwhile):
        then ``open_access_history`` does the work here.
        """
        from app.vault.access_history import AccessHistory  # noqa: PLC0415 - see TYPE_CHECKING

        if self._file.access is None or self._file.access.public != prepared.public:
            return None
        history = AccessHistory(path, prepared.public, prepared.private)
        history.note_sealed_unlock(
            prepared.sealed, prepared.before, list(prepared.failed), prepared.went_missing
        )
        self._access_history = history
        return history

    @property
    def access_history(self) -> AccessHistory | None:
        """The history opened at this unlock (None until it was, or when it could not be)."""
        return self._access_history

    # ------------------------------------------------------------------ changing slots

    def set_passphrase(self, database_key: bytes, passphrase: str, keystore: Keystore) -> None:
        """Add or change the passphrase and stop opening with the computer login alone.

        The keyring slot leaves the file before its secret leaves the keyring, so a
        failure in between never leaves a slot that cannot be opened.
        """
        slot = self._new_slot(SlotSecret.passphrase(passphrase), database_key)
        removed: list[str] = []

        def change(current: SlotFile) -> SlotFile:
            self._require_same_journal(current)
            removed[:] = _keyring_items(current)
            return current.with_slot(slot).without(SlotKind.KEYRING)

        self._change(change)
        for item in removed:
            _forget(keystore, item)

    def remove_passphrase(self, database_key: bytes, keystore: Keystore) -> None:
        """Open with the computer login again: a fresh keyring slot replaces the passphrase.

        Raises:
            KeyringUnavailable: the keyring cannot take the secret; nothing changed.
        """
        self._replace_keyring_slot(database_key, keystore, drop=SlotKind.PASSPHRASE)

    def enroll_keyring(self, database_key: bytes, keystore: Keystore) -> None:
        """Store a fresh device secret in the keyring and add (or renew) its slot.

        Raises:
            KeyringUnavailable: the keyring cannot take the secret; nothing changed.
        """
        self._replace_keyring_slot(database_key, keystore, drop=None)

    def stage_recovery_key(self, database_key: bytes) -> RecoveryKey:
        """Add a new recovery key beside the current one; both open until it is confirmed.

        Show it, then call ``confirm_recovery_key``. A crash before that leaves the
        old key working (and the new one too, should it have been seen).
        """
        recovery = RecoveryKey.generate()
        slot = replace(self._new_slot(SlotSecret.recovery(recovery), database_key), pending=True)

        def change(current: SlotFile) -> SlotFile:
            self._require_same_journal(current)
            return current.with_slot(slot)

        self._change(change)
        self._staged_salt = slot.salt
        return recovery

    def confirm_recovery_key(self) -> None:
        """The new recovery key was shown: it replaces the old one, which stops working.

        Raises:
            JournalBusy: another window or command made a newer one meanwhile.
        """
        staged = self._staged_salt

        def change(current: SlotFile) -> SlotFile:
            self._require_same_journal(current)
            pending = current.pending_recovery()
            if pending is None or (staged is not None and pending.salt != staged):
                raise JournalBusy(CHANGED_MEANWHILE_MESSAGE)
            return current.confirming_recovery()

        self._change(change)
        self._staged_salt = None

    # ------------------------------------------------------------------ rotation

    def stage_rotation(self, new_database_key: bytes, secrets: list[SlotSecret]) -> None:
        """Add ``new_database_key`` beside the current key in every slot (``staged_rotation``).

        Raises:
            NoSlotAvailable: a slot has no secret in ``secrets`` to re-wrap it.
            WrongSecret: an offered secret does not open its slot.
        """
        offered = {secret.kind: secret for secret in secrets}

        def change(current: SlotFile) -> SlotFile:
            self._require_same_journal(current)
            return staged_rotation(current, offered, new_database_key)

        self._change(change)

    def is_mid_rotation(self) -> bool:
        """Whether a rotation was staged and not yet settled."""
        return is_mid_rotation(self._file)

    def settle(self, index: int) -> None:
        """Keep only the ``index``-th wrapped key (the one that opened the database)."""

        def change(current: SlotFile) -> SlotFile:
            self._require_same_journal(current)
            return settled(current, index)

        self._change(change)
        log.info("Key slots settled after a rotation.")

    # ------------------------------------------------------------------ helpers

    def _change(self, change: Callable[[SlotFile], SlotFile]) -> None:
        self._file = change_slot_file(self._path, change)

    def _replace_keyring_slot(
        self, database_key: bytes, keystore: Keystore, drop: SlotKind | None
    ) -> None:
        """A new secret in a new keyring item, then the key file, then the old item goes.

        Each step leaves a journal that opens: until the key file is replaced it
        points at the old item, untouched; after, at the new one. A failure writing
        the key file forgets the new item again.
        """
        item, device_secret = new_keyring_item(self.journal_id), new_key()
        keystore.set_secret(item, device_secret)
        slot = replace(self._new_slot(SlotSecret.device(device_secret), database_key), item=item)
        replaced: list[str] = []

        def change(current: SlotFile) -> SlotFile:
            self._require_same_journal(current)
            replaced[:] = _keyring_items(current)
            changed = current.with_slot(slot)
            return changed.without(drop) if drop is not None else changed

        try:
            self._change(change)
        except BaseException:
            _forget(keystore, item)
            raise
        for old in replaced:
            _forget(keystore, old)

    def _slots_for(self, kind: SlotKind) -> list[KeySlot]:
        """The slots ``kind`` of secret may open: the confirmed one, then a pending one."""
        confirmed = self._file.find(kind)
        pending = self._file.pending_recovery() if kind == SlotKind.RECOVERY else None
        return [slot for slot in (confirmed, pending) if slot is not None]

    def _unwrap_all(self, slot: KeySlot, secret: SlotSecret) -> list[bytes] | None:
        return unwrap_all(slot, secret, self.journal_id)

    def _require_same_journal(self, current: SlotFile) -> None:
        if current.journal_id != self.journal_id:
            raise JournalDamaged(OTHER_JOURNAL_MESSAGE)

    def _new_slot(self, secret: SlotSecret, database_key: bytes) -> KeySlot:
        return new_slot(secret, database_key, self.journal_id, self._argon2)


def _keyring_items(slot_file: SlotFile) -> list[str]:
    slot = slot_file.find(SlotKind.KEYRING)
    return [] if slot is None else [slot.keyring_item(slot_file.journal_id)]


def _forget(keystore: Keystore, item: str) -> None:
    """Delete a keyring item no slot uses; a failure leaves a secret that opens nothing."""
    try:
        keystore.delete_secret(item)
    except KeyringUnavailable as error:
        log.warning("Could not delete an unused keyring item: %s", error.cause)


def _no_slot(kind: SlotKind) -> NoSlotAvailable:
    """The journal has no way in of ``kind``, said for that kind."""
    if kind == SlotKind.KEYRING:
        return NoSlotAvailable(
            QT_TR_NOOP(
                "This journal doesn't open with the computer login; "
                "it needs its passphrase or recovery key."
            )
        )
    if kind == SlotKind.PASSPHRASE:
        return NoSlotAvailable(QT_TR_NOOP("This journal has no passphrase."))
    return NoSlotAvailable(QT_TR_NOOP("This journal has no recovery key."))
