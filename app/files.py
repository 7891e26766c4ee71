"""Where a journal's files live and how they are written safely.

A journal is a folder holding the encrypted database and a small key-slot file.
Every file we create is private to the user (0600 in a 0700 folder) and every
small file is replaced atomically, so a crash leaves the old or the new version,
never half of one.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


@dataclass(frozen=True)
class JournalFiles:
    """The paths that make up one journal in a data folder."""

    folder: Path

    @property
    def database(self) -> Path:
        """The SQLCipher database with every entry."""
        return self.folder / "journal.db"

    @property
    def key_slots(self) -> Path:
        """The key-slot file: salts, parameters and wrapped keys, no content."""
        return self.folder / "journal.keys"

    @property
    def lock(self) -> Path:
        """An empty file that open journals hold a lock on."""
        return self.folder / "journal.lock"

    @property
    def backups(self) -> Path:
        """The folder of automatic encrypted backups."""
        return self.folder / "backups"

    def exists(self) -> bool:
        """Whether any part of a journal is present (never overwrite a part)."""
        return self.database.exists() or self.key_slots.exists()


def ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) readable by the user alone."""
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, PRIVATE_DIR_MODE)


def write_private_file_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves old or new, never a mix.

    The bytes go to a 0600 temp file in the same folder, are flushed to disk, and
    the temp file is renamed over the target; the folder is synced after the rename.
    """
    import tempfile  # noqa: PLC0415 - rarely needed; start-up time is a budget

    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk where the OS supports it."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class NotARegularFile(OSError):
    """A path that should be a small file is a folder, a pipe, a device or a socket."""


class FileTooLarge(OSError):
    """A small file (a key file, say) is far larger than any we write."""


def read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of a small regular file, read without ever blocking or reading much.

    Opened non-blocking and checked before reading, so a pipe put in its place
    cannot hang a start and a huge file cannot fill memory.

    Raises:
        FileNotFoundError, PermissionError, OSError: as the system reports them.
        NotARegularFile: ``path`` is a folder, a pipe, a device or a socket.
        FileTooLarge: it holds more than ``limit`` bytes.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotARegularFile(f"{path} is not a regular file")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(descriptor, min(65_536, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise FileTooLarge(f"{path} is larger than {limit} bytes")
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def create_private_empty_file(path: Path) -> None:
    """Create ``path`` as an empty 0600 file; fail if it already exists."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(descriptor)
