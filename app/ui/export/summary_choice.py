"""The export dialog's offer of a summary page, and the days it covers.

Off by default: a summary says more than the entries chosen (it counts every
entry of its days), so it is added only when asked. The days are the last three
months unless changed, the same default as the Patterns page; they are dates, not
the exported entries' own span, because a summary for a session is usually "the
weeks since we last met", whichever entries go with it. The note under the dates
says what it counts and that it quotes nothing. A PDF draws it; for the other
formats the choice is greyed out and the note says why.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.records.patterns import Period
from app.ui.widgets.kit import text_label


class SummaryChoice(QWidget):
    """The offer of a summary page, with its first and last day.

    Args:
        today: the last day offered (the dates default to the 13 weeks up to it).

    Signals:
        changed(): the choice or its days changed (the preview follows).
    """

    changed = Signal()

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        recent = Period.recent(today or dt.date.today())
        self.box = QCheckBox(self.tr("Add a s&ummary page before the entries"))
        self.box.setAccessibleName(self.tr("Add a summary page before the entries"))
        self.since = self._date(recent.since, self.tr("The summary's first day"))
        self.until = self._date(recent.until, self.tr("The summary's last day"))
        self.note = text_label("", "muted")
        self._build()
        self.box.toggled.connect(self._update)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._dates_changed)
        self._pdf = True
        self._update()

    def period(self) -> Period | None:
        """The days to summarise, or None when no summary is wanted (or the format has none)."""
        if not (self._pdf and self.box.isChecked()):
            return None
        return Period(_day(self.since.date()), _day(self.until.date()))

    def set_pdf(self, pdf: bool) -> None:
        """Offer the summary for a PDF only; for other formats say why it is greyed out."""
        self._pdf = pdf
        self.box.setEnabled(pdf)
        self._update()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.box)
        row = QHBoxLayout()
        between = QLabel(self.tr("&Between"))
        between.setBuddy(self.since)
        row.addWidget(between)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("and")))
        row.addWidget(self.until)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.note)

    def _date(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self.tr("d MMM yyyy"))
        edit.setAccessibleName(name)
        return edit

    def _dates_changed(self) -> None:
        """The first day never after the last: each bounds the other."""
        self.until.setMinimumDate(self.since.date())
        self.since.setMaximumDate(self.until.date())
        self.changed.emit()

    def _update(self) -> None:
        chosen = self._pdf and self.box.isChecked()
        self.since.setEnabled(chosen)
        self.until.setEnabled(chosen)
        if not self._pdf:
            self.note.setText(self.tr("A summary page is drawn in a PDF only."))
        else:
            self.note.setText(
                self.tr(
                    "Your moods and energy by week, themes, what pulled at you, contacts and "
                    "incidents, counted over every entry of these days, not only the ones "
                    "you share. No entry is quoted."
                )
            )
        self.changed.emit()


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
