"""The export's temporary files: where a crash could leave plaintext, and the sweep.

On Linux an export is written into an unnamed file (``O_TMPFILE``) and only
given a name once it is whole and checked, so a crash leaves nothing at all.
Where that is not possible (a FAT USB stick, macOS, Windows) the bytes go to a
hidden named file, ``.<name>.<12 hex>.tmp``, and a crash can leave one behind.
``sweep`` removes exactly such files, and never anything else: the name must
match, and the file must be ours, private, regular, and not held by a running
export (the writer keeps an exclusive lock on it while it writes).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from app.files import PRIVATE_FILE_MODE

TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{12}\.tmp$", re.DOTALL)
_ATTEMPTS = 20
_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.ENOSYS}


def temp_name(target: Path) -> Path:
    """A fresh hidden temp path beside ``target``, in the pattern ``sweep`` knows."""
    return target.parent / f".{target.name}.{os.urandom(6).hex()}.tmp"  # not `secrets` (OpenSSL)


def open_unnamed(folder: Path) -> int | None:
    """A 0600 file in ``folder`` with no name (Linux ``O_TMPFILE``), or None where unsupported."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        descriptor = os.open(
            folder, flag | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE_MODE
        )
    except OSError as error:
        if error.errno in _NO_TMPFILE:
            return None
        raise
    _lock(descriptor, blocking=True)  # held through the instant it has a temp name
    return descriptor


def link_unnamed(descriptor: int, path: Path) -> None:
    """Give the unnamed file its name.

    Through ``/proc/self/fd`` (any user); where the kernel refuses that (some
    sandboxes answer EXDEV), through ``AT_EMPTY_PATH``, which needs privileges.

    Raises:
        FileExistsError: ``path`` is taken.
        OSError: neither way works here; the caller writes a named temp file instead.
    """
    try:
        os.link(f"/proc/self/fd/{descriptor}", path, follow_symlinks=True)
    except FileExistsError:
        raise
    except OSError as error:
        if not _link_empty_path(descriptor, path):
            raise error from None


def _link_empty_path(descriptor: int, path: Path) -> bool:
    """``linkat(fd, "", AT_FDCWD, path, AT_EMPTY_PATH)``; False where it isn't allowed."""
    import ctypes  # noqa: PLC0415 - only on this rare path

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        result = libc.linkat(descriptor, b"", _AT_FDCWD, os.fsencode(path), _AT_EMPTY_PATH)
    except (OSError, AttributeError):
        return False
    if result == 0:
        return True
    if ctypes.get_errno() == errno.EEXIST:
        raise FileExistsError(errno.EEXIST, "File exists", str(path))
    return False


def open_named(target: Path) -> tuple[int, Path]:
    """A new 0600 temp file beside ``target``, created exclusively and locked by us."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(_ATTEMPTS):
        temp = temp_name(target)
        try:
            descriptor = os.open(temp, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE_MODE)
        except FileExistsError:
            continue
        _lock(descriptor, blocking=True)
        return descriptor, temp
    raise FileExistsError(errno.EEXIST, "no free temp name", str(target.parent))


def sweep(folder: Path) -> int:
    """Remove export temp files a crash left in ``folder``; return how many.

    Only files named like ours, owned by this user, 0600, regular and not locked
    by a running export are removed. Nothing is raised: a sweep is best effort.
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
    """Remove ``path`` if it is one of our temp files that no export holds (1), else 0."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    try:
        info = os.fstat(descriptor)
        ours = stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) == PRIVATE_FILE_MODE
        if hasattr(os, "geteuid"):
            ours = ours and info.st_uid == os.geteuid()
        if not ours or not _lock(descriptor, blocking=False):
            return 0
        if os.stat(path, follow_symlinks=False).st_ino != info.st_ino:
            return 0  # replaced while we looked
        path.unlink()
        return 1
    finally:
        os.close(descriptor)


def _lock(descriptor: int, *, blocking: bool) -> bool:
    """An exclusive advisory lock (released when the file closes or the process dies).

    Where there is no ``fcntl`` (Windows) an open file can't be deleted anyway.
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
