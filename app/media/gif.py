"""GIF: walk the blocks to the trailer, read the screen size, drop comments and foreign data.

A GIF is a header, a logical screen (with an optional colour table), then blocks:
images (``0x2C``), extensions (``0x21``) and the trailer (``0x3B``). Comments
(``0xFE``) and application extensions other than the two that make it loop (XMP
lives in one) are metadata an export leaves out.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import NamedTuple

from app.media.problems import damaged
from app.records.attachments import MediaKind

IMAGE, EXTENSION, TRAILER = 0x2C, 0x21, 0x3B
COMMENT, APPLICATION = 0xFE, 0xFF
LOOPING = frozenset({b"NETSCAPE2.0", b"ANIMEXTS1.0"})
_SCREEN_END = 13  # header (6) and logical screen descriptor (7)


class Block(NamedTuple):
    """One block: introducer, extension label (0 for an image), and where it lies."""

    kind: int
    label: int
    start: int
    end: int


def blocks(data: bytes) -> Iterator[Block]:
    """Every block after the logical screen and its colour table, up to the trailer.

    Raises:
        BadAttachment: a bad header, a block cut short, an unknown block, no trailer.
    """
    pos = screen_end(data)
    while pos < len(data):
        kind, start = data[pos], pos
        if kind == TRAILER:
            return
        if kind == IMAGE:
            pos = _image_end(data, pos)
            yield Block(IMAGE, 0, start, pos)
        elif kind == EXTENSION and pos + 2 <= len(data):
            pos = _sub_blocks_end(data, pos + 2)
            yield Block(EXTENSION, data[start + 1], start, pos)
        else:
            raise damaged(MediaKind.GIF)
    raise damaged(MediaKind.GIF)


def screen_end(data: bytes) -> int:
    """Where the blocks begin, after the header, logical screen and global colour table."""
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < _SCREEN_END:
        raise damaged(MediaKind.GIF)
    return _SCREEN_END + _colour_table(data[10])


def _colour_table(flags: int) -> int:
    return 3 * (2 << (flags & 7)) if flags & 0x80 else 0


def _image_end(data: bytes, pos: int) -> int:
    """After an image: descriptor (10), local colour table, LZW code size, data."""
    if pos + 11 > len(data):
        raise damaged(MediaKind.GIF)
    width, height = struct.unpack_from("<HH", data, pos + 5)
    if width == 0 or height == 0:
        raise damaged(MediaKind.GIF)
    return _sub_blocks_end(data, pos + 11 + _colour_table(data[pos + 9]))


def _sub_blocks_end(data: bytes, pos: int) -> int:
    """After a chain of sub-blocks (each a length byte and that many bytes; 0 ends it)."""
    while pos < len(data):
        length = data[pos]
        pos += 1 + length
        if length == 0:
            return pos
    raise damaged(MediaKind.GIF)


def dimensions(data: bytes) -> tuple[int, int]:
    """The logical screen's width and height, after walking every block to the trailer.

    Raises:
        BadAttachment: the file is broken or cut short, or holds no image.
    """
    if IMAGE not in {block.kind for block in blocks(data)}:  # every block, to the trailer
        raise damaged(MediaKind.GIF)
    width, height = struct.unpack_from("<HH", data, 6)
    return width, height


def strip(data: bytes) -> bytes:
    """``data`` without comments or foreign application extensions, ending at the trailer."""
    view = memoryview(data)
    kept = [view[: screen_end(data)]]
    kept += [view[b.start : b.end] for b in blocks(data) if _keeps(view, b)]
    return b"".join([*kept, bytes([TRAILER])])  # one copy of the picture, not two


def _keeps(view: memoryview, block: Block) -> bool:
    if block.kind != EXTENSION:
        return True
    if block.label == COMMENT:
        return False
    if block.label == APPLICATION:
        return (
            view[block.start + 2] == 11
            and bytes(view[block.start + 3 : block.start + 14]) in LOOPING
        )
    return True
