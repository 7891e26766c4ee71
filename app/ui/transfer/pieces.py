"""Small pieces both transfer dialogs use: counts and dates in words, a bar, the primary look."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a single thing, else ``many`` with its ``{count}`` in the locale's digits."""
    return one if count == 1 else many.format(count=QLocale().toString(count))


def long_date(day: dt.date) -> str:
    """A date as the locale writes it in full, without the weekday ("3 March 2019")."""
    locale = QLocale()
    layout = locale.dateFormat(QLocale.FormatType.LongFormat)
    layout = re.sub(r"d{4}[,.]?\s*", "", layout).strip(" ,")
    return str(locale.toString(QDate(day.year, day.month, day.day), layout))


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its wrapped words at its width (never shorter).

    A message that appears in a dialog sized earlier would otherwise squeeze the
    lines above it until they are cut off.
    """
    layout = window.layout()
    if layout is None:
        return
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = window.screen()
    if screen is not None:
        needed = min(needed, round(screen.availableGeometry().height() * 0.9))
    if needed > window.height():
        window.resize(width, needed)


def busy_bar(name: str) -> QProgressBar:
    """A quiet, thin bar with no end, hidden until something is being read or written."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setAccessibleName(name)
    bar.setVisible(False)
    return bar


def set_primary(buttons: dict[QPushButton, bool]) -> None:
    """Give the primary look to the buttons marked True and take it from the others.

    The look follows the step the person is at (Read It once a password is
    asked for), so the green button is always the one Return presses.
    """
    for widget, primary in buttons.items():
        widget.setProperty("primary", "true" if primary else "false")
        widget.style().unpolish(widget)  # the property changed: let the style see it
        widget.style().polish(widget)
