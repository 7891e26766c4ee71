"""How one timeline row looks: a month heading, or an entry with its date and marks.

Every row is the same height (derived from the font, so it follows the system font
size), which lets the list keep uniform item sizes. Colours stay soft: moods run
from a quiet blue to a warm gold and no mood is ever red; "remember this" is a
small bookmark in the accent colour and "heavy" a muted pebble, never an alarm.

Nothing is said by colour alone: a mood's mark is a ring filled to its level (one
fifth for mood 1, full for mood 5), so it reads the same without colour vision,
and the filter bar shows the key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QLocale,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.journal.timeline_model import MONTH, TimelineRole, qdate
from app.ui.widgets.colours import current_colours
from app.ui.widgets.lists import ModelIndex
from app.ui.widgets.translate import tr

PAD_X = 16
PAD_Y = 8
GAP = 8
LINE_GAP = 4
# Soft moods, 1 to 5: a quiet blue, sky, sand, sage, a warm gold. Never red. Each dot
# keeps 3:1 contrast (WCAG 1.4.11) on the row and on the selected row, in both modes.
MOOD_LIGHT = ("#6a79ae", "#468497", "#8c7547", "#5b8656", "#a07424")
MOOD_DARK = ("#a3b0db", "#8ec3d6", "#d6c193", "#a3c99f", "#e6bd72")


def mood_colour(mood: int) -> QColor:
    """The dot colour for a mood from 1 to 5 in the current light or dark mode."""
    colours = MOOD_DARK if current_colours().dark else MOOD_LIGHT
    return QColor(colours[min(max(mood, 1), 5) - 1])


def row_height(metrics: QFontMetrics) -> int:
    """Two lines of text with breathing room: the height of every row."""
    return PAD_Y * 2 + LINE_GAP + metrics.lineSpacing() * 2


def glyph_size(metrics: QFontMetrics) -> int:
    """Marks scale with the font: about two thirds of a line."""
    return max(10, round(metrics.height() * 0.8))


def paint_bookmark(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A small bookmark ribbon: "remember this"."""
    width = box.height() * 0.7
    left = box.center().x() - width / 2
    path = QPainterPath(QPointF(left, box.top()))
    path.lineTo(left + width, box.top())
    path.lineTo(left + width, box.bottom())
    path.lineTo(left + width / 2, box.bottom() - box.height() * 0.3)
    path.lineTo(left, box.bottom())
    path.closeSubpath()
    painter.fillPath(path, colour)


def paint_stones(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """Three flat stones stacked into a small cairn: "this one was heavy"."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    height = box.height() * 0.3
    for level, width in enumerate((1.0, 0.74, 0.46)):
        top = box.bottom() - height * (level + 1) - level * 0.5
        left = box.center().x() - box.width() * width / 2
        painter.drawEllipse(QRectF(left, top, box.width() * width, height))


def paint_mood(painter: QPainter, box: QRectF, colour: QColor, mood: int) -> None:
    """A mood mark centred in the box: a ring filled from the bottom to the mood's level.

    Mood 1 is an empty ring, then a quarter, a half, three quarters, and mood 5 is
    full. The level carries the meaning (the colour only echoes it), so moods are
    told apart in grey, by people who see colours differently, and in print.
    """
    diameter = box.height() * 0.9
    ring = QRectF(0, 0, diameter, diameter)
    ring.moveCenter(box.center())
    level = (min(max(mood, 1), 5) - 1) / 4
    if level > 0:
        painter.save()
        painter.setClipRect(ring.adjusted(-1, ring.height() * (1 - level), 1, 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(ring)
        painter.restore()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen_width = max(1.2, diameter / 9)
    painter.setPen(QPen(colour, pen_width))
    painter.drawEllipse(ring.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2))


def mood_painter(mood: int) -> Callable[[QPainter, QRectF, QColor], None]:
    """A glyph painter for one mood (for ``glyph_icon``)."""
    return lambda painter, box, colour: paint_mood(painter, box, colour, mood)


def glyph_icon(
    paint: Callable[[QPainter, QRectF, QColor], None], colour: QColor, size: int = 16
) -> QIcon:
    """An icon of one glyph, for controls that should echo the timeline's marks."""
    return QIcon(glyph_pixmap(paint, colour, size))


def glyph_pixmap(
    paint: Callable[[QPainter, QRectF, QColor], None], colour: QColor, size: int = 16
) -> QPixmap:
    """A transparent pixmap of one glyph (sharp on high-density screens too)."""
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio()
        if QGuiApplication.primaryScreen()
        else 1.0
    )
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter, QRectF(2, 2, size - 4, size - 4), colour)
    painter.end()
    return pixmap


def quiet_colour(option: QStyleOptionViewItem) -> QColor:
    """Muted text, or full text on a selected row (muted on the highlight is below AA)."""
    if option.state & QStyle.StateFlag.State_Selected:
        return QColor(option.palette.highlightedText().color())
    return QColor(current_colours().muted_text)


class TimelineDelegate(QStyledItemDelegate):
    """Paints timeline rows from the model's named roles (no per-row widgets)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """The same size for every row, so the view can assume uniform sizes."""
        metrics = option.fontMetrics
        return QSize(metrics.averageCharWidth() * 24, row_height(metrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Draw a month heading or an entry row."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        if index.data(TimelineRole.RowKindRole) == MONTH:
            self._paint_month(painter, option, rect, index)
        else:
            self._paint_background(painter, option, rect)
            self._paint_entry(painter, option, rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), index)
        painter.restore()

    # ------------------------------------------------------------------ parts

    def _paint_month(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, index: ModelIndex
    ) -> None:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.setPen(QColor(current_colours().muted_text))
        text_rect = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y // 2)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        label = QFontMetrics(font).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect, int(flags), label)

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect
    ) -> None:
        state = option.state
        palette = option.palette
        card = QRectF(rect).adjusted(4, 2, -4, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        if state & QStyle.StateFlag.State_Selected:
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(card, 6, 6)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setBrush(palette.alternateBase())
            painter.drawRoundedRect(card, 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor(current_colours().accent))
            painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

    def _paint_entry(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, index: ModelIndex
    ) -> None:
        metrics: QFontMetrics = option.fontMetrics
        line = metrics.lineSpacing()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + LINE_GAP, rect.width(), line)
        self._paint_first_line(painter, option, top, index)
        self._paint_headline(painter, option, bottom, index)

    def _paint_first_line(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, index: ModelIndex
    ) -> None:
        """The date, the mood dot and, on the right, the theme as a quiet label."""
        metrics: QFontMetrics = option.fontMetrics
        muted = quiet_colour(option)
        day = index.data(TimelineRole.DateRole)
        date_text = _short_date(day) if isinstance(day, dt.date) else ""
        painter.setPen(muted)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(left), date_text)
        x = rect.left() + metrics.horizontalAdvance(date_text) + GAP
        mood = index.data(TimelineRole.MoodRole)
        if isinstance(mood, int):
            box = QRectF(x, rect.top(), rect.height(), rect.height())
            paint_mood(painter, box, mood_colour(mood), mood)
            x += rect.height() + GAP
        painter.setPen(muted)
        self._paint_theme(
            painter, metrics, QRect(x, rect.top(), rect.right() - x, rect.height()), index
        )

    def _paint_theme(
        self, painter: QPainter, metrics: QFontMetrics, rect: QRect, index: ModelIndex
    ) -> None:
        theme = index.data(TimelineRole.ThemeRole)
        if not theme or rect.width() <= 0:
            return
        text = metrics.elidedText(str(theme), Qt.TextElideMode.ElideRight, rect.width())
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(right), text)

    def _paint_headline(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, index: ModelIndex
    ) -> None:
        """The headline, elided, with the marks at the right end."""
        metrics: QFontMetrics = option.fontMetrics
        marks_width = self._paint_marks(painter, metrics, rect, index)
        text_rect = rect.adjusted(0, 0, -marks_width, 0)
        palette = option.palette
        painter.setPen(palette.text().color())
        text = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )

    def _paint_marks(
        self, painter: QPainter, metrics: QFontMetrics, rect: QRect, index: ModelIndex
    ) -> int:
        """Draw the marks right-aligned; returns the width they took."""
        size = glyph_size(metrics)
        colours = current_colours()
        glyphs = []
        if index.data(TimelineRole.MarkedRole):
            glyphs.append((paint_bookmark, QColor(colours.accent)))
        if index.data(TimelineRole.HeavyRole):
            glyphs.append((paint_stones, QColor(colours.muted_text)))
        x = rect.right() + 1
        for paint, colour in reversed(glyphs):
            x -= size
            paint(painter, QRectF(x, rect.center().y() - size / 2, size, size), colour)
            x -= GAP
        return rect.right() + 1 - x


def _short_date(day: dt.date) -> str:
    """'Tue 12' in the user's language (German writes "Di. 12.")."""
    #: A Qt date format for a short weekday and the day of the month: ddd = "Tue", d = 12.
    return str(QLocale().toString(qdate(day), tr("ddd d")))
