"""Put each JPEG into Qt's PDF as its own bytes, where Qt drew a stand-in for it.

Qt's PDF engine writes every image it is given again (as a JPEG at quality 94,
or losslessly), which for a photo costs a decode, an encode and about 2 MB.
So ``PictureHandler`` draws a JPEG that every reader decodes alike as a
stand-in: a 4 x 1 image, stored losslessly, whose pixels say which picture it
stands for, in the picture's place and turned the way its EXIF says. Here,
after Qt wrote the PDF (in memory), each stand-in's image is replaced by a
``DCTDecode`` stream of the JPEG: a PDF image fills the same unit square
whatever its pixel size, so it lands exactly where the stand-in was.

Every stand-in drawn must be found and replaced, or the export fails
(``ExportIncomplete``) rather than show four coloured pixels for a photo.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Mapping, Set
from typing import TYPE_CHECKING

from app.export.complete import ExportIncomplete
from app.pdf_export.jpeg_frames import pdf_bytes, pdf_frame

if TYPE_CHECKING:
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        PdfObject,
    )

TOKEN_BYTES = 12
"""A stand-in's pixels: four RGB pixels, stored as they are (Flate)."""
TOKEN_SIZE = (4, 1)

Loader = Callable[[], bytes | bytearray]


def swap_jpegs(raw: bytes, stand_ins: Mapping[bytes, Loader]) -> bytes:
    """``raw`` with each stand-in image replaced by the JPEG it stands for.

    Args:
        raw: Qt's PDF.
        stand_ins: for each stand-in's pixels (``TOKEN_BYTES``) drawn, what gives
            the picture's stripped bytes.

    Raises:
        ExportIncomplete: a stand-in drawn is not in the PDF, or its JPEG
            cannot go in as it is after all.
    """
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - only with JPEGs to place

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    placed: dict[bytes, IndirectObject] = {}
    for xobjects, name, token in _stand_ins(writer, stand_ins.keys()):
        if token not in placed:
            placed[token] = writer._add_object(_jpeg_stream(stand_ins[token]))
        xobjects[name] = placed[token]
    if placed.keys() != stand_ins.keys():
        raise ExportIncomplete(f"{len(stand_ins) - len(placed)} pictures were not placed")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stand_ins(
    writer: PdfWriter, wanted: Set[bytes]
) -> Iterator[tuple[DictionaryObject, NameObject, bytes]]:
    """Each page's image resources that are stand-ins: (their dictionary, name, token)."""
    from pypdf.generic import DictionaryObject, NameObject  # noqa: PLC0415

    for page in writer.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        if xobjects is None or not isinstance(xobjects.get_object(), DictionaryObject):
            continue
        xobjects = xobjects.get_object()
        for name in list(xobjects):
            token = _token(xobjects[name].get_object())
            if token is not None and token in wanted:
                yield xobjects, NameObject(name), token


def _token(image: PdfObject) -> bytes | None:
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


def _jpeg_stream(load: Loader) -> DecodedStreamObject:
    """The picture's JPEG as a PDF image stream, its bytes untouched.

    A ``DecodedStreamObject`` is written as given; its ``/Filter`` tells a
    reader to decode it as a JPEG.
    """
    from pypdf.generic import DecodedStreamObject, NameObject, NumberObject  # noqa: PLC0415

    data = load()
    frame = pdf_frame(data)
    if frame is None:
        raise ExportIncomplete("a picture could not be placed as it is")
    stream = DecodedStreamObject()
    stream.set_data(pdf_bytes(data))
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(frame.width),
            NameObject("/Height"): NumberObject(frame.height),
            NameObject("/ColorSpace"): NameObject("/DeviceGray" if frame.grey else "/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    return stream
