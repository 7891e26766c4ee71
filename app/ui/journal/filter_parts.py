"""The filter bar's own widgets: a date field that can say "any date", the mood key.

Kept apart from ``filter_bar`` so each stays one screenful of ideas; the icons
echo the timeline's marks (``FilterIcons``, also used by the timeline's rows).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QDate, QSize
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QWidget

from app.ui.journal.timeline_delegate import (
    glyph_icon,
    mood_colour,
    mood_painter,
    paint_bookmark,
    paint_stones,
)
from app.ui.journal.timeline_model import mood_word
from app.ui.widgets.colours import current_colours

NO_DATE = QDate(2000, 1, 1)  # the "any date" value; shown as special text
KEY_COLUMNS = 3
KEY_GLYPH = 18  # pixels: the key's marks, a little larger than the rows' own


class FilterIcons(NamedTuple):
    """Icons that echo the timeline's glyphs, so the filters teach what the marks mean."""

    remembered: QIcon
    heavy: QIcon
    moods: tuple[QIcon, ...]  # moods 1 to 5


def filter_icons() -> FilterIcons:
    """The filter bar's icons: the timeline's own marks, in the current light or dark mode."""
    colours = current_colours()
    return FilterIcons(
        remembered=glyph_icon(paint_bookmark, QColor(colours.accent)),
        heavy=glyph_icon(paint_stones, QColor(colours.muted_text)),
        moods=tuple(
            glyph_icon(mood_painter(m), mood_colour(m), size=KEY_GLYPH + 4) for m in range(1, 6)
        ),
    )


class OptionalDateEdit(QDateEdit):
    """A date field that can also say "any date".

    Its minimum date stands for "no date" and shows as special text. Stepping or
    opening the calendar from there starts at today rather than at the minimum.
    """

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.setDisplayFormat(self.locale().dateFormat(self.locale().FormatType.ShortFormat))
        self.clear_date()

    def clear_date(self) -> None:
        """Back to "any date"."""
        self.setDate(NO_DATE)

    def chosen_date(self) -> dt.date | None:
        """The date picked, or None for "any date"."""
        chosen = self.date()
        return None if chosen == NO_DATE else dt.date(chosen.year(), chosen.month(), chosen.day())

    def stepBy(self, steps: int) -> None:
        """Arrow keys on "any date" start from today."""
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Open the calendar on this month when no date is set."""
        super().mousePressEvent(event)
        self._calendar_on_today()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down or F4 opens the calendar; show this month when no date is set."""
        super().keyPressEvent(event)
        self._calendar_on_today()

    def _calendar_on_today(self) -> None:
        calendar = self.calendarWidget()
        if self.date() == NO_DATE and calendar is not None and calendar.isVisible():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())


class MoodKey(QWidget):
    """The key to the mood marks: each mood's ring beside its word, always visible.

    Labels, not tooltips: the key is for reading at a glance, also by keyboard
    and screen reader users (its accessible name reads the whole key).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glyphs: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        title = QLabel(self.tr("Mood marks"), self)
        title.setProperty("role", "muted")
        grid.addWidget(title, 0, 0, 1, KEY_COLUMNS)
        for mood in range(1, 6):
            row, column = divmod(mood - 1, KEY_COLUMNS)
            grid.addLayout(self._item(mood), row + 1, column)
        for column in range(KEY_COLUMNS):
            grid.setColumnStretch(column, 1)
        words = ", ".join(f"{mood} {mood_word(mood)}" for mood in range(1, 6))
        self.setAccessibleName(
            self.tr("Mood marks: a ring filled to the mood's level, from 1 to 5: {words}").format(
                words=words
            )
        )

    def _item(self, mood: int) -> QHBoxLayout:
        glyph = QLabel(self)
        glyph.setFixedSize(QSize(KEY_GLYPH, KEY_GLYPH))
        self._glyphs.append(glyph)
        word = QLabel(mood_word(mood), self)
        word.setProperty("role", "muted")
        item = QHBoxLayout()
        item.setSpacing(4)
        item.addWidget(glyph)
        item.addWidget(word, 1)
        return item

    def set_icons(self, moods: tuple[QIcon, ...]) -> None:
        """Show the timeline's mood marks (redrawn when light or dark mode changes)."""
        for glyph, icon in zip(self._glyphs, moods, strict=False):
            glyph.setPixmap(icon.pixmap(QSize(KEY_GLYPH, KEY_GLYPH)))
