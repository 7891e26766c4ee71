"""The patterns charts, drawn with QPainter on any paint device: a widget or a PDF page.

One drawing serves the Patterns page and the therapist export's summary page, so
both show the same picture; on a PDF it stays vectors. Every length is taken from
the painter's font, so the charts scale with the system's text size and with a
printer's resolution alike. Quiet colours from the caller (``ChartInk``): no red,
and nothing is told by colour alone (mood is a solid line with round points,
energy a dashed line with square ones, contacts rings, incidents diamonds).
A week without an answer is a gap, never a zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from app.records.patterns import Counted, Week
from app.words import QT_TR_NOOP, say

MOOD_RANGE = (1, 5)
ENERGY_RANGE = (1, 3)
MARK_ROWS = 2
"""Below the lines: a row of contact marks and a row of incident marks."""


@dataclass(frozen=True)
class ChartInk:
    """The colours of a chart: from the window's theme, or for paper."""

    text: QColor
    muted: QColor
    grid: QColor
    mood: QColor
    energy: QColor
    contact: QColor
    incident: QColor
    bar: QColor
    highlight: QColor = field(default_factory=lambda: QColor(0, 0, 0, 0))

    @classmethod
    def paper(cls) -> ChartInk:
        """Dark ink on white, quiet enough for grey print."""
        return cls(
            text=QColor("#2b2724"),
            muted=QColor("#5f5850"),
            grid=QColor("#d9d2c7"),
            mood=QColor("#3f6a4c"),
            energy=QColor("#8a6a36"),
            contact=QColor("#4f6784"),
            incident=QColor("#735a78"),
            bar=QColor("#6a8f73"),
        )


@dataclass(frozen=True)
class ChartWords:
    """The words a chart draws (the window passes them translated)."""

    mood: str = "Mood"
    energy: str = "Energy"
    mood_scale: str = "Mood, 1 low to 5 bright"
    energy_scale: str = "Energy, 1 low to 3 high"
    contacts: str = "Contacts"
    incidents: str = "Incidents"
    nothing: str = "Nothing in this period."
    day_format: str = "d MMM"  # Qt date formats: a week's label, and one with its year
    day_year_format: str = "d MMM yyyy"

    @classmethod
    def said(cls) -> ChartWords:
        """The words in the reader's language, through the core's translator (a document)."""
        return cls(
            mood=say(QT_TR_NOOP("Mood")),
            energy=say(QT_TR_NOOP("Energy")),
            mood_scale=say(QT_TR_NOOP("Mood, 1 low to 5 bright")),
            energy_scale=say(QT_TR_NOOP("Energy, 1 low to 3 high")),
            contacts=say(QT_TR_NOOP("Contacts")),
            incidents=say(QT_TR_NOOP("Incidents")),
            nothing=say(QT_TR_NOOP("Nothing in this period.")),
            day_format=say(QT_TR_NOOP("d MMM")),
            day_year_format=say(QT_TR_NOOP("d MMM yyyy")),
        )


def weeks_height(font: QFont) -> float:
    """The height the weeks chart likes: about eighteen lines of text."""
    return QFontMetricsF(font).height() * 18


def counts_height(font: QFont, rows: int) -> float:
    """The height of a counts chart with ``rows`` bars (one line and a half each)."""
    return QFontMetricsF(font).height() * 1.5 * max(rows, 1)


@dataclass(frozen=True)
class WeeksLayout:
    """Where the weeks chart puts things inside its area (for painting and pointing)."""

    plot: QRectF
    energy: QRectF
    marks: QRectF
    step: float
    weeks: int

    def centre(self, index: int) -> float:
        """The x of a week's column centre."""
        return self.plot.left() + self.step * (index + 0.5)

    def week_at(self, x: float) -> int | None:
        """The week under ``x``, if any."""
        if self.weeks == 0 or not self.plot.left() <= x < self.plot.right():
            return None
        return min(int((x - self.plot.left()) / self.step), self.weeks - 1)


def weeks_layout(metrics: QFontMetricsF, area: QRectF, weeks: int) -> WeeksLayout:
    """Split ``area``: the legend, mood above, energy beneath, the marks, the dates.

    ``metrics``: the font as the device draws it (a widget's, or a PDF page's).
    """
    line = metrics.height()
    left = area.left() + metrics.horizontalAdvance("5") + line * 0.8
    right = area.right() - line * 0.5
    top = area.top() + line * 1.8  # the legend's line
    bottom = area.bottom() - line * 1.6  # the dates' line
    marks_height = line * 1.1 * MARK_ROWS
    caption = line * 1.3  # each band's name and scale, above it
    gap = line * 0.8
    inner = bottom - top - marks_height - gap - 2 * caption - line * 0.4
    mood = QRectF(left, top + caption, right - left, inner * 0.66)
    energy = QRectF(left, mood.bottom() + gap + caption, right - left, inner * 0.34)
    marks = QRectF(left, bottom - marks_height, right - left, marks_height)
    step = (right - left) / weeks if weeks else 0.0
    return WeeksLayout(mood, energy, marks, step, weeks)


def paint_weeks(
    painter: QPainter,
    area: QRectF,
    weeks: Sequence[Week],
    ink: ChartInk,
    *,
    words: ChartWords = ChartWords(),
    selected: int | None = None,
    by_month: bool = False,
) -> None:
    """Mood and energy by week (or month), with the contacts and incidents beneath."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    layout = weeks_layout(QFontMetricsF(painter.font(), painter.device()), area, len(weeks))
    _legend(painter, area, ink, words)
    if not weeks:
        _say(painter, area, ink, words.nothing)
        painter.restore()
        return
    if selected is not None and 0 <= selected < len(weeks):
        _highlight(painter, layout, selected, ink)
    _grid(painter, layout.plot, MOOD_RANGE, ink)
    _grid(painter, layout.energy, ENERGY_RANGE, ink)
    _caption(painter, layout.plot, words.mood_scale, ink)
    _caption(painter, layout.energy, words.energy_scale, ink)
    moods = [week.mood for week in weeks]
    _line(painter, layout, layout.plot, moods, span=MOOD_RANGE, pen=_pen(painter, ink.mood))
    energies = [week.energy for week in weeks]
    dashed = _pen(painter, ink.energy, Qt.PenStyle.DashLine)
    _line(painter, layout, layout.energy, energies, span=ENERGY_RANGE, pen=dashed)
    _marks(painter, layout, weeks, ink)
    _dates(painter, layout, weeks, ink, words, by_month=by_month)
    painter.restore()


def paint_counts(
    painter: QPainter,
    area: QRectF,
    counted: Sequence[Counted],
    ink: ChartInk,
    *,
    most: int = 8,
    nothing: str = "Nothing in this period.",
) -> None:
    """The ``most`` words named most often, as bars with the word and its count."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shown = list(counted)[:most]
    if not shown:
        _say(painter, area, ink, nothing)
        painter.restore()
        return
    metrics = QFontMetricsF(painter.font(), painter.device())
    row = metrics.height() * 1.5
    label_width = min(area.width() * 0.35, max(metrics.horizontalAdvance(c.name) for c in shown))
    count_width = metrics.horizontalAdvance(str(max(c.count for c in shown))) + metrics.height()
    bar_left = area.left() + label_width + metrics.height() * 0.6
    bar_room = max(area.right() - count_width - bar_left, 1.0)
    largest = max(c.count for c in shown)
    for index, item in enumerate(shown):
        top = area.top() + index * row
        baseline = top + (row + metrics.ascent() - metrics.descent()) / 2
        name = metrics.elidedText(item.name, Qt.TextElideMode.ElideRight, label_width)
        painter.setPen(ink.text)
        painter.drawText(QPointF(area.left(), baseline), name)
        width = bar_room * item.count / largest
        bar = QRectF(bar_left, top + row * 0.22, width, row * 0.56)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.bar)
        painter.drawRoundedRect(bar, row * 0.08, row * 0.08)
        painter.setPen(ink.muted)
        painter.drawText(QPointF(bar.right() + metrics.height() * 0.4, baseline), str(item.count))
    painter.restore()


def _legend(painter: QPainter, area: QRectF, ink: ChartInk, words: ChartWords) -> None:
    """One line naming each line and mark by its shape, so colour is never needed."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    line = metrics.height()
    x = area.left()
    y = area.top() + line * 0.6
    items = (
        (words.mood, "mood"),
        (words.energy, "energy"),
        (words.contacts, "contact"),
        (words.incidents, "incident"),
    )
    for text, kind in items:
        sample = QRectF(x, y - line * 0.35, line * 1.4, line * 0.7)
        _sample(painter, sample, kind, ink)
        painter.setPen(ink.muted)
        painter.drawText(QPointF(sample.right() + line * 0.3, y + metrics.ascent() * 0.35), text)
        x = sample.right() + line * 0.3 + metrics.horizontalAdvance(text) + line * 1.0


def _caption(painter: QPainter, band: QRectF, text: str, ink: ChartInk) -> None:
    """A band's name and scale just above it, so two bands are never confused."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    painter.setPen(ink.muted)
    baseline = band.top() - metrics.height() * 0.55
    painter.drawText(QPointF(band.left(), baseline), text)


def _sample(painter: QPainter, box: QRectF, kind: str, ink: ChartInk) -> None:
    middle = box.center()
    radius = box.height() * 0.38
    if kind in ("mood", "energy"):
        dashed = Qt.PenStyle.DashLine if kind == "energy" else Qt.PenStyle.SolidLine
        pen = _pen(painter, ink.mood if kind == "mood" else ink.energy, dashed)
        painter.setPen(pen)
        painter.drawLine(QLineF(box.left(), middle.y(), box.right(), middle.y()))
        _point(painter, middle, radius, pen.color(), square=kind == "energy")
    elif kind == "contact":
        _ring(painter, middle, radius, ink.contact)
    else:
        _diamond(painter, middle, radius, ink.incident)


def _pen(painter: QPainter, colour: QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A line an eighth of a text line wide: two pixels on screen, half a millimetre on paper."""
    pen = QPen(colour)
    pen.setWidthF(max(_unit(painter), 1.0))
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _unit(painter: QPainter) -> float:
    return QFontMetricsF(painter.font(), painter.device()).height() * 0.12


def _grid(painter: QPainter, rect: QRectF, span: tuple[int, int], ink: ChartInk) -> None:
    """Faint lines at each whole value, and the values beside them."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    pen = QPen(ink.grid)
    pen.setWidthF(max(_unit(painter) / 2, 1.0))
    for value in range(span[0], span[1] + 1):
        y = _y(rect, value, span)
        painter.setPen(pen)
        painter.drawLine(QLineF(rect.left(), y, rect.right(), y))
        painter.setPen(ink.muted)
        label = str(value)
        x = rect.left() - metrics.horizontalAdvance(label) - metrics.height() * 0.4
        painter.drawText(QPointF(x, y + metrics.ascent() * 0.35), label)


def _line(
    painter: QPainter,
    layout: WeeksLayout,
    rect: QRectF,
    values: Sequence[float | None],
    *,
    span: tuple[int, int],
    pen: QPen,
) -> None:
    """A line through the weeks that have a value, broken where a week has none."""
    path = QPainterPath()
    drawing = False
    points = []
    for index, value in enumerate(values):
        if value is None:
            drawing = False
            continue
        point = QPointF(layout.centre(index), _y(rect, value, span))
        points.append(point)
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    radius = QFontMetricsF(painter.font(), painter.device()).height() * 0.22
    for point in points:
        _point(painter, point, radius, pen.color(), square=pen.style() != Qt.PenStyle.SolidLine)


def _marks(painter: QPainter, layout: WeeksLayout, weeks: Sequence[Week], ink: ChartInk) -> None:
    """A ring for each week's contacts and a diamond for its incidents, with the count."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    row = layout.marks.height() / MARK_ROWS
    radius = min(row * 0.3, max(layout.step * 0.3, row * 0.15))
    for index, week in enumerate(weeks):
        x = layout.centre(index)
        for row_index, count in enumerate((week.contacts, week.incidents)):
            if not count:
                continue
            centre = QPointF(x, layout.marks.top() + row * (row_index + 0.5))
            if row_index == 0:
                _ring(painter, centre, radius, ink.contact)
            else:
                _diamond(painter, centre, radius, ink.incident)
            if count > 1 and layout.step > metrics.horizontalAdvance("99") + radius * 2:
                painter.setPen(ink.muted)
                at = QPointF(x + radius * 1.3, centre.y() + metrics.ascent() * 0.35)
                painter.drawText(at, str(count))


def _dates(
    painter: QPainter,
    layout: WeeksLayout,
    weeks: Sequence[Week],
    ink: ChartInk,
    words: ChartWords,
    *,
    by_month: bool,
) -> None:
    """Each column's date under it, as many as fit, with the year wherever it changes."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    widest = QLocale().toString(QDate(2026, 9, 30), words.day_year_format)
    label_width = metrics.horizontalAdvance(widest) + metrics.height()
    every = max(1, int(label_width / layout.step) + 1) if layout.step else 1
    baseline = layout.marks.bottom() + metrics.height() * 1.2
    painter.setPen(ink.muted)
    year = None
    for index in range(0, len(weeks), every):
        start = weeks[index].start
        shown = date_format(words, by_month=by_month, with_year=start.year != year)
        year = start.year
        label = QLocale().toString(QDate(start.year, start.month, start.day), shown)
        x = layout.centre(index) - metrics.horizontalAdvance(label) / 2
        x = min(max(x, layout.plot.left()), layout.plot.right() - metrics.horizontalAdvance(label))
        painter.drawText(QPointF(x, baseline), label)


def date_format(words: ChartWords, *, by_month: bool, with_year: bool) -> str:
    """The Qt date format of a column's label: the words' day shapes, or the month alone."""
    if by_month:
        return "MMM yyyy" if with_year else "MMM"  # a month alone reads the same everywhere
    return words.day_year_format if with_year else words.day_format


def _highlight(painter: QPainter, layout: WeeksLayout, index: int, ink: ChartInk) -> None:
    """The chosen week's column, for the keyboard's path through the chart."""
    left = layout.plot.left() + layout.step * index
    column = QRectF(left, layout.plot.top(), layout.step, layout.marks.bottom() - layout.plot.top())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink.highlight)
    painter.drawRect(column)
    painter.setPen(_pen(painter, ink.mood, Qt.PenStyle.DotLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(column)


def _say(painter: QPainter, area: QRectF, ink: ChartInk, text: str) -> None:
    painter.setPen(ink.muted)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), text)


def _y(rect: QRectF, value: float, span: tuple[int, int]) -> float:
    low, high = span
    return rect.bottom() - (value - low) / (high - low) * rect.height()


def _point(painter: QPainter, centre: QPointF, radius: float, colour: QColor, square: bool) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if square:
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2))
    else:
        painter.drawEllipse(centre, radius, radius)


def _ring(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    painter.setPen(_pen(painter, colour))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)


def _diamond(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    x, y = centre.x(), centre.y()
    shape = QPolygonF([QPointF(x, y - radius), QPointF(x + radius, y),
                       QPointF(x, y + radius), QPointF(x - radius, y)])  # fmt: skip
    painter.drawPolygon(shape)
