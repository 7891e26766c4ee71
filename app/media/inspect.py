"""What an offered file is, read from its own bytes, and whether it is safe to keep.

Only headers and structure are read, never pixels: a picture's size comes from its
header, so a decompression bomb (a few bytes claiming billions of pixels) is refused
before anything decodes it. Each format's walk lives in its own module.
"""

from __future__ import annotations

from collections.abc import Callable

from app.media import bmp, gif, jpeg, png, webp
from app.media.problems import damaged, empty, not_kept, too_many_pixels
from app.media.sniff import sniff
from app.records.attachments import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MediaInfo, MediaKind

_PDF_TAIL = 1024  # where %%EOF must appear, counted from the end

_DIMENSIONS: dict[MediaKind, Callable[[bytes], tuple[int, int]]] = {
    MediaKind.PNG: png.dimensions,
    MediaKind.JPEG: jpeg.dimensions,
    MediaKind.GIF: gif.dimensions,
    MediaKind.WEBP: webp.dimensions,
    MediaKind.BMP: bmp.dimensions,
}


def inspect_media(data: bytes) -> MediaInfo:
    """The kind and pixel size ``data`` declares, once it is known to be whole and safe.

    Raises:
        BadAttachment: empty, not a kind Threshold keeps, damaged or cut short, no
            pixels, or a picture too large to decode safely.
    """
    if not data:
        raise empty()
    kind = sniff(data[:12])
    if kind is None:
        raise not_kept()
    if kind is MediaKind.PDF:
        _check_pdf(data)
        return MediaInfo(kind)
    width, height = _DIMENSIONS[kind](data)
    check_size(kind, width, height)
    return MediaInfo(kind, width, height)


def check_size(kind: MediaKind, width: int, height: int) -> None:
    """Refuse a picture with no pixels, or more than anything should decode.

    Raises:
        BadAttachment: a side is zero, or the picture is over ``MAX_IMAGE_SIDE`` or
            ``MAX_IMAGE_PIXELS``.
    """
    if width <= 0 or height <= 0:
        raise damaged(kind)
    if max(width, height) > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise too_many_pixels(width, height)


def _check_pdf(data: bytes) -> None:
    """A PDF ends with ``%%EOF`` (give or take a line end); a cut-short one does not."""
    if data.rfind(b"%%EOF", max(0, len(data) - _PDF_TAIL)) < 0:
        raise damaged(MediaKind.PDF)
