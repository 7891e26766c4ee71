"""Write an export to disk: private from the first byte, and whole or not at all.

An export is the user's words in plaintext, so the file is created 0600 (no
moment where others could read it), filled through a temp file in the target
folder, flushed, and renamed into place. A crash or a full disk leaves either
the old file or the new one, and never a temp file holding the text.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from app.errors import DiskFull, KnownError
from app.export.model import ExportDocument, ExportFormat
from app.files import PRIVATE_FILE_MODE, sync_folder

_TEMP_ATTEMPTS = 20


def write_export(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` (replacing a file there) with mode 0600.

    Raises:
        KnownError: the folder is missing or can't be written to, or ``path``
            is a folder; nothing was written.
        DiskFull: the disk filled up; nothing was written.
    """
    folder = path.parent
    if not folder.is_dir():
        raise KnownError(f"The folder {folder} doesn't exist, so nothing was written.")
    if path.is_dir():
        raise KnownError(f"{path} is a folder; please choose a file name. Nothing was written.")
    try:
        _write_via_temp(path, data)
    except OSError as error:
        raise _plain_error(error, folder) from None
    with contextlib.suppress(OSError):
        sync_folder(folder)


def default_name(doc: ExportDocument, fmt: ExportFormat) -> str:
    """A file name that says nothing about what is inside: "journal-2026-11-25.pdf".

    The date is the newest entry's, and only when dates are part of the export.
    """
    if doc.include_date and doc.entries:
        newest = max(entry.date for entry in doc.entries)
        return f"journal-{newest.isoformat()}{fmt.suffix}"
    return f"journal{fmt.suffix}"


def _write_via_temp(path: Path, data: bytes) -> None:
    descriptor, temp = _create_temp(path)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)  # exact, whatever the umask
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new 0600 file beside ``path``, created exclusively (never an existing one)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(temp, flags, PRIVATE_FILE_MODE), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temp name", str(path.parent))


def _plain_error(error: OSError, folder: Path) -> KnownError:
    if error.errno == errno.ENOSPC:
        return DiskFull("The disk is full, so the export wasn't written. Nothing was changed.")
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return KnownError(
            f"Threshold can't write to the folder {folder}. Nothing was written; "
            "please choose another folder."
        )
    reason = error.strerror or type(error).__name__
    return KnownError(f"The export couldn't be written ({reason}). Nothing was changed.")
