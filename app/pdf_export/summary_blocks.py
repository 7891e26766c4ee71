"""Blocks laid out down a page, side by side, and a text table: the summary page's pieces.

Each block knows its height (measured on the writer, for the width it was given)
and how to paint itself in a rectangle; ``flow`` puts blocks one below another
and on the next page when one does not fit. Only a table splits between pages
(by rows, its header again); everything else keeps together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from app.export.summary import Table
from app.pdf_export.document import body_font
from app.pdf_export.pattern_charts import ChartInk

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
ROW_LINES = 1.3
"""A table row's height, in lines of its font."""

Paint = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class Block:
    """Something laid out down the page: its height, how to paint it, and where it may split.

    Attributes:
        after: the space below it.
        split: for a table, the part that fits a given height and the rest, or None.
        width: how wide it was measured, when narrower than the page (a column).
    """

    height: float
    paint: Paint
    after: float = 0.0
    split: Callable[[float], tuple[Block, Block] | None] | None = None
    width: float | None = None


@dataclass(frozen=True)
class Placed:
    """A block on a page, at its place."""

    page: int
    rect: QRectF
    paint: Paint


def flow(blocks: Sequence[Block], body: QRectF) -> list[Placed]:
    """Each block below the one before; on the next page when it does not fit.

    A block that can split (a table) fills the rest of the page and goes on over
    the next; a block taller than a whole page that cannot is drawn from the top.
    """
    placed: list[Placed] = []
    page, y = 0, body.top()
    pending = list(blocks)
    while pending:
        block = pending.pop(0)
        room = body.bottom() - y
        if block.height > room:
            parts = block.split(room) if block.split is not None else None
            if parts is not None:
                first, rest = parts
                placed.append(Placed(page, _row_rect(body, y, first.height), first.paint))
                pending.insert(0, rest)
                page, y = page + 1, body.top()
                continue
            if y > body.top():
                page, y = page + 1, body.top()
        placed.append(Placed(page, _row_rect(body, y, block.height), block.paint))
        y += block.height + block.after
    return placed


def _row_rect(body: QRectF, top: float, height: float) -> QRectF:
    return QRectF(body.left(), top, body.width(), height)


def beside(blocks: Sequence[Block], gap: float) -> Block:
    """Blocks side by side, each as wide as it was measured, kept together."""
    height = max(block.height for block in blocks)

    def paint(painter: QPainter, rect: QRectF) -> None:
        left = rect.left()
        for block in blocks:
            width = block.width or rect.width()
            painter.save()
            block.paint(painter, QRectF(left, rect.top(), width, block.height))
            painter.restore()
            left += width + gap

    return Block(height, paint, max(block.after for block in blocks), width=None)


def stack(blocks: Sequence[Block]) -> Block:
    """Blocks kept together on one page, one under another."""
    height = sum(block.height + block.after for block in blocks[:-1]) + blocks[-1].height

    def paint(painter: QPainter, rect: QRectF) -> None:
        top = rect.top()
        for block in blocks:
            painter.save()
            block.paint(painter, QRectF(rect.left(), top, rect.width(), block.height))
            painter.restore()
            top += block.height + block.after

    widths = [block.width for block in blocks if block.width is not None]
    return Block(height, paint, blocks[-1].after, width=max(widths) if widths else None)


def font(points: float, *, bold: bool = False) -> QFont:
    """The body's serif at ``points``."""
    face = body_font()
    face.setPointSizeF(points)
    return _bold(face) if bold else face


def _bold(face: QFont) -> QFont:
    heavier = QFont(face)
    heavier.setWeight(QFont.Weight.DemiBold)
    return heavier


LEAST_GAP = 0.8
"""The least room between two columns, in lines: less and Spanish headers run together."""


class TableBlock:
    """A text table's measures: column widths from its widest cells, numbers to the right."""

    def __init__(
        self, table: Table, face: QFont, writer: QPagedPaintDevice, ink: ChartInk, width: float
    ) -> None:
        self.table, self.face, self.ink = table, face, ink
        metrics = QFontMetricsF(face, writer)
        bold = QFontMetricsF(_bold(face), writer)
        self.row = metrics.height() * ROW_LINES
        cells = [table.header, *table.rows]
        self.widths = [
            max(
                bold.horizontalAdvance(table.header[index]),
                *(metrics.horizontalAdvance(row[index]) for row in cells[1:]),
            )
            for index in range(len(table.header))
        ]
        spare = width - sum(self.widths)
        self.gap = min(max(spare / max(len(self.widths) - 1, 1), 0.0), metrics.height() * 2.5)
        self.width = width
        self.least = sum(self.widths) + metrics.height() * LEAST_GAP * (len(self.widths) - 1)
        """The narrowest it reads in: its widest cells with a small gap between columns."""

    def block(self, after: float, rows: tuple[tuple[str, ...], ...] | None = None) -> Block:
        """The table (or ``rows`` of it) as a block that splits between rows."""
        shown = self.table.rows if rows is None else rows
        height = self.row * (len(shown) + 1) + self.row * 0.3

        def split(room: float) -> tuple[Block, Block] | None:
            fits = int((room - self.row * 1.3) // self.row)
            if fits < 1 or fits >= len(shown):
                return None
            return self.block(0.0, shown[:fits]), self.block(after, shown[fits:])

        return Block(height, lambda p, r: self.paint(p, r, shown), after, split, self.width)

    def paint(self, painter: QPainter, rect: QRectF, rows: Sequence[tuple[str, ...]]) -> None:
        """The header in a heavier face over a faint rule, then ``rows``."""
        metrics = QFontMetricsF(self.face, painter.device())
        baseline = (self.row + metrics.ascent() - metrics.descent()) / 2
        painter.setFont(_bold(self.face))
        painter.setPen(self.ink.muted)
        self._row(painter, rect.left(), rect.top() + baseline, self.table.header)
        rule = rect.top() + self.row + self.row * 0.1
        pen = QPen(self.ink.grid)
        pen.setWidthF(metrics.height() * 0.06)
        painter.setPen(pen)
        painter.drawLine(QLineF(rect.left(), rule, rect.left() + self._span(), rule))
        painter.setFont(self.face)
        painter.setPen(self.ink.text)
        for index, row in enumerate(rows):
            top = rect.top() + self.row * (index + 1) + self.row * 0.3
            self._row(painter, rect.left(), top + baseline, row)

    def _row(self, painter: QPainter, left: float, baseline: float, cells: Sequence[str]) -> None:
        metrics = QFontMetricsF(painter.font(), painter.device())
        x = left
        for index, (cell, width) in enumerate(zip(cells, self.widths, strict=True)):
            shift = 0.0 if index == 0 else width - metrics.horizontalAdvance(cell)
            painter.drawText(QPointF(x + shift, baseline), cell)
            x += width + self.gap

    def _span(self) -> float:
        return sum(self.widths) + self.gap * (len(self.widths) - 1)
