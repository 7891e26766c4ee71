"""One laid-out piece of a PDF: a ``QTextDocument`` that loads nothing itself.

Qt would read local files named in ``<img src>`` (and ``file://`` or ``data:``
URLs) straight into the PDF, so the document refuses every resource, Qt's image
handler is removed, and any image that still reached the document is deleted
before layout, except ``attachment:ID`` of a picture the export carries, which
``app.pdf_export.pictures.PictureHandler`` draws from the stripped bytes in
memory. Typography for paper lives here too: Qt's own defaults (a huge
h1, borderless tables) read badly.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextFrameFormat,
)

from app.pdf_export.geometry import BLEED_MM, CSS_DPI, body_rect, mm, slice_rect
from app.pdf_export.pictures import PictureHandler, Pictures

BODY_FAMILIES = ["Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia", "Times New Roman"]
BODY_POINT_SIZE = 11.0
LIGATURE_FEATURES = ("liga", "clig", "dlig")

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
"""Calm print typography.

Lengths are CSS pixels (1/96 inch, scaled to the PDF's resolution): Qt's rich
text ignores ``pt`` in margins and borders; it honours it only for font sizes.
"""
QUOTE_INDENT_MM = 7.0
"""A quote's left indent. Qt scales vertical block margins to the device but uses
left and right margins as device pixels, so this one is given in device pixels."""

_BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_FIXED_HEIGHT = 2  # QTextBlockFormat.LineHeightTypes.FixedHeight
_PROPORTIONAL_HEIGHT = 1  # QTextBlockFormat.LineHeightTypes.ProportionalHeight


class _NoResourcesDocument(QTextDocument):
    """A text document that never fetches anything: no images, files, styles or network."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        """Refuse every resource with an empty, non-null answer.

        Returning nothing at all would let QTextDocument read local files and
        ``data:`` URLs itself.
        """
        return QByteArray()


def piece_document(
    html: str, writer: QPagedPaintDevice, pictures: Pictures | None = None
) -> QTextDocument:
    """The HTML as a document for the writer (no pages yet), every image refused.

    Only ``pictures`` are kept: they are drawn from memory.
    """
    document = _NoResourcesDocument()
    layout = document.documentLayout()
    # Qt's image handler reads ``<img src>`` files itself when loadResource gives
    # nothing; with no handler, an image takes no space and loads nothing.
    layout.unregisterHandler(QTextFormat.ObjectTypes.ImageObject.value)
    layout.setPaintDevice(writer)
    document.setDocumentMargin(BLEED_MM * CSS_DPI / 25.4)
    document.setDefaultFont(body_font())
    document.setDefaultStyleSheet(_style_sheet(writer))
    document.setHtml(html)
    _remove_images(document, pictures)
    if pictures is not None:
        room = body_rect(writer).size()
        handler = PictureHandler(pictures, room, writer.logicalDpiY(), document)
        layout.registerHandler(QTextFormat.ObjectTypes.ImageObject.value, handler)
    return document


def set_pages(document: QTextDocument, writer: QPagedPaintDevice) -> None:
    """Give the document the writer's page slices: the last step before layout.

    Changing the text after this left whole pages of a layout blank (Qt 6.11):
    every edit (images, page breaks, lead space) comes first.
    """
    document.setPageSize(slice_rect(writer).size())


def _style_sheet(writer: QPagedPaintDevice) -> str:
    """The print style sheet plus the quote indent, in the writer's device pixels."""
    indent = round(mm(writer, QUOTE_INDENT_MM))
    return f"{STYLE_SHEET}blockquote {{ margin-left: {indent}px; }}\n"


def body_font() -> QFont:
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


def _remove_images(document: QTextDocument, pictures: Pictures | None) -> None:
    """Delete image characters but the export's pictures: not even a placeholder stays."""
    spans = [
        (fragment.position(), fragment.length())
        for fragment in _fragments(document)
        if fragment.charFormat().isImageFormat()
        and not (pictures and pictures.known(fragment.charFormat().toImageFormat().name()))
    ]
    cursor = QTextCursor(document)
    for position, length in reversed(spans):
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def take_leading_page_break(document: QTextDocument) -> bool:
    """Remove a page break before the first text; say whether there was one.

    The caller starts a new page itself (or, for the very first piece, ignores
    it as browsers do), so Qt never lays out an empty first page.
    """
    found = False
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        block_format = block.blockFormat()
        if breaks_before(block_format):
            block_format.setPageBreakPolicy(_without_break_before(block_format))
            cursor.setBlockFormat(block_format)
            found = True
        table = cursor.currentTable()
        if table is not None and breaks_before(table.format()):
            table_format = table.format()
            table_format.setPageBreakPolicy(_without_break_before(table_format))
            table.setFormat(table_format)
            found = True
        if block.length() > 1:  # the first block with text (length counts its end)
            return found
        block = block.next()
    return found


def add_lead_space(document: QTextDocument, height: float, bottom_margin: float) -> None:
    """Start the text ``height`` device pixels lower: a piece continuing mid-page.

    An empty block of fixed height goes first; its bottom margin (the previous
    piece's last) collapses with the next block's top margin, as it would have
    if both pieces had been one document.
    """
    scale = document.documentLayout().paintDevice().logicalDpiY() / CSS_DPI
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertBlock()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    spacer = QTextBlockFormat()
    spacer.setLineHeight(max(0.0, height) / scale, _FIXED_HEIGHT)
    spacer.setBottomMargin(bottom_margin)
    cursor.setBlockFormat(spacer)


def content_end(document: QTextDocument) -> tuple[float, float]:
    """Where the text ends (device pixels from the top) and the last block's bottom margin.

    The next piece continues below it.
    """
    block = document.lastBlock()
    rect = document.documentLayout().blockBoundingRect(block)
    block_format = block.blockFormat()
    if block.length() <= 1 and block.previous().isValid():  # the empty block after a table
        return rect.top(), block_format.bottomMargin()
    end = rect.bottom()
    lines = block.layout().lineCount()
    if block_format.lineHeightType() == _PROPORTIONAL_HEIGHT and lines:
        extra = block_format.lineHeight() / 100 - 1
        end += max(0.0, extra) * block.layout().lineAt(lines - 1).height()
    return end, block_format.bottomMargin()


def breaks_before(text_format: QTextBlockFormat | QTextFrameFormat) -> bool:
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
