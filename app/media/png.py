"""PNG: walk the chunks (checking every CRC), read the header, keep only the picture.

A PNG is a signature and a chain of chunks, each ``length, type, data, CRC``; the
first is IHDR (the size), the last IEND. Text, EXIF, time and colour-profile chunks
are metadata an export must not carry; the pixels sit in IDAT and are never touched.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from typing import NamedTuple

from app.media.problems import damaged
from app.records.attachments import MediaKind

SIGNATURE = b"\x89PNG\r\n\x1a\n"

KEPT_CHUNKS = frozenset(
    {
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB",
        b"sBIT", b"pHYs", b"bKGD", b"acTL", b"fcTL", b"fdAT",
    }
)  # fmt: skip
"""What a picture needs to look the same (and to move, for an APNG); nothing else."""

_MAX_CHUNK = 2**31 - 1  # the PNG specification's limit


class Chunk(NamedTuple):
    """One chunk: its type and where it starts and ends (after the CRC) in the file."""

    kind: bytes
    start: int
    end: int


def chunks(data: bytes) -> Iterator[Chunk]:
    """Every chunk from IHDR to IEND, each one's CRC checked.

    Raises:
        BadAttachment: no signature, a chunk cut short or corrupted, no IEND.
    """
    if data[:8] != SIGNATURE:
        raise damaged(MediaKind.PNG)
    view = memoryview(data)
    pos, size = 8, len(data)
    while True:
        if pos + 12 > size:
            raise damaged(MediaKind.PNG)
        length, kind = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if length > _MAX_CHUNK or end > size:
            raise damaged(MediaKind.PNG)
        (crc,) = struct.unpack_from(">I", data, end - 4)
        if zlib.crc32(view[pos + 4 : end - 4]) != crc:
            raise damaged(MediaKind.PNG)
        yield Chunk(kind, pos, end)
        if kind == b"IEND":
            return
        pos = end


def dimensions(data: bytes) -> tuple[int, int]:
    """Width and height from IHDR, after checking every chunk and that there are pixels.

    Raises:
        BadAttachment: IHDR is not first, a chunk is cut short or corrupted, there is
            no IEND or no IDAT.
    """
    if data[12:16] != b"IHDR" or struct.unpack_from(">I", data, 8)[0] != 13:
        raise damaged(MediaKind.PNG)
    if b"IDAT" not in {chunk.kind for chunk in chunks(data)}:  # every chunk, to IEND
        raise damaged(MediaKind.PNG)
    width, height = struct.unpack_from(">II", data, 16)
    return width, height


def strip(data: bytes) -> bytes:
    """``data`` with only the chunks in ``KEPT_CHUNKS``, and nothing after IEND."""
    view = memoryview(data)
    kept = [view[c.start : c.end] for c in chunks(data) if c.kind in KEPT_CHUNKS]
    return b"".join([SIGNATURE, *kept])  # one copy of the picture, not two
