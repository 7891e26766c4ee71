"""The Patterns page timed offscreen for ``patterns_bench.py``: opened, painted, each period.

Measured the way ``record_view_bench.py`` measures a room: the window's own
modules loaded first (as at start-up), the page made in a stack of the window's
size the first time (its modules imported then, timed), opened on the journal
with ``open(journal, today)``, shown and painted once (``repaint``); a period
change is ``set_period`` and a paint.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import os
import sys
import time
from typing import Any

from app.journal import Journal
from app.records.patterns import Period

PAGE_MODULE = "app.ui.patterns.page"


def measure_page(
    journal: Journal, chosen: dict[str, Period], today: dt.date, repeat: int
) -> dict[str, list[float]] | None:
    """Seconds: the first open, the opens after it, and each change to a period, by name.

    None when the page does not exist (yet).
    """
    if importlib.util.find_spec(PAGE_MODULE) is None:
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QStackedWidget  # noqa: PLC0415

    import app.ui.main_window  # noqa: F401, PLC0415 - loaded at start-up: not the room's cost

    first = (
        "page first open (a new page)"
        if PAGE_MODULE in sys.modules
        else ("page first open (room imported)")
    )
    qt = QApplication.instance() or QApplication(sys.argv)
    stack = QStackedWidget()
    stack.resize(1100, 720)
    stack.show()
    qt.processEvents()
    found = {first: [open_page(stack, journal, today)]}
    found["page open"] = [open_page(stack, journal, today) for _ in range(repeat)]
    changes: dict[str, list[float]] = {f"page, change to {name}": [] for name in chosen}
    for _ in range(repeat):
        for name, period in chosen.items():
            changes[f"page, change to {name}"].append(change_period(stack, period))
    stack.close()
    return found | changes


def open_page(stack: Any, journal: Journal, today: dt.date) -> float:
    """Make the page (the first time) and open it on the journal, painted; seconds."""
    started = time.perf_counter()
    room = importlib.import_module(PAGE_MODULE)  # the first open's import is timed
    page = stack.findChild(room.PatternsPage)
    if page is None:
        page = room.PatternsPage(stack)
        stack.addWidget(page)
    page.open(journal, today)
    stack.setCurrentWidget(page)
    stack.repaint()
    return time.perf_counter() - started


def change_period(stack: Any, period: Period) -> float:
    """Choose another period on the open page, painted; seconds."""
    started = time.perf_counter()
    stack.currentWidget().set_period(period)
    stack.repaint()
    return time.perf_counter() - started
