"""A PDF without its document information or XMP metadata, for an export.

A PDF's Info dictionary and XMP stream name its author, the program that made it and
when; a scan of a signed document may carry more. Where the file allows it, those
objects are blanked where they stand (spaces of the same length, so every offset in
the file stays true) and the references to them are blanked too: one copy of the
file in memory, not four. A file saved in several revisions (whose earlier Info
objects would stay in its bytes), or whose objects are packed in compressed
streams, is rewritten by pypdf with the same pages and nothing else. pypdf is
imported when a PDF is cleaned, not at start-up.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any, cast

from app.media.problems import damaged, locked_pdf
from app.records.attachments import MediaKind

if TYPE_CHECKING:
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)
"""What pypdf raises on a PDF it cannot make sense of, besides its own ``PyPdfError``."""

_INFO_KEY = re.compile(rb"/Info\s+\d+\s+\d+\s+R")
_METADATA_KEY = re.compile(rb"/Metadata\s+\d+\s+\d+\s+R")


class _CannotBlank(Exception):
    """This file's metadata can't be blanked in place; it is rewritten instead."""


def strip_pdf_metadata(data: bytes) -> bytes | bytearray:
    """``data`` without the document information dictionary or XMP metadata.

    Raises:
        BadAttachment: pypdf cannot read the PDF, or it is locked with a password.
    """
    from pypdf.errors import PyPdfError  # noqa: PLC0415 - start-up time

    try:
        reader = _reader(data)
        if reader.is_encrypted:
            raise locked_pdf()
        try:
            return _blanked(reader, data)
        except (_CannotBlank, PyPdfError, *_UNREADABLE):
            return _rewritten(reader)
    except (PyPdfError, *_UNREADABLE) as exc:
        raise damaged(MediaKind.PDF) from exc


def _reader(data: bytes | bytearray) -> PdfReader:
    """A pypdf reader of ``data`` in place (``io.BytesIO`` would hold a copy of the file)."""
    from pypdf import PdfReader  # noqa: PLC0415 - start-up time

    return PdfReader(io.BufferedReader(_InPlace(data)), strict=False)


class _InPlace(io.RawIOBase):
    """A read-only, seekable file over bytes already in memory, copying nothing ahead."""

    def __init__(self, data: bytes | bytearray) -> None:
        super().__init__()
        self._view = memoryview(data)
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        piece = self._view[self._position : self._position + len(buffer)]
        buffer[: len(piece)] = piece
        self._position += len(piece)
        return len(piece)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}
        self._position = max(0, base[whence] + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._view.release()
        super().close()


def _blanked(reader: PdfReader, data: bytes) -> bytearray:
    """The file with its Info, XMP and the references to them overwritten by spaces."""
    from pypdf.generic import IndirectObject  # noqa: PLC0415 - start-up time

    if data.count(b"startxref") > 1 or b"/Prev" in data:
        raise _CannotBlank("earlier revisions would keep their Info objects")
    out = bytearray(data)
    info = reader.trailer.raw_get("/Info") if "/Info" in reader.trailer else None
    if info is not None:
        if not isinstance(info, IndirectObject):
            raise _CannotBlank("the Info dictionary is inside the trailer")
        values = cast("DictionaryObject", info.get_object()).values()
        if any(isinstance(value, IndirectObject) for value in values):
            raise _CannotBlank("the Info values are objects of their own")
        _blank_object_body(reader, out, info.idnum)
        _blank_in_trailer(out)
    root = reader.trailer.raw_get("/Root")
    pages = [page.indirect_reference for page in reader.pages]
    for holder in [root, *pages]:
        if not isinstance(holder, IndirectObject):
            raise _CannotBlank("a page or the catalog is not an object of its own")
        owner = cast("DictionaryObject", holder.get_object())
        if "/Metadata" in owner:
            stream = owner.raw_get("/Metadata")
            if not isinstance(stream, IndirectObject):
                raise _CannotBlank("the metadata is not an object of its own")
            _blank_object_body(reader, out, stream.idnum)
            _blank_pattern(out, _object_span(reader, out, holder.idnum), _METADATA_KEY)
    _check(out, len(reader.pages))
    return out  # a bytearray: one copy of the file, not two


def _object_span(reader: PdfReader, data: bytearray, number: int) -> tuple[int, int]:
    """Where object ``number`` stands in the file, from its number to ``endobj``."""
    offset = _offset(reader, number)
    end = data.find(b"endobj", offset)
    if end < 0:
        raise _CannotBlank("no endobj")
    return offset, end


def _offset(reader: PdfReader, number: int) -> int:
    xref: dict[int, dict[int, int]] = getattr(reader, "xref", {})
    for objects in xref.values():
        if number in objects:
            return objects[number]
    raise _CannotBlank("the object is packed in a compressed stream")


def _blank_object_body(reader: PdfReader, out: bytearray, number: int) -> None:
    """Everything between ``N G obj`` and ``endobj`` becomes spaces (a stream's data too)."""
    start, end = _object_span(reader, out, number)
    body = out.find(b"obj", start, end)
    if body < 0:
        raise _CannotBlank("no obj keyword")
    body += len(b"obj")
    out[body:end] = b" " * (end - body)


def _blank_in_trailer(out: bytearray) -> None:
    """``/Info N G R`` in the trailer (or the cross-reference stream's dictionary)."""
    start = _last_xref_start(out)
    end = out.find(b"stream", start)
    region = (start, end if end > 0 else len(out))
    if not _blank_pattern(out, region, _INFO_KEY):
        raise _CannotBlank("the trailer's Info reference was not found")


def _last_xref_start(out: bytearray) -> int:
    at = out.rfind(b"startxref")
    match = re.match(rb"startxref\s+(\d+)", out[at:]) if at >= 0 else None
    if match is None:
        raise _CannotBlank("no startxref")
    return int(match.group(1))


def _blank_pattern(out: bytearray, region: tuple[int, int], pattern: re.Pattern[bytes]) -> bool:
    start, end = region
    found = False
    for match in pattern.finditer(bytes(out[start:end])):
        out[start + match.start() : start + match.end()] = b" " * (match.end() - match.start())
        found = True
    return found


def _check(out: bytearray, pages: int) -> None:
    """The blanked file still opens with every page, and has no metadata left."""
    again = _reader(out)
    if len(again.pages) != pages or again.metadata or again.xmp_metadata is not None:
        raise _CannotBlank("the blanked file is not what it should be")


def _rewritten(reader: PdfReader) -> bytes:
    """The pages, outline and forms copied into a new file; nothing else comes along."""
    from pypdf import PdfWriter  # noqa: PLC0415 - start-up time
    from pypdf.generic import NameObject  # noqa: PLC0415 - start-up time

    writer = PdfWriter()
    writer.append(reader)
    writer.metadata = None
    for page in writer.pages:
        page.pop(NameObject("/Metadata"), None)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
