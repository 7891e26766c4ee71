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

Span = tuple[int, int]
_INFO_KEY = re.compile(rb"/Info\s+\d+\s+\d+\s+R")
_METADATA_KEY = re.compile(rb"/Metadata\s+\d+\s+\d+\s+R")


class _CannotBlank(Exception):
    """This file's metadata can't be blanked in place; it is rewritten instead."""


def strip_pdf_metadata(data: bytes | bytearray, *, in_place: bool = False) -> bytes | bytearray:
    """``data`` without the document information dictionary or XMP metadata.

    With ``in_place`` (``data`` a bytearray its owner gives up), the blanking is
    done in it: no copy of the file at all.

    Raises:
        BadAttachment: pypdf cannot read the PDF, or it is locked with a password.
    """
    from pypdf.errors import PyPdfError  # noqa: PLC0415 - start-up time

    try:
        reader = _reader(data)
        if reader.is_encrypted:
            raise locked_pdf()
        try:
            spans = _metadata_spans(reader, data)
        except (_CannotBlank, PyPdfError, *_UNREADABLE):
            return _rewritten(reader)
        out = data if in_place and isinstance(data, bytearray) else bytearray(data)
        for start, end in spans:
            out[start:end] = b" " * (end - start)
        if not _still_whole(out, len(reader.pages)):
            if out is data:
                raise _CannotBlank("blanked in place, and no longer whole")
            return _rewritten(reader)
        return out  # a bytearray: one copy of the file at most, not two
    except (PyPdfError, _CannotBlank, *_UNREADABLE) as exc:
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


def _metadata_spans(reader: PdfReader, data: bytes | bytearray) -> list[Span]:
    """Where the Info, the XMP streams and the references to them stand in the file."""
    from pypdf.generic import IndirectObject  # noqa: PLC0415 - start-up time

    if data.count(b"startxref") > 1 or b"/Prev" in data:
        raise _CannotBlank("earlier revisions would keep their Info objects")
    spans: list[Span] = []
    info = reader.trailer.raw_get("/Info") if "/Info" in reader.trailer else None
    if info is not None:
        if not isinstance(info, IndirectObject):
            raise _CannotBlank("the Info dictionary is inside the trailer")
        values = cast("DictionaryObject", info.get_object()).values()
        if any(isinstance(value, IndirectObject) for value in values):
            raise _CannotBlank("the Info values are objects of their own")
        in_trailer = _pattern_spans(data, _trailer_region(data), _INFO_KEY)
        if not in_trailer:
            raise _CannotBlank("the trailer's Info reference was not found")
        spans += [_object_body(reader, data, info.idnum), *in_trailer]
    root = reader.trailer.raw_get("/Root")
    for holder in [root, *(page.indirect_reference for page in reader.pages)]:
        if not isinstance(holder, IndirectObject):
            raise _CannotBlank("a page or the catalog is not an object of its own")
        owner = cast("DictionaryObject", holder.get_object())
        if "/Metadata" in owner:
            stream = owner.raw_get("/Metadata")
            if not isinstance(stream, IndirectObject):
                raise _CannotBlank("the metadata is not an object of its own")
            spans.append(_object_body(reader, data, stream.idnum))
            spans += _pattern_spans(data, _object_span(reader, data, holder.idnum), _METADATA_KEY)
    return spans


def _object_span(reader: PdfReader, data: bytes | bytearray, number: int) -> Span:
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


def _object_body(reader: PdfReader, data: bytes | bytearray, number: int) -> Span:
    """Everything between ``N G obj`` and ``endobj`` (a stream's data too)."""
    start, end = _object_span(reader, data, number)
    body = data.find(b"obj", start, end)
    if body < 0:
        raise _CannotBlank("no obj keyword")
    return body + len(b"obj"), end


def _trailer_region(data: bytes | bytearray) -> Span:
    """The trailer, or the cross-reference stream's dictionary: from the last xref on."""
    at = data.rfind(b"startxref")
    match = re.compile(rb"startxref\s+(\d+)").match(data, at) if at >= 0 else None
    if match is None:
        raise _CannotBlank("no startxref")
    start = int(match.group(1))
    end = data.find(b"stream", start)
    return start, end if end > 0 else len(data)


def _pattern_spans(data: bytes | bytearray, region: Span, pattern: re.Pattern[bytes]) -> list[Span]:
    return [found.span() for found in pattern.finditer(data, *region)]


def _still_whole(out: bytearray, pages: int) -> bool:
    """Whether the blanked file opens with every page, and has no metadata left."""
    again = _reader(out)
    return len(again.pages) == pages and not again.metadata and again.xmp_metadata is None


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
