"""The folder beside a Markdown or text export that holds its pictures and documents.

``Export 2026-12-07.md`` refers to ``Export 2026-12-07 files/the-message.jpg``. The
folder and the file are one export, whole or not at all:

1. A hidden staging folder (``.Export 2026-12-07 files.<12 hex>.tmp``, 0700, locked
   while it is filled) takes each stripped attachment through the one private
   writer (0600), one at a time, so a large file is held once.
2. It is renamed to its real name, which the journal notes as unfinished.
3. The export's own file is written, checked and named (``app.export.write``).
4. The note is cleared.

Any failure before the end removes the folder; a crash leaves either a staging
folder or a noted one, and ``app.export.interrupted`` removes both at the next
start. An existing folder of that name is never touched: the export is refused.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import BadAttachment, KnownError
from app.export.attachments import ExportAttachment
from app.export.interrupted import exporting_to, noting_folder, remove_our_folder
from app.export.model import ExportDocument
from app.export.write import plain_error
from app.files import PRIVATE_DIR_MODE, lock_file, sync_folder, write_private_file_atomically
from app.words import QT_TR_NOOP

if TYPE_CHECKING:
    from app.journal import Journal

WriteMain = Callable[[ExportDocument, str], None]
"""Renders the document with references into the named folder and writes the file."""

FOLDER_SUFFIX = " files"


def files_folder(path: Path) -> Path:
    """The folder beside ``path`` for its attachments: "<name without suffix> files"."""
    return path.with_name(f"{path.stem or path.name}{FOLDER_SUFFIX}")


def export_with_folder(
    journal: Journal | None, path: Path, doc: ExportDocument, write_main: WriteMain
) -> ExportDocument:
    """Write ``doc``'s attachments into the folder beside ``path``, then the file itself.

    Returns the document as written: attachments that could not be cleaned are
    left out of it (the file names them in words).

    Raises:
        KnownError: the folder exists already, or something could not be written;
            nothing of the export remains.
    """
    folder = files_folder(path)
    if os.path.lexists(folder):
        raise KnownError(
            QT_TR_NOOP(
                "There is already a folder named {folder} beside {name}; "
                "nothing was written. Please choose another name, or move that folder."
            ),
            folder=repr(folder.name),
            name=repr(path.name),
        )
    if not path.parent.is_dir():
        raise KnownError(
            QT_TR_NOOP("The folder {folder} doesn't exist, so nothing was written."),
            folder=path.parent,
        )
    with exporting_to(journal, path.parent), _staging(folder) as staging:
        written = dataclasses.replace(doc, attachments=_fill(staging, doc.attachments))
        if os.path.lexists(folder):
            raise KnownError(
                QT_TR_NOOP("A folder named {folder} appeared; nothing was written."),
                folder=repr(folder.name),
            )
        with noting_folder(journal, folder, path):
            _rename(staging, folder)
            try:
                write_main(written, folder.name)
            except BaseException:
                remove_our_folder(folder, held=True)
                raise
    return written


@contextlib.contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    """A fresh, private, locked staging folder beside ``folder``; removed if left unnamed."""
    staging = folder.with_name(f".{folder.name}.{os.urandom(6).hex()}.tmp")
    try:
        os.mkdir(staging, PRIVATE_DIR_MODE)
        os.chmod(staging, PRIVATE_DIR_MODE)
        descriptor = os.open(staging, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise plain_error(error, folder.parent) from None
    try:
        lock_file(descriptor, blocking=True)  # a sweep by another process leaves it alone
        yield staging
    finally:
        remove_our_folder(staging, held=True)
        os.close(descriptor)


def _fill(staging: Path, attachments: tuple[ExportAttachment, ...]) -> tuple[ExportAttachment, ...]:
    """Write each attachment's stripped bytes; return those written.

    One that can't be cleaned stays home, and the file names it in words.
    """
    kept: list[ExportAttachment] = []
    for attachment in attachments:
        try:
            data = attachment.load()
        except BadAttachment:
            continue
        try:
            write_private_file_atomically(staging / attachment.file_name, data)
        except OSError as error:
            raise plain_error(error, staging.parent) from None
        del data
        kept.append(attachment)
    try:
        sync_folder(staging)
    except OSError as error:
        raise plain_error(error, staging.parent) from None
    return tuple(kept)


def _rename(staging: Path, folder: Path) -> None:
    try:
        os.rename(staging, folder)
        sync_folder(folder.parent)
    except OSError as error:
        raise plain_error(error, folder.parent) from None
