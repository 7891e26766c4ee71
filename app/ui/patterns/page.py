"""The Patterns page: what a person's own entries show over a period they choose.

Mood and energy by week with the contacts and incidents of each week beneath;
the feelings, pulls and themes named most; the mood of the days after contact
against the other days, with the counts behind it. Quiet colours, no scores, no
streaks, no advice. Every chart has a table of the same numbers beside it, and
the keyboard reaches every chart and table. Heavy entries are counted, never
quoted: nothing on this page quotes an entry at all.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.errors import KnownError
from app.patterns.figures import figures
from app.records.patterns import Figures, Period
from app.ui.forgetting import ForgetsOnLock
from app.ui.patterns.charts import CountsChart, WeeksChart
from app.ui.patterns.period import PeriodChooser
from app.ui.patterns.tables import (
    after_rows,
    after_table,
    count_rows,
    counts_table,
    fit_rows,
    table_view,
    week_rows,
    weeks_table,
)
from app.ui.patterns.words import after_contact_text, summary_text, tr
from app.ui.widgets.kit import SPACING, button, text_label
from app.ui.widgets.scrolling import scrolled

if TYPE_CHECKING:
    from app.journal import Journal

_WORD_LISTS = (
    ("feelings", "Feelings named"),
    ("pulls", "What pulled at me"),
    ("themes", "Themes written about"),
)


class PatternsPage(QWidget, ForgetsOnLock):
    """The figures of one period, as charts and as tables.

    Signals:
        closeRequested(): back to the journal.
    """

    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patterns-page")
        self._journal: Journal | None = None
        self.found: Figures | None = None
        self.chooser = PeriodChooser(self)
        self.chooser.periodChanged.connect(self.set_period)
        self.summary = text_label()
        self.notice = text_label()
        self.notice.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Patterns"))
        self.tabs.addTab(self._weeks_tab(), tr("&Mood and energy"))
        self.tabs.addTab(self._words_tab(), tr("&Words"))
        self.tabs.addTab(self._after_tab(), tr("&After contact"))
        self.back = button(tr("&Back to the journal"), tr("Back to the journal"))
        self.back.clicked.connect(self.closeRequested.emit)
        self._lay_out()

    # ------------------------------------------------------------------ public

    def open(self, journal: Journal, today: dt.date) -> None:
        """Show the last 3 months of ``journal`` up to ``today``."""
        self._journal = journal
        try:
            first = journal.patterns.first_day()
        except KnownError as error:
            self._say(error.message)
            first = None
        self.set_period(self.chooser.start(today, first))

    def set_period(self, period: Period) -> None:
        """Count ``period`` again and show it."""
        if self._journal is None:
            return
        try:
            found = figures(self._journal, period)
        except KnownError as error:
            self._say(error.message)
            return
        self._say("")
        self._show(found)

    def focus(self) -> None:
        """The keyboard starts on the period."""
        self.chooser.span.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep_before_lock(self) -> bool:
        """Nothing is typed on this page."""
        return True

    def forget(self) -> None:
        """The journal is locking: every figure and word goes."""
        self._journal = None
        self.found = None
        self.summary.clear()
        self._say("")
        self.weeks_chart.clear()
        for model in (self.weeks_model, self.after_model, *self.word_models.values()):
            model.set_rows([])
        for chart in self.word_charts.values():
            chart.clear()
        self.after_words.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes back to the journal."""
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ inside

    def _show(self, found: Figures) -> None:
        self.found = found
        self.summary.setText(summary_text(found))
        self.weeks_chart.set_weeks(found.weeks)
        self.weeks_model.set_rows(week_rows(found.weeks))
        for attribute, _title in _WORD_LISTS:
            counted = getattr(found, attribute)
            self.word_charts[attribute].set_counted(counted)
            self.word_models[attribute].set_rows(count_rows(counted))
        self.after_words.setText(after_contact_text(found))
        self.after_model.set_rows(after_rows(found))
        chosen = self.weeks_chart.chosen()
        if chosen is not None:
            self._select_week(chosen)

    def _say(self, words: str) -> None:
        self.notice.setText(words)
        self.notice.setVisible(bool(words))

    def _select_week(self, row: int) -> None:
        self.weeks_table.setCurrentIndex(self.weeks_model.index(row, 0))

    def _week_in_table(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.weeks_chart.chosen():
            self.weeks_chart.choose(current.row())

    # ------------------------------------------------------------------ building

    def _weeks_tab(self) -> QWidget:
        tab = QWidget()
        self.weeks_chart = WeeksChart(tab)
        self.weeks_model = weeks_table(self)
        self.weeks_table = table_view(
            self.weeks_model, tr("Mood and energy by week, as a table"), tab
        )
        self.weeks_chart.weekChosen.connect(self._select_week)
        self.weeks_table.selectionModel().currentRowChanged.connect(self._week_in_table)
        layout = QVBoxLayout(tab)
        layout.setSpacing(SPACING)
        self.weeks_table.setMinimumHeight(
            self.weeks_table.verticalHeader().defaultSectionSize() * 4
        )
        layout.addWidget(self.weeks_chart, 3)
        layout.addWidget(self.weeks_table, 2)
        return scrolled(tab)  # a short window scrolls rather than flattening the chart

    def _words_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        grid.setSpacing(SPACING)
        self.word_charts: dict[str, CountsChart] = {}
        self.word_models = {}
        for column, (attribute, title) in enumerate(_WORD_LISTS):
            name = tr(title)
            heading = text_label(name, "subheading")
            chart = CountsChart(name, tab)
            model = counts_table(self)
            table = table_view(model, tr("{list}, as a table").format(list=name), tab)
            self.word_charts[attribute] = chart
            self.word_models[attribute] = model
            grid.addWidget(heading, 0, column)
            grid.addWidget(chart, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(table, 2, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        return tab

    def _after_tab(self) -> QWidget:
        tab = QWidget()
        self.after_words = text_label()
        self.after_model = after_table(self)
        self.after_table: QTableView = table_view(
            self.after_model, tr("After contact, as a table"), tab
        )
        fit_rows(self.after_table, 2)
        note = text_label(
            tr(
                "Contacts and incidents come from your contact log and incident record. "
                "The three days after each one count as after it; every other day with a "
                "mood counts as another day. These are your own numbers, not a measure of you."
            ),
            "muted",
        )
        layout = QVBoxLayout(tab)
        layout.setSpacing(SPACING)
        layout.addWidget(self.after_words)
        layout.addWidget(self.after_table)
        layout.addWidget(note)
        layout.addStretch(1)
        return scrolled(tab)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(text_label(tr("Patterns"), "heading"))
        layout.addWidget(
            text_label(
                tr(
                    "What your own entries show over time, with the counts behind every "
                    "number. Nothing here is a score."
                ),
                "muted",
            )
        )
        layout.addWidget(self.chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        row = QVBoxLayout()
        row.addWidget(self.back, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
