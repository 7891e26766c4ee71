"""Names in the shared folder that say nothing: keyed hashes of what they stand for.

A computer's stream folder is named from its device id, and each change file from
its device and sequence, with HMAC-SHA256 under the sync key. Someone who sees the
folder learns how many computers and files there are, never which journal, and
a reader that knows a stream's device can work out the name of the file it needs
next, so a missing file is a gap to wait for, never one to skip.
"""

from __future__ import annotations

NAME_CHARS = 32


def stream_name(key: bytes, device: str) -> str:
    """The folder one computer writes its change files into."""
    return _keyed(key, f"stream:{device}")


def change_name(key: bytes, device: str, sequence: int) -> str:
    """The file name of ``device``'s change number ``sequence`` (from 1)."""
    return _keyed(key, f"change:{device}:{sequence}")


def looks_like_a_name(name: str) -> bool:
    """Whether ``name`` could be one of ours (32 lowercase hex characters)."""
    return len(name) == NAME_CHARS and all(char in "0123456789abcdef" for char in name)


def _keyed(key: bytes, text: str) -> str:
    from cryptography.hazmat.primitives import hashes, hmac  # noqa: PLC0415 - only with sync

    keyed = hmac.HMAC(key, hashes.SHA256())
    keyed.update(text.encode("utf-8"))
    return keyed.finalize().hex()[:NAME_CHARS]
