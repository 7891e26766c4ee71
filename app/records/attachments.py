"""Plain data for attachments: what kind of file, what was stored, and how text points at it.

An entry's text refers to an attachment with a Markdown image or link whose target
only Threshold resolves, ``![the message](attachment:ID)``; the description is the
alt text, searchable with the rest of the entry. The original bytes live inside the
encrypted database (``app.storage.attachments``); nothing here touches a disk.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
"""The largest file a person can attach (100 MiB): a phone video is not a journal's job."""

MAX_IMAGE_PIXELS = 120_000_000
"""An image claiming more pixels than this is refused before anything decodes it.

A 200-megapixel phone photo is rare; a 100,000 x 100,000 PNG of a few kilobytes is a
decompression bomb that would ask for 40 GB of memory.
"""

MAX_IMAGE_SIDE = 30_000
"""The longest side an image may claim, for the same reason."""

SCHEME = "attachment:"
"""The link target prefix only Threshold resolves."""

_REFERENCE = re.compile(r"attachment:([0-9a-f]{32})\b")


class MediaKind(Enum):
    """The kinds of file Threshold keeps; the value is the MIME type."""

    PNG = "image/png"
    JPEG = "image/jpeg"
    WEBP = "image/webp"
    GIF = "image/gif"
    BMP = "image/bmp"
    PDF = "application/pdf"

    @property
    def is_image(self) -> bool:
        """Whether it is a picture (shown as a thumbnail), not a document."""
        return self is not MediaKind.PDF

    @property
    def extension(self) -> str:
        """The usual file name ending, with its dot."""
        return _EXTENSIONS[self]

    @classmethod
    def from_mime(cls, mime: str) -> MediaKind:
        """The kind a stored MIME type names.

        Raises:
            ValueError: the type is not one Threshold keeps.
        """
        return cls(mime)


_EXTENSIONS = {
    MediaKind.PNG: ".png",
    MediaKind.JPEG: ".jpg",
    MediaKind.WEBP: ".webp",
    MediaKind.GIF: ".gif",
    MediaKind.BMP: ".bmp",
    MediaKind.PDF: ".pdf",
}


@dataclass(frozen=True)
class MediaInfo:
    """What a file's own bytes say it is: its kind and, for an image, its size in pixels."""

    kind: MediaKind
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class Incoming:
    """A file read and checked, ready to store: nothing about it is trusted before this.

    Attributes:
        name: the file's name as the person knows it (no folders).
        data: the original bytes, exactly as they were.
        info: the kind and pixel size its bytes declare.
        sha256: the SHA-256 of ``data``, as hex.
    """

    name: str
    data: bytes
    info: MediaInfo
    sha256: str

    @property
    def size(self) -> int:
        """How many bytes."""
        return len(self.data)


@dataclass(frozen=True)
class Attachment:
    """One stored attachment (its bytes are read from the store separately).

    Attributes:
        id: 32 hex digits, the ``ID`` in ``attachment:ID``.
        entry_id: the entry it belongs to ("" for a record's evidence file).
        name: the original file name.
        kind: the kind of file.
        size: bytes.
        sha256: the SHA-256 of the original, as hex: evidence it was not changed.
        added: when it was attached (UTC).
        width, height: pixels, for an image.
    """

    id: str
    entry_id: str
    name: str
    kind: MediaKind
    size: int
    sha256: str
    added: dt.datetime
    width: int | None = None
    height: int | None = None

    @property
    def mime(self) -> str:
        """The MIME type."""
        return self.kind.value


def reference(attachment: Attachment, description: str = "") -> str:
    """The Markdown that shows ``attachment`` in an entry's text.

    An image is an image (``![description](attachment:ID)``); a document is a
    link (``[name](attachment:ID)``). Brackets in the description are dropped so
    the Markdown stays one piece.
    """
    text = (description or _stem(attachment.name)).replace("[", "").replace("]", "").strip()
    target = f"{SCHEME}{attachment.id}"
    if attachment.kind.is_image:
        return f"![{text}]({target})"
    return f"[{text or attachment.name}]({target})"


def referenced_ids(text: str) -> list[str]:
    """The attachment ids ``text`` refers to, in order, each once."""
    return list(dict.fromkeys(_REFERENCE.findall(text)))


def _stem(name: str) -> str:
    head, dot, _ = name.rpartition(".")
    return head if dot and head else name
