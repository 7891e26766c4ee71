"""What was hoped for and what happened: linked entries, side by side.

A list of pairs ("12 Mar 2026 → 3 Apr 2026" and both headlines) and, for the
chosen pair, the two entries read-only as the editor's preview renders them:
what was hoped for or promised on the left, what happened next on the right.
An entry marked heavy shows the same kind notice as in the editor, and its text
only when asked for (for the rest of the session). Reused where pairs are shown:
"Remind me why" and the Patterns page.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.records.entries import Entry
from app.ui.forgetting import ForgetsOnLock
from app.ui.journal.content_note import ContentNote
from app.ui.journal.pair_models import LinkRole, PairRow, PairsModel, rows_high
from app.ui.widgets.kit import SPACING, text_label
from app.ui.widgets.lists import list_view
from app.ui.widgets.rows import TwoLineRowDelegate, format_day
from app.ui.widgets.text_surface import PreviewBrowser, preview_style

if TYPE_CHECKING:
    from app.journal import Journal
    from app.storage.entries import EntryStore

SHOWN_ROWS = 4
"""The list of pairs is this many rows tall; the entries take the rest."""
READING_LIMIT_CHARS = 200_000  # as the editor's preview


class PairPane(QWidget):
    """One side of a pair: its heading, the entry's day and title, then its text or a notice."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: str | None = None
        self.heading = text_label(heading, "subheading")
        self.when = text_label("", "muted")
        self.text = PreviewBrowser(self)
        self.text.setObjectName("entryPreview")  # the theme's paper, as the editor's preview
        self.text.setAccessibleName(heading)
        self.text.setTabChangesFocus(True)
        self.note = ContentNote(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.text)
        self.pages.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        for widget in (self.heading, self.when):
            layout.addWidget(widget)
        layout.addWidget(self.pages, 1)

    def show_entry(self, entry: Entry, hidden: bool) -> None:
        """Show ``entry``: its notice while ``hidden`` (marked heavy, not yet asked for)."""
        self.entry_id = entry.id
        title = entry.title or entry.headline or self.tr("Untitled entry")
        self.when.setText(f"{format_day(entry.date)}  ·  {title}")
        if hidden:
            self._set_text("")
            self.pages.setCurrentWidget(self.note)
            return
        from app.render.markdown_html import render_html  # noqa: PLC0415 - start-up time

        self.text.document().setDefaultStyleSheet(preview_style())
        self._set_text(render_html(entry.body[:READING_LIMIT_CHARS]))
        self.pages.setCurrentWidget(self.text)

    def clear(self) -> None:
        """Show nothing (no pair chosen, or the journal is locking)."""
        self.entry_id = None
        self.when.setText("")
        self._set_text("")
        self.pages.setCurrentWidget(self.text)

    def _set_text(self, html: str) -> None:
        self.text.setHtml(html)
        self.text.document().clearUndoRedoStacks()


class PairsView(QWidget, ForgetsOnLock):
    """Linked pairs, and the chosen pair's two entries side by side, read-only.

    ``open(journal, since, until)`` reads the pairs of live entries with either
    day in the period (all of them without one); ``forget`` drops every word.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What happened next"))
        self.model = PairsModel(self)
        self._entries: EntryStore | None = None
        self._revealed: set[str] = set()  # heavy entries shown this session
        self._build()
        self._connect()

    # ------------------------------------------------------------------ public

    def open(
        self, journal: Journal, since: dt.date | None = None, until: dt.date | None = None
    ) -> None:
        """Read the pairs from the open journal and show the first (or the empty words)."""
        self._entries = journal.entries
        try:
            rows = [
                PairRow(
                    pair,
                    journal.entries.get(pair.earlier).summary(),
                    journal.entries.get(pair.later).summary(),
                )
                for pair in journal.links.pairs(since, until)
            ]
        except KnownError:
            rows = []  # the journal could not be read just now: shown as no pairs
        self.model.set_pairs(rows)
        self._show_state()
        if rows:
            self.list.setCurrentIndex(self.model.index(0))

    def select_pair(self, earlier: str, later: str) -> bool:
        """Choose the pair of these two entries; False when it is not listed."""
        for row in range(self.model.rowCount()):
            found = self.model.pair(row)
            if found is not None and (found.pair.earlier, found.pair.later) == (earlier, later):
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return False

    def focus(self) -> None:
        """Start at the list of pairs."""
        self.list.setFocus()

    def forget(self) -> None:
        """The journal is locking: every pair and both entries' words go."""
        self.model.set_pairs([])
        for pane in (self.hoped, self.happened):
            pane.clear()
        self._entries = None
        self._revealed.clear()
        self._show_state()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.empty = text_label(
            self.tr(
                "Nothing is linked yet. When an entry tells what came of something hoped "
                "for or promised, you can open the earlier entry and choose Entry → Link "
                "What Happened Next… The two will wait for you here, side by side."
            ),
            "muted",
        )
        delegate = TwoLineRowDelegate(LinkRole.DetailRole)
        self.list = list_view(QListView(self), self.model, delegate, self.tr("Linked entries"))
        self.list.setMaximumHeight(rows_high(self.list, SHOWN_ROWS))
        self.hoped = PairPane(self.tr("What you hoped for, or were promised"), self)
        self.happened = PairPane(self.tr("What happened next"), self)
        self.panes = QWidget(self)
        side_by_side = QHBoxLayout(self.panes)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.setSpacing(2 * SPACING)
        side_by_side.addWidget(self.hoped, 1)
        side_by_side.addWidget(self.happened, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.panes, 1)
        QWidget.setTabOrder(self.list, self.hoped.text)
        QWidget.setTabOrder(self.hoped.text, self.happened.text)

    def _connect(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._show_current)
        for pane in (self.hoped, self.happened):
            pane.note.showRequested.connect(lambda pane=pane: self._reveal(pane))
            pane.note.notNowRequested.connect(self.list.setFocus)

    # ------------------------------------------------------------------ showing

    def _show_state(self) -> None:
        has_pairs = self.model.rowCount() > 0
        self.empty.setVisible(not has_pairs)
        self.list.setVisible(has_pairs)
        self.panes.setVisible(has_pairs)

    def _show_current(self, index: QModelIndex) -> None:
        row = self.model.pair(index.row())
        if row is None or self._entries is None:
            for pane in (self.hoped, self.happened):
                pane.clear()
            return
        for pane, entry_id in ((self.hoped, row.pair.earlier), (self.happened, row.pair.later)):
            try:
                entry = self._entries.get(entry_id)
            except KnownError:
                pane.clear()
                continue
            pane.show_entry(entry, hidden=entry.heavy and entry.id not in self._revealed)

    def _reveal(self, pane: PairPane) -> None:
        if pane.entry_id is None:
            return
        self._revealed.add(pane.entry_id)
        self._show_current(self.list.currentIndex())
        pane.text.setFocus()
