"""What a screen reader is told beyond a widget's name: its role, and news as it happens.

A chart drawn with QPainter is a plain QWidget to Qt, which AT-SPI calls a "filler";
``give_role`` registers the role it really has (a chart), served by one factory.
``announce`` says a sentence once (a new period's summary), politely, without moving
the focus, where the platform supports announcements.
"""

from __future__ import annotations

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_ROLES: dict[type[QWidget], QAccessible.Role] = {}
# Every interface the factory made. Qt's accessibility cache keeps the C++ object and
# deletes it itself (when its widget goes, or as the app ends), but PySide leaves a
# Python-made object owned by Python: once the last Python reference went, the cache
# held a dangling pointer and the app died as it quit under a screen reader (a
# segfault in QAccessibleCache::deleteInterface, found by the AT-SPI journey). Kept
# here, the Python side never deletes them; one per chart, so the list stays short.
_MADE: list[QAccessibleInterface] = []


def give_role(kind: type[QWidget], role: QAccessible.Role) -> None:
    """Widgets of ``kind`` report ``role`` to assistive technology (idempotent)."""
    if not _ROLES:
        QAccessible.installFactory(_interface_for)
    _ROLES[kind] = role


def _interface_for(_key: str, target: QObject) -> QAccessibleInterface | None:
    for kind, role in _ROLES.items():
        if isinstance(target, kind):
            made = QAccessibleWidget(target, role)
            _MADE[:] = [kept for kept in _MADE if shiboken6.isValid(kept)]  # Qt deleted these
            _MADE.append(made)
            return made
    return None


def announce(widget: QWidget, words: str) -> None:
    """Say ``words`` once to a screen reader, without taking the focus."""
    event = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8 and later
    if words and event is not None and QAccessible.isActive():
        QAccessible.updateAccessibility(event(widget, words))
