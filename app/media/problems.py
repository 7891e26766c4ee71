"""The plain words for every file Threshold refuses to attach.

Each function returns the error to raise, so a message is written once. None quotes
what a file holds; a file's name is the person's own and may be named.
"""

from __future__ import annotations

import math

from app.errors import BadAttachment
from app.records.attachments import MAX_ATTACHMENT_BYTES, MediaKind

_NOTHING = "Nothing was attached."
_MIB = 1024 * 1024
_LABELS = {
    MediaKind.PNG: "PNG picture",
    MediaKind.JPEG: "JPEG picture",
    MediaKind.WEBP: "WebP picture",
    MediaKind.GIF: "GIF picture",
    MediaKind.BMP: "BMP picture",
    MediaKind.PDF: "PDF document",
}


def not_kept() -> BadAttachment:
    """The bytes are none of the kinds Threshold keeps, whatever the name says."""
    return BadAttachment(
        "This file isn't a picture or a PDF Threshold can keep. It can keep PNG, JPEG, "
        "WebP, GIF and BMP pictures and PDF documents."
    )


def empty() -> BadAttachment:
    """A file of no bytes."""
    return BadAttachment(f"This file is empty. {_NOTHING}")


def damaged(kind: MediaKind) -> BadAttachment:
    """The file is of a kind we keep but broken or cut short."""
    return BadAttachment(f"This {_LABELS[kind]} seems damaged or incomplete. {_NOTHING}")


def locked_pdf() -> BadAttachment:
    """A password-protected PDF can be kept as it is, but not cleaned for an export."""
    return BadAttachment(
        "This PDF is locked with a password, so Threshold can't remove its details for an export."
    )


def too_many_pixels(width: int, height: int) -> BadAttachment:
    """A decompression bomb, or a picture too large to decode safely."""
    return BadAttachment(
        f"This picture says it is {width:,} × {height:,} pixels, "  # noqa: RUF001 - the sign
        "too large to open safely. "
        f"{_NOTHING}"
    )


def too_large(size: int) -> BadAttachment:
    """Over the per-file limit; the size is rounded up so it never reads as the limit."""
    return BadAttachment(
        f"This file is {math.ceil(size / _MIB):,} MB; Threshold keeps files up to "
        f"{MAX_ATTACHMENT_BYTES // _MIB} MB. {_NOTHING}"
    )


def changed_while_read() -> BadAttachment:
    """The file grew or shrank between looking at it and reading it."""
    return BadAttachment(f"The file changed while it was being read. {_NOTHING}")


_ABOUT_FILE = {
    "link": "“{name}” is a link to another file; attach the file itself.",
    "missing": "“{name}” isn't there any more. " + _NOTHING,
    "forbidden": "Threshold isn't allowed to read “{name}”. " + _NOTHING,
    "folder": "“{name}” is a folder; attach a file inside it. " + _NOTHING,
    "special": "“{name}” isn't an ordinary file. " + _NOTHING,
    "unreadable": "“{name}” couldn't be read from the disk. " + _NOTHING,
}
"""Why a chosen file could not be read: a link, gone, not ours to read, a folder, a pipe
or device, or a disk error."""


def about_file(name: str, problem: str) -> BadAttachment:
    """The refusal for a file that could not be read, for ``problem`` in ``_ABOUT_FILE``."""
    return BadAttachment(_ABOUT_FILE[problem].format(name=name))
