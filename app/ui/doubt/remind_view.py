"""Remind me why: my reasons first, then marked entries, what happened next, chosen themes.

The calm place to go in a moment of doubt. It opens in one keystroke from
anywhere (Ctrl+R) and reads only what it shows: the reasons, the marked entries
and their excerpts, a few entries from the themes chosen in settings, and
entries from this day in earlier years. Reasons are edited in place and saved on
every edit; their order is the user's own.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.journal import Journal
from app.storage.preferences import Preferences, days_since
from app.storage.reread import Excerpt
from app.ui.doubt.reason_list import ExcerptList, ReasonList
from app.ui.doubt.remind_models import ExcerptModel, ExcerptRole, ReasonsModel
from app.ui.doubt.remind_pairs import RemindPairs
from app.ui.forgetting import ForgetsOnLock
from app.ui.journal.search_model import EntryRowDelegate
from app.ui.widgets.kit import SPACING, button, link_button, text_label
from app.ui.widgets.rows import format_day

MAX_THEME_ENTRIES = 30


class RemindView(QWidget, ForgetsOnLock):
    """The "remind me why" page.

    Signals:
        openEntryRequested(str): show this entry in the journal.
        reachOutRequested(): start "I'm tempted to reach out".
        contactLogRequested(): open the contact log.
        patternsRequested(): open Patterns.
        closeRequested(): back to the journal.
    """

    openEntryRequested = Signal(str)
    reachOutRequested = Signal()
    contactLogRequested = Signal()
    patternsRequested = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Remind me why"))
        self.reasons = ReasonsModel(parent=self)
        self.marked = ExcerptModel(self)
        self.themed = ExcerptModel(self)
        self.this_day = ExcerptModel(self)
        self._opened_from: tuple[QListView, int] | None = None  # where "Back" returns to
        self._build()
        self._connect()

    # ------------------------------------------------------------------ public

    def keep_before_lock(self) -> bool:
        """Keep a reason half typed; False if that failed."""
        return self.keep_typed()

    def forget(self) -> None:
        """The journal is locking: reasons and excerpts go."""
        self.clear()

    def open(self, journal: Journal, preferences: Preferences, today: dt.date) -> None:
        """Read what the page shows from the open journal."""
        self.reasons.set_store(journal.reasons)
        self.marked.set_excerpts(journal.reread.marked_entries())
        self.themed.set_excerpts(
            journal.reread.theme_entries(preferences.remind_themes, MAX_THEME_ENTRIES)
        )
        day = [
            Excerpt(row, self._years_ago(row.date, today))
            for row in journal.reread.on_this_day(today)
        ]
        self.this_day.set_excerpts(day)
        self.pairs.open(journal)
        self._show_sections(preferences, today)

    def keep_typed(self) -> bool:
        """Add a reason still sitting in the "add" field (leaving never drops words).

        Returns False when it could not be stored (the words stay in the field).
        """
        if not self.new_reason.text().strip():
            return True
        row = self.reasons.add(self.new_reason.text())
        if row is None:
            return False
        self.new_reason.clear()
        return True

    def clear(self) -> None:
        """Drop everything shown (the journal is locking)."""
        self.reasons.set_store(None)
        for model in (self.marked, self.themed, self.this_day):
            model.set_excerpts([])
        self.new_reason.setText("")  # unlike clear(), setText also drops the undo history
        self._opened_from = None
        self.days.clear()
        self.pairs.forget()

    def focus(self) -> None:
        """Start at the reasons, or back on the entry just read when coming back to it."""
        if self._opened_from is not None:
            view, row = self._opened_from
            self._opened_from = None
            model = view.model()
            if view.isVisibleTo(self) and model.rowCount():
                view.setFocus()
                view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))
                return
        self.reason_list.setFocus()
        if self.reasons.rowCount() and not self.reason_list.currentIndex().isValid():
            self.reason_list.setCurrentIndex(self.reasons.index(0))

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        """Two columns under a header; labels keep their height, lists take the rest."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(SPACING)
        outer.addLayout(self._header())
        self.days = text_label("", "muted")
        outer.addWidget(self.days)
        columns = QHBoxLayout()
        columns.setSpacing(2 * SPACING)
        columns.addLayout(self._reasons_column(), 2)
        columns.addLayout(self._entries_column(), 3)
        outer.addLayout(columns, 1)
        for label in self.findChildren(QLabel):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            if label.property("role") in ("heading", "subheading"):
                label.setWordWrap(False)  # one line; a wrapping label asks for room it never uses

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(text_label(self.tr("Remind me why"), "heading"), 1)
        self.reach_out = button(
            self.tr("I'm tempted to &reach out"), self.tr("I'm tempted to reach out"), primary=True
        )
        self.back = button(self.tr("&Back to the journal"), self.tr("Back to the journal"))
        self.contact_log = button(self.tr("Contact &log…"), self.tr("Contact log"))
        row.addWidget(self.contact_log)
        row.addWidget(self.reach_out)
        row.addWidget(self.back)
        return row

    def _reasons_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)  # a nested layout would take its parent's wide spacing
        heading = text_label(self.tr("Your reasons"), "subheading")
        heading.setObjectName("reasons-heading")
        column.addWidget(heading)
        column.addWidget(
            text_label(self.tr("In your own words, in the order that matters to you."), "muted")
        )
        self.reason_list = ReasonList()  # as the reach-out flow shows them: whole, in serif
        self.reason_list.setModel(self.reasons)
        self.reason_list.setAccessibleName(self.tr("Your reasons"))
        self.reason_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.reason_empty = text_label(
            self.tr(
                "Nothing here yet. You could write one reason you'd want to hear on a "
                "hard day. It stays in your encrypted journal."
            ),
            "muted",
        )
        column.addWidget(self.reason_empty)
        column.addWidget(self.reason_list)
        column.addLayout(self._reason_editing())
        column.addStretch(1)  # a short list keeps its editing controls right under it
        return column

    def _reason_editing(self) -> QVBoxLayout:
        box = QVBoxLayout()
        add_row = QHBoxLayout()
        self.new_reason = QLineEdit()
        self.new_reason.setPlaceholderText(self.tr("Add a reason…"))
        self.new_reason.setAccessibleName(self.tr("A new reason"))
        self.add_reason = button(self.tr("&Add"), self.tr("Add the reason"))
        add_row.addWidget(self.new_reason, 1)
        add_row.addWidget(self.add_reason)
        box.addLayout(add_row)
        moves = QHBoxLayout()
        self.move_up = button(self.tr("Move &up"), self.tr("Move the reason up"))
        self.move_down = button(self.tr("Move &down"), self.tr("Move the reason down"))
        self.edit_reason = button(self.tr("Ed&it"), self.tr("Edit the reason"))
        self.remove_reason = button(self.tr("Re&move…"), self.tr("Remove the reason"))
        for widget in (self.move_up, self.move_down, self.edit_reason):
            moves.addWidget(widget)
        moves.addStretch(1)
        moves.addWidget(self.remove_reason)
        box.addLayout(moves)
        return box

    def _entries_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.marked_title = text_label(self.tr("Entries you marked to remember"), "subheading")
        self.marked_list = self._excerpt_list(self.marked, self.tr("Entries you marked"), 6)
        self.marked_empty = text_label(
            self.tr(
                'When an entry feels worth rereading, tick "Remember this" beside it '
                "and it will wait for you here."
            ),
            "muted",
        )
        self.pairs = RemindPairs()  # linked entries: what was hoped, what happened
        self.patterns = link_button(
            self.tr("See your &patterns over time"), self.tr("Patterns over time")
        )
        self.this_day_title = text_label(self.tr("On this day, in earlier years"), "subheading")
        self.this_day_list = self._excerpt_list(self.this_day, self.tr("On this day"), 3)
        self.themed_title = text_label(self.tr("From the themes you chose"), "subheading")
        self.themed_list = self._excerpt_list(self.themed, self.tr("From the themes you chose"), 4)
        for widget in (
            self.marked_title,
            self.marked_empty,
            self.marked_list,
            _spacer(),
            self.pairs,
            self.this_day_title,
            self.this_day_list,
            _spacer(),
            self.themed_title,
            self.themed_list,
            _spacer(),
            self.patterns,
        ):
            column.addWidget(widget)
        column.addStretch(1)  # lists as tall as their rows; the spare room stays below
        return column

    def _excerpt_list(self, model: ExcerptModel, name: str, most: int) -> QListView:
        view = ExcerptList(most)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setUniformItemSizes(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setItemDelegate(
            EntryRowDelegate(ExcerptRole.ExcerptRole, ExcerptRole.DateRole, parent=view)
        )
        view.activated.connect(lambda index: self._open(view, model, index))
        return view

    def _connect(self) -> None:
        self.reach_out.clicked.connect(self.reachOutRequested)
        self.back.clicked.connect(self.closeRequested)
        self.contact_log.clicked.connect(self.contactLogRequested)
        self.patterns.clicked.connect(self.patternsRequested)
        self.add_reason.clicked.connect(self._add)
        self.new_reason.returnPressed.connect(self._add)
        self.move_up.clicked.connect(lambda: self._move(-1))
        self.move_down.clicked.connect(lambda: self._move(1))
        self.edit_reason.clicked.connect(self._edit)
        self.remove_reason.clicked.connect(self._remove)
        self.reasons.failed.connect(self._say)
        self.reasons.modelReset.connect(self._reasons_changed)
        self.reason_list.selectionModel().currentChanged.connect(self._reasons_changed)
        self.reason_list.installEventFilter(self)  # Alt+Up/Down move, Delete removes

    # ------------------------------------------------------------------ reasons

    def _add(self) -> None:
        row = self.reasons.add(self.new_reason.text())
        if row is not None:
            self.new_reason.clear()
            self.reason_list.setCurrentIndex(self.reasons.index(row))

    def _move(self, step: int) -> None:
        row = self.reason_list.currentIndex().row()
        if row < 0:
            return
        ended = self.reasons.move(row, row + step)
        self.reason_list.setCurrentIndex(self.reasons.index(ended))

    def _edit(self) -> None:
        index = self.reason_list.currentIndex()
        if index.isValid():
            self.reason_list.edit(index)

    def _remove(self) -> None:
        row = self.reason_list.currentIndex().row()
        reason = self.reasons.reason(row)
        if reason is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remind me why"),
            self.tr("Remove this reason from your list?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reasons.remove(row)
            if self.reasons.rowCount():
                self.reason_list.setCurrentIndex(
                    self.reasons.index(min(row, self.reasons.rowCount() - 1))
                )

    def _reasons_changed(self) -> None:
        has_rows = self.reasons.rowCount() > 0
        self.reason_empty.setVisible(not has_rows)
        chosen = self.reason_list.currentIndex().isValid()
        for widget in (self.move_up, self.move_down, self.edit_reason, self.remove_reason):
            widget.setEnabled(has_rows and chosen)

    def _say(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Remind me why"), message)

    # ------------------------------------------------------------------ entries

    def _open(self, view: QListView, model: ExcerptModel, index: QModelIndex) -> None:
        entry_id = model.entry_id(index.row())
        if entry_id is not None:
            self._opened_from = (view, index.row())
            self.openEntryRequested.emit(entry_id)

    def _show_sections(self, preferences: Preferences, today: dt.date) -> None:
        self.marked_empty.setVisible(self.marked.rowCount() == 0)
        self.marked_list.setVisible(self.marked.rowCount() > 0)
        showing_day = self.this_day.rowCount() > 0
        self.this_day_title.setVisible(showing_day)
        self.this_day_list.setVisible(showing_day)
        showing_themes = self.themed.rowCount() > 0
        self.themed_title.setVisible(showing_themes)
        self.themed_list.setVisible(showing_themes)
        self.days.setText(self._days_text(preferences, today))
        self.days.setVisible(bool(self.days.text()))
        self._reasons_changed()

    def _years_ago(self, day: dt.date, today: dt.date) -> str:
        years = today.year - day.year
        if years == 1:
            return self.tr("A year ago today")
        return self.tr("{years} years ago today").format(years=years)

    def _days_text(self, preferences: Preferences, today: dt.date) -> str:
        decided = preferences.decision_date
        if not preferences.show_days_since or decided is None:
            return ""
        days = days_since(decided, today)
        if days == 0:
            return self.tr("You made your decision today. Go gently.")
        if days == 1:
            return self.tr(
                "One day since your decision on {date}. However today goes, it still stands."
            ).format(date=format_day(decided))
        return self.tr(
            "{days} days since your decision on {date}. However today goes, it still stands."
        ).format(days=days, date=format_day(decided))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the reasons list: Alt+Up/Down move the reason, Delete removes it."""
        if watched is not self.reason_list or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if event.key() == Qt.Key.Key_Delete and self.reason_list.state() != (
            QAbstractItemView.State.EditingState
        ):
            self._remove()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc goes back to the journal (unless a reason is being edited)."""
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)


def _spacer() -> QWidget:
    """A little air between sections of a column."""
    spacer = QWidget()
    spacer.setFixedHeight(SPACING)
    return spacer
