"""The plain words for every file Threshold refuses to attach.

Each function returns the error to raise, so a message is written once. None quotes
what a file holds; a file's name is the person's own and may be named. Each message
is one whole template (``app.words``), so it is translated as a sentence.
"""

from __future__ import annotations

import math

from app.errors import BadAttachment
from app.records.attachments import MAX_ATTACHMENT_BYTES, MediaKind
from app.words import QT_TR_NOOP

_MIB = 1024 * 1024
_DAMAGED = {
    MediaKind.PNG: QT_TR_NOOP(
        "This PNG picture seems damaged or incomplete. Nothing was attached."
    ),
    MediaKind.JPEG: QT_TR_NOOP(
        "This JPEG picture seems damaged or incomplete. Nothing was attached."
    ),
    MediaKind.WEBP: QT_TR_NOOP(
        "This WebP picture seems damaged or incomplete. Nothing was attached."
    ),
    MediaKind.GIF: QT_TR_NOOP(
        "This GIF picture seems damaged or incomplete. Nothing was attached."
    ),
    MediaKind.BMP: QT_TR_NOOP(
        "This BMP picture seems damaged or incomplete. Nothing was attached."
    ),
    MediaKind.PDF: QT_TR_NOOP(
        "This PDF document seems damaged or incomplete. Nothing was attached."
    ),
}
"""One whole sentence per kind, so a language can make the words agree."""


def not_kept() -> BadAttachment:
    """The bytes are none of the kinds Threshold keeps, whatever the name says."""
    return BadAttachment(
        QT_TR_NOOP(
            "This file isn't a picture or a PDF Threshold can keep. It can keep PNG, JPEG, "
            "WebP, GIF and BMP pictures and PDF documents."
        )
    )


def empty() -> BadAttachment:
    """A file of no bytes."""
    return BadAttachment(QT_TR_NOOP("This file is empty. Nothing was attached."))


def damaged(kind: MediaKind) -> BadAttachment:
    """The file is of a kind we keep but broken or cut short."""
    return _refusal(_DAMAGED[kind])


def locked_pdf() -> BadAttachment:
    """A password-protected PDF can be kept as it is, but not cleaned for an export."""
    return BadAttachment(
        QT_TR_NOOP(
            "This PDF is locked with a password, so Threshold can't remove its details "
            "for an export."
        )
    )


def too_many_pixels(width: int, height: int) -> BadAttachment:
    """A decompression bomb, or a picture too large to decode safely."""
    return BadAttachment(
        QT_TR_NOOP(
            "This picture says it is {width} × {height} pixels, "  # noqa: RUF001 - the sign
            "too large to open safely. Nothing was attached."
        ),
        width=width,
        height=height,
    )


def too_large(size: int) -> BadAttachment:
    """Over the per-file limit; the size is rounded up so it never reads as the limit."""
    return BadAttachment(
        QT_TR_NOOP(
            "This file is {size} MB; Threshold keeps files up to {limit} MB. Nothing was attached."
        ),
        size=math.ceil(size / _MIB),
        limit=MAX_ATTACHMENT_BYTES // _MIB,
    )


def changed_while_read() -> BadAttachment:
    """The file grew or shrank between looking at it and reading it."""
    return BadAttachment(
        QT_TR_NOOP("The file changed while it was being read. Nothing was attached.")
    )


_ABOUT_FILE = {
    "link": QT_TR_NOOP("“{name}” is a link to another file; attach the file itself."),
    "missing": QT_TR_NOOP("“{name}” isn't there any more. Nothing was attached."),
    "forbidden": QT_TR_NOOP("Threshold isn't allowed to read “{name}”. Nothing was attached."),
    "folder": QT_TR_NOOP("“{name}” is a folder; attach a file inside it. Nothing was attached."),
    "special": QT_TR_NOOP("“{name}” isn't an ordinary file. Nothing was attached."),
    "unreadable": QT_TR_NOOP("“{name}” couldn't be read from the disk. Nothing was attached."),
}
"""Why a chosen file could not be read: a link, gone, not ours to read, a folder, a pipe
or device, or a disk error."""


def about_file(name: str, problem: str) -> BadAttachment:
    """The refusal for a file that could not be read, for ``problem`` in ``_ABOUT_FILE``."""
    return _refusal(_ABOUT_FILE[problem], name=name)


def _refusal(template: str, **details: object) -> BadAttachment:
    """A refusal from a template marked above (a table's entry, chosen by kind)."""
    return BadAttachment(template, **details)
