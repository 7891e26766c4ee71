"""EXIF, only as far as an export needs: which way up the photo goes.

EXIF is a TIFF structure (after the ``Exif`` header in a JPEG's APP1, or alone in a PNG
eXIf or WebP EXIF chunk) in either byte order. Everything in it but the orientation
(tag 0x0112 in the first IFD) is dropped from an export: GPS, camera, times, names.
"""

from __future__ import annotations

import struct

_EXIF_HEADER = b"Exif\x00\x00"
_ORIENTATION = 0x0112
_SHORT = 3


def orientation(payload: bytes | memoryview) -> int:
    """The orientation (1 to 8) an APP1 payload's EXIF gives, or 1 when it gives none."""
    if bytes(payload[:6]) != _EXIF_HEADER:
        return 1
    return tiff_orientation(bytes(payload[6:]))


def tiff_orientation(tiff: bytes) -> int:
    """The orientation in a TIFF structure's first IFD, or 1 when it is missing or odd."""
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return 1
    (ifd,) = struct.unpack_from(order + "I", tiff, 4)
    if ifd + 2 > len(tiff):
        return 1
    (count,) = struct.unpack_from(order + "H", tiff, ifd)
    for index in range(min(count, (len(tiff) - ifd - 2) // 12)):
        tag, kind, _, value = struct.unpack_from(order + "HHIH", tiff, ifd + 2 + 12 * index)
        if tag == _ORIENTATION:
            return value if kind == _SHORT and 1 <= value <= 8 else 1
    return 1


def orientation_only(value: int) -> bytes:
    """An APP1 payload whose EXIF holds the orientation ``value`` and nothing else."""
    entry = struct.pack(">HHIHH", _ORIENTATION, _SHORT, 1, value, 0)
    return _EXIF_HEADER + b"MM\x00*" + struct.pack(">IH", 8, 1) + entry + struct.pack(">I", 0)
