"""Page geometry in the PDF writer's device pixels: margins, text block, footer line."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice

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


def mm(writer: QPagedPaintDevice, millimetres: float) -> float:
    """Device pixels for a length in millimetres."""
    return millimetres * writer.logicalDpiY() / 25.4  # the resolution, for a PDF or a printer


def body_rect(writer: QPagedPaintDevice) -> QRectF:
    """The text block of a page: the page less its margins, in device pixels."""
    margin = mm(writer, MARGIN_MM)
    return QRectF(margin, margin, writer.width() - 2 * margin, writer.height() - 2 * margin)


def slice_rect(writer: QPagedPaintDevice) -> QRectF:
    """The text block plus the bleed on every side: one page's slice of a document.

    The document's own margin is the bleed, and Qt repeats it at every page break,
    so text still starts and ends exactly at the page margins.
    """
    bleed = mm(writer, BLEED_MM)
    return body_rect(writer).adjusted(-bleed, -bleed, bleed, bleed)
