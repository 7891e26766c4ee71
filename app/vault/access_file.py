"""The access history's file: one sealed event per line, appended and flushed.

Appending is the only write made before the journal is unlocked, and it may come
from two processes at once (the window and a command), so each append takes the
file's lock, writes one whole line with ``O_APPEND`` and flushes it to disk. The
file is created 0600 without following a link planted at its name.

A crash can leave the last line cut short: reading ignores a line without its
end, and the next append starts on a line of its own, so one torn line never
swallows the next event.

Shortening the file (after unlocking, see ``access_history``) replaces it through
``write_private_file_atomically`` while holding the old file's lock; an append
that waited for that lock notices the file was replaced and writes to the new one.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from app.files import (
    PRIVATE_FILE_MODE,
    NotARegularFile,
    lock_file,
    sync_folder,
    write_all,
    write_private_file_atomically,
)

MAX_READ_BYTES = 8 * 1024 * 1024  # about 27,000 events; only the newest are read beyond it
_ATTEMPTS = 5
_APPEND_FLAGS = (  # read too: the last byte tells whether a torn line must be ended
    os.O_RDWR
    | os.O_APPEND
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def append_record(path: Path, record: bytes) -> None:
    """Add ``record`` as one line at the end of the file (made 0600 if new), flushed to disk.

    Raises:
        OSError: as the system reports it (a full disk, a folder that is gone).
        NotARegularFile: something other than a file holds the name.
    """
    for _ in range(_ATTEMPTS):
        descriptor = os.open(path, _APPEND_FLAGS, PRIVATE_FILE_MODE)
        try:
            if _append_if_current(path, descriptor, _line(record)):
                return
        finally:
            os.close(descriptor)
    raise OSError("the access history kept being replaced while an event was added")


def read_records(path: Path) -> list[bytes]:
    """Every whole record in the file, oldest first ([] when there is no file).

    A torn last line and lines that are not base64 are left out; they can only
    come from a crash or from someone else's hand, and the history says so by
    what it no longer holds.
    """
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        return []
    try:
        return _records(_read_tail(descriptor, MAX_READ_BYTES))
    finally:
        os.close(descriptor)


def longer_than_read(path: Path) -> bool:
    """Whether the file holds more than ``read_records`` reads (then it is due to be folded)."""
    try:
        return os.stat(path, follow_symlinks=False).st_size > MAX_READ_BYTES
    except FileNotFoundError:
        return False


def rewrite_records(path: Path, change: Callable[[list[bytes]], list[bytes]]) -> None:
    """Replace the file's records with ``change(records)``, holding its lock throughout."""
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        return
    try:
        lock_file(descriptor, blocking=True)
        records = _records(_read_tail(descriptor, limit=None))  # all of it: nothing is dropped
        kept = change(records)
        if kept != records:
            write_private_file_atomically(path, b"".join(_line(record) for record in kept))
    finally:
        os.close(descriptor)


def _append_if_current(path: Path, descriptor: int, line: bytes) -> bool:
    """Write ``line`` under the lock, unless ``path`` now names another file (then False)."""
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        raise NotARegularFile(f"{path} is not a regular file")
    lock_file(descriptor, blocking=True)
    opened = os.fstat(descriptor)
    with contextlib.suppress(FileNotFoundError):
        if os.stat(path, follow_symlinks=False).st_ino != opened.st_ino:
            return False
    if opened.st_size and os.pread(descriptor, 1, opened.st_size - 1) != b"\n":
        line = b"\n" + line  # end a torn line first, so it never swallows this one
    write_all(descriptor, line)
    os.fsync(descriptor)
    if opened.st_size == 0:
        sync_folder(path.parent)  # a new file: its name must survive a crash too
    return True


def _read_tail(descriptor: int, limit: int | None) -> bytes:
    """The file's last ``limit`` bytes from a line's start (all of it when None)."""
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        raise NotARegularFile("the access history is not a regular file")
    size = os.fstat(descriptor).st_size
    start = 0 if limit is None else max(0, size - limit)
    data = os.pread(descriptor, size - start, start)
    if start:
        data = data[data.find(b"\n") + 1 :]  # the first line read was cut by the limit
    return data


def _records(data: bytes) -> list[bytes]:
    lines = data.split(b"\n")
    whole = lines[:-1]  # the last piece has no line end: empty, or torn by a crash
    records = []
    for line in whole:
        with contextlib.suppress(binascii.Error, ValueError):
            if line:
                records.append(base64.b64decode(line, validate=True))
    return records


def _line(record: bytes) -> bytes:
    return base64.b64encode(record) + b"\n"
