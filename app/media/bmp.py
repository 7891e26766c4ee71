"""BMP: the file header and the bitmap header must agree with the file, and give a size.

A BMP carries no metadata worth the name, so an export keeps it as it is.
"""

from __future__ import annotations

import struct

from app.media.problems import damaged
from app.records.attachments import MediaKind

_CORE_HEADER = 12  # OS/2 1.x: 16-bit width and height
_INFO_HEADERS = frozenset({40, 52, 56, 64, 108, 124})
_UNCOMPRESSED = frozenset({0, 3, 6})  # BI_RGB, BI_BITFIELDS, BI_ALPHABITFIELDS
_BIT_DEPTHS = frozenset({1, 2, 4, 8, 16, 24, 32})


def dimensions(data: bytes) -> tuple[int, int]:
    """Width and height, once the headers agree with each other and with the file.

    Raises:
        BadAttachment: the sizes in the headers don't fit the file, or say nothing sensible.
    """
    if len(data) < 26 or data[:2] != b"BM":
        raise damaged(MediaKind.BMP)
    declared, offset, header = struct.unpack_from("<I4xII", data, 2)
    if declared > len(data) or not 14 + header <= offset <= len(data):
        raise damaged(MediaKind.BMP)
    if header == _CORE_HEADER:
        width, height, _, depth = struct.unpack_from("<HHHH", data, 18)
        compression = 0
    elif header in _INFO_HEADERS:
        width, height, _, depth, compression = struct.unpack_from("<iiHHI", data, 18)
    else:
        raise damaged(MediaKind.BMP)
    height = abs(height)  # a negative height is a top-down bitmap
    if width < 0 or depth not in _BIT_DEPTHS:
        raise damaged(MediaKind.BMP)
    if compression in _UNCOMPRESSED and offset + _row_bytes(width, depth) * height > len(data):
        raise damaged(MediaKind.BMP)
    return width, height


def _row_bytes(width: int, depth: int) -> int:
    """One row of pixels, padded to four bytes."""
    return (width * depth + 31) // 32 * 4
