"""HTML to PDF bytes: the one place Threshold's export touches Qt.

Qt lays the text out and writes the PDF; everything around it is about what
must *not* end up in a file the user hands to someone else, and about nothing
going missing on the way:

* Nothing is loaded (see ``document``): no images, files or URLs. The export's
  own pictures arrive as stripped bytes: most JPEGs go into the PDF as those
  bytes (``jpeg_swap``), anything else is decoded in memory (``pictures``).
* Nothing identifies the app or the person: the file is rewritten with pypdf so
  its Info dictionary holds at most the title the caller chose.
* Nothing touches the disk. The PDF is built in memory and returned as bytes;
  the caller writes it atomically where the user asked.
* Nothing is cut short. Qt's layout silently stops after about 675 pages, so
  the document is laid out in bounded pieces (see ``pages``) and each piece is
  checked to have been laid out whole; otherwise ``ExportIncomplete`` is raised.

An optional password encrypts the PDF with AES-256. The password is only
passed to pypdf: it is never stored, logged or kept.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app.export.complete import ExportIncomplete
from app.export.pieces import split_pieces
from app.pdf_export.geometry import RESOLUTION_DPI
from app.pdf_export.jpeg_swap import place_jpegs, swap_jpegs
from app.pdf_export.pages import PageRun, lay_out, paint
from app.pdf_export.pictures import Loader, Pictures
from app.pdf_export.summary_page import SummaryPages

if TYPE_CHECKING:
    from app.export.summary import Summary

PAGE_SIZES = {
    "a4": QPageSize.PageSizeId.A4,
    "a5": QPageSize.PageSizeId.A5,
    "letter": QPageSize.PageSizeId.Letter,
    "legal": QPageSize.PageSizeId.Legal,
}
"""Page sizes by (case-insensitive) name."""

_gui_app: QGuiApplication | None = None


@dataclass(frozen=True)
class RenderedPdf:
    """A finished PDF and what Qt painted into it, for the check after writing.

    Attributes:
        data: the file's bytes (encrypted if a password was given).
        pages: pages painted.
        breaks: the page (from 0) where each forced page break landed: where
            every entry after the first begins.
        unencrypted: makes the same PDF without encryption, in memory, for
            reading it back (only when the check needs it; never written).
    """

    data: bytes
    pages: int
    breaks: tuple[int, ...]
    unencrypted: Callable[[], bytes] = field(repr=False)

    @property
    def plain(self) -> bytes:
        """The PDF without encryption (``data`` itself when there is no password)."""
        return self.unencrypted()


def html_to_pdf(
    html: str, *, title: str = "", password: str | None = None, page_size: str = "A4"
) -> bytes:
    """Lay ``html`` out on pages and return the PDF file's bytes (see ``render_pdf``)."""
    return render_pdf(html, title=title, password=password, page_size=page_size).data


def render_pdf(
    html: str,
    *,
    title: str = "",
    password: str | None = None,
    page_size: str = "A4",
    pictures: Mapping[str, Loader] | None = None,
    summary: Summary | None = None,
) -> RenderedPdf:
    """Lay ``html`` out on pages and return the PDF with what was painted.

    Args:
        html: the document; a block styled ``page-break-before: always`` starts
            a new page (one entry per page), and ``app.export.pieces.SEAM``
            comments mark where a long document may be laid out in pieces.
            Images and external resources are dropped, never loaded.
        title: the PDF's title metadata (nothing else is recorded); "" for none.
        password: if given, the PDF is encrypted with AES-256 and needs it to open.
        page_size: "A4", "A5", "Letter" or "Legal".
        pictures: for each ``<img src="attachment:ID">`` to draw, by ID, what
            gives its stripped bytes; every other image is dropped.
        summary: a summary page (``app.export.summary``) to paint before the
            entries, as vectors; the entries then start on the page after it.

    Raises:
        ValueError: an unknown page size, or an empty password (which would
            look protected and not be).
        ExportIncomplete: a part of the document could not be laid out whole.
        RuntimeError: a non-GUI Qt application is already running.
    """
    page_id = _page_size_id(page_size)
    if password is not None and not password:
        raise ValueError("an empty password would leave the PDF unprotected")
    _ensure_gui_application()
    drawn = _pictures(pictures, jpegs_as_they_are=True)
    raw, run, jpegs = _render(html, page_id, drawn, summary)
    if jpegs and password is not None:  # pypdf encrypts each stream: the JPEGs go in first
        raw, jpegs = swap_jpegs(raw, jpegs), {}
    data = neutral_pdf(raw, title=title, password=password)
    if jpegs:
        data = _placed(data, raw, jpegs, title)
        del jpegs  # the PDF holds them now
    if password is None:
        return RenderedPdf(data, run.pages, run.breaks, lambda: data)
    return RenderedPdf(
        data, run.pages, run.breaks, lambda: neutral_pdf(raw, title=title, password=None)
    )


def _placed(data: bytes, raw: bytes, jpegs: dict[bytes, bytes | bytearray], title: str) -> bytes:
    """The unencrypted PDF with its JPEGs in place of their stand-ins.

    Replaced in the final bytes; should that file not be laid out as expected,
    they go into Qt's PDF and it is made neutral again (slower, same result).
    """
    placed = place_jpegs(data, jpegs)
    if placed is not None:
        return placed
    return neutral_pdf(swap_jpegs(raw, jpegs), title=title, password=None)


def neutral_pdf(raw: bytes, *, title: str, password: str | None) -> bytes:
    """``app.export.pdf_file.neutral_pdf``, with pypdf loaded only when a PDF is written.

    The Patterns page draws its charts with this package's ``pattern_charts``;
    pypdf (about 70 ms to import) would otherwise load with it.
    """
    from app.export.pdf_file import neutral_pdf as rewrite  # noqa: PLC0415 - see above

    return rewrite(raw, title=title, password=password)


def print_html(
    html: str,
    printer: QPagedPaintDevice,
    pictures: Mapping[str, Loader] | None = None,
    summary: Summary | None = None,
) -> int:
    """Print ``html`` (after ``summary``'s page) as a PDF is laid out; returns the pages printed.

    One long ``QTextDocument`` would stop at Qt's layout limit without a word, as
    the PDF did; printing in pieces goes to the end or fails loudly.

    Raises:
        ExportIncomplete: a part could not be laid out whole, or pages went missing.
    """
    return _lay_out_and_paint(html, printer, _pictures(pictures), summary).pages


def _pictures(
    loaders: Mapping[str, Loader] | None, *, jpegs_as_they_are: bool = False
) -> Pictures | None:
    """The export's pictures; in a PDF, JPEGs may go in as their own bytes (not on paper)."""
    return Pictures(loaders, jpegs_as_they_are=jpegs_as_they_are) if loaders else None


def _page_size_id(name: str) -> QPageSize.PageSizeId:
    """The Qt page size for a name such as "A4" or "letter"."""
    try:
        return PAGE_SIZES[name.strip().lower()]
    except KeyError:
        known = ", ".join(sorted(PAGE_SIZES))
        raise ValueError(f"unknown page size {name!r} (known: {known})") from None


def _ensure_gui_application() -> None:
    """Fonts and text layout need a QGuiApplication; make one (kept alive) if none runs.

    The command line has no window to show, so its application is offscreen unless
    ``QT_QPA_PLATFORM`` says otherwise: with the desktop's platform, a terminal with
    no display (ssh, a console) made Qt abort.
    """
    global _gui_app  # noqa: PLW0603 - one process-wide application, created once
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
    platform = [] if os.environ.get("QT_QPA_PLATFORM") else ["-platform", "offscreen"]
    _gui_app = QGuiApplication(["threshold", *platform])


def _render(
    html: str, page_id: QPageSize.PageSizeId, pictures: Pictures | None, summary: Summary | None
) -> tuple[bytes, PageRun, dict[bytes, bytes | bytearray]]:
    """Qt's PDF of the document, written to memory, and the pages it painted.

    Also the JPEGs Qt drew stand-ins for, by the stand-in's pixels.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    run = _lay_out_and_paint(html, _pdf_writer(buffer, page_id), pictures, summary)
    buffer.close()
    jpegs = pictures.take_stand_ins() if pictures is not None else {}
    return bytes(buffer.data().data()), run, jpegs


def _lay_out_and_paint(
    html: str,
    device: QPagedPaintDevice,
    pictures: Pictures | None = None,
    summary: Summary | None = None,
) -> PageRun:
    """Lay ``html`` out in bounded pieces and paint every page on ``device``, or fail loudly.

    A summary's pages come first; the entries' first page is then a page break
    like any other, so the check after writing finds where they begin.
    """
    head, parts = split_pieces(html)
    placed, run = lay_out(head, parts, device, pictures)
    first = SummaryPages(summary, device) if summary is not None else None
    before = first.pages if first is not None else 0
    painter = QPainter(device)
    try:
        if first is not None:
            first.paint(painter, before + run.pages)
            device.newPage()
        painted = paint(painter, device, head, placed, run, pictures=pictures, before=before)
    finally:
        painter.end()
    if painted != run.pages:
        raise ExportIncomplete(f"{painted} of {run.pages} pages were painted")
    if not before:
        return run
    shifted = tuple(page + before for page in run.breaks)
    return PageRun(before + run.pages, (before, *shifted))


def _pdf_writer(buffer: QBuffer, page_id: QPageSize.PageSizeId) -> QPdfWriter:
    """A full-page PDF writer: margins and footer are placed by hand in device pixels."""
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    layout = QPageLayout(
        QPageSize(page_id), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )
    writer.setPageLayout(layout)
    return writer


__all__: list[str] = ["PAGE_SIZES", "RenderedPdf", "html_to_pdf", "print_html", "render_pdf"]
