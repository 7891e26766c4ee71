"""Plain data for an export: the format, the user's choices and the prepared document.

The dialog, the CLI and the PDF module all speak these types, so they carry no
behaviour beyond derived values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from app.export.attachments import ExportAttachment, Loader

if TYPE_CHECKING:
    from app.export.summary import Summary
    from app.records.patterns import Period


class ExportFormat(Enum):
    """The file formats an export can be written in."""

    PDF = "pdf"
    MARKDOWN = "md"
    HTML = "html"
    TEXT = "txt"

    @property
    def suffix(self) -> str:
        """The file name ending, with its dot (".pdf")."""
        return f".{self.value}"


@dataclass(frozen=True)
class Redaction:
    """A name to hide, and what to show instead.

    Attributes:
        name: the name as the user typed it; matched as whole words, in any case.
        replacement: the pseudonym; empty means the name's initials ("M. S.").
    """

    name: str
    replacement: str = ""


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose to include, hide or add.

    Attributes:
        excluded: (entry id, paragraph index) pairs left out, indices as given
            by ``app.export.paragraphs.split_paragraphs`` for the entry's body.
        summary: the period of a summary page to add before the entries (a PDF's),
            or None for none.
    """

    include_date: bool = True
    include_mood: bool = False
    include_prompt: bool = True
    include_tags: bool = False
    cover_note: str = ""
    redactions: tuple[Redaction, ...] = ()
    excluded: frozenset[tuple[str, int]] = frozenset()
    summary: Period | None = None


@dataclass(frozen=True)
class ExportEntry:
    """One entry as it will be exported: redacted, with exclusions removed.

    Fields the user chose not to include are already empty (``mood`` None,
    ``tags`` and ``follow_ups`` empty, ``prompt`` None).

    Attributes:
        title: the user's title, or empty. The stored headline is not used: it
            is the body's first line, which may be a paragraph left out, and
            the body follows anyway. Renderers show the date (or "Untitled").
        mood: a plain label such as "Mood 2 of 5" or "Feeling tender".
        paragraphs: Markdown blocks, in order.
    """

    id: str
    title: str
    date: dt.date
    mood: str | None
    tags: tuple[str, ...]
    prompt: str | None
    follow_ups: tuple[str, ...]
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ExportDocument:
    """Everything that goes into one export file, oldest entry first.

    Attributes:
        include_date: whether renderers show each entry's date (the date is
            always kept on the entry for ordering).
        attachments: the pictures and documents the kept paragraphs refer to,
            each once (``app.export.attachments.gather``).
        summary: the summary page that goes before the entries (a PDF only).
    """

    cover_note: str
    entries: tuple[ExportEntry, ...]
    include_date: bool = True
    attachments: tuple[ExportAttachment, ...] = ()
    summary: Summary | None = None

    @property
    def gathered(self) -> dict[str, ExportAttachment]:
        """The attachments by id."""
        return {attachment.id: attachment for attachment in self.attachments}

    @property
    def pictures(self) -> dict[str, Loader]:
        """What gives each picture's stripped bytes, by id: for the PDF and printing."""
        return {item.id: item.load for item in self.attachments if item.is_picture}
