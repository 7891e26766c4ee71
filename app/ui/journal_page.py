"""The unlocked journal: search and timeline on the left, the entry on the right.

This page wires the views to the open journal and to autosave. It owns no data:
everything comes from the journal passed to ``open`` and is dropped in ``close``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from app.errors import KnownError
from app.journal import Journal
from app.storage.models import Entry, EntryFields
from app.ui.autosave import Autosaver
from app.ui.entry_editor import EntryEditor
from app.ui.search_panel import SearchPanel
from app.ui.timeline_view import TimelinePanel

EXTERNAL_CHANGE_POLL_MS = 2000
IDLE_CHECKPOINT_MS = 10_000


class JournalPage(QWidget):
    """Timeline, search and editor for one open journal.

    Signals:
        problem(str): a known error the window should show (plain words).
    """

    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        self._seen_version = 0
        self._shown_row: tuple[object, ...] = ()  # what the timeline shows of the open entry
        # Every widget is created inside its final parent: with the app's style
        # sheet, moving a built widget tree into another widget re-polishes all of
        # it, and assembling the page from parentless parts cost ~15 ms of start-up.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._left = QWidget(self.splitter)
        self.search = SearchPanel(parent=self._left)
        self.timeline = TimelinePanel(parent=self._left)
        self.editor = EntryEditor(self.splitter)
        self.autosaver = Autosaver(self._save, self._current, parent=self)  # dies with the page
        self._poll = QTimer(self, interval=EXTERNAL_CHANGE_POLL_MS)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_CHECKPOINT_MS)
        self._build()
        self._connect()

    # ------------------------------------------------------------------ opening

    def open(self, journal: Journal) -> None:
        """Show ``journal``: newest entry first, or a fresh page when it is empty."""
        self._journal = journal
        self._seen_version = journal.data_version()
        self.timeline.set_store(journal.entries)
        self.search.set_search(lambda query: journal.search(query, limit=50))
        self._poll.start()
        first = journal.entries.summaries(limit=1)
        if first:
            self.show_entry(first[0].id)
        else:
            self.new_entry()

    def save_now(self) -> bool:
        """Save pending changes; False when that failed (the text is still shown)."""
        return self.autosaver.flush()

    def close_journal(self) -> None:
        """Drop every trace of the journal from the views (save first with ``save_now``)."""
        self._poll.stop()
        self._idle.stop()
        self.autosaver.discard()
        self.editor.clear()
        self.search.set_search(None)
        self.timeline.set_store(None)
        self._journal = None

    # ------------------------------------------------------------------ commands

    def new_entry(self) -> None:
        """Start a new entry (stored once something is written)."""
        if not self.autosaver.flush():
            return
        self.editor.clear()
        self.editor.focus_body()

    def show_entry(self, entry_id: str, query: str = "") -> None:
        """Save what is open, then show ``entry_id`` (highlighting ``query``)."""
        if self._journal is None or entry_id == self.editor.entry_id():
            if query:
                self.editor.highlight_matches(query)
            return
        if not self.autosaver.flush():
            return  # the text could not be saved: keep it on screen
        entry = self._journal.entries.get(entry_id)
        self.editor.load(entry)
        self._shown_row = _timeline_row(entry)
        self.timeline.select_entry(entry_id)
        if query:
            self.editor.highlight_matches(query)

    def trash_current(self) -> None:
        """Move the open entry to the trash and show the next one."""
        entry_id, journal = self.editor.entry_id(), self._journal
        if journal is None or entry_id is None or not self.autosaver.flush():
            return  # an unsaved change stays on screen rather than being cleared
        try:
            journal.entries.trash(entry_id)
        except KnownError as error:
            QMessageBox.information(self, self.tr("Threshold"), error.message)
            return
        self.editor.clear()
        self.timeline.reload()
        self._show_current_or_new()

    def show_revisions(self) -> None:
        """Compare and restore earlier versions of the open entry."""
        entry_id = self.editor.entry_id()
        if self._journal is None or entry_id is None or not self.autosaver.flush():
            return
        entries = self._journal.entries
        from app.ui.revisions_dialog import RevisionsDialog  # noqa: PLC0415 - start-up time

        dialog = RevisionsDialog(entries.get(entry_id), entries.revisions(entry_id), self)
        chosen = dialog.chosen_revision_id() if dialog.exec() else None
        if chosen is not None:
            self.editor.load(entries.restore_revision(entry_id, chosen))
            self.timeline.reload()

    def show_trash(self) -> None:
        """Restore trashed entries or empty the trash."""
        if self._journal is None or not self.autosaver.flush():
            return
        from app.ui.trash_dialog import TrashDialog  # noqa: PLC0415 - start-up time

        dialog = TrashDialog(self._journal.entries, self)
        dialog.changed.connect(self.timeline.reload)
        dialog.exec()

    # ------------------------------------------------------------------ internals

    def _build(self) -> None:
        column = QVBoxLayout(self._left)
        column.setContentsMargins(8, 8, 0, 8)
        column.setSpacing(8)
        column.addWidget(self.search)  # grows into a results list while a query is typed
        column.addWidget(self.timeline, 1)
        self.splitter.addWidget(self._left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.timeline.entryActivated.connect(self.show_entry)
        self.search.entryChosen.connect(self.show_entry)
        self.search.activeChanged.connect(lambda active: self.timeline.setVisible(not active))
        self.editor.edited.connect(self.autosaver.changed)
        self.autosaver.stateChanged.connect(self.editor.set_save_state)
        self.autosaver.saved.connect(self._on_saved)
        self._poll.timeout.connect(self._check_external_change)
        self._idle.timeout.connect(self._checkpoint)

    def _save(self, entry_id: str | None, fields: EntryFields) -> Entry:
        assert self._journal is not None
        if entry_id is None:
            return self._journal.entries.add(fields)
        return self._journal.entries.save(entry_id, fields)

    def _current(self) -> tuple[str | None, EntryFields]:
        return self.editor.entry_id(), self.editor.fields()

    def _on_saved(self, entry: Entry) -> None:
        """Keep the timeline in step, but only reload it when its row would change."""
        self._idle.start()  # fold the write-ahead log in once writing pauses
        is_new = self.editor.entry_id() is None
        self.editor.adopt(entry)
        if self._journal is not None:
            self._seen_version = self._journal.data_version()
        row = _timeline_row(entry)
        if row != self._shown_row:
            self._shown_row = row
            self.timeline.reload()
        if is_new:
            self.timeline.select_entry(entry.id)

    def _checkpoint(self) -> None:
        if self._journal is None:
            return
        try:
            self._journal.checkpoint()
        except KnownError:
            self._idle.start()  # busy or full: the log stays valid; try again later

    def _check_external_change(self) -> None:
        """Show what the CLI (or another window) wrote, without a restart."""
        if self._journal is None:
            return
        version = self._journal.data_version()
        if version == self._seen_version:
            return
        self._seen_version = version
        self.timeline.reload()
        entry_id = self.editor.entry_id()
        if entry_id is not None and not self.autosaver.is_dirty():
            try:
                self.editor.load(self._journal.entries.get(entry_id))
            except KnownError:
                self._show_current_or_new()

    def _show_current_or_new(self) -> None:
        current = self.timeline.current_entry_id()
        if current is not None:
            self.show_entry(current)
        else:
            self.new_entry()


def _timeline_row(entry: Entry) -> tuple[object, ...]:
    """What the timeline shows of an entry (a change means its row must reload)."""
    row = entry.summary()
    return (row.id, row.date, row.headline, row.mood, row.theme, row.marked, row.heavy)
