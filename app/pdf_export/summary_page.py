"""The summary page before the entries: words, charts and tables painted as vectors.

The words and numbers come from the core (``app.export.summary``); here they are
laid out down the page as blocks (``app.pdf_export.summary_blocks``: a line of
text, a chart with its title, a text table) and painted with ``QPainter``
straight onto the PDF writer's pages, so the charts stay lines and shapes, never
a picture. Each chart has its numbers in text beside or beneath it, for a reader
(or ``pdftotext``) that cannot see it. A long period's table goes on over the
next page, with its header again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter

from app.export.summary import MOST_BARS, CountedSection, Summary, Table
from app.pdf_export.geometry import body_rect, mm
from app.pdf_export.pages import paint_footer
from app.pdf_export.pattern_charts import (
    ChartInk,
    ChartWords,
    counts_height,
    paint_counts,
    paint_weeks,
    weeks_height,
)
from app.pdf_export.summary_blocks import WRAP, Block, TableBlock, beside, flow, font, stack

HEADING_POINTS = 16.0
TITLE_POINTS = 11.5
TEXT_POINTS = 10.0
SIDE_POINTS = 9.5
SMALL_POINTS = 8.5
GAP_MM = 2.5
SECTION_GAP_MM = 6.0
COLUMN_GAP_MM = 10.0
CHART_SHARE = 1.0
"""The weeks chart's share of the height its painter prefers: the page holds it and the table."""
TABLE_SHARE = 0.6
"""The weeks' table's share of the width, with contacts and after contact beside it."""
BESIDE_ROWS = 16
"""Up to this many weeks the table has the other sections beside it (one page holds it)."""


class SummaryPages:
    """The summary laid out on the writer's pages, ready to paint.

    Args:
        summary: what the page says.
        writer: the PDF writer (or printer) it is painted on.
    """

    def __init__(self, summary: Summary, writer: QPagedPaintDevice) -> None:
        self._writer = writer
        self._ink = ChartInk.paper()
        self._placed = flow(Blocks(summary, writer, self._ink).all(), body_rect(writer))
        self.pages = self._placed[-1].page + 1 if self._placed else 1

    def paint(self, painter: QPainter, total: int) -> None:
        """Paint every summary page, each with its number out of ``total``, and leave the last."""
        page = 0
        for item in self._placed:
            if item.page != page:
                paint_footer(painter, self._writer, f"{page + 1} / {total}")
                self._writer.newPage()
                page = item.page
            painter.save()
            item.paint(painter, item.rect)
            painter.restore()
        paint_footer(painter, self._writer, f"{page + 1} / {total}")


class Blocks:
    """The summary's blocks, measured for the writer's text width."""

    def __init__(self, summary: Summary, writer: QPagedPaintDevice, ink: ChartInk) -> None:
        self.summary = summary
        self.writer = writer
        self.ink = ink
        self.width = body_rect(writer).width()
        self.gap = mm(writer, GAP_MM)
        self.section_gap = mm(writer, SECTION_GAP_MM)
        self.column_gap = mm(writer, COLUMN_GAP_MM)

    def all(self) -> list[Block]:
        """Top to bottom: the heading, the weeks, contacts and after contact, the words counted."""
        s = self.summary
        return [
            self.text(s.heading, font(HEADING_POINTS, bold=True), self.ink.text, self.gap),
            self.text(f"{s.period} {s.note}", font(TEXT_POINTS), self.ink.muted, self.gap / 2),
            self.text(s.entries, font(TEXT_POINTS), self.ink.text, self.section_gap),
            self.weeks_chart(),
            *self.weeks_and_contacts(),
            self.counts(s.themes, s.pulls),
            self.titled(s.feelings.title, s.feelings.line, self.width),
        ]

    def weeks_and_contacts(self) -> list[Block]:
        """The weeks' table with contacts and after contact beside it, or below it.

        Beside it while the table is short (a page holds both) and fits its share; a
        long period's table, or one whose columns need more room (Spanish's longer
        headers), comes first, whole width, free to go on over the next page.
        """
        s = self.summary
        sections = ((s.records_title, s.records), (s.after_title, s.after_contact))
        left = self.width * TABLE_SHARE
        share = TableBlock(s.weeks_table, font(SMALL_POINTS), self.writer, self.ink, left)
        if len(s.weeks_table.rows) > BESIDE_ROWS or share.least > left:
            table = self.table(s.weeks_table, self.width, self.section_gap)
            return [table, *(self.titled(title, words, self.width) for title, words in sections)]
        right = self.width - left - self.column_gap
        column = stack([self.titled(title, words, right) for title, words in sections])
        return [beside([self.table(s.weeks_table, left, 0.0), column], self.column_gap)]

    def text(
        self, words: str, face: QFont, colour: QColor, after: float, width: float | None = None
    ) -> Block:
        """Words wrapped to the width (the page's, or ``width``)."""
        height = self.measure(words, face, width or self.width)

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(face)
            painter.setPen(colour)
            painter.drawText(rect, WRAP, words)

        return Block(height, paint, after, width=width)

    def titled(self, title: str, words: str, width: float) -> Block:
        """A small title and its words, kept together."""
        words_block = self.text(words, font(SIDE_POINTS), self.ink.text, self.section_gap, width)
        return stack([self.title(title, width), words_block])

    def title(self, words: str, width: float | None = None) -> Block:
        """A section's title, a little larger and heavier than its words."""
        face = font(TITLE_POINTS, bold=True)
        return self.text(words, face, self.ink.text, self.gap / 2, width)

    def weeks_chart(self) -> Block:
        """The weeks chart under its title and the line that reads its scale."""
        face = font(SMALL_POINTS)
        height = self.device_height(weeks_height(face), face) * CHART_SHARE
        weeks, ink, monthly = self.summary.weeks, self.ink, self.summary.by_month
        words = ChartWords.said()

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(face)
            paint_weeks(painter, rect, weeks, ink, by_month=monthly, words=words)

        scale = self.text(self.summary.scale, font(SMALL_POINTS), self.ink.muted, self.gap)
        return stack([self.title(self.summary.weeks_title), scale, Block(height, paint, self.gap)])

    def counts(self, left: CountedSection, right: CountedSection) -> Block:
        """Two counts charts side by side, each over its line of words."""
        column = (self.width - self.column_gap) / 2
        both = beside([self.counted(left, column), self.counted(right, column)], self.column_gap)
        return replace(both, after=self.section_gap)

    def counted(self, section: CountedSection, width: float) -> Block:
        """One counts chart: its title, the bars, and every word with its count beneath."""
        face = font(SMALL_POINTS)
        rows = min(len(section.counted), MOST_BARS)
        height = self.device_height(counts_height(face, rows), face) if rows else 0.0
        words, ink = section.counted, self.ink

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(face)
            paint_counts(painter, rect, words, ink, most=MOST_BARS)

        parts = [self.title(section.title, width)]
        if rows:
            parts.append(Block(height, paint, self.gap / 2, width=width))
        parts.append(self.text(section.line, face, self.ink.muted, 0.0, width))
        return stack(parts)

    def table(self, table: Table, width: float, after: float) -> Block:
        """A text table: the header, a rule, a row a line; split across pages by rows."""
        return TableBlock(table, font(SMALL_POINTS), self.writer, self.ink, width).block(after)

    def measure(self, words: str, face: QFont, width: float) -> float:
        """The height of ``words`` wrapped to ``width`` on this writer."""
        metrics = QFontMetricsF(face, self.writer)
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), WRAP, words).height()

    def device_height(self, height: float, face: QFont) -> float:
        """A height the charts measured with the screen's font metrics, for this writer."""
        return height * QFontMetricsF(face, self.writer).height() / QFontMetricsF(face).height()
