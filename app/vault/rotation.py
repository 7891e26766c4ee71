"""A key rotation's two steps on the key file: wrap a new key beside the old, then settle.

Between the steps the storage layer re-keys the database; whichever key opens it
on the next start is the one kept (see ``Journal.rotate_key``). Both steps are
pure changes of a ``SlotFile``, applied by ``Vault`` to the file as it is on disk.
The access history's private half is carried along the same way (``access_keys``),
so the history sealed before a rotation stays readable after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.errors import NoSlotAvailable
from app.vault.slot_secret import SlotSecret, unwrap_all, wrapping_key_for, wrong_secret
from app.vault.slots import KeySlot, SlotFile, SlotKind
from app.vault.wrapping import wrap
from app.words import QT_TR_NOOP


def staged_rotation(
    current: SlotFile, offered: Mapping[SlotKind, SlotSecret], new_database_key: bytes
) -> SlotFile:
    """``current`` with ``new_database_key`` wrapped beside the key in every slot.

    A recovery slot that the offered recovery key does not open (one whose
    making was interrupted, or the old one beside a new key not yet confirmed)
    is dropped: it could not open the re-keyed journal, and the person holds the
    one offered.

    Raises:
        NoSlotAvailable: a slot has no secret in ``offered`` to re-wrap it.
        WrongSecret: an offered secret does not open its slot.
    """
    staged = replace(current, slots=())
    kept, old_key = _slots_to_rewrap(current, offered)
    for slot in kept:
        wrapping_key = wrapping_key_for(offered[slot.kind], slot.salt, slot.argon2)
        added = wrap(wrapping_key, new_database_key, slot.context(current.journal_id))
        staged = staged.with_slot(replace(slot, wrapped=(slot.wrapped[0], added)))
    from app.vault.access_keys import staged_access_key  # noqa: PLC0415 - not at start-up

    staged = staged_access_key(staged, old_key, new_database_key) if old_key else staged
    return staged if staged.find(SlotKind.RECOVERY) else staged.confirming_recovery()


def is_mid_rotation(slot_file: SlotFile) -> bool:
    """Whether a rotation was staged in ``slot_file`` and not yet settled."""
    return any(len(slot.wrapped) > 1 for slot in slot_file.slots)


def settled(current: SlotFile, index: int) -> SlotFile:
    """``current`` keeping only the ``index``-th wrapped key (the one that opened the database)."""
    if not is_mid_rotation(current):
        return current  # settled meanwhile by another window or command
    kept = tuple(
        replace(s, wrapped=(s.wrapped[min(index, len(s.wrapped) - 1)],)) for s in current.slots
    )
    from app.vault.access_keys import settled_access_key  # noqa: PLC0415 - not at start-up

    return settled_access_key(replace(current, slots=kept), index)


def _slots_to_rewrap(
    current: SlotFile, offered: Mapping[SlotKind, SlotSecret]
) -> tuple[list[KeySlot], bytes | None]:
    """The slots to re-wrap, and the database key they hold now (for the access key)."""
    kept: list[KeySlot] = []
    old_key: bytes | None = None
    for slot in current.slots:
        secret = offered.get(slot.kind)
        if secret is None:
            raise _rotation_needs(slot.kind)
        keys = unwrap_all(slot, secret, current.journal_id)
        if keys is not None:
            kept.append(slot)
            old_key = old_key or keys[0]
        elif slot.kind != SlotKind.RECOVERY:
            raise wrong_secret(slot.kind)
    if SlotKind.RECOVERY in offered and not any(s.kind == SlotKind.RECOVERY for s in kept):
        raise wrong_secret(SlotKind.RECOVERY)
    return kept, old_key


def _rotation_needs(kind: SlotKind) -> NoSlotAvailable:
    if kind == SlotKind.RECOVERY:
        return NoSlotAvailable(
            QT_TR_NOOP("Changing the journal key needs your recovery key (or a new one).")
        )
    if kind == SlotKind.PASSPHRASE:
        return NoSlotAvailable(QT_TR_NOOP("Changing the journal key needs your passphrase."))
    return NoSlotAvailable(QT_TR_NOOP("Changing the journal key needs the system keyring."))
