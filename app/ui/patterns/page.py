"""The Patterns page: what a person's own entries show over a period they choose.

Mood and energy by week (by month past about fourteen months) with the contacts
and incidents of each week beneath; the feelings, pulls and themes named most;
the mood of the days after contact against the other days, with the counts
behind it; and what was hoped for beside what happened next (entries linked
from the editor, ``PairsView``). Quiet colours, no scores, no streaks, no advice.
Every chart has a table of the same numbers beside it, and the keyboard reaches
every chart and table. Heavy entries are counted, never quoted: only the pairs
show entries' words, and a heavy one waits behind its notice.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.patterns.figures import figures
from app.records.patterns import Figures, Period, Week
from app.ui.forgetting import ForgetsOnLock
from app.ui.journal.next_pairs import PairsView
from app.ui.patterns.charts import CountsChart, WeeksChart
from app.ui.patterns.period import PeriodChooser
from app.ui.patterns.tables import (
    FigureTable,
    after_rows,
    after_table,
    count_rows,
    counts_table,
    fit_rows,
    table_view,
    week_rows,
    week_sentence,
    weeks_headers,
)
from app.ui.patterns.words import (
    after_contact_note,
    after_contact_text,
    empty_text,
    summary_text,
)
from app.ui.widgets.accessible import announce
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.kit import SPACING, button, text_label
from app.ui.widgets.scrolling import scrolled
from app.ui.widgets.translate import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from app.journal import Journal

_WORD_LISTS = (  # marked for translation, said through tr()
    ("feelings", QT_TR_NOOP("Feelings named")),
    ("pulls", QT_TR_NOOP("What pulled at you")),
    ("themes", QT_TR_NOOP("Themes written about")),
)
CONTENT_LINES = 75
"""The page's widest, in text lines: numbers stay near their labels on a wide screen."""


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
        self._shown: list[Week] = []
        self._monthly = False
        self.found: Figures | None = None
        # made in reading order: a screen reader meets them as they stand on the page
        self.heading = text_label(tr("Patterns"), "heading")
        self.intro = text_label(
            tr(
                "What your own entries show over time, with the counts behind every number. "
                "Nothing here is a score."
            ),
            "muted",
        )
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
        self.pairs = PairsView(self)
        self.tabs.addTab(self.pairs, tr("What happened &next"))
        self.empty = text_label(empty_text(), "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.back = button(tr("&Back to the journal"), tr("Back to the journal"))
        self.back.clicked.connect(self.closeRequested.emit)
        self._lay_out()

    # ------------------------------------------------------------------ public

    def open(self, journal: Journal, today: dt.date) -> None:
        """Show ``journal`` up to ``today``: the last 3 months, or what was chosen this visit."""
        again = self._journal is journal
        self._journal = journal
        try:
            first = journal.patterns.first_day()
        except KnownError as error:
            self._say(error.message)
            first = None
        self.weeks_chart.choose(None)
        self.set_period(self.chooser.start(today, first, again=again))

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
        announce(self.summary, self.summary.text())  # a new period is news to a screen reader
        self.pairs.open(self._journal, period.since, period.until)

    def focus(self) -> None:
        """The keyboard starts on the period."""
        self.chooser.span.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep_before_lock(self) -> bool:
        """Nothing is typed on this page."""
        return True

    def forget(self) -> None:
        """The journal is locking: every figure and word goes."""
        self._journal = None
        self.chooser.cancel_typing()
        self.found = None
        self._shown = []
        self.summary.clear()
        self.readout.clear()
        self._say("")
        self.weeks_chart.clear()
        for model in (self.weeks_model, self.after_model, *self.word_models.values()):
            model.set_rows([])
        for chart in self.word_charts.values():
            chart.clear()
        self.after_words.clear()
        self.pairs.forget()

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
        # a pair needs entries, so a period without entries or records has none to show
        nothing = not found.entries and not any(w.contacts or w.incidents for w in found.weeks)
        self.pages.setCurrentIndex(1 if nothing else 0)
        shown, self._monthly = found.shown()
        self._shown = list(shown)
        self.weeks_chart.set_weeks(self._shown, by_month=self._monthly)
        self.weeks_model.set_headers(weeks_headers(by_month=self._monthly))
        self.weeks_model.set_rows(week_rows(self._shown, found.period, by_month=self._monthly))
        fit_rows(self.weeks_table, len(self._shown))
        for attribute, _title in _WORD_LISTS:
            counted = getattr(found, attribute)
            self.word_charts[attribute].set_counted(counted)
            self.word_models[attribute].set_rows(count_rows(counted))
            fit_rows(self.word_tables[attribute], len(counted))
        self.after_words.setText(after_contact_text(found))
        self.after_model.set_rows(after_rows(found))
        chosen = self.weeks_chart.chosen()
        self._week_chosen(chosen)
        if chosen is not None:
            self.weeks_table.setCurrentIndex(self.weeks_model.index(chosen, 0))

    def _say(self, words: str) -> None:
        self.notice.setText(words)
        self.notice.setVisible(bool(words))

    def _week_chosen(self, row: int | None) -> None:
        """The chosen week's numbers, in words under the chart (for eyes and the mouse)."""
        if row is None or not 0 <= row < len(self._shown):
            self.readout.setText(
                tr("Choose a week, with the arrow keys or a click, to see its numbers here.")
                if self._shown
                else ""
            )
            return
        self.readout.setText(week_sentence(self._shown[row], by_month=self._monthly))

    def _select_week(self, row: int) -> None:
        self.weeks_table.setCurrentIndex(self.weeks_model.index(row, 0))
        self._week_chosen(row)

    def _week_in_table(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.weeks_chart.chosen():
            self.weeks_chart.choose(current.row())
            self._week_chosen(current.row())

    # ------------------------------------------------------------------ building

    def _weeks_tab(self) -> QWidget:
        tab = QWidget()
        self.weeks_chart = WeeksChart(tab)
        self.readout = text_label("", "muted")
        self.weeks_model = FigureTable(weeks_headers(by_month=False), self)
        self.weeks_table = table_view(self.weeks_model, tr("Mood and energy, as a table"), tab)
        self.weeks_chart.weekChosen.connect(self._select_week)
        self.weeks_table.selectionModel().currentRowChanged.connect(self._week_in_table)
        layout = QVBoxLayout(tab)
        layout.setSpacing(SPACING)
        layout.addWidget(self.weeks_chart)
        layout.addWidget(self.readout)
        layout.addWidget(self.weeks_table)
        layout.addStretch(1)
        return _scrolling(tab)

    def _words_tab(self) -> QWidget:
        """The three lists side by side, or beneath each other where they don't fit."""
        tab = QWidget()
        lists = FlowLayout(spacing=SPACING, fill=True)
        self.word_charts: dict[str, CountsChart] = {}
        self.word_models = {}
        self.word_tables: dict[str, QTableView] = {}
        for attribute, title in _WORD_LISTS:
            name = tr(title)
            block = QWidget(tab)
            column = QVBoxLayout(block)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(SPACING)
            chart = CountsChart(name, block)
            model = counts_table(self)
            table = table_view(model, tr("{list}, as a table").format(list=name), block)
            self.word_charts[attribute] = chart
            self.word_models[attribute] = model
            self.word_tables[attribute] = table
            column.addWidget(text_label(name, "subheading"))
            column.addWidget(chart)
            column.addWidget(table)
            column.addStretch(1)
            lists.addWidget(block)
        layout = QVBoxLayout(tab)  # the tab's usual margins, as the other tabs have
        layout.addLayout(lists)
        layout.addStretch(1)
        return _scrolling(tab)

    def _after_tab(self) -> QWidget:
        tab = QWidget()
        self.after_words = text_label()
        self.after_model = after_table(self)
        self.after_table: QTableView = table_view(
            self.after_model, tr("After contact, as a table"), tab
        )
        fit_rows(self.after_table, 2)
        layout = QVBoxLayout(tab)
        layout.setSpacing(SPACING)
        layout.addWidget(self.after_words)
        layout.addWidget(self.after_table)
        layout.addWidget(text_label(after_contact_note(), "muted"))
        layout.addStretch(1)
        return _scrolling(tab)

    def _lay_out(self) -> None:
        column = QWidget(self)
        column.setMaximumWidth(self.fontMetrics().height() * CONTENT_LINES)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(SPACING)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addWidget(self.chooser)
        inner.addWidget(self.summary)
        inner.addWidget(self.notice)
        self.pages = QStackedWidget(column)
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(_scrolling(self.empty))
        inner.addWidget(self.pages, 1)
        inner.addWidget(self.back, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)  # the column as wide as it may be, in the middle
        layout.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 2 * SPACING)
        layout.addStretch(1)
        layout.addWidget(column, 100)
        layout.addStretch(1)


def _scrolling(content: QWidget) -> QScrollArea:
    """One scroll for a tab's whole content; the area itself never takes the keyboard."""
    area = scrolled(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.viewport().setAutoFillBackground(False)
    return area
