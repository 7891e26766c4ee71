"""The incident form's parts: when it happened (date, time, "about", zone) and what kind.

The time is a wall clock in a zone, as the person lived it; ``when_happened``
checks it (a time that never was, came twice or is still to come is refused with
its reason) so the form says so with every word still in place.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from app.records.incidents import IncidentKind, When
from app.storage.incident_times import local_zone_name, when_happened
from app.ui.record.labels import kind_label
from app.ui.widgets.kit import SPACING
from app.ui.widgets.mood_picker import chip
from app.ui.widgets.translate import tr

KINDS_PER_ROW = 3


class WhenField(QWidget):
    """Date, time, "about then" and the time zone of when something happened."""

    def __init__(self, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QDateEdit(QDate(now.year, now.month, now.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(tr("d MMM yyyy"))
        self.date.setAccessibleName(tr("The day it happened"))
        self.time = QTimeEdit(QTime(now.hour, now.minute), self)
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(tr("The time it happened"))
        self.about = QCheckBox(tr("&About then"), self)
        self.about.setAccessibleName(tr("The time is remembered roughly"))
        self.zone = _zone_box(self)
        self._given: tuple[When, tuple[dt.datetime, bool, str]] | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING // 2)
        for widget in (self.date, self.time, self.about):
            row.addWidget(widget)
        row.addWidget(self.zone, 1)

    def naive(self) -> dt.datetime:
        """The wall-clock time given, to the minute."""
        day, time = self.date.date(), self.time.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def when(self) -> When:
        """When it happened, checked.

        Raises:
            InvalidInput: a time that never was, came twice or is still to come.
        """
        if self._given is not None and self._shown() == self._given[1]:
            return self._given[0]  # as the record has it: an amendment changes nothing here
        zone = self.zone.currentText().strip()
        return when_happened(self.naive(), zone or None, about=self.about.isChecked())

    def _shown(self) -> tuple[dt.datetime, bool, str]:
        return self.naive(), self.about.isChecked(), self.zone.currentText().strip()

    def set_when(self, when: When) -> None:
        """Show a record's time, in the zone it was lived in."""
        moment = when.moment
        self.date.setDate(QDate(moment.year, moment.month, moment.day))
        self.time.setTime(QTime(moment.hour, moment.minute))
        self.about.setChecked(when.about)
        self.zone.setCurrentText(when.zone)
        self._given = (when, self._shown())


def _zone_box(parent: QWidget) -> QComboBox:
    """The zone, this computer's by default; any IANA name can be typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setAccessibleName(tr("Time zone"))
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    local = local_zone_name()
    box.addItems(sorted(available_timezones()))
    box.setCurrentText(local)
    completer = box.completer()
    if completer is not None:
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(completer.filterMode().MatchContains)
    line = box.lineEdit()
    if line is not None:
        line.setPlaceholderText(tr("This computer's time"))
        line.setAccessibleName(box.accessibleName())  # what is typed in it
    return box


class KindChips(QWidget):
    """What kind of thing it was: one chip per kind, several may be chosen.

    Signals:
        changed(): the chosen kinds changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("What kind"))
        self.chips: dict[IncidentKind, QPushButton] = {}
        self._given: tuple[IncidentKind, ...] = ()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING // 2)
        for position, kind in enumerate(IncidentKind):
            widget = chip(kind_label(kind), kind_label(kind))
            widget.setAutoDefault(False)
            widget.toggled.connect(self.changed)
            grid.addWidget(widget, position // KINDS_PER_ROW, position % KINDS_PER_ROW)
            self.chips[kind] = widget
        grid.setColumnStretch(KINDS_PER_ROW, 1)
        # The label's Alt+K focuses the first chip (a button as buddy would be clicked);
        # Tab skips a widget with a focus proxy, so the chips keep their own order.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(next(iter(self.chips.values())))

    def kinds(self) -> tuple[IncidentKind, ...]:
        """The chosen kinds: a record's own in its order, then any chosen since in the list's."""
        chosen = [kind for kind, widget in self.chips.items() if widget.isChecked()]
        kept = [kind for kind in self._given if kind in chosen]
        return tuple(kept + [kind for kind in chosen if kind not in kept])

    def set_kinds(self, kinds: tuple[IncidentKind, ...]) -> None:
        """Choose exactly these kinds (their order is kept, so an amendment changes nothing)."""
        self._given = kinds
        for kind, widget in self.chips.items():
            widget.setChecked(kind in kinds)
