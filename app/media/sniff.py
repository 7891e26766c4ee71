"""What kind of file the first bytes say it is, whatever its name claims."""

from __future__ import annotations

from app.records.attachments import MediaKind

HEAD_BYTES = 12
"""How many leading bytes ``sniff`` needs to tell every kind apart."""

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", MediaKind.PNG),
    (b"\xff\xd8\xff", MediaKind.JPEG),
    (b"GIF87a", MediaKind.GIF),
    (b"GIF89a", MediaKind.GIF),
    (b"BM", MediaKind.BMP),
    (b"%PDF-", MediaKind.PDF),
)


def sniff(head: bytes) -> MediaKind | None:
    """The kind whose magic bytes ``head`` starts with, or None for any other file.

    Args:
        head: the file's first bytes (``HEAD_BYTES`` are enough; more are ignored).
    """
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaKind.WEBP
    for magic, kind in _SIGNATURES:
        if head[: len(magic)] == magic:
            return kind
    return None
