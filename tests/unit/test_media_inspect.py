"""inspect_media: what a file's bytes say it is, and every way a file is refused.

Refusals are plain BadAttachment messages; nothing else may escape, whatever the
bytes (the hypothesis tests at the end), and a picture is never decoded to find out.
"""

from __future__ import annotations

import struct
import time
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import BadAttachment
from app.media.inspect import inspect_media
from app.records.attachments import MediaInfo, MediaKind
from tests.helpers.images import (
    MARKER,
    PICTURES,
    bmp_bytes,
    bomb_png,
    gif_bytes,
    jpeg_bytes,
    pdf_bytes,
    png_bytes,
    png_chunk,
    riff_chunk,
    webp_bytes,
)

SEEDS = [
    png_bytes(marker=MARKER),
    jpeg_bytes(marker=MARKER, orientation=6),
    webp_bytes(marker=MARKER),
    gif_bytes(marker=MARKER),
    bmp_bytes(),
    pdf_bytes(MARKER),
]
DAMAGED = "seems damaged or incomplete"


@pytest.mark.parametrize("kind", PICTURES)
@pytest.mark.parametrize("marker", [None, MARKER])
def test_pictures_give_their_kind_and_size(kind: MediaKind, marker: str | None) -> None:
    assert inspect_media(PICTURES[kind](37, 21, marker=marker)) == MediaInfo(kind, 37, 21)


def test_bmp_and_pdf() -> None:
    assert inspect_media(bmp_bytes(5, 3)) == MediaInfo(MediaKind.BMP, 5, 3)
    assert inspect_media(pdf_bytes()) == MediaInfo(MediaKind.PDF)


def test_a_lossy_webp_gives_its_size() -> None:
    from tests.helpers.images import encode, picture

    assert inspect_media(encode(picture(30, 20), "webp", 50)) == MediaInfo(MediaKind.WEBP, 30, 20)


def test_a_bomb_is_refused_from_its_header() -> None:
    data = bomb_png()
    assert len(data) < 500
    with pytest.raises(BadAttachment) as refused:
        inspect_media(data)
    assert refused.value.message == (
        "This picture says it is 100,000 × 100,000 pixels, too large to open safely. "  # noqa: RUF001
        "Nothing was attached."
    )


@pytest.mark.parametrize(("width", "height"), [(30_001, 10), (12_000, 10_001)])
def test_too_long_a_side_or_too_many_pixels(width: int, height: int) -> None:
    with pytest.raises(BadAttachment, match="too large to open safely"):
        inspect_media(bomb_png(width, height))


@pytest.mark.parametrize(("width", "height"), [(0, 10), (10, 0)])
def test_no_pixels(width: int, height: int) -> None:
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(bomb_png(width, height))


def test_not_a_kind_we_keep() -> None:
    with pytest.raises(BadAttachment) as refused:
        inspect_media(b"Dear diary, this is text in a file called photo.png\n")
    assert refused.value.message == (
        "This file isn't a picture or a PDF Threshold can keep. It can keep PNG, JPEG, "
        "WebP, GIF and BMP pictures and PDF documents."
    )


def test_empty() -> None:
    with pytest.raises(BadAttachment, match="empty"):
        inspect_media(b"")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s[:4].decode("latin-1"))
def test_every_file_cut_short_is_refused(seed: bytes) -> None:
    first = len(b"%%EOF\n") + 1 if seed.startswith(b"%PDF") else 1  # a PDF's last line end
    for cut in range(first, len(seed), max(1, len(seed) // 97)):
        with pytest.raises(BadAttachment):
            inspect_media(seed[: len(seed) - cut])


def test_a_png_with_a_bad_crc() -> None:
    data = bytearray(png_bytes())
    data[40] ^= 0x01  # inside a chunk after IHDR
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(bytes(data))


def test_a_png_must_start_with_its_header_and_hold_pixels() -> None:
    data = png_bytes()
    no_pixels = data[:33] + png_chunk(b"IEND", b"")
    header_second = data[:8] + png_chunk(b"tEXt", b"a\x00b") + data[8:]
    for bad in (no_pixels, header_second):
        with pytest.raises(BadAttachment, match=DAMAGED):
            inspect_media(bad)


def test_a_jpeg_may_end_in_padding_or_carry_something_after_its_end() -> None:
    data = jpeg_bytes(10, 8)
    assert inspect_media(data + b"\x00" * 64).width == 10
    assert inspect_media(data + b"motion photo video follows").height == 8


def test_a_jpeg_needs_a_frame_before_its_scan() -> None:
    data = jpeg_bytes()
    sof = data.index(b"\xff\xc0")
    length = struct.unpack_from(">H", data, sof + 2)[0]
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(data[:sof] + data[sof + 2 + length :])


def test_a_webp_whose_riff_size_is_wrong() -> None:
    data = webp_bytes()
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(data + b"\x00\x00")
    wrong = data[:4] + struct.pack("<I", len(data)) + data[8:]
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(wrong)


def test_an_extended_webp_needs_a_picture() -> None:
    body = riff_chunk(b"VP8X", bytes(4) + b"\x09\x00\x00\x09\x00\x00")
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body)


def test_a_gif_without_its_trailer_or_an_image() -> None:
    data = gif_bytes()
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(data[:-1])
    screen_only = data[: 13 + 768] + b"\x3b"
    with pytest.raises(BadAttachment, match=DAMAGED):
        inspect_media(screen_only)


def test_a_bmp_whose_headers_disagree_with_the_file() -> None:
    data = bmp_bytes()
    too_long = data[:2] + struct.pack("<I", len(data) + 1) + data[6:]
    bad_header = data[:14] + struct.pack("<I", 41) + data[18:]
    for bad in (too_long, bad_header, data[:-1]):
        with pytest.raises(BadAttachment, match=DAMAGED):
            inspect_media(bad)


def test_a_pdf_without_its_end() -> None:
    with pytest.raises(BadAttachment, match="PDF document seems damaged"):
        inspect_media(b"%PDF-1.7\n" + zlib.compress(b"x" * 5000))


def test_a_5_mb_jpeg_is_checked_without_decoding() -> None:
    data = jpeg_bytes(1400, 1400, noise=True, quality=95)
    assert len(data) > 4_000_000
    start = time.perf_counter()
    info = inspect_media(data)
    assert time.perf_counter() - start < 0.1  # a few ms; generous for a loaded machine
    assert (info.width, info.height) == (1400, 1400)


def mutated(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    """A seed with some bytes changed, then maybe cut short or lengthened."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(st.sampled_from(seeds)))
        for _ in range(draw(st.integers(0, 6))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        cut = draw(st.integers(0, len(data)))
        return bytes(data[:cut]) + draw(st.binary(max_size=16))

    return build()


HEADS = st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"BM", b"%PDF-"])
ANY_BYTES = st.one_of(
    mutated(SEEDS),
    st.builds(bytes.__add__, HEADS, st.binary(max_size=300)),
    st.builds(lambda b: b"RIFF" + b[:4] + b"WEBP" + b[4:], st.binary(max_size=300)),
    st.binary(max_size=100),
)


@settings(max_examples=600, deadline=200, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_BYTES)
def test_any_bytes_raise_nothing_but_bad_attachment(data: bytes) -> None:
    try:
        info = inspect_media(data)
    except BadAttachment:
        return
    assert isinstance(info, MediaInfo)
