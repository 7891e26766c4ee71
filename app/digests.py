"""Digests from CPython's built-in hash modules rather than OpenSSL's.

``import hashlib`` loads OpenSSL's libcrypto at once: about 3.6 MiB of memory for
the life of the app, which needs only a key file's checksum and two short digests.
CPython's own SHA-256 and BLAKE2 give the same bytes. Where a Python build lacks
them, hashlib does the work, as before. Attachments (megabytes) are hashed by
hashlib when one is attached or checked: see ``LARGE_BYTES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

_SHA256_MODULES = ("_sha2", "_sha256")  # CPython 3.12+, 3.11
_BLAKE2_MODULES = ("_blake2",)


LARGE_BYTES = 1 << 20
"""From this size on (an attachment), OpenSSL's SHA-256: about five times faster here,
and it lets other threads run while it hashes, where the built-in one held the
window's thread for 50 ms over a 10 MB photo. Small digests keep OpenSSL unloaded."""


def sha256_hexdigest(data: bytes) -> str:
    """SHA-256 of ``data``, as hex."""
    if len(data) >= LARGE_BYTES:
        return str(_openssl_sha256(data).hexdigest())
    return str(_constructor("sha256", _SHA256_MODULES)(data).hexdigest())


def sha256_stream(pieces: Iterable[bytes | memoryview]) -> str:
    """SHA-256 of the pieces joined, as hex, without joining them (large files: OpenSSL)."""
    digest = _openssl_sha256()
    for piece in pieces:
        digest.update(piece)
    return str(digest.hexdigest())


def _openssl_sha256(data: bytes = b"") -> Any:
    import hashlib  # noqa: PLC0415 - only for large data: OpenSSL costs 3.6 MiB

    return hashlib.sha256(data)


def blake2b_digest(data: bytes, digest_size: int) -> bytes:
    """BLAKE2b of ``data``, ``digest_size`` bytes long."""
    return bytes(_constructor("blake2b", _BLAKE2_MODULES)(data, digest_size=digest_size).digest())


@cache
def _constructor(name: str, modules: tuple[str, ...]) -> Callable[..., Any]:
    for module in modules:
        try:
            return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib  # noqa: PLC0415 - only where the built-in modules are missing

    return getattr(hashlib, name)  # type: ignore[no-any-return]
