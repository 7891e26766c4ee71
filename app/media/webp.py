"""WebP: walk the RIFF chunks, read the canvas size, keep only what draws the picture.

A WebP is ``RIFF``, a size, ``WEBP`` and chunks (``fourcc, size, data``, padded to
an even length). A simple file holds one ``VP8 `` (lossy) or ``VP8L`` (lossless)
chunk; an extended one starts with ``VP8X`` (flags and canvas size) and may add
alpha, animation, a colour profile, EXIF and XMP. An export keeps the picture.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import NamedTuple

from app.media.problems import damaged
from app.records.attachments import MediaKind

KEPT_CHUNKS = frozenset({b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF"})
"""What draws the picture; EXIF, XMP, ICCP and anything unknown are left out."""

_METADATA_FLAGS = 0x20 | 0x08 | 0x04  # VP8X: ICC profile, EXIF, XMP
_VP8_START = b"\x9d\x01\x2a"
_VP8L_SIGNATURE = 0x2F


class Chunk(NamedTuple):
    """One chunk: its fourcc, where its data starts, and where it ends (with padding)."""

    fourcc: bytes
    start: int
    end: int


def chunks(data: bytes) -> Iterator[Chunk]:
    """Every chunk inside the RIFF container, which must be exactly the file.

    Raises:
        BadAttachment: the RIFF size disagrees with the file, or a chunk is cut short.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise damaged(MediaKind.WEBP)
    if struct.unpack_from("<I", data, 4)[0] + 8 != len(data):
        raise damaged(MediaKind.WEBP)
    pos = 12
    while pos < len(data):
        if pos + 8 > len(data):
            raise damaged(MediaKind.WEBP)
        fourcc, size = struct.unpack_from("<4sI", data, pos)
        end = pos + 8 + size + (size & 1)
        if end > len(data):
            raise damaged(MediaKind.WEBP)
        yield Chunk(fourcc, pos + 8, end)
        pos = end


def dimensions(data: bytes) -> tuple[int, int]:
    """The canvas (VP8X) or the picture's (VP8, VP8L) width and height.

    Raises:
        BadAttachment: the container is broken or holds no picture.
    """
    found = list(chunks(data))
    if not found:
        raise damaged(MediaKind.WEBP)
    first = found[0]
    if first.fourcc == b"VP8X" and first.end - first.start >= 10:
        if not any(c.fourcc in (b"VP8 ", b"VP8L", b"ANMF") for c in found[1:]):
            raise damaged(MediaKind.WEBP)
        width, height = _u24(data, first.start + 4), _u24(data, first.start + 7)
        return width + 1, height + 1
    if first.fourcc == b"VP8 " and first.end - first.start >= 10:
        return _vp8_size(data, first.start)
    if first.fourcc == b"VP8L" and first.end - first.start >= 5:
        return _vp8l_size(data, first.start)
    raise damaged(MediaKind.WEBP)


def _u24(data: bytes, pos: int) -> int:
    low, high = struct.unpack_from("<HB", data, pos)
    return int(low | high << 16)


def _vp8_size(data: bytes, pos: int) -> tuple[int, int]:
    """A lossy key frame: a 3-byte tag, a start code, then 14-bit width and height."""
    if data[pos] & 1 or data[pos + 3 : pos + 6] != _VP8_START:
        raise damaged(MediaKind.WEBP)
    width, height = struct.unpack_from("<HH", data, pos + 6)
    return width & 0x3FFF, height & 0x3FFF


def _vp8l_size(data: bytes, pos: int) -> tuple[int, int]:
    """A lossless header: a signature byte, then width-1 and height-1 in 14 bits each."""
    if data[pos] != _VP8L_SIGNATURE:
        raise damaged(MediaKind.WEBP)
    (bits,) = struct.unpack_from("<I", data, pos + 1)
    return (bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1


def strip(data: bytes) -> bytes:
    """``data`` with only ``KEPT_CHUNKS``, VP8X's metadata flags cleared, RIFF size fixed."""
    view = memoryview(data)
    kept: list[bytes | memoryview] = []
    for chunk in chunks(data):
        if chunk.fourcc not in KEPT_CHUNKS:
            continue
        piece = view[chunk.start - 8 : chunk.end]
        if chunk.fourcc == b"VP8X":
            header = bytearray(piece)
            header[8] &= ~_METADATA_FLAGS & 0xFF
            kept.append(bytes(header))
        else:
            kept.append(piece)
    size = 4 + sum(len(piece) for piece in kept)
    return b"".join([b"RIFF", struct.pack("<I", size), b"WEBP", *kept])  # one copy, not two
