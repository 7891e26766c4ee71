"""Lay an export out in bounded pieces and paint them as one run of numbered pages.

Qt's text layout works in fixed-point numbers and silently stops at 2**23 device
pixels (about 675 A4 pages at 1,200 dpi). So the HTML arrives cut at seams
(``app.export.pieces``); a few parts at a time become one document, and a
document that still did not lay out whole is cut again, down to a single part,
which then fails loudly rather than end short. A piece that goes on mid-entry
starts below where the previous one ended, on the same page, so the text reads
as one flow; a piece that starts a new entry starts a new page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QTextDocument

from app.export.complete import TOO_LONG_MESSAGE, ExportIncomplete
from app.pdf_export.document import (
    add_lead_space,
    body_font,
    breaks_before,
    content_end,
    piece_document,
    set_pages,
    take_leading_page_break,
)
from app.pdf_export.geometry import BLEED_MM, FOOTER_GAP_MM, body_rect, mm, slice_rect
from app.pdf_export.pictures import Pictures

LAYOUT_LIMIT = 2**23
"""Where Qt's layout stops, in device pixels; a document must stay well below it."""
SAFE_HEIGHT = LAYOUT_LIMIT // 2
PIECE_CHARS = 100_000
"""HTML characters laid out as one document (about 25 pages of prose)."""
KEEP_CHARS = 1_500_000
"""HTML characters kept laid out between layout and painting (a few hundred MB
of Qt's layout at most); past that, pieces are laid out again to be painted."""
FULL_PAGE_SHARE = 0.9
"""A piece that would begin this far down a page begins on the next one."""
FOOTER_POINT_SIZE = 8.5
FOOTER_COLOUR = "#6b6b6b"


@dataclass
class Placed:
    """One piece: how to build its document again, and the PDF page its first page is on.

    Attributes:
        lead: the space above its text when it goes on mid-page (height, bottom
            margin above), as it was laid out.
        document: the laid-out document, or None once let go to save memory
            (``paint`` then lays it out again, the same way).
    """

    parts: Sequence[str]
    lead: tuple[float, float] | None
    first_page: int
    pages: int
    document: QTextDocument | None


@dataclass(frozen=True)
class PageRun:
    """What was painted: the page count and where each new-page start landed.

    Attributes:
        pages: pages in the PDF.
        breaks: the page (from 0) of each forced page break, in order: where
            every entry after the first begins.
    """

    pages: int
    breaks: tuple[int, ...]


class _Layout:
    """Lays pieces out one after another, remembering where the text ended."""

    def __init__(self, head: str, writer: QPagedPaintDevice, pictures: Pictures | None) -> None:
        self.head = head
        self.writer = writer
        self.pictures = pictures
        self.height = slice_rect(writer).height()
        self.placed: list[Placed] = []
        self.breaks: list[int] = []
        self.end = 0.0  # where the last piece's text ended on its last page
        self.bottom_margin = 0.0
        self.kept = 0  # characters of the documents kept laid out for painting

    @property
    def pages(self) -> int:
        last = self.placed[-1] if self.placed else None
        return last.first_page + last.pages if last else 0

    def add(self, parts: Sequence[str]) -> None:
        """Lay ``parts`` out as one document, or in halves if that overflows."""
        room = bool(self.placed) and self.end < self.height * FULL_PAGE_SHARE
        lead = (self.end - mm(self.writer, BLEED_MM), self.bottom_margin) if room else None
        document, new_page = build(self.head, parts, self.writer, lead, self.pictures)
        pages = max(1, document.pageCount())
        if not laid_out_whole(document):
            if len(parts) == 1:
                raise ExportIncomplete("one part of an entry is too long", TOO_LONG_MESSAGE)
            middle = len(parts) // 2
            self.add(parts[:middle])
            self.add(parts[middle:])
            return
        continues = lead is not None and not new_page
        first = self.pages - 1 if continues else self.pages
        if new_page and self.placed:
            self.breaks.append(first)
        self.breaks += [first + page for page in _inner_breaks(document, self.height)]
        end, self.bottom_margin = content_end(document)
        self.end = end - (pages - 1) * self.height
        self.kept += sum(map(len, parts))
        kept = document if self.kept <= KEEP_CHARS else None
        self.placed.append(Placed(parts, lead, first, pages, kept))


def build(
    head: str,
    parts: Sequence[str],
    writer: QPagedPaintDevice,
    lead: tuple[float, float] | None,
    pictures: Pictures | None = None,
) -> tuple[QTextDocument, bool]:
    """The document for ``parts``, ready to lay out; and whether it starts a new page.

    ``lead`` (height, bottom margin) puts its text below the previous piece's,
    unless it starts a new page anyway.
    """
    document = piece_document(head + "".join(parts), writer, pictures)
    new_page = take_leading_page_break(document)
    if lead is not None and not new_page:
        add_lead_space(document, *lead)
    set_pages(document, writer)
    return document, new_page


def lay_out(
    head: str, parts: Sequence[str], writer: QPagedPaintDevice, pictures: Pictures | None = None
) -> tuple[list[Placed], PageRun]:
    """Every part laid out, in bounded documents, and the pages they will fill."""
    layout = _Layout(head, writer, pictures)
    for group in _groups(parts):
        layout.add(group)
    return layout.placed, PageRun(max(1, layout.pages), tuple(layout.breaks))


def laid_out_whole(document: QTextDocument) -> bool:
    """Whether Qt laid out every block: past its limit, blocks get an empty rectangle."""
    layout = document.documentLayout()
    if layout.documentSize().height() >= SAFE_HEIGHT:
        return False
    last = document.lastBlock()
    return last.layout().lineCount() > 0 and layout.blockBoundingRect(last).bottom() > 0


def paint(
    painter: QPainter,
    writer: QPagedPaintDevice,
    head: str,
    placed: list[Placed],
    run: PageRun,
    *,
    pictures: Pictures | None = None,
    before: int = 0,
) -> int:
    """Draw each document's page slices on their PDF pages, then the page numbers.

    Returns how many pages were painted. Documents are let go once drawn; one
    let go earlier is laid out again, and must fill the same pages. ``before``
    pages (a summary) came first: the numbers count them.
    """
    page = slice_rect(writer)
    current = 0
    total = before + run.pages
    while placed:
        item = placed.pop(0)
        document = item.document or _again(head, item, writer, pictures)
        for index in range(item.pages):
            if item.first_page + index != current:
                paint_footer(painter, writer, f"{before + current + 1} / {total}")
                writer.newPage()
                current += 1
            _paint_slice(painter, document, page, index * page.height())
    paint_footer(painter, writer, f"{before + current + 1} / {total}")
    return current + 1


def _again(
    head: str, item: Placed, writer: QPagedPaintDevice, pictures: Pictures | None
) -> QTextDocument:
    """A piece let go after layout, laid out again exactly as before."""
    document, _ = build(head, item.parts, writer, item.lead, pictures)
    if document.pageCount() != item.pages or not laid_out_whole(document):
        raise ExportIncomplete("a piece laid out differently the second time")
    return document


def _paint_slice(painter: QPainter, document: QTextDocument, page: QRectF, top: float) -> None:
    """One page's slice of ``document``, clipped to the slice.

    Qt also draws the last line of the page before when its spacing reaches into
    this slice: clipped out of sight, but text extraction (``pdftotext``) finds
    that line twice. The check after writing counts letters at least once, so
    it is not misled; the tests read pages below the top margin.
    """
    painter.save()
    painter.translate(page.left(), page.top() - top)
    document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
    painter.restore()


def _groups(parts: Sequence[str]) -> Iterator[list[str]]:
    """Consecutive parts of at most ``PIECE_CHARS`` characters together (one at least)."""
    group: list[str] = []
    size = 0
    for part in parts:
        if group and size + len(part) > PIECE_CHARS:
            yield group
            group, size = [], 0
        group.append(part)
        size += len(part)
    if group:
        yield group


def _inner_breaks(document: QTextDocument, height: float) -> Iterator[int]:
    """The page of each top-level block or table that asks for a page break before it."""
    layout = document.documentLayout()
    frame_iterator = document.rootFrame().begin()
    while not frame_iterator.atEnd():
        frame = frame_iterator.currentFrame()
        if frame is not None and breaks_before(frame.frameFormat()):
            yield int(layout.frameBoundingRect(frame).top() // height)
        block = frame_iterator.currentBlock()
        if block.isValid() and breaks_before(block.blockFormat()):
            yield int(layout.blockBoundingRect(block).top() // height)
        frame_iterator += 1


def paint_footer(painter: QPainter, writer: QPagedPaintDevice, label: str) -> None:
    """The page number, small and grey, centred under the text block."""
    font = body_font()
    font.setPointSizeF(FOOTER_POINT_SIZE)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(FOOTER_COLOUR))
    body = body_rect(writer)
    baseline = body.bottom() + mm(writer, FOOTER_GAP_MM)
    width = painter.fontMetrics().horizontalAdvance(label)
    painter.drawText(QPointF(body.center().x() - width / 2, baseline), label)
    painter.restore()
