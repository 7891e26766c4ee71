"""The bytes of a picture an export may carry: the picture, without what it says about you.

Photos carry EXIF (the camera, the time, often where it was taken), XMP, comments
and text chunks. The original is kept as it was in the journal (its hash is
evidence); every export writes what ``strip_metadata`` returns instead. Pixels are
never decoded or changed: whole segments and chunks are left out, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from app.media import gif, jpeg, png, webp
from app.records.attachments import MediaKind

_STRIPS: dict[MediaKind, Callable[[bytes], bytes]] = {
    MediaKind.PNG: png.strip,
    MediaKind.JPEG: jpeg.strip,
    MediaKind.GIF: gif.strip,
    MediaKind.WEBP: webp.strip,
}


def strip_metadata(data: bytes, kind: MediaKind) -> bytes:
    """``data`` without its metadata; a BMP (which has none) comes back as it is.

    A JPEG keeps which way up it goes, and nothing else from its EXIF.

    Args:
        data: the original file.
        kind: what ``inspect_media`` said it is.

    Raises:
        BadAttachment: ``data`` is damaged or is not ``kind``.
        ValueError: ``kind`` is a PDF; use ``app.media.strip_pdf.strip_pdf_metadata``.
    """
    if kind is MediaKind.PDF:
        raise ValueError("a PDF is cleaned by app.media.strip_pdf")
    strip = _STRIPS.get(kind)
    return bytes(data) if strip is None else strip(data)
