"""The access history's key pair in the key file: made, opened and carried through a rotation.

The public half sits in the key file in the clear: a wrong passphrase must be
recorded before any key is known. The private half is wrapped (AES-256-GCM) under
a key derived from the database key, so only an unlocked journal reads the history,
and whichever secret opened it (keyring, passphrase, recovery key) reads it alike.
No schema change: it lives beside the slots, not in the database.

A rotation wraps it beside the old key under the new one, exactly as the slots
hold two keys until it settles (``rotation``), so the history stays readable.
"""

from __future__ import annotations

from dataclasses import replace

from app.vault.access_seal import new_key_pair, public_half
from app.vault.slot_model import FORMAT_NAME, FORMAT_VERSION, AccessKey, SlotFile
from app.vault.wrapping import UnwrapFailed, WrappedKey, derive_from_secret, unwrap, wrap

_PURPOSE = b"threshold access history key"


def made_access_key(slot_file: SlotFile, database_key: bytes) -> tuple[SlotFile, bytes]:
    """``slot_file`` with a fresh key pair, and its private half."""
    private, public = new_key_pair()
    wrapped = _wrap(private, public, database_key, slot_file.journal_id)
    return replace(slot_file, access=AccessKey(public=public, wrapped=(wrapped,))), private


def opened_access_key(slot_file: SlotFile, database_key: bytes) -> bytes | None:
    """The private half, or None: no pair yet, or one this key does not open or that does not fit.

    A pair whose halves do not belong together (a public key swapped in by hand)
    is treated as none: a new one replaces it, and the events sealed to the
    stranger's key are shown as unreadable.
    """
    access = slot_file.access
    if access is None:
        return None
    wrapping_key = derive_from_secret(database_key, access.public, _PURPOSE)
    for wrapped in access.wrapped:
        try:
            private = unwrap(wrapping_key, wrapped, _context(slot_file.journal_id))
        except UnwrapFailed:
            continue
        if public_half(private) == access.public:
            return private
    return None


def staged_access_key(current: SlotFile, old_key: bytes, new_key: bytes) -> SlotFile:
    """``current`` with the private half wrapped under ``new_key`` beside the old wrapping.

    A pair the old key does not open is left as it is: it was unreadable already,
    and the next unlock makes a new one.
    """
    access = current.access
    private = opened_access_key(current, old_key)
    if access is None or private is None:
        return current
    added = _wrap(private, access.public, new_key, current.journal_id)
    return replace(current, access=replace(access, wrapped=(access.wrapped[0], added)))


def settled_access_key(current: SlotFile, index: int) -> SlotFile:
    """``current`` keeping the ``index``-th wrapping, as the slots keep their ``index``-th key."""
    access = current.access
    if access is None or len(access.wrapped) == 1:
        return current
    kept = access.wrapped[min(index, len(access.wrapped) - 1)]
    return replace(current, access=replace(access, wrapped=(kept,)))


def _wrap(private: bytes, public: bytes, database_key: bytes, journal_id: str) -> WrappedKey:
    wrapping_key = derive_from_secret(database_key, public, _PURPOSE)
    return wrap(wrapping_key, private, _context(journal_id))


def _context(journal_id: str) -> bytes:
    return f"{FORMAT_NAME}:{FORMAT_VERSION}:{journal_id}:access".encode()
