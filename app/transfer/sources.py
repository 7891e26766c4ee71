"""Which format a file or folder is, and opening it with the reader for that format.

Detection looks at the shape, never the name alone: a folder is Markdown notes;
a zip holding ``threshold-archive.json`` is Threshold's archive, one holding a
journal JSON of ``metadata`` and ``entries`` is Day One's; a JSON file with
``tags`` and ``entries`` is jrnl's, text opening with ``[YYYY-MM-DD`` is jrnl's
plain journal. When the person names the format (``--from``) and the file is
plainly another, that is said before anything is read.
"""

from __future__ import annotations

import contextlib
import importlib
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import TypeAlias

from app.records.imports import ImportBatch, ImportOptions, SourceKind
from app.transfer.problems import refused
from app.words import QT_TR_NOOP, Said

Stack: TypeAlias = contextlib.ExitStack[bool | None]
Reader: TypeAlias = Callable[[Path, ImportOptions, Stack], ImportBatch]
"""A format's reader: the path, the person's choices, and a stack that closes its files."""
ARCHIVE_MANIFEST = "threshold-archive.json"
MARKDOWN_SUFFIXES = (".md", ".markdown")
_SNIFF_BYTES = 4096
_JRNL_TEXT = re.compile(rb"^\s*\[\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}")


def detect(path: Path) -> SourceKind | None:
    """The format of ``path`` by its shape, or None when it is none we read."""
    if path.is_dir():
        return SourceKind.MARKDOWN
    if not path.is_file():
        return None
    if zipfile.is_zipfile(path):
        return _zip_kind(path)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return SourceKind.MARKDOWN
    with path.open("rb") as file:
        return _text_kind(file.read(_SNIFF_BYTES))


def _text_kind(head: bytes) -> SourceKind | None:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        if b'"metadata"' in head:
            return SourceKind.DAYONE
        return SourceKind.JRNL if b'"entries"' in head or b'"tags"' in head else None
    return SourceKind.JRNL if _JRNL_TEXT.match(stripped) else None


def _zip_kind(path: Path) -> SourceKind | None:
    try:
        with zipfile.ZipFile(path) as opened:
            names = {_tidy(name) for name in opened.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if ARCHIVE_MANIFEST in names:
        return SourceKind.ARCHIVE
    if any(name.endswith(".json") and "/" not in name for name in names):
        return SourceKind.DAYONE
    return None


def _tidy(name: str) -> str:
    """A member's name as ``SafeZip`` reads it (``./x`` is ``x``), to judge the shape alike."""
    return "/".join(PurePosixPath(name).parts)


@contextlib.contextmanager
def open_source(
    path: Path, kind: SourceKind | None = None, options: ImportOptions | None = None
) -> Iterator[ImportBatch]:
    """Read ``path`` (as ``kind``, or as detected) into a batch; its files stay readable inside.

    Raises:
        ImportRefused: no such file, a format we don't read, a format other than
            ``kind``, or anything its reader refuses.
    """
    options = options or ImportOptions()
    path = path.expanduser()
    if not path.exists() and not path.is_symlink():
        raise refused(QT_TR_NOOP("There is nothing at {path}."), path=path)
    seen = detect(path)
    if kind is None and seen is None:
        raise refused(
            QT_TR_NOOP(
                "{name} is not a format Threshold can import (a Day One export, jrnl's JSON "
                "or text journal, a folder of Markdown notes, or a Threshold archive)."
            ),
            name=path.name,
        )
    if kind is not None and seen is not None and seen is not kind:
        raise refused(
            QT_TR_NOOP("{name} looks like {seen}, not {kind}."),
            name=path.name,
            seen=_known_as(seen.label),
            kind=_known_as(kind.label),
        )
    with contextlib.ExitStack() as stack:
        chosen = kind or seen
        assert chosen is not None
        yield _reader(chosen)(path, options, stack)


_READERS = {
    SourceKind.DAYONE: ("dayone", "read_dayone"),
    SourceKind.JRNL: ("jrnl", "read_jrnl"),
    SourceKind.MARKDOWN: ("markdown_folder", "read_markdown"),
    SourceKind.ARCHIVE: ("archive_read", "read_archive"),
}


def _reader(kind: SourceKind) -> Reader:
    """The reader of ``kind``, its module loaded now (only the format being imported)."""
    module, function = _READERS[kind]
    reader: Reader = getattr(importlib.import_module(f"app.transfer.{module}"), function)
    return reader


def _known_as(label: str) -> Said:
    """A format's name (marked where it is defined), said in the reader's language."""
    return Said(label)
