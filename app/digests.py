"""Digests from CPython's built-in hash modules rather than OpenSSL's.

``import hashlib`` loads OpenSSL's libcrypto at once: about 3.6 MiB of memory for
the life of the app, which needs only a key file's checksum and two short digests.
CPython's own SHA-256 and BLAKE2 give the same bytes. Where a Python build lacks
them, hashlib does the work, as before.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

_SHA256_MODULES = ("_sha2", "_sha256")  # CPython 3.12+, 3.11
_BLAKE2_MODULES = ("_blake2",)


def sha256_hexdigest(data: bytes) -> str:
    """SHA-256 of ``data``, as hex."""
    return str(_constructor("sha256", _SHA256_MODULES)(data).hexdigest())


def sha256_stream(pieces: Iterable[bytes | memoryview]) -> str:
    """SHA-256 of the pieces joined, as hex, without joining them."""
    digest = _constructor("sha256", _SHA256_MODULES)()
    for piece in pieces:
        digest.update(piece)
    return str(digest.hexdigest())


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
