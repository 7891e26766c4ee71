"""The Patterns page's charts as widgets: drawn by ``app.pdf_export.pattern_charts``.

The weeks chart takes the keyboard: Left and Right (Home, End) walk the weeks,
the chosen week is outlined, and its numbers are said as the chart's accessible
description, so a screen reader hears each week as it is reached. A counts chart
is a picture of its table beside it; the table is its keyboard path.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.pdf_export.pattern_charts import (
    counts_height,
    paint_counts,
    paint_weeks,
    weeks_height,
    weeks_layout,
)
from app.records.patterns import Counted, Week
from app.ui.patterns.tables import week_sentence
from app.ui.patterns.words import chart_words, screen_ink
from app.ui.widgets.accessible import give_role
from app.ui.widgets.translate import tr

_MOVES = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageUp: -4,
    Qt.Key.Key_PageDown: 4,
}


class WeeksChart(QWidget):
    """Mood and energy by week, contacts and incidents beneath; a week can be chosen.

    Signals:
        weekChosen(int): the keyboard or the mouse chose this week (its row).
    """

    weekChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weeks-chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        give_role(WeeksChart, QAccessible.Role.Chart)  # not a "filler" to a screen reader
        self.setAccessibleName(tr("Mood and energy by week"))
        self._weeks: list[Week] = []
        self._chosen: int | None = None
        self._by_month = False

    def set_weeks(self, weeks: Sequence[Week], *, by_month: bool = False) -> None:
        """Draw these weeks (or months); a chosen one stays chosen while it is shown."""
        before = self._weeks[self._chosen].start if self._chosen is not None else None
        self._weeks = list(weeks)
        self._by_month = by_month
        starts = [week.start for week in self._weeks]
        self._chosen = starts.index(before) if before in starts else None
        self._describe()
        self.update()

    def chosen(self) -> int | None:
        """The week chosen by the keyboard or the mouse, if any."""
        return self._chosen

    def choose(self, row: int | None) -> None:
        """Outline this week and say its numbers (None: no week)."""
        if row is not None and not 0 <= row < len(self._weeks):
            return
        self._chosen = row
        self._describe()
        self.update()

    def clear(self) -> None:
        """Draw nothing (the journal is locking)."""
        self.set_weeks([])

    def sizeHint(self) -> QSize:
        """Wide, and about eighteen lines tall at the current font."""
        return QSize(self.fontMetrics().height() * 40, round(weeks_height(self.font())))

    def minimumSizeHint(self) -> QSize:
        """As tall as it likes: the tab scrolls rather than flatten the lines."""
        return QSize(self.fontMetrics().height() * 16, round(weeks_height(self.font())))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The chart, and a ring round it while it has the keyboard."""
        del event
        painter = QPainter(self)
        painter.setFont(self.font())
        ink = screen_ink()
        margin = self.fontMetrics().height() * 0.5
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        paint_weeks(
            painter,
            area,
            self._weeks,
            ink,
            words=chart_words(),
            selected=self._chosen,
            by_month=self._by_month,
        )
        if self.hasFocus():
            pen = QPen(ink.mood)
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and Right a week, Page Up and Down four, Home and End the ends."""
        if not self._weeks:
            super().keyPressEvent(event)
            return
        last = len(self._weeks) - 1
        key = event.key()
        current = self._chosen if self._chosen is not None else last
        if key in _MOVES:
            target = min(max(current + _MOVES[Qt.Key(key)], 0), last)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = last
        else:
            super().keyPressEvent(event)
            return
        self._pick(target)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click chooses the week under it."""
        margin = self.fontMetrics().height() * 0.5
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        layout = weeks_layout(QFontMetricsF(self.font(), self), area, len(self._weeks))
        row = layout.week_at(event.position().x())
        if row is not None:
            self._pick(row)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Reaching the chart chooses the latest week, so the arrows start from now."""
        if self._chosen is None and self._weeks:
            self._pick(len(self._weeks) - 1)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """The ring goes with the keyboard."""
        self.update()
        super().focusOutEvent(event)

    def _pick(self, row: int) -> None:
        self.choose(row)
        self.weekChosen.emit(row)

    def _describe(self) -> None:
        if self._chosen is None or not self._weeks:
            self.setAccessibleDescription(
                tr("The Left and Right arrow keys move from week to week.")
                if self._weeks
                else tr("Nothing written in this period.")
            )
            return
        self.setAccessibleDescription(
            week_sentence(self._weeks[self._chosen], by_month=self._by_month)
        )


class CountsChart(QWidget):
    """Words by how many entries named them, as bars (its table is beside it)."""

    def __init__(self, name: str, parent: QWidget | None = None, most: int = 8) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        give_role(CountsChart, QAccessible.Role.Chart)
        self.setAccessibleName(name)
        self._counted: list[Counted] = []
        self._most = most

    def set_counted(self, counted: Sequence[Counted]) -> None:
        """Draw these words (the most named first); say them in the description."""
        self._counted = list(counted)
        shown = self._counted[: self._most]
        self.setAccessibleDescription(
            ", ".join(f"{item.name} {item.count}" for item in shown)
            or tr("Nothing named in this period.")
        )
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Draw nothing (the journal is locking)."""
        self.set_counted([])

    def sizeHint(self) -> QSize:
        """As tall as its bars."""
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        """One line and a half per bar."""
        rows = min(len(self._counted), self._most)
        return QSize(self.fontMetrics().height() * 14, round(counts_height(self.font(), rows)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The bars, or a quiet line when nothing was named."""
        del event
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_counts(
            painter,
            QRectF(self.rect()),
            self._counted,
            screen_ink(),
            most=self._most,
            nothing=tr("Nothing named in this period."),
        )
        painter.end()
