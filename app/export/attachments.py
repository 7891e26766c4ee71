"""The attachments an export carries: found in the kept words, named safely, stripped once.

An entry refers to a picture or a document as ``![description](attachment:ID)`` (or
``[description](attachment:ID)``). ``gather`` looks only at the paragraphs that are
leaving (so a picture on a paragraph the person left out goes nowhere), finds each
referenced attachment in the journal once, and gives it a file name made from its
*redacted* description, never from the original file name: that name could hold a
folder, or a name the person asked to hide. Each format then shows it its own way
(``app.export.attachment_refs``); its bytes are read and stripped of metadata only
when a format needs them (``stripped``), one attachment at a time.

A reference to an attachment that is not in the journal, or that cannot be cleaned,
is not gathered: every format shows its description in words instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.errors import AttachmentNotFound
from app.records.attachments import Attachment, MediaKind

if TYPE_CHECKING:
    from app.journal import Journal

REFERENCE = re.compile(r"(!?)\[([^\[\]\n]*)\]\(attachment:([0-9a-f]{32})\)")
"""A reference as it stands in an entry: image mark, description, id."""

MAX_NAME_CHARS = 60
"""How long a file name's stem may be: long enough to read, short enough for any disk."""

Loader = Callable[[], bytes | bytearray]
_UNSAFE_NAME = re.compile(r"[^\w]+")
_KIND_WORDS = {
    MediaKind.PNG: "PNG",
    MediaKind.JPEG: "JPEG",
    MediaKind.WEBP: "WebP",
    MediaKind.GIF: "GIF",
    MediaKind.BMP: "BMP",
    MediaKind.PDF: "PDF",
}


@dataclass(frozen=True)
class ExportAttachment:
    """One attachment that leaves with an export.

    Attributes:
        id: the attachment's id.
        kind: picture or PDF.
        file_name: a safe name, unique within the export ("the-message.jpg").
        description: the first description the kept words give it (redacted).
        size: the original's size in bytes (for words such as "240 KB").
        width, height: pixels, for a picture, as stored.
        load: the bytes with every piece of metadata stripped (reads the journal).
    """

    id: str
    kind: MediaKind
    file_name: str
    description: str
    size: int
    width: int | None = None
    height: int | None = None
    load: Loader = field(default=lambda: b"", repr=False, compare=False)

    @property
    def is_picture(self) -> bool:
        """Whether it is shown as a picture (else named as a document)."""
        return self.kind.is_image

    def in_words(self) -> str:
        """What the file is, for where it cannot go: "Attached document: deed.pdf, 240 KB"."""
        noun = "Picture" if self.is_picture else "Attached document"
        return f"{noun}: {self.file_name}, {size_in_words(self.size)}"


def gather(
    journal: Journal, blocks: Iterable[str], describe: Callable[[str], str] | None = None
) -> tuple[ExportAttachment, ...]:
    """The attachments ``blocks`` refer to that the journal holds, each once, in order.

    Args:
        journal: where the attachments are.
        blocks: the Markdown that leaves (already redacted).
        describe: applied to an original file name when a reference has no
            description (the redaction, so a hidden name stays hidden).
    """
    found: dict[str, str] = {}
    for block in blocks:
        for _, description, attachment_id in REFERENCE.findall(block):
            found.setdefault(attachment_id, description.strip())
    names = _Names()
    gathered: list[ExportAttachment] = []
    for attachment_id, description in found.items():
        try:
            record = journal.attachments.get(attachment_id)
        except AttachmentNotFound:
            continue
        said = description or (describe or str)(_stem(record.name))
        gathered.append(_export_attachment(journal, record, said, names.unique(said, record)))
    return tuple(gathered)


def stripped(journal: Journal, record: Attachment) -> bytes | bytearray:
    """The attachment's bytes without metadata: what every export writes, never the original.

    Raises:
        BadAttachment: it cannot be read as what it claims to be (nothing leaves).
    """
    if record.kind is MediaKind.PDF:
        from app.media.strip_pdf import strip_pdf_metadata  # noqa: PLC0415 - pypdf is slow

        return strip_pdf_metadata(journal.attachments.read_buffer(record.id), in_place=True)
    data = journal.attachments.read(record.id)
    from app.media.strip import strip_metadata  # noqa: PLC0415 - only when exporting

    return strip_metadata(data, record.kind)


def kind_and_size(journal: Journal, attachment_id: str) -> str | None:
    """What an attachment is, for choosing ("PNG, 1.2 MB"); None when the journal lacks it."""
    try:
        record = journal.attachments.get(attachment_id)
    except AttachmentNotFound:
        return None
    return f"{_KIND_WORDS[record.kind]}, {size_in_words(record.size)}"


def size_in_words(size: int) -> str:
    """A size as people say it, 1000-based as file managers count: 240 KB, 1.2 MB."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{round(size / 1000)} KB"
    return f"{size / 1_000_000:.1f} MB"


def safe_stem(text: str) -> str:
    """Words as a file name's stem: letters, digits and hyphens, nothing a path could use."""
    folded = unicodedata.normalize("NFKC", text).lower()
    stem = _UNSAFE_NAME.sub("-", folded).replace("_", "-").strip("-.")
    return re.sub("-{2,}", "-", stem)[:MAX_NAME_CHARS].strip("-")


def _export_attachment(
    journal: Journal, record: Attachment, description: str, file_name: str
) -> ExportAttachment:
    return ExportAttachment(
        id=record.id,
        kind=record.kind,
        file_name=file_name,
        description=description,
        size=record.size,
        width=record.width,
        height=record.height,
        load=lambda: stripped(journal, record),
    )


class _Names:
    """Hands out file names, each once: "the-message.jpg", then "the-message-2.jpg"."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def unique(self, description: str, record: Attachment) -> str:
        stem = safe_stem(description) or ("picture" if record.kind.is_image else "document")
        extension = record.kind.extension
        name, number = f"{stem}{extension}", 1
        while name.casefold() in self._taken:
            number += 1
            name = f"{stem}-{number}{extension}"
        self._taken.add(name.casefold())
        return name


def _stem(name: str) -> str:
    head, dot, _ = name.rpartition(".")
    return head if dot and head else name
