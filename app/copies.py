"""Encrypted copies of a journal (backups) are published whole, or not at all.

A copy is a ``.db`` file with its key slots beside it (``.db.keys``). It is written
under a hidden temporary name (``.<name>.partial``, ``.<name>.partial.keys``),
checked, and only then renamed into place, key slots first: a crash at any moment
leaves either no copy under the final name or a whole one, never a ``.db`` alone
or half-written. A temporary copy a crash left behind is encrypted (it holds no
plaintext) and is swept away by ``sweep_partial_copies`` the next time.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

from app.files import sync_folder

_PARTIAL = re.compile(r"\..+\.db\.partial(?:-wal|-shm|-journal|\.keys)?")
_PARTS = ("", "-wal", "-shm", "-journal", ".keys")


def keys_beside(database: Path) -> Path:
    """The key-slot file that travels with a copy (``<name>.db.keys``)."""
    return Path(f"{database}.keys")


def partial_name(final: Path) -> Path:
    """Where a copy is written before it is published as ``final``."""
    return final.with_name(f".{final.name}.partial")


def publish(temp: Path, final: Path) -> None:
    """Rename the checked copy into place: key slots first, so a ``.db`` is never alone."""
    os.replace(keys_beside(temp), keys_beside(final))
    try:
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            keys_beside(final).unlink()
        raise
    sync_folder(final.parent)


def remove_partial(temp: Path) -> None:
    """Remove a temporary copy and everything SQLite or we wrote beside it."""
    for suffix in _PARTS:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            Path(f"{temp}{suffix}").unlink()


def is_partial_copy(name: str) -> bool:
    """Whether ``name`` is one of our temporary copies' (or its key slots', or SQLite's)."""
    return bool(_PARTIAL.fullmatch(name))


def sweep_partial_copies(folder: Path, older_than: float = 0.0) -> int:
    """Remove temporary copies an interrupted backup left in ``folder``; returns how many files.

    Only names of exactly our temporary pattern are touched, so a chosen folder
    (a USB stick) keeps everything else it holds. ``older_than`` (seconds) spares
    a copy another window may be writing just now.
    """
    try:
        children = list(folder.iterdir())
    except OSError:
        return 0
    removed = 0
    now = time.time()
    for child in children:
        if not is_partial_copy(child.name):
            continue
        with contextlib.suppress(OSError):
            info = child.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime >= older_than:
                child.unlink()
                removed += 1
    return removed
