"""HTML to PDF bytes: the one place Threshold's export touches Qt.

Qt lays the text out and writes the PDF; everything around it is about what
must *not* end up in a file the user hands to someone else:

* Nothing is loaded. Qt would read local files named in ``<img src>`` (and
  ``file://`` or ``data:`` URLs) straight into the PDF, so the document refuses
  every resource, a stand-in image handler draws nothing, and any image that
  still reached the document is removed before layout.
* Nothing identifies the app or the person. Qt records its name, a date and an
  XMP packet; the file is rewritten with pypdf so its Info dictionary holds at
  most the title the caller chose.
* Nothing touches the disk. The PDF is built in memory and returned as bytes;
  the caller writes it atomically where the user asked.

An optional password encrypts the PDF with AES-256. The password is only
passed to pypdf: it is never stored, logged or kept.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Iterator

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextFrameFormat,
)

PAGE_SIZES = {
    "a4": QPageSize.PageSizeId.A4,
    "a5": QPageSize.PageSizeId.A5,
    "letter": QPageSize.PageSizeId.Letter,
    "legal": QPageSize.PageSizeId.Legal,
}
"""Page sizes by (case-insensitive) name."""

RESOLUTION_DPI = 1200
"""Qt's own PDF default: layout at this resolution keeps glyph positions exact."""

MARGIN_MM = 20.0
FOOTER_GAP_MM = 9.0
"""How far below the text block the page number's baseline sits."""
BLEED_MM = 3.0
"""Room inside each page slice, above and below the text, for accents that rise
above a line's ascent: without it they are clipped off or drawn on the page before."""
CSS_DPI = 96
"""Qt scales document lengths (margins included) from CSS pixels to the device."""

BODY_FAMILIES = ["Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia", "Times New Roman"]
BODY_POINT_SIZE = 11.0
LIGATURE_FEATURES = ("liga", "clig", "dlig")
FOOTER_POINT_SIZE = 8.5
FOOTER_COLOUR = "#6b6b6b"

STYLE_SHEET = """
p, li, dd, dt, blockquote { line-height: 140%; }
h1 { font-size: 17pt; font-weight: 600; margin-top: 0px; margin-bottom: 12px; }
h2 { font-size: 14pt; font-weight: 600; margin-top: 18px; margin-bottom: 10px; }
h3, h4, h5, h6 { font-size: 12pt; font-weight: 600; margin-top: 16px; margin-bottom: 8px; }
p { margin-top: 0px; margin-bottom: 10px; }
ul, ol, dl { margin-top: 0px; margin-bottom: 10px; }
blockquote { color: #3c3c3c; margin-right: 0px; }
pre { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 9pt;
      white-space: pre-wrap; }
code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 9.5pt; }
table { border-collapse: collapse; margin-bottom: 10px; }
th, td { border: 1px solid #9a9a9a; padding: 4px; }
th { font-weight: 600; text-align: left; }
a { color: #1f4e5a; }
"""
"""Calm print typography; Qt's own defaults (a huge h1, borderless tables) read badly.

Lengths are CSS pixels (1/96 inch, scaled to the PDF's resolution): Qt's rich
text ignores ``pt`` in margins and borders; it honours it only for font sizes.
"""
QUOTE_INDENT_MM = 7.0
"""A quote's left indent. Qt scales vertical block margins to the device but uses
left and right margins as device pixels, so this one is given in device pixels."""

_BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_gui_app: QGuiApplication | None = None


class _NoResourcesDocument(QTextDocument):
    """A text document that never fetches anything: no images, files, styles or network."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        """Refuse every resource with an empty, non-null answer.

        Returning nothing at all would let QTextDocument read local files and
        ``data:`` URLs itself.
        """
        return QByteArray()


def html_to_pdf(
    html: str, *, title: str = "", password: str | None = None, page_size: str = "A4"
) -> bytes:
    """Lay ``html`` out on pages and return the PDF file's bytes.

    Args:
        html: the document; a block styled ``page-break-before: always`` starts
            a new page (one entry per page). Images and external resources are
            dropped, never loaded.
        title: the PDF's title metadata (nothing else is recorded); "" for none.
        password: if given, the PDF is encrypted with AES-256 and needs it to open.
        page_size: "A4", "A5", "Letter" or "Legal".

    Raises:
        ValueError: an unknown page size, or an empty password (which would
            look protected and not be).
        RuntimeError: a non-GUI Qt application is already running.
    """
    page_id = _page_size_id(page_size)
    if password is not None and not password:
        raise ValueError("an empty password would leave the PDF unprotected")
    _ensure_gui_application()
    raw = _render_pdf(html, page_id)
    return _neutral_pdf(raw, title=title, password=password)


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


def _render_pdf(html: str, page_id: QPageSize.PageSizeId) -> bytes:
    """Qt's PDF of the laid-out document, written to memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, page_id)
    document = _document(html, writer)
    painter = QPainter(writer)
    try:
        _paint_pages(painter, writer, document)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _pdf_writer(buffer: QBuffer, page_id: QPageSize.PageSizeId) -> QPdfWriter:
    """A full-page PDF writer: margins and footer are placed by hand in device pixels."""
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    layout = QPageLayout(
        QPageSize(page_id), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    )
    writer.setPageLayout(layout)
    return writer


def _document(html: str, writer: QPdfWriter) -> QTextDocument:
    """The HTML laid out for the writer's pages, with every image refused."""
    document = _NoResourcesDocument()
    layout = document.documentLayout()
    # Qt's image handler reads ``<img src>`` files itself when loadResource gives
    # nothing; with no handler, an image takes no space and loads nothing.
    layout.unregisterHandler(QTextFormat.ObjectTypes.ImageObject.value)
    layout.setPaintDevice(writer)
    document.setDocumentMargin(BLEED_MM * CSS_DPI / 25.4)
    document.setDefaultFont(_body_font())
    document.setDefaultStyleSheet(_style_sheet(writer))
    document.setHtml(html)
    _remove_images(document)
    _drop_leading_page_break(document)
    document.setPageSize(_slice_rect(writer).size())
    return document


def _style_sheet(writer: QPdfWriter) -> str:
    """The print style sheet plus the quote indent, in the writer's device pixels."""
    indent = round(_mm(writer, QUOTE_INDENT_MM))
    return f"{STYLE_SHEET}blockquote {{ margin-left: {indent}px; }}\n"


def _body_font() -> QFont:
    """A readable serif; Qt falls back per character for scripts it lacks.

    Ligatures are off: Qt maps an "fi" glyph to the single character U+FB01,
    so copying, searching or reading the PDF aloud would miss "first".
    """
    font = QFont()
    font.setFamilies(BODY_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BODY_POINT_SIZE)
    for feature in LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font


def _remove_images(document: QTextDocument) -> None:
    """Delete image characters, so not even an empty placeholder reaches the page."""
    spans = [
        (fragment.position(), fragment.length())
        for fragment in _fragments(document)
        if fragment.charFormat().isImageFormat()
    ]
    cursor = QTextCursor(document)
    for position, length in reversed(spans):
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def _drop_leading_page_break(document: QTextDocument) -> None:
    """Ignore a page break before the first text, as browsers do: no blank first page.

    An exporter that styles every entry ``page-break-before: always`` should not
    have to treat the first one differently.
    """
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        block_format = block.blockFormat()
        if _breaks_before(block_format):
            block_format.setPageBreakPolicy(_without_break_before(block_format))
            cursor.setBlockFormat(block_format)
        table = cursor.currentTable()
        if table is not None and _breaks_before(table.format()):
            table_format = table.format()
            table_format.setPageBreakPolicy(_without_break_before(table_format))
            table.setFormat(table_format)
        if block.length() > 1:  # the first block with text (length counts its end)
            return
        block = block.next()


def _breaks_before(text_format: QTextBlockFormat | QTextFrameFormat) -> bool:
    """Whether a block or table format asks for a page break before it."""
    return bool(text_format.pageBreakPolicy() & _BREAK_BEFORE)


def _without_break_before(
    text_format: QTextBlockFormat | QTextFrameFormat,
) -> QTextFormat.PageBreakFlag:
    """A format's page-break policy less "always before"."""
    return text_format.pageBreakPolicy() & ~_BREAK_BEFORE


def _fragments(document: QTextDocument) -> Iterator[QTextFragment]:
    """Every text fragment of the document, including those inside tables and frames."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def _mm(writer: QPdfWriter, millimetres: float) -> float:
    """Device pixels for a length in millimetres."""
    return millimetres * writer.resolution() / 25.4


def _body_rect(writer: QPdfWriter) -> QRectF:
    """The text block of a page: the page less its margins, in device pixels."""
    margin = _mm(writer, MARGIN_MM)
    return QRectF(margin, margin, writer.width() - 2 * margin, writer.height() - 2 * margin)


def _slice_rect(writer: QPdfWriter) -> QRectF:
    """The text block plus the bleed on every side: one page's slice of the document.

    The document's own margin is the bleed, and Qt repeats it at every page break,
    so text still starts and ends exactly at the page margins.
    """
    bleed = _mm(writer, BLEED_MM)
    return _body_rect(writer).adjusted(-bleed, -bleed, bleed, bleed)


def _paint_pages(painter: QPainter, writer: QPdfWriter, document: QTextDocument) -> None:
    """Draw each page's slice of the document, then its page number."""
    page = _slice_rect(writer)
    pages = max(1, document.pageCount())
    for index in range(pages):
        if index:
            writer.newPage()
        top = index * page.height()
        painter.save()
        painter.translate(page.left(), page.top() - top)
        document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
        painter.restore()
        _paint_footer(painter, writer, f"{index + 1} / {pages}")


def _paint_footer(painter: QPainter, writer: QPdfWriter, label: str) -> None:
    """The page number, small and grey, centred under the text block."""
    font = _body_font()
    font.setPointSizeF(FOOTER_POINT_SIZE)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(FOOTER_COLOUR))
    body = _body_rect(writer)
    baseline = body.bottom() + _mm(writer, FOOTER_GAP_MM)
    width = painter.fontMetrics().horizontalAdvance(label)
    painter.drawText(QPointF(body.center().x() - width / 2, baseline), label)
    painter.restore()


def _neutral_pdf(raw: bytes, *, title: str, password: str | None) -> bytes:
    """Qt's PDF rewritten with only the chosen title as metadata, encrypted if asked.

    Copying the pages into a fresh file leaves Qt's Info dictionary (producer,
    date) and its XMP packet behind; pypdf's own producer entry is dropped too.
    """
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(raw)).pages:
        writer.add_page(page)
    writer.metadata = None
    if title:
        writer.add_metadata({"/Title": title})
    if password is not None:
        writer.encrypt(
            user_password=password,
            owner_password=secrets.token_urlsafe(32),
            algorithm="AES-256",
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__: list[str] = ["PAGE_SIZES", "html_to_pdf"]
