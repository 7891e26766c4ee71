"""Which JPEGs can go into a PDF as their own bytes, and the bytes that go.

A PDF reader decodes a ``DCTDecode`` stream itself, so a JPEG needs no
decoding and encoding again on the way in, provided every reader agrees on what
it holds: 8-bit samples, Huffman-coded (baseline, extended or progressive), one
component (grey) or three (YCbCr). CMYK, 12-bit, arithmetic-coded, lossless and
hierarchical JPEGs, RGB ones (an Adobe marker saying no colour transform, or
components named R, G, B) and a height given only after the scan (DNL) are
left to Qt, which decodes and draws them as before.

The bytes come already stripped (``app.media.strip``): the only EXIF left says
which way up the photo goes. The page's transform turns the picture instead,
so that last EXIF segment is left out too: a reader that honoured it would turn
the photo twice, and the PDF then holds no EXIF at all.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

from app.errors import KnownError
from app.media import exif
from app.media.jpeg import APP1, APP14, SOS, segments

_SEQUENTIAL = 0xC0
_EXTENDED = 0xC1
_PROGRESSIVE = 0xC2
_PASSABLE = frozenset({_SEQUENTIAL, _EXTENDED, _PROGRESSIVE})
_OTHER_FRAMES = frozenset({*range(0xC3, 0xD0)} - {0xC4, 0xC8, 0xCC})
_RGB_IDS = b"RGB"
_EXIF = b"Exif\x00\x00"
_ADOBE_YCC = 1
_TURNING = frozenset({5, 6, 7, 8})
"""EXIF orientations that turn the picture a quarter: its width and height swap."""


class JpegFrame(NamedTuple):
    """What a PDF image dictionary needs to know about a JPEG, and which way up it goes.

    Attributes:
        width, height: the stored pixels (before any turn).
        grey: one component (``/DeviceGray``), else three (``/DeviceRGB``).
        orientation: the EXIF orientation, 1 to 8 (1 when it said none).
    """

    width: int
    height: int
    grey: bool
    orientation: int

    @property
    def turned(self) -> bool:
        """Whether the picture is turned a quarter to stand the right way up."""
        return self.orientation in _TURNING

    @property
    def upright(self) -> tuple[int, int]:
        """Width and height the right way up."""
        return (self.height, self.width) if self.turned else (self.width, self.height)


def pdf_frame(data: bytes | bytearray) -> JpegFrame | None:
    """The frame of a JPEG every PDF reader draws as it is; None for anything else."""
    if data[:2] != b"\xff\xd8":
        return None
    view = bytes(data)
    frame: JpegFrame | None = None
    adobe: int | None = None
    orientation = 1
    try:
        for segment in segments(view):
            piece = view[segment.start : segment.end]
            if segment.marker == SOS:
                break
            if segment.marker in _OTHER_FRAMES or (segment.marker in _PASSABLE and frame):
                return None
            if segment.marker in _PASSABLE:
                frame = _frame(piece)
                if frame is None:
                    return None
            elif segment.marker == APP14 and piece[4:9] == b"Adobe" and len(piece) >= 16:
                adobe = piece[15]
            elif segment.marker == APP1 and orientation == 1:
                orientation = exif.orientation(piece[4:])
    except KnownError:  # damaged: Qt says so its own way (the picture is left out)
        return None
    if frame is None or (not frame.grey and adobe not in (None, _ADOBE_YCC)):
        return None
    return frame._replace(orientation=orientation)


def _frame(piece: bytes) -> JpegFrame | None:
    """An 8-bit, one- or three-component frame header; None for any other."""
    if len(piece) < 10:
        return None
    precision, height, width, count = struct.unpack_from(">BHHB", piece, 4)
    if precision != 8 or not width or not height or count not in (1, 3):
        return None
    if len(piece) < 10 + 3 * count:
        return None
    ids = bytes(piece[10 + 3 * index] for index in range(count))
    if ids == _RGB_IDS:
        return None
    return JpegFrame(width, height, count == 1, 1)


def pdf_bytes(data: bytes | bytearray) -> bytes:
    """The stripped JPEG without its EXIF segment: the page's transform turns it instead."""
    view = bytes(data)
    cut = [
        (segment.start, segment.end)
        for segment in segments(view)
        if segment.marker == APP1 and view[segment.start + 4 : segment.start + 10] == _EXIF
    ]
    if not cut:
        return view
    kept, at = [], 0
    for start, end in cut:
        kept.append(view[at:start])
        at = end
    kept.append(view[at:])
    return b"".join(kept)
