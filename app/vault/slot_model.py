"""What a key-slot file holds: which secrets can open a journal, and nothing else.

A slot normally holds one wrapped key. While a key rotation is under way it holds
two (the old key, then the new one), so that a crash at any point leaves a journal
that still opens; whichever key opens the database is kept, the other is dropped.

A new recovery key is first added as a *pending* slot beside the current one, and
replaces it only once it has been shown: a crash in between leaves the old key
working, never a journal whose only recovery key nobody saw.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.vault.wrapping import Argon2Params, WrappedKey

FORMAT_NAME = "threshold-key-slots"
FORMAT_VERSION = 1


class SlotKind(StrEnum):
    """The kinds of secret that can open a journal."""

    KEYRING = "keyring"
    RECOVERY = "recovery"
    PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret


@dataclass(frozen=True)
class KeySlot:
    """One way into the journal: a wrapped database key and how to unwrap it.

    Attributes:
        item: for a keyring slot, the keyring item holding its secret (None: the
            journal id, as journals made before items were renewed by name).
        pending: a recovery key made but not yet confirmed as shown.
    """

    kind: SlotKind
    salt: bytes
    wrapped: tuple[WrappedKey, ...]
    argon2: Argon2Params | None = None
    item: str | None = None
    pending: bool = False

    def context(self, journal_id: str) -> bytes:
        """The AES-GCM associated data binding this slot to its journal."""
        return f"{FORMAT_NAME}:{FORMAT_VERSION}:{journal_id}:{self.kind}".encode()

    def keyring_item(self, journal_id: str) -> str:
        """The keyring item's name for this (keyring) slot."""
        return self.item or journal_id


@dataclass(frozen=True)
class AccessKey:
    """The access history's key pair (see ``access_keys``): not a way in, a way to read.

    Attributes:
        public: the X25519 public key events are sealed to, in the clear, so that an
            attempt is recorded before anything is unlocked.
        wrapped: the private half wrapped by the database key (two mid-rotation,
            in the order of the slots' keys).
    """

    public: bytes
    wrapped: tuple[WrappedKey, ...]


@dataclass(frozen=True)
class SlotFile:
    """The whole key-slot file.

    Attributes:
        access: the access history's key pair; None in a journal made before it,
            until its next unlock.
    """

    journal_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    access: AccessKey | None = None

    def find(self, kind: SlotKind) -> KeySlot | None:
        """The (confirmed) slot of ``kind``, if the journal has one."""
        return next((s for s in self.slots if s.kind == kind and not s.pending), None)

    def pending_recovery(self) -> KeySlot | None:
        """A recovery key made but not yet confirmed as shown, if any."""
        return next((s for s in self.slots if s.kind == SlotKind.RECOVERY and s.pending), None)

    def kinds(self) -> list[SlotKind]:
        """The kinds of slot present, in a stable order."""
        return [kind for kind in SlotKind if self.find(kind)]

    def with_slot(self, slot: KeySlot) -> SlotFile:
        """A copy where ``slot`` replaces any slot of its kind (and pending state)."""
        others = tuple(s for s in self.slots if (s.kind, s.pending) != (slot.kind, slot.pending))
        return replace(self, slots=(*others, slot))

    def without(self, kind: SlotKind, *, pending: bool = False) -> SlotFile:
        """A copy with the slot of ``kind`` (confirmed, or the pending one) removed."""
        kept = tuple(s for s in self.slots if (s.kind, s.pending) != (kind, pending))
        return replace(self, slots=kept)

    def confirming_recovery(self) -> SlotFile:
        """A copy where the pending recovery key replaces the confirmed one."""
        pending = self.pending_recovery()
        if pending is None:
            return self
        return (
            self.without(SlotKind.RECOVERY)
            .without(SlotKind.RECOVERY, pending=True)
            .with_slot(replace(pending, pending=False))
        )
