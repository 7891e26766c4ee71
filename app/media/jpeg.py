"""JPEG: walk the segments to the end of the picture, read its size, drop its metadata.

A JPEG is a chain of marker segments (``FF xx``, then a two-byte length) from SOI to
EOI; after each SOS comes entropy-coded data, where a ``FF`` byte is always followed
by ``00`` or a restart marker, so the next real marker is found by one C-speed
regular-expression search. Anything after EOI (a phone's motion-photo video, a
camera's second image) is kept in the original and dropped from an export.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from typing import NamedTuple

from app.media import exif
from app.media.problems import damaged
from app.records.attachments import MediaKind

SOI, EOI, SOS, APP0, APP1, APP14, COM = 0xD8, 0xD9, 0xDA, 0xE0, 0xE1, 0xEE, 0xFE
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and the restart markers
_SOF = frozenset({*range(0xC0, 0xD0)} - {0xC4, 0xC8, 0xCC})  # frame headers (not DHT/JPG/DAC)
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


class Segment(NamedTuple):
    """One marker segment; for SOS, ``end`` is after the entropy-coded data that follows."""

    marker: int
    start: int
    end: int


def segments(data: bytes) -> Iterator[Segment]:
    """Every segment after SOI, through EOI.

    Raises:
        BadAttachment: no SOI, a segment cut short, no scan, or no EOI.
    """
    if data[:2] != b"\xff\xd8":
        raise damaged(MediaKind.JPEG)
    pos, size, scanned = 2, len(data), False
    while True:
        pos, marker = _marker_at(data, pos)
        if marker == EOI:
            if not scanned:
                raise damaged(MediaKind.JPEG)
            yield Segment(EOI, pos - 2, pos)
            return
        if marker in _STANDALONE or marker == SOI:
            continue
        if pos + 2 > size:
            raise damaged(MediaKind.JPEG)
        end = pos + struct.unpack_from(">H", data, pos)[0]
        if end > size or end < pos + 2:
            raise damaged(MediaKind.JPEG)
        if marker == SOS:
            found = _NEXT_MARKER.search(data, end)
            if found is None:
                raise damaged(MediaKind.JPEG)
            end, scanned = found.start(), True
        yield Segment(marker, pos - 2, end)
        pos = end


def _marker_at(data: bytes, pos: int) -> tuple[int, int]:
    """The marker at ``pos`` (after any fill bytes) and the position after it."""
    if data[pos : pos + 1] != b"\xff":
        raise damaged(MediaKind.JPEG)
    while data[pos : pos + 1] == b"\xff":
        pos += 1
    if pos >= len(data):
        raise damaged(MediaKind.JPEG)
    return pos + 1, data[pos]


def dimensions(data: bytes) -> tuple[int, int]:
    """Width and height from the frame header, after walking the whole picture once.

    Raises:
        BadAttachment: a segment or the scan is cut short, there is no EOI, or no
            frame header comes before the first scan.
    """
    size: tuple[int, int] | None = None
    for segment in segments(data):
        if segment.marker == SOS and size is None:
            raise damaged(MediaKind.JPEG)
        if segment.marker in _SOF and size is None and segment.end - segment.start >= 9:
            height, width = struct.unpack_from(">HH", data, segment.start + 5)
            size = width, height
    if size is None:
        raise damaged(MediaKind.JPEG)
    return size


def strip(data: bytes) -> bytes:
    """``data`` without APPn (but JFIF and Adobe), comments, or anything after EOI.

    A photo taken sideways stays upright: when its EXIF said so, a new EXIF segment
    holds the orientation and nothing else.
    """
    view = memoryview(data)
    kept: list[bytes | memoryview] = [b"\xff\xd8"]
    orientation = 1
    for segment in segments(data):
        piece = view[segment.start : segment.end]
        if segment.marker == APP1 and orientation == 1:
            orientation = exif.orientation(piece[4:])
        if _keeps(segment.marker, piece):
            kept.append(piece)
    if orientation != 1:
        at = 2 if len(kept) > 1 and kept[1][:4] == b"\xff\xe0" else 1
        kept.insert(at, _app1(exif.orientation_only(orientation)))
    return b"".join(kept)


def _keeps(marker: int, piece: memoryview) -> bool:
    if marker == APP0:
        return bytes(piece[4:9]) == b"JFIF\x00"
    if marker == APP14:
        return bytes(piece[4:9]) == b"Adobe"
    return not (APP0 <= marker <= 0xEF or marker == COM)


def _app1(payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, APP1, len(payload) + 2) + payload
