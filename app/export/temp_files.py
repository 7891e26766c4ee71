"""The export's unnamed file: where a crash could otherwise leave plaintext.

On Linux an export is written into an unnamed file (``O_TMPFILE``) and only
given a name once it is whole and checked, so a crash leaves nothing at all.
Where that is not possible (a FAT USB stick, macOS, Windows) the bytes go
through the app's one private writer (``app.files.write_private_file_atomically``),
whose hidden temp file a crash can leave behind; ``app.files.sweep_temp_files``
removes exactly such files, and never anything else.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.files import PRIVATE_FILE_MODE, lock_file

_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.ENOSYS}


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
    lock_file(descriptor, blocking=True)  # held through the instant it has a temp name
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
