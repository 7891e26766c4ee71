"""Is the written export whole? Read it back and compare it with what was chosen.

Every format is rendered in sections, one per entry (and one for a cover note),
and the file read back from disk must hold every section, in order:

* Markdown, HTML and text: each section's exact text, one after another.
* HTML, besides: the page stands alone (``check_self_contained``): no tag
  points anywhere, and the only sources are ``data:image/…;base64,`` URIs of
  the picture kinds Threshold keeps.
* PDF: as many pages as Qt painted (pypdf counts them), a summary's pages (if
  any) first, every entry starting on the page where Qt broke the page, and, when poppler's
  ``pdftotext`` is installed, every letter of each entry on that entry's pages.
  Letters are compared as counts, not in order: right-to-left lines come out in
  visual order, and words wrap. Only scripts whose letters map one to one onto
  glyphs are counted (Latin, Greek, Cyrillic, Armenian); other scripts rely on
  Qt's own check that every block was laid out (``app.pdf_export``). A summary
  page's words must be on the pages before the first entry.

A failed check raises ``ExportIncomplete``; the writer then keeps no file.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Protocol

from app.errors import KnownError
from app.export.model import ExportFormat
from app.words import QT_TR_NOOP

INCOMPLETE_MESSAGE = QT_TR_NOOP(
    "Threshold couldn't finish this export: the file came out shorter than what you "
    "chose, so it wasn't kept. Your entries are safe in the journal. You can try "
    "again, or export fewer entries at a time."
)
TOO_LONG_MESSAGE = QT_TR_NOOP(
    "Threshold couldn't make this PDF: part of an entry is too long to lay out on pages, "
    "so no file was kept. Your entries are safe in the journal. You can export it as "
    "Markdown, HTML or text instead."
)
_TAG = re.compile(r"<[^>]*>")


class ExportIncomplete(KnownError):
    """An export that would have held less than was chosen; nothing was kept.

    Attributes:
        detail: what was missing, in counts only (never content), for tests and logs.
    """

    def __init__(self, detail: str, message: str = INCOMPLETE_MESSAGE) -> None:
        super().__init__(message)
        self.detail = detail


class PdfFacts(Protocol):
    """What the PDF renderer reports (``app.pdf_export.RenderedPdf``)."""

    @property
    def plain(self) -> bytes: ...  # noqa: D102 - the unencrypted PDF, in memory only

    @property
    def pages(self) -> int: ...  # noqa: D102

    @property
    def breaks(self) -> tuple[int, ...]: ...  # noqa: D102


@dataclass(frozen=True)
class Rendered:
    """An export rendered in memory, and the sections the file must hold.

    Attributes:
        sections: the cover note's section (if ``has_cover``), then one per entry,
            in the format's own text (HTML for a PDF).
        pdf: what Qt painted, for a PDF.
        password: the PDF's password, to read it back; kept only for the check.
        summary: the words of the summary pages before the entries ("" for none).
    """

    fmt: ExportFormat
    data: bytes
    sections: tuple[str, ...]
    has_cover: bool
    pdf: PdfFacts | None = None
    password: str | None = None
    summary: str = ""

    @property
    def entries(self) -> int:
        """How many entries were chosen."""
        return len(self.sections) - int(self.has_cover)


def check_export(read_back: bytes, rendered: Rendered) -> None:
    """Raise ``ExportIncomplete`` unless ``read_back`` holds every chosen entry whole."""
    if rendered.pdf is not None:
        _check_pdf(read_back, rendered, rendered.pdf)
    else:
        _check_text(read_back, rendered)


def _check_text(read_back: bytes, rendered: Rendered) -> None:
    """Each section's exact text, in order; an HTML page must also stand alone."""
    try:
        text = read_back.decode("utf-8")
    except UnicodeDecodeError:
        raise ExportIncomplete(detail="the file is not the UTF-8 text that was written") from None
    if rendered.fmt is ExportFormat.HTML:
        check_self_contained(text)
    position = 0
    for index, section in enumerate(rendered.sections):
        found = text.find(section.rstrip(), position)
        if found < 0:
            raise ExportIncomplete(detail=_missing(index, rendered))
        position = found + len(section.rstrip())


def _check_pdf(read_back: bytes, rendered: Rendered, pdf: PdfFacts) -> None:
    """Pages, entry starts and (with pdftotext) every counted letter of each entry."""
    # pypdf costs ~50 ms to import: only a PDF export pays it, not every command.
    from app.export.pdf_file import page_count, pdf_pages_text  # noqa: PLC0415

    pages = page_count(read_back, rendered.password)
    if pages != pdf.pages:
        raise ExportIncomplete(detail=f"the PDF has {pages} pages; {pdf.pages} were painted")
    starts = (0, *pdf.breaks)
    lead = 1 if rendered.summary else 0  # the summary's pages come first
    if len(starts) != rendered.entries + lead or list(starts) != sorted(set(starts)):
        raise ExportIncomplete(
            detail=f"{len(starts) - lead} of {rendered.entries} entries start a page"
        )
    try:
        texts = pdf_pages_text(pdf.plain)
    except ValueError as error:
        raise ExportIncomplete(detail=str(error)) from None
    if texts is None:
        return
    if len(texts) != pdf.pages:
        raise ExportIncomplete(detail=f"pdftotext read {len(texts)} of {pdf.pages} pages")
    if lead and letters(rendered.summary) - letters("".join(texts[: starts[1]])):
        raise ExportIncomplete(detail="the summary page is incomplete")
    starts = starts[lead:]
    for index, wanted in enumerate(_entry_letters(rendered)):
        end = starts[index + 1] if index + 1 < len(starts) else len(texts)
        missing = wanted - letters("".join(texts[starts[index] : end]))
        if missing:
            raise ExportIncomplete(
                detail=f"{_missing(index + int(rendered.has_cover), rendered)}: "
                f"{sum(missing.values())} letters"
            )


def _entry_letters(rendered: Rendered) -> list[Counter[str]]:
    """The letters each entry's pages must hold (the cover note shares the first)."""
    counts = [letters(html.unescape(_TAG.sub(" ", section))) for section in rendered.sections]
    if rendered.has_cover and len(counts) > 1:
        cover = counts.pop(0)
        counts[0] += cover
    return counts


def letters(text: str) -> Counter[str]:
    """How often each counted letter occurs, case and compatibility forms folded."""
    counts = Counter(unicodedata.normalize("NFKC", text).casefold())
    return Counter({char: n for char, n in counts.items() if _counted(char)})


def _counted(char: str) -> bool:
    """A letter of a script whose glyphs map back to exactly these letters."""
    code = ord(char)
    return (code < 0x0590 or 0x1E00 <= code < 0x2000) and char.isalpha()


def _missing(index: int, rendered: Rendered) -> str:
    entries = rendered.entries
    if rendered.has_cover and index == 0:
        return f"the cover note is incomplete ({entries} entries chosen)"
    return f"entry {index + 1 - int(rendered.has_cover)} of {entries} is incomplete"


def check_self_contained(page: str) -> None:
    """Raise ``ExportIncomplete`` if any tag of ``page`` could fetch or read something.

    Only ``<img src>`` may hold an address, and only a ``data:`` URI of a kept
    picture kind (the stripped picture itself). Run on the file as read back.
    """
    finder = _AddressFinder()
    finder.feed(page)
    finder.close()
    if finder.found:
        raise ExportIncomplete(detail=f"the page refers outside itself ({finder.found} times)")


_ADDRESS_ATTRIBUTES = frozenset(
    {"src", "href", "srcset", "data", "action", "poster", "background", "formaction", "xlink:href"}
)
_INLINE_SOURCE = re.compile(r"data:image/(?:png|jpeg|webp|gif|bmp);base64,[A-Za-z0-9+/]*={0,2}")


class _AddressFinder(HTMLParser):
    """Counts attributes that hold an address other than an inline picture."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "style" and value and "url(" in value.lower():
                self.found += 1
            if name not in _ADDRESS_ATTRIBUTES:
                continue
            inline = tag == "img" and name == "src" and _INLINE_SOURCE.fullmatch(value or "")
            self.found += 0 if inline else 1
