"""Where a journal's files live and how they are written safely.

A journal is a folder holding the encrypted database and a small key-slot file.
Every file we create is private to the user (0600 in a 0700 folder).

There is one writer for a private file, ``write_private_file_atomically`` (with
``copy_private_file_atomically`` for a file too large to hold in memory, and
``stream_private_file_atomically`` for one written through a file object). The
bytes go to a hidden temp file beside the target, created exclusively
(``O_CREAT | O_EXCL | O_NOFOLLOW``: a symlink planted at the temp name is never
followed) with mode 0600 and locked while it is written. They are flushed to
disk, the temp file is renamed over the target (a symlink there is replaced,
never followed) and the folder is flushed. A crash leaves the old file or the
new one, never half of one, and at most a temp file that ``sweep_temp_files``
removes later; a failure leaves no temp file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{12}\.tmp$", re.DOTALL)
"""The writer's temp files: ``.<target's name>.<12 hex digits>.tmp``."""

Fill = Callable[[int], None]
"""Something done with an open file descriptor: fill it, or check what it holds."""

_TEMP_ATTEMPTS = 20
_COPY_CHUNK = 1024 * 1024
_KERNEL_CHUNK = 64 * 1024 * 1024
_NO_FOLDER_SYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}


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


def write_private_file_atomically(
    path: Path, data: bytes | bytearray, check: Fill | None = None
) -> None:
    """Replace ``path`` with ``data`` (mode 0600) so that a crash leaves old or new, never a mix.

    ``check``, if given, looks at the flushed temp file before it gets its name
    and raises to keep it from ever replacing ``path``.

    Raises:
        OSError: as the system reports it; ``path`` is untouched and no temp file is left.
    """
    _replace_privately(path, lambda descriptor: write_all(descriptor, data), check)


def copy_private_file_atomically(source: Path, path: Path, check: Fill | None = None) -> int:
    """Replace ``path`` with a 0600 copy of ``source``, streamed; returns the bytes copied.

    The kernel copies (``copy_file_range``) where it can: a gigabyte journal is
    copied as fast as ``cp`` copies it, without passing through Python.
    """
    copied = 0

    def copy(descriptor: int) -> None:
        nonlocal copied
        with source.open("rb") as reader:
            copied = _kernel_copy(reader.fileno(), descriptor)
            while chunk := reader.read(_COPY_CHUNK):
                write_all(descriptor, chunk)
                copied += len(chunk)

    _replace_privately(path, copy, check)
    return copied


def _kernel_copy(source: int, target: int) -> int:
    """Copy from ``source`` to ``target`` in the kernel until the end; bytes copied.

    Stops early (for the caller's plain loop to finish) where the kernel or the
    file systems cannot, and then the read position is where it stopped.
    """
    copy_range = getattr(os, "copy_file_range", None)
    copied = 0
    if copy_range is None:
        return 0
    try:
        while count := copy_range(source, target, _KERNEL_CHUNK):
            copied += count
    except OSError as error:
        if error.errno not in {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP}:
            raise
    return copied


def write_pieces_privately(path: Path, pieces: Iterable[bytes], check: Fill | None = None) -> None:
    """Like ``write_private_file_atomically``, with the bytes arriving a piece at a time.

    For an attachment saved out of the journal: never all of it in memory at once.
    """

    def fill(descriptor: int) -> None:
        for piece in pieces:
            write_all(descriptor, piece)

    _replace_privately(path, fill, check)


def stream_private_file_atomically(
    path: Path, write: Callable[[BinaryIO], None], check: Fill | None = None
) -> None:
    """Like ``write_private_file_atomically``, written through a seekable file object.

    For a zip of the whole journal: a library writes it piece by piece (and seeks
    back to finish its headers), never all of it in memory at once.
    """

    def fill(descriptor: int) -> None:
        with os.fdopen(descriptor, "r+b", closefd=False) as stream:
            write(stream)

    _replace_privately(path, fill, check)


def write_all(descriptor: int, data: bytes | bytearray) -> None:
    """Write every byte of ``data`` to ``descriptor`` (``os.write`` may write fewer)."""
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


def fill_privately(descriptor: int, fill: Fill) -> None:
    """Make the open file exactly 0600 (whatever the umask), fill it and flush it to disk."""
    os.fchmod(descriptor, PRIVATE_FILE_MODE)
    fill(descriptor)
    os.fsync(descriptor)


def _replace_privately(path: Path, fill: Fill, check: Fill | None) -> None:
    """The one writer: an exclusive 0600 temp file, filled, flushed, checked, renamed in."""
    descriptor, temp = open_temp_file(path)
    try:
        try:
            fill_privately(descriptor, fill)
            if check is not None:
                check(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    sync_folder(path.parent)


def temp_name(target: Path) -> Path:
    """A fresh hidden temp path beside ``target``, in the pattern ``sweep_temp_files`` knows."""
    return target.parent / f".{target.name}.{os.urandom(6).hex()}.tmp"  # not `secrets` (OpenSSL)


def open_temp_file(target: Path) -> tuple[int, Path]:
    """A new 0600 temp file beside ``target``, created exclusively and locked by us.

    ``O_NOFOLLOW`` with ``O_EXCL``: whatever already has the name (a symlink
    included) makes the attempt fail, and another fresh name is tried.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = temp_name(target)
        try:
            descriptor = os.open(temp, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE_MODE)
        except FileExistsError:
            continue
        lock_file(descriptor, blocking=True)
        return descriptor, temp
    raise FileExistsError(errno.EEXIST, "no free temp name", str(target.parent))


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files a crash left in ``folder``; return how many.

    Only files named like ours, owned by this user, 0600, regular and not locked
    by a running writer are removed. Nothing is raised: a sweep is best effort.
    """
    removed = 0
    try:
        names = [entry.name for entry in os.scandir(folder) if TEMP_NAME.match(entry.name)]
    except OSError:
        return 0
    for name in names:
        with contextlib.suppress(OSError):
            removed += _remove_if_abandoned(folder / name)
    return removed


def _remove_if_abandoned(path: Path) -> int:
    """Remove ``path`` if it is one of our temp files that no writer holds (1), else 0."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    try:
        info = os.fstat(descriptor)
        ours = stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == PRIVATE_FILE_MODE
        if hasattr(os, "geteuid"):
            ours = ours and info.st_uid == os.geteuid()
        if not ours or not lock_file(descriptor, blocking=False):
            return 0
        if os.stat(path, follow_symlinks=False).st_ino != info.st_ino:
            return 0  # replaced while we looked
        path.unlink()
        return 1
    finally:
        os.close(descriptor)


def lock_file(descriptor: int, *, blocking: bool) -> bool:
    """An exclusive advisory lock (released when the file closes or the process dies).

    Returns False when another holds it (only when not ``blocking``). Where there
    is no ``fcntl`` (Windows) an open file can't be deleted anyway.
    """
    try:
        import fcntl  # noqa: PLC0415 - not on Windows
    except ImportError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return True  # a file system without locks: the name and owner checks still hold
    return True


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk where the OS and file system support it."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in _NO_FOLDER_SYNC:
            raise
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
