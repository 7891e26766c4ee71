"""The first bytes decide what a file is; a name or an extension never does."""

from __future__ import annotations

import pytest

from app.media.sniff import HEAD_BYTES, sniff
from app.records.attachments import MediaKind
from tests.helpers.images import PICTURES, bmp_bytes, pdf_bytes


@pytest.mark.parametrize("kind", PICTURES)
def test_every_picture_kind_is_known_by_its_head(kind: MediaKind) -> None:
    assert sniff(PICTURES[kind]()[:HEAD_BYTES]) is kind


def test_bmp_and_pdf_by_their_heads() -> None:
    assert sniff(bmp_bytes()[:HEAD_BYTES]) is MediaKind.BMP
    assert sniff(pdf_bytes()[:HEAD_BYTES]) is MediaKind.PDF


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"\x89PN",
        b"hello, this is text",
        b"RIFF\x00\x00\x00\x00WAVE",  # RIFF, but a sound
        b"GIF90a",
        b"\xff\xd8",  # two bytes of a JPEG are not enough
        b"%PD",
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
    ],
)
def test_anything_else_is_no_kind(head: bytes) -> None:
    assert sniff(head) is None


def test_both_gif_versions() -> None:
    assert sniff(b"GIF87a\x01\x00") is sniff(b"GIF89a\x01\x00") is MediaKind.GIF
