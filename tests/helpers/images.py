"""Real pictures and PDFs for tests, some carrying metadata with a marker in it.

Qt encodes the pixels (PNG, JPEG, WebP, BMP); the metadata Qt cannot write (EXIF
with a GPS block, XMP, comments, PNG text chunks) is spliced in by hand, each piece
holding ``marker`` in plain bytes so a leak scan or a strip test can look for it.
GIF is encoded here (Qt reads GIF but does not write it). Everything stays in memory.
"""

from __future__ import annotations

import io
import os
import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from app.records.attachments import MediaKind

MARKER = "LEAKMARK-EXIF-GPS"
"""The marker the metadata carries when a test asks for ``marker=MARKER``."""

XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"

_ASCII, _SHORT, _LONG, _RATIONAL = 2, 3, 4, 5


def picture(width: int = 32, height: int = 24, *, noise: bool = False) -> QImage:
    """A picture with a different colour in every pixel (or random ones, for size)."""
    if noise:
        pixels = os.urandom(width * height * 3)
        return QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    rows = bytes(
        value
        for y in range(height)
        for x in range(width)
        for value in (x * 7 % 256, y * 11 % 256, (x + y) * 5 % 256)
    )
    return QImage(rows, width, height, width * 3, QImage.Format.Format_RGB888).copy()


def encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    """``image`` written by Qt in ``fmt`` (``png``, ``jpeg``, ``webp``, ``bmp``)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    writer.setQuality(quality)
    if not writer.write(image):
        raise RuntimeError(writer.errorString())
    return bytes(array.data())


# ---------------------------------------------------------------- PNG


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    """One PNG chunk with its length and CRC."""
    crc = zlib.crc32(kind + payload)
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def png_bytes(width: int = 32, height: int = 24, marker: str | None = None) -> bytes:
    """A PNG; with ``marker``, also tEXt, zTXt, iTXt, eXIf and tIME chunks holding it.

    zTXt compresses its text, so it also names the marker in its keyword.
    """
    data = encode(picture(width, height), "png")
    if marker is None:
        return data
    text = marker.encode()
    extra = b"".join(
        [
            png_chunk(b"tEXt", b"Comment\x00" + text),
            png_chunk(b"zTXt", text[:79] + b"\x00\x00" + zlib.compress(text)),
            png_chunk(b"iTXt", b"Description\x00\x00\x00en\x00\x00" + text),
            png_chunk(b"eXIf", exif_tiff(marker)),
            png_chunk(b"tIME", struct.pack(">HBBBBB", 2024, 5, 6, 7, 8, 9)),
        ]
    )
    iend = data.rindex(b"IEND") - 4
    return data[:iend] + extra + data[iend:]


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A few hundred bytes of well-formed PNG that claim ``width`` x ``height`` pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 4096, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", rows)
        + png_chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- EXIF


def exif_tiff(marker: str | None, orientation: int | None = None, order: str = ">") -> bytes:
    """A TIFF structure: IFD0 (description, orientation) and a GPS IFD with ``marker``."""
    text = (marker or "").encode() + b"\x00"
    gps = [
        (0x0001, _ASCII, 2, b"N\x00"),
        (0x0002, _RATIONAL, 3, struct.pack(order + "6I", 52, 1, 31, 1, 1234, 100)),
        (0x0012, _ASCII, len(text), text),  # GPSMapDatum, holding the marker
    ]
    ifd0 = [(0x010E, _ASCII, len(text), text)]  # ImageDescription
    if orientation is not None:
        ifd0.append((0x0112, _SHORT, 1, struct.pack(order + "H", orientation)))
    ifd0.append((0x8825, _LONG, 1, b"\x00\x00\x00\x00"))  # the GPS IFD's offset, below
    head = (b"II*\x00" if order == "<" else b"MM\x00*") + struct.pack(order + "I", 8)
    gps_at = 8 + _ifd_size(ifd0)
    ifd0[-1] = (0x8825, _LONG, 1, struct.pack(order + "I", gps_at))
    return head + _ifd(ifd0, 8, order) + _ifd(gps, gps_at, order)


def _ifd_size(entries: list[tuple[int, int, int, bytes]]) -> int:
    extra = sum(len(v) + (len(v) & 1) for *_, v in entries if len(v) > 4)
    return 2 + 12 * len(entries) + 4 + extra


def _ifd(entries: list[tuple[int, int, int, bytes]], at: int, order: str) -> bytes:
    """One IFD at offset ``at``: entries, no next IFD, then the values too long to inline."""
    data_at = at + 2 + 12 * len(entries) + 4
    table, values = struct.pack(order + "H", len(entries)), b""
    for tag, kind, count, value in entries:
        if len(value) <= 4:
            field = value.ljust(4, b"\x00")
        else:
            field = struct.pack(order + "I", data_at + len(values))
            values += value + b"\x00" * (len(value) & 1)
        table += struct.pack(order + "HHI", tag, kind, count) + field
    return table + struct.pack(order + "I", 0) + values


# ---------------------------------------------------------------- JPEG


def jpeg_segment(marker: int, payload: bytes) -> bytes:
    """One JPEG marker segment."""
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def jpeg_bytes(
    width: int = 32,
    height: int = 24,
    marker: str | None = None,
    orientation: int | None = None,
    *,
    order: str = ">",
    noise: bool = False,
    quality: int = 90,
) -> bytes:
    """A JPEG; with ``marker``, EXIF (with GPS), XMP and a comment hold it.

    With ``orientation``, the EXIF says which way up (in byte ``order``).
    """
    data = encode(picture(width, height, noise=noise), "jpeg", quality)
    segments = b""
    if marker is not None or orientation is not None:
        segments += jpeg_segment(0xE1, b"Exif\x00\x00" + exif_tiff(marker, orientation, order))
    if marker is not None:
        segments += jpeg_segment(0xE1, XMP_HEADER + _xmp(marker))
        segments += jpeg_segment(0xFE, marker.encode())
        segments += jpeg_segment(0xED, b"Photoshop 3.0\x00" + marker.encode())
    after_jfif = 4 + struct.unpack_from(">H", data, 4)[0]
    return data[:after_jfif] + segments + data[after_jfif:]


def _xmp(marker: str) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description dc:creator="{marker}" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'
        "</rdf:RDF></x:xmpmeta>"
    ).encode()


# ---------------------------------------------------------------- WebP


def riff_chunk(fourcc: bytes, payload: bytes) -> bytes:
    """One RIFF chunk, padded to an even length."""
    return fourcc + struct.pack("<I", len(payload)) + payload + b"\x00" * (len(payload) & 1)


def webp_bytes(width: int = 32, height: int = 24, marker: str | None = None) -> bytes:
    """A lossless WebP; with ``marker``, an extended one with EXIF and XMP chunks holding it."""
    data = encode(picture(width, height), "webp", 100)
    if marker is None:
        return data
    flags = 0x08 | 0x04
    canvas = struct.pack("<I", width - 1)[:3] + struct.pack("<I", height - 1)[:3]
    body = (
        riff_chunk(b"VP8X", bytes([flags, 0, 0, 0]) + canvas)
        + data[12:]
        + riff_chunk(b"EXIF", exif_tiff(marker))
        + riff_chunk(b"XMP ", _xmp(marker))
    )
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


# ---------------------------------------------------------------- GIF


def gif_bytes(width: int = 32, height: int = 24, marker: str | None = None) -> bytes:
    """A GIF of a 256-colour palette, looping; with ``marker``, a comment and XMP hold it."""
    palette = bytes(v for i in range(256) for v in (i, 255 - i, i * 3 % 256))
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0xF7, 0, 0) + palette
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    extras = b""
    if marker is not None:
        extras = _sub_blocks(b"\x21\xfe", marker.encode())
        extras += _sub_blocks(b"\x21\xff\x0bXMP DataXMP", _xmp(marker))
    indices = bytes((x * 3 + y * 5) % 256 for y in range(height) for x in range(width))
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x08"
    image = _sub_blocks(image, _lzw_literal(indices))
    return screen + loop + extras + image + b"\x3b"


def _sub_blocks(head: bytes, payload: bytes) -> bytes:
    pieces = [payload[i : i + 255] for i in range(0, len(payload), 255)]
    return head + b"".join(bytes([len(p)]) + p for p in pieces) + b"\x00"


def _lzw_literal(indices: bytes) -> bytes:
    """LZW of 8-bit indices as 9-bit literals, with a clear code often enough to stay 9 bits."""
    codes: list[int] = []
    for start in range(0, len(indices), 100):
        codes += [256, *indices[start : start + 100]]
    codes.append(257)
    packed, bits, out = 0, 0, bytearray()
    for code in codes:
        packed |= code << bits
        bits += 9
        while bits >= 8:
            out.append(packed & 0xFF)
            packed >>= 8
            bits -= 8
    if bits:
        out.append(packed)
    return bytes(out)


# ---------------------------------------------------------------- BMP, PDF


def bmp_bytes(width: int = 32, height: int = 24) -> bytes:
    """A 24-bit BMP."""
    return encode(picture(width, height), "bmp")


def pdf_bytes(marker: str | None = None, pages: int = 1) -> bytes:
    """A small real PDF; with ``marker``, its Info (author, title) and XMP hold it."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    if marker is not None:
        writer.add_metadata({"/Author": marker, "/Title": f"notes {marker}"})
        xmp = StreamObject()
        xmp.set_data(_xmp(marker))
        xmp[NameObject("/Type")] = NameObject("/Metadata")
        xmp[NameObject("/Subtype")] = NameObject("/XML")
        writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PICTURES = {
    MediaKind.PNG: png_bytes,
    MediaKind.JPEG: jpeg_bytes,
    MediaKind.WEBP: webp_bytes,
    MediaKind.GIF: gif_bytes,
}
"""The picture kinds that can carry metadata, and the builder of each."""
