"""Photo-like pictures for journeys: a lake at dusk (JPEG), a letter on a table (PNG).

A journey's screenshots show what a person would attach, so the viewer is shown
with something like a photo (soft gradients, a horizon, a reflection) rather than
a test pattern. Drawn in memory with QPainter; nothing here needs a window.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QRadialGradient,
    QTransform,
)

from tests.helpers.images import encode

SKY = ("#2f3b63", "#8d6a8f", "#f0a46b")  # from the top down to the horizon
HILLS = (("#5b4f6b", 0.50, 0.09, 4), ("#3d3a52", 0.57, 0.05, 7))  # colour, line, ripple, hills
WATER = ("#c98c6a", "#2b3350")


def lake_at_dusk(width: int = 1600, height: int = 1000) -> bytes:
    """A landscape JPEG, ``width`` by ``height``: sky, sun, two ridges and their lake."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shore = height * 0.62
    _fill(painter, QRectF(0, 0, width, shore), SKY)
    _sun(painter, QPointF(width * 0.68, shore - height * 0.17), height * 0.06)
    for colour, ridge, ripple, hills in HILLS:
        _ridge(painter, (width, hills), height * ridge, height * ripple, shore, colour)
    _fill(painter, QRectF(0, shore, width, height - shore), WATER)
    _glints(painter, width, shore, height)
    painter.end()
    return encode(image, "jpeg", quality=88)


def _fill(painter: QPainter, rect: QRectF, colours: tuple[str, ...]) -> None:
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    for step, colour in enumerate(colours):
        gradient.setColorAt(step / (len(colours) - 1), QColor(colour))
    painter.fillRect(rect, gradient)


def _sun(painter: QPainter, centre: QPointF, radius: float) -> None:
    glow = QRadialGradient(centre, radius * 3)
    glow.setColorAt(0, QColor(255, 236, 190, 255))
    glow.setColorAt(0.3, QColor(255, 214, 160, 160))
    glow.setColorAt(1, QColor(255, 200, 150, 0))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(centre, radius * 3, radius * 3)
    painter.setBrush(QColor(255, 240, 210))
    painter.drawEllipse(centre, radius * 0.7, radius * 0.7)


def _ridge(
    painter: QPainter, span: tuple[int, int], top: float, ripple: float, shore: float, colour: str
) -> None:
    """A soft line of uneven hills from edge to edge, filled down to the shore."""
    width, hills = span
    path = QPainterPath(QPointF(0, shore))
    path.lineTo(0, top + ripple)
    for hill in range(hills):
        left, right = width * hill / hills, width * (hill + 1) / hills
        crest = top - ripple * (0.2 + 1.2 * ((hill * 37 + hills) % 5) / 4)
        lean = (right - left) * (0.3 + 0.4 * ((hill * 53) % 3) / 2)
        path.quadTo(QPointF(left + lean, crest), QPointF(right, top + ripple * 0.6))
    path.lineTo(width, shore)
    path.closeSubpath()
    painter.fillPath(path, QColor(colour))


def _glints(painter: QPainter, width: int, shore: float, height: int) -> None:
    """The sun's path on the water: short pale strokes under it, fading with depth."""
    for row in range(40):
        y = shore + (height - shore) * (row + 1) / 42
        length = width * (0.02 + 0.05 * ((row * 29) % 7) / 6) * (1 + row / 30)
        centre = width * (0.68 + 0.03 * (((row * 17) % 9) - 4) / 4 * (1 + row / 20))
        colour = QColor(255, 226, 180, max(15, 120 - row * 3))
        painter.fillRect(QRectF(centre - length / 2, y, length, 1.5 + row * 0.08), colour)


def letter_on_a_table(width: int = 480, height: int = 360) -> bytes:
    """A PNG, ``width`` by ``height``: a handwritten page, a little askew, on a wooden table."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _fill(painter, QRectF(0, 0, width, height), ("#8a6648", "#6f4f36"))
    page = QRectF(-width * 0.3, -height * 0.42, width * 0.6, height * 0.84)
    painter.setTransform(QTransform().translate(width / 2, height / 2).rotate(-4))
    painter.fillRect(page.translated(5, 6), QColor(40, 26, 16, 90))  # its shadow
    painter.fillRect(page, QColor("#f6f1e4"))
    left, ink = page.left() + page.width() * 0.1, QColor("#3b4a6b")
    for line in range(11):  # the writing: lines of uneven length
        y = page.top() + page.height() * (0.12 + line * 0.075)
        end = page.right() - page.width() * (0.08 + 0.25 * ((line * 7) % 4) / 3)
        painter.fillRect(QRectF(left, y, end - left, 2.5), ink)
    painter.end()
    return encode(image, "png")
