"""Put each JPEG into Qt's PDF as its own bytes, where Qt drew a stand-in for it.

Qt's PDF engine writes every image it is given again (as a JPEG at quality 94,
or losslessly), which for a photo costs a decode, an encode and about 2 MB.
So ``PictureHandler`` draws a stand-in for a JPEG that every reader decodes
alike: a 4 x 1 image, stored losslessly, whose pixels say which picture it
stands for, in the picture's place and turned the way its EXIF says. Here,
after Qt wrote the PDF (in memory), each stand-in is replaced by a
``DCTDecode`` stream of the JPEG: a PDF image fills the same unit square
whatever its pixel size, so it lands exactly where the stand-in was.

The stand-ins go through the export's own rewrite (``app.export.pdf_file``:
neutral metadata) while the file is small; then each is replaced in the
final bytes (``place_jpegs``, with ``pdf_splice``), so the photos are copied
once and the PDF is never parsed or written again whole: a hundred photos
cost a hundred copies, not three rewrites of a 130 MB file. An encrypted PDF
can't be added to afterwards, so there the JPEGs go into Qt's PDF first, as an
incremental update (``swap_jpegs``), and pypdf reads and encrypts them with
the rest. Every stand-in drawn must be found and replaced, or the export
fails (``ExportIncomplete``) rather than show four coloured pixels for a photo.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Set
from typing import TYPE_CHECKING

from app.export.complete import ExportIncomplete
from app.pdf_export.jpeg_frames import pdf_bytes, pdf_frame
from app.pdf_export.pdf_splice import replace_objects

if TYPE_CHECKING:
    from pypdf import PdfReader
    from pypdf.generic import PdfObject

TOKEN_BYTES = 12
"""A stand-in's pixels: four RGB pixels, stored as they are (Flate)."""
TOKEN_SIZE = (4, 1)

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def place_jpegs(pdf: bytes, stand_ins: Mapping[bytes, bytes | bytearray]) -> bytes | None:
    """The final ``pdf`` (pypdf's, unencrypted) with each stand-in's object now its JPEG.

    The photos are copied once, into the file itself: the PDF is never read
    or written again whole. None when the file is not laid out as expected
    (see ``pdf_splice``); the caller then uses ``swap_jpegs`` before pypdf.

    Raises:
        ExportIncomplete: as ``swap_jpegs``.
    """
    bodies = _bodies(pdf, stand_ins)
    return replace_objects(pdf, {number: body for (number, _), body in bodies.items()})


def swap_jpegs(raw: bytes, stand_ins: Mapping[bytes, bytes | bytearray]) -> bytes:
    """``raw`` with each stand-in image replaced by the JPEG it stands for.

    For an encrypted PDF, whose streams pypdf encrypts as it writes them, and
    whenever ``place_jpegs`` can't: the JPEGs are added to Qt's PDF in an
    incremental update that pypdf then reads and writes with the rest.

    Args:
        raw: Qt's PDF.
        stand_ins: for each stand-in's pixels (``TOKEN_BYTES``) drawn, the
            picture's stripped bytes.

    Raises:
        ExportIncomplete: a stand-in drawn is not in the PDF, or its JPEG
            cannot go in as it is after all.
    """
    from pypdf import PdfReader  # noqa: PLC0415 - only with JPEGs to place

    reader = PdfReader(io.BytesIO(raw))
    return _updated(raw, _bodies(raw, stand_ins, reader), reader)


def _bodies(
    pdf: bytes, stand_ins: Mapping[bytes, bytes | bytearray], reader: PdfReader | None = None
) -> dict[tuple[int, int], list[bytes]]:
    """For each stand-in's object (number, generation), the JPEG's object body.

    Raises:
        ExportIncomplete: a stand-in drawn is not found, or its JPEG can't go in.
    """
    from pypdf import PdfReader  # noqa: PLC0415 - only with JPEGs to place

    found = dict(_stand_ins(reader or PdfReader(io.BytesIO(pdf)), stand_ins.keys()))
    missing = stand_ins.keys() - set(found.values())
    if missing:
        raise ExportIncomplete(f"{len(missing)} pictures drawn were not found to be placed")
    return {number: _jpeg_object(stand_ins[token]) for number, token in found.items()}


def _stand_ins(reader: PdfReader, wanted: Set[bytes]) -> Iterator[tuple[tuple[int, int], bytes]]:
    """Each stand-in image on any page: ((object number, generation), its pixels)."""
    from pypdf.generic import DictionaryObject, IndirectObject  # noqa: PLC0415

    seen: set[tuple[int, int]] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, DictionaryObject):
            continue
        for name in xobjects:
            ref = xobjects.raw_get(name)
            if not isinstance(ref, IndirectObject) or (ref.idnum, ref.generation) in seen:
                continue
            seen.add((ref.idnum, ref.generation))
            token = _token(ref.get_object())
            if token is not None and token in wanted:
                yield (ref.idnum, ref.generation), token


def _token(image: PdfObject | None) -> bytes | None:
    """A stand-in's pixels, or None for any other object."""
    from pypdf.generic import StreamObject  # noqa: PLC0415

    if not isinstance(image, StreamObject) or image.get("/Subtype") != "/Image":
        return None
    if (image.get("/Width"), image.get("/Height")) != TOKEN_SIZE:
        return None
    if image.get("/ColorSpace") != "/DeviceRGB" or "/SMask" in image:
        return None
    data = image.get_data()
    return data if len(data) == TOKEN_BYTES else None


def _jpeg_object(data: bytes | bytearray) -> list[bytes]:
    """An image stream of the JPEG (dictionary, then its bytes untouched), in pieces."""
    frame = pdf_frame(data)
    if frame is None:
        raise ExportIncomplete("a picture could not be placed as it is")
    jpeg = pdf_bytes(data)
    space = b"/DeviceGray" if frame.grey else b"/DeviceRGB"
    head = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s"
        b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
        % (frame.width, frame.height, space, len(jpeg))
    )
    return [head, jpeg, b"\nendstream"]


def _updated(raw: bytes, bodies: Mapping[tuple[int, int], list[bytes]], reader: PdfReader) -> bytes:
    """``raw`` and an incremental update holding ``bodies`` in place of those objects."""
    previous = _STARTXREF.search(raw[-1024:])
    if previous is None:
        raise ExportIncomplete("the PDF Qt wrote has no cross-reference to add to")
    pieces = [raw, b"\n"]
    at = len(raw) + 1
    table = [b"xref\n"]
    for (number, generation), body in sorted(bodies.items()):
        table.append(b"%d 1\n%010d %05d n\r\n" % (number, at, generation))
        opening = b"%d %d obj\n" % (number, generation)
        pieces += [opening, *body, b"\nendobj\n"]
        at += len(opening) + sum(map(len, body)) + len(b"\nendobj\n")
    root = reader.trailer.raw_get("/Root")
    trailer = b"trailer\n<< /Size %d /Root %d %d R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        int(reader.trailer["/Size"]),  # type: ignore[call-overload]
        root.idnum,
        root.generation,
        previous.group(1),
        at,
    )
    return b"".join([*pieces, *table, trailer])
