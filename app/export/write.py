"""Write an export to disk: private from the first byte, checked, and whole or not at all.

An export is the user's words in plaintext, so the file is created 0600 (no
moment where others could read it), filled, flushed, read back and checked,
and only then given its name. On Linux it is written as an unnamed file
(``O_TMPFILE``): a crash or a kill before the name is given leaves nothing in
the folder. Elsewhere it goes through the app's one private writer
(``app.files.write_private_file_atomically``), whose hidden temp file a crash
can leave behind; every export sweeps such leftovers from its folder first. A
full disk or a failed check leaves the old file (if any) and no new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

from app.errors import DiskFull, KnownError
from app.export.model import ExportDocument, ExportFormat
from app.export.temp_files import link_unnamed, open_unnamed
from app.files import (
    fill_privately,
    sweep_temp_files,
    sync_folder,
    temp_name,
    write_all,
    write_private_file_atomically,
)
from app.words import QT_TR_NOOP, say

Check = Callable[[bytes], None]
"""Looks at the bytes read back from the written file; raises ``KnownError`` if wrong."""

_READ_CHUNK = 1 << 20
_CANNOT_NAME = {errno.EXDEV, errno.ENOENT, errno.EPERM, errno.EOPNOTSUPP, errno.EINVAL}


def write_export(path: Path, data: bytes, check: Check | None = None) -> None:
    """Put ``data`` at ``path`` (replacing a file there) with mode 0600.

    The file is read back before it gets its name: the bytes must be exactly
    ``data``, and ``check`` (if given) must accept them.

    Raises:
        KnownError: the folder is missing or can't be written to, or ``path``
            is a folder, or the check failed; nothing was written.
        DiskFull: the disk filled up; nothing was written.
    """
    folder = path.parent
    if not folder.is_dir():
        raise KnownError(
            QT_TR_NOOP("The folder {folder} doesn't exist, so nothing was written."), folder=folder
        )
    if path.is_dir():
        raise KnownError(
            QT_TR_NOOP("{path} is a folder; please choose a file name. Nothing was written."),
            path=path,
        )
    sweep_temp_files(folder)
    try:
        descriptor = open_unnamed(folder)
        if descriptor is None:
            _write_via_temp(path, data, check)
        else:
            _write_unnamed(descriptor, path, data, check)
    except OSError as error:
        raise plain_error(error, folder) from None
    with contextlib.suppress(OSError):
        sync_folder(folder)


def default_name(doc: ExportDocument, fmt: ExportFormat) -> str:
    """A neutral, useful file name: "Entry 2026-11-25.pdf", "Entries 2026-01-02 to 2026-11-25.pdf".

    Only the date, never the title or any other words of the entry: the title
    is private text, and a file name travels further than the file's content
    (recent-file lists, the file dialog's history, a shared Downloads folder,
    an email attachment's subject line). It is not "journal" either, which says
    what kind of file it is to anyone glancing at the folder. The date appears
    only when dates are part of the export; without them the name is
    "Entry.pdf" or "Entries.pdf".
    """
    one = len(doc.entries) == 1
    noun = say(QT_TR_NOOP("Entry")) if one else say(QT_TR_NOOP("Entries"))
    if not (doc.include_date and doc.entries):
        return f"{noun}{fmt.suffix}"
    first = min(entry.date for entry in doc.entries)
    last = max(entry.date for entry in doc.entries)
    days = (
        first.isoformat()
        if first == last
        #: Days in a file name: "2026-01-02 to 2026-11-25".
        else say(QT_TR_NOOP("{first} to {last}"), first=first.isoformat(), last=last.isoformat())
    )
    return f"{noun} {days}{fmt.suffix}"


def _write_unnamed(descriptor: int, path: Path, data: bytes, check: Check | None) -> None:
    """Fill and check the unnamed file, then name it.

    If this system can't name an unnamed file, the checked bytes are written
    again through a named temp file.
    """
    try:
        _fill_and_check(descriptor, data, check)
        if not _name_unnamed(descriptor, path):
            _write_via_temp(path, data, None)
    finally:
        os.close(descriptor)


def _name_unnamed(descriptor: int, path: Path) -> bool:
    """Link the file at ``path`` (through a moment's temp name to replace one there).

    Returns False, having named nothing, where the system can't link it at all.
    """
    try:
        link_unnamed(descriptor, path)
        return True
    except FileExistsError:
        pass
    except OSError as error:
        if error.errno in _CANNOT_NAME:
            return False
        raise
    temp = temp_name(path)
    link_unnamed(descriptor, temp)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return True


def _write_via_temp(path: Path, data: bytes, check: Check | None) -> None:
    """Write and check through the one private writer's hidden temp file beside ``path``."""
    write_private_file_atomically(
        path, data, lambda descriptor: _check_read_back(descriptor, data, check)
    )


def _fill_and_check(descriptor: int, data: bytes, check: Check | None) -> None:
    """Write ``data``, flush it to disk, read it back and check it."""
    fill_privately(descriptor, lambda filled: write_all(filled, data))
    _check_read_back(descriptor, data, check)


def _check_read_back(descriptor: int, data: bytes, check: Check | None) -> None:
    """The file must read back as exactly ``data``, and ``check`` must accept it."""
    read_back = _read_all(descriptor)
    if read_back != data:
        raise KnownError(
            QT_TR_NOOP(
                "The export couldn't be written: the file read back differs from what was "
                "written. Nothing was kept; your entries are safe in the journal."
            )
        )
    if check is not None:
        check(read_back)


def _read_all(descriptor: int) -> bytes:
    """The whole file, read from the start through the same descriptor."""
    chunks: list[bytes] = []
    offset = 0
    while chunk := os.pread(descriptor, _READ_CHUNK, offset):
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def plain_error(error: OSError, folder: Path) -> KnownError:
    """The system's refusal to write into ``folder``, in words (nothing was kept)."""
    if error.errno == errno.ENOSPC:
        return DiskFull(
            QT_TR_NOOP("The disk is full, so the export wasn't written. Nothing was changed.")
        )
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return KnownError(
            QT_TR_NOOP(
                "Threshold can't write to the folder {folder}. Nothing was written; "
                "please choose another folder."
            ),
            folder=folder,
        )
    reason = error.strerror or type(error).__name__
    return KnownError(
        QT_TR_NOOP("The export couldn't be written ({reason}). Nothing was changed."),
        reason=reason,
    )
