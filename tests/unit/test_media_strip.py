"""What an export carries: the picture, the same pixels, and none of its metadata.

Every builder in tests/helpers/images.py hides MARKER in the metadata it can carry
(EXIF with GPS, XMP, comments, PNG text chunks); none may survive the strip, and Qt
must decode the result to exactly the original's pixels.
"""

from __future__ import annotations

import io
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from app.errors import BadAttachment
from app.media import exif, gif, jpeg, png, webp
from app.media.inspect import inspect_media
from app.media.strip import strip_metadata
from app.media.strip_pdf import strip_pdf_metadata
from app.records.attachments import MediaKind
from tests.helpers.images import (
    MARKER,
    PICTURES,
    bmp_bytes,
    gif_bytes,
    jpeg_bytes,
    pdf_bytes,
    png_bytes,
    webp_bytes,
)
from tests.leak_scan import inflated

LEAK = MARKER.encode()
CORE = b"LEAKMARK"  # a PDF writes the marker's hyphens as escapes


def decoded(data: bytes, *, upright: bool = False) -> QImage:
    """The picture Qt reads from ``data`` (turned as its EXIF says, with ``upright``)."""
    array = QByteArray(data)  # the buffer only points at it
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(upright)
    image = reader.read()
    assert not image.isNull(), reader.errorString()
    return image


@pytest.mark.parametrize("kind", PICTURES)
def test_no_marker_survives_and_the_pixels_are_the_same(kind: MediaKind) -> None:
    original = PICTURES[kind](40, 30, marker=MARKER)
    assert LEAK in original
    stripped = strip_metadata(original, kind)
    assert LEAK not in stripped
    assert inspect_media(stripped) == inspect_media(original)
    assert decoded(stripped) == decoded(original)


@pytest.mark.parametrize("kind", PICTURES)
def test_a_picture_without_metadata_is_unchanged(kind: MediaKind) -> None:
    plain = PICTURES[kind](20, 10)
    if kind is MediaKind.PNG:
        plain = png.strip(plain)  # Qt writes pHYs (kept) and nothing else; stable after one strip
    assert strip_metadata(plain, kind) == plain


def test_png_keeps_only_the_chunks_that_draw() -> None:
    stripped = png.strip(png_bytes(marker=MARKER) + b"trailing bytes")
    kinds = [chunk.kind for chunk in png.chunks(stripped)]
    assert set(kinds) <= png.KEPT_CHUNKS
    assert kinds[0] == b"IHDR"
    assert kinds[-1] == b"IEND"
    assert stripped.endswith(b"IEND\xaeB`\x82")


def test_jpeg_drops_every_app_segment_but_jfif_and_its_comments() -> None:
    stripped = jpeg.strip(jpeg_bytes(marker=MARKER))
    markers = [segment.marker for segment in jpeg.segments(stripped)]
    assert markers[0] == jpeg.APP0
    assert not {m for m in markers if 0xE1 <= m <= 0xEF or m == jpeg.COM}


@pytest.mark.parametrize("order", [">", "<"])
def test_a_sideways_photo_stays_upright_and_says_nothing_else(order: str) -> None:
    original = jpeg_bytes(40, 20, marker=MARKER, orientation=6, order=order)
    stripped = jpeg.strip(original)
    assert LEAK not in stripped
    app1 = [s for s in jpeg.segments(stripped) if s.marker == jpeg.APP1]
    assert len(app1) == 1
    assert stripped[app1[0].start + 4 : app1[0].end] == exif.orientation_only(6)
    assert decoded(stripped, upright=True).size() == decoded(original, upright=True).size()
    assert decoded(stripped, upright=True).size().toTuple() == (20, 40)
    assert decoded(stripped) == decoded(original)


def test_an_upright_photo_gets_no_exif_at_all() -> None:
    stripped = jpeg.strip(jpeg_bytes(marker=MARKER, orientation=1))
    assert b"Exif" not in stripped


def test_a_jpeg_without_jfif_gets_its_orientation_first() -> None:
    original = jpeg_bytes(orientation=3)
    without_jfif = original[:2] + original[20:]  # Qt's JFIF segment is 18 bytes
    stripped = jpeg.strip(without_jfif)
    assert stripped[2:4] == b"\xff\xe1"
    assert exif.orientation(stripped[6:]) == 3


def test_whatever_follows_a_jpeg_is_left_out() -> None:
    original = jpeg_bytes(marker=MARKER)
    assert jpeg.strip(original + b"second image " + LEAK) == jpeg.strip(original)


def test_webp_drops_exif_and_xmp_and_clears_their_flags() -> None:
    stripped = webp.strip(webp_bytes(marker=MARKER))
    chunks = list(webp.chunks(stripped))
    assert {c.fourcc for c in chunks} <= webp.KEPT_CHUNKS
    assert chunks[0].fourcc == b"VP8X"
    assert stripped[chunks[0].start] & 0x2C == 0


def test_gif_drops_comments_and_xmp_but_keeps_looping() -> None:
    stripped = gif.strip(gif_bytes(marker=MARKER))
    labels = [b.label for b in gif.blocks(stripped) if b.kind == gif.EXTENSION]
    assert labels == [gif.APPLICATION]
    assert b"NETSCAPE2.0" in stripped
    assert b"XMP DataXMP" not in stripped


def test_bmp_is_kept_as_it_is() -> None:
    data = bmp_bytes()
    assert strip_metadata(data, MediaKind.BMP) == data


def test_pdf_goes_to_its_own_module() -> None:
    with pytest.raises(ValueError, match="strip_pdf"):
        strip_metadata(pdf_bytes(), MediaKind.PDF)


def test_pdf_loses_its_document_information_and_xmp() -> None:
    from pypdf import PdfReader

    original = pdf_bytes(MARKER, pages=3)
    assert CORE in original
    stripped = strip_pdf_metadata(original)
    assert CORE not in stripped
    reader = PdfReader(io.BytesIO(stripped))
    assert (len(reader.pages), reader.metadata, reader.xmp_metadata) == (3, None, None)
    assert not any(CORE in unpacked for unpacked in inflated(bytes(stripped)))
    assert inspect_media(bytes(stripped)).kind is MediaKind.PDF


def test_a_pdf_is_cleaned_in_place_where_it_can_be() -> None:
    """Blanked where they stand: the same length, one copy of the file in memory."""
    original = pdf_bytes(MARKER, pages=2)
    stripped = strip_pdf_metadata(original)
    assert len(stripped) == len(original) and CORE not in stripped


def test_a_pdf_saved_twice_loses_the_metadata_of_both_revisions() -> None:
    """An incremental save keeps the first Info in the file's bytes: it is rewritten."""
    from pypdf import PdfReader, PdfWriter

    first = pdf_bytes(MARKER)
    writer = PdfWriter(io.BytesIO(first), incremental=True)
    writer.add_metadata({"/Author": "LATERREVISIONAUTHOR"})
    out = io.BytesIO()
    writer.write(out)
    twice = out.getvalue()
    assert CORE in twice and b"LATERREVISIONAUTHOR" in twice
    stripped = strip_pdf_metadata(twice)
    assert CORE not in stripped and b"LATERREVISIONAUTHOR" not in stripped
    assert PdfReader(io.BytesIO(stripped)).metadata is None


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\nnothing here\n%%EOF\n", pdf_bytes()[:200] + b"\n%%EOF\n"]
)
def test_a_pdf_pypdf_cannot_read_is_refused(data: bytes) -> None:
    with pytest.raises(BadAttachment, match="PDF document seems damaged"):
        strip_pdf_metadata(data)


def test_a_password_protected_pdf_is_refused_plainly() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt("secret", algorithm="AES-256")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(BadAttachment, match="locked with a password"):
        strip_pdf_metadata(locked.getvalue())


def test_damaged_pictures_are_refused() -> None:
    for kind, make in PICTURES.items():
        with pytest.raises(BadAttachment):
            strip_metadata(make(marker=MARKER)[:-3], kind)


def _mutations(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(list(PICTURES)))
    data = bytearray(PICTURES[kind](9, 7, marker=draw(st.sampled_from([None, MARKER]))))
    for _ in range(draw(st.integers(0, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data[: draw(st.integers(0, len(data)))]) + draw(st.binary(max_size=8))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.composite(_mutations)(), st.sampled_from(list(PICTURES)))
def test_any_bytes_strip_to_bytes_that_are_accepted_or_refuse_plainly(
    data: bytes, kind: MediaKind
) -> None:
    start = time.perf_counter()
    try:
        stripped = strip_metadata(data, kind)
    except BadAttachment:
        return
    finally:
        assert time.perf_counter() - start < 0.5
    try:
        info = inspect_media(data)
    except BadAttachment:
        return
    if info.kind is kind:
        assert inspect_media(stripped) == info
