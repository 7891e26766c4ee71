"""The unlocked journal: search and timeline on the left, the entry on the right.

This page wires the views to the open journal and to autosave. It owns no data:
everything comes from the journal passed to ``open`` and is dropped in ``close``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QSplitter, QVBoxLayout, QWidget

from app.errors import KnownError
from app.journal import Journal
from app.records.entries import Entry, EntryFields
from app.ui.autosave import Autosaver
from app.ui.first_paint import after_first_paint
from app.ui.forgetting import ForgetsOnLock
from app.ui.journal.editor import EntryEditor
from app.ui.journal.evening_invite import EveningInvite
from app.ui.journal.prompt_panel import PromptPanel
from app.ui.journal.search_panel import SearchPanel
from app.ui.journal.timeline_view import TimelinePanel
from app.ui.journal.upkeep import JournalUpkeep
from app.ui.presentation import display_name
from app.ui.widgets.kit import link_button
from app.ui.widgets.text_surface import column_width, editor_font

if TYPE_CHECKING:  # read when first needed, after the window has painted
    from app.prompts.library import PromptLibrary
    from app.records.prompts import Prompt
    from app.ui.journal.attaching import AttachFlow


class JournalPage(QWidget, ForgetsOnLock):
    """Timeline, search and editor for one open journal.

    Signals:
        problem(str): a known error the window should show (plain words).
        pauseRequested(): "I need a pause" while writing a check-in (already saved).
        finishRequested(): the check-in's writing is done (already saved).
        thisDayRequested(): show the entries from this day in earlier years.
        writingPaused(): ten quiet seconds after a save (a good time for background work).
    """

    problem = Signal(str)
    pauseRequested = Signal()
    finishRequested = Signal()
    thisDayRequested = Signal()
    writingPaused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        self._shown_row: tuple[object, ...] = ()  # what the timeline shows of the open entry
        # Every widget is created inside its final parent: with the app's style
        # sheet, moving a built widget tree into another widget re-polishes all of
        # it, and assembling the page from parentless parts cost ~15 ms of start-up.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._left = QWidget(self.splitter)
        self.search = SearchPanel(parent=self._left)
        self.timeline = TimelinePanel(parent=self._left)
        self._right = QWidget(self.splitter)
        self.invite = EveningInvite(self._right)
        self.this_day = link_button("", self.tr("Entries from this day in earlier years"))
        self.this_day.setParent(self._left)
        self.this_day.hide()
        self.prompt_panel = PromptPanel(self._right)
        self.editor = EntryEditor(self._right)
        self._library: PromptLibrary | None = None
        self.autosaver = Autosaver(self._save, self._current, parent=self)  # dies with the page
        self.upkeep = JournalUpkeep(self.autosaver.is_dirty, parent=self)
        self._attaching: AttachFlow | None = None  # made after the first paint: start-up time
        self._build()
        self._connect()

    # ------------------------------------------------------------------ opening

    def keep_before_lock(self) -> bool:
        """Let an attach under way finish (its reference joins the text), then save it."""
        if self._attaching is not None:
            self._attaching.finish()
        saved = self.save_now()
        self.upkeep.share_own()
        return saved

    def forget(self) -> None:
        """The journal is locking: every list and field of this page empties."""
        self.close_journal()

    def open(self, journal: Journal) -> None:
        """Show ``journal``: newest entry first, or a fresh page when it is empty."""
        self._journal = journal
        self.timeline.set_store(journal.entries)
        self.search.set_search(lambda query: journal.entries.search(query, limit=50))
        self.upkeep.start(journal)
        after_first_paint(self, self._offer_themes)
        after_first_paint(self, self._start_attaching)
        after_first_paint(self, self.timeline.prepare_filters)
        first = journal.entries.summaries(limit=1)
        if first:
            self.show_entry(first[0].id)
        else:
            self.new_entry()

    @property
    def attaching(self) -> AttachFlow:
        """Paste, drop and "Attach…", the strip and the preview's pictures (made when needed)."""
        return self._attaching or self._make_attaching()

    def choose_files_to_attach(self) -> None:
        """Entry → Attach…: pictures and PDFs chosen in a file dialog."""
        self.attaching.choose_files()

    def _start_attaching(self) -> None:
        """After the first paint: the open entry's attachments show, pastes and drops work."""
        if self._journal is not None and self._attaching is None:
            self._make_attaching()

    def _make_attaching(self) -> AttachFlow:
        from app.ui.journal.attaching import AttachFlow  # noqa: PLC0415 - start-up time

        self._attaching = AttachFlow(self)
        self._attaching.show_entry_attachments()
        self.editor.refresh_preview()  # its pictures had no resolver until now
        return self._attaching

    def save_now(self) -> bool:
        """Save pending changes; False when that failed (the text is still shown)."""
        return self.autosaver.flush()

    def journal(self) -> Journal | None:
        """The open journal, or None while locked."""
        return self._journal

    def saved_entry_id(self) -> str | None:
        """The open entry's id, storing it first if new (even empty); None if that failed."""
        if self._journal is None or not self.autosaver.flush():
            return None
        if self.editor.entry_id() is None:
            try:
                self._on_saved(self._journal.entries.add(self.editor.fields()))
            except KnownError as error:
                self.problem.emit(error.message)
                return None
        return self.editor.entry_id()

    def close_journal(self) -> None:
        """Drop every trace of the journal from the views (save first with ``save_now``)."""
        self.upkeep.stop()
        self.autosaver.discard()
        if self._attaching is not None:
            self._attaching.forget()
        self.editor.clear()
        self.search.set_search(None)
        self.timeline.set_store(None)
        self.prompt_panel.show_prompt(None, "", in_checkin=False)
        self.invite.hide()
        self.this_day.hide()
        self.editor.forget_revealed()
        self._shown_row = ()  # it holds the open entry's title
        self._library = None
        self._journal = None

    # ------------------------------------------------------------------ commands

    def new_entry(self) -> None:
        """Start a new entry (stored once something is written)."""
        if not self.autosaver.flush():
            return
        self.editor.clear()
        self.timeline.clear_current()  # nothing older stays highlighted while writing
        self.editor.focus_body()

    def new_entry_saved(self) -> bool:
        """``new_entry``, reporting whether the open entry could be saved first."""
        if not self.autosaver.flush():
            return False
        self.new_entry()
        return True

    def start_entry(self, fields: EntryFields) -> bool:
        """Store a new entry with these fields now and open it; False if saving failed."""
        if self._journal is None or not self.autosaver.flush():
            return False
        try:
            entry = self._journal.entries.add(fields)
        except KnownError as error:
            QMessageBox.information(self, display_name(), error.message)
            return False
        self.timeline.reload()
        self.show_entry(entry.id)
        return True

    def begin_checkin_writing(self, prompt: Prompt | None) -> None:
        """Step 4: the prompt above the editor, with the check-in's exits; focus the text."""
        self.invite.hide()
        self.prompt_panel.show_prompt(prompt, self._theme_name(prompt), in_checkin=True)
        self.editor.focus_body()

    def end_checkin(self, remember: bool) -> None:
        """Step 5 is done: keep the prompt shown, mark the entry if asked, save."""
        self.prompt_panel.end_checkin()
        if remember and not self.editor.is_marked():
            self.editor.set_marked(True)
        self.save_now()
        self.editor.focus_body()

    def offer_this_day(self, count: int) -> None:
        """A quiet link when earlier years have entries on this day (no content shown)."""
        if count == 1:
            text = self.tr("You wrote on this day in an earlier year")
        else:
            text = self.tr("You wrote on this day in earlier years ({count})").format(count=count)
        self.this_day.setText(text)
        self.this_day.setVisible(count > 0)

    def prompt_library(self) -> PromptLibrary:
        """Shipped, imported and own prompts (read once per opening, or after changes)."""
        if self._library is None:
            assert self._journal is not None
            from app.prompts.library import theme_names  # noqa: PLC0415 - start-up time

            self._library = self._journal.prompts.library()
            self.timeline.set_themes(theme_names(self._library.themes))
        return self._library

    def refresh_prompts(self) -> None:
        """Prompts were added, imported or removed: read them again when next needed."""
        self._library = None

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
        self._show_prompt_of(entry)
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
            QMessageBox.information(self, display_name(), error.message)
            return
        self.editor.clear()
        self.timeline.reload()
        self._show_current_or_new()

    def show_revisions(self) -> None:
        """Compare and restore earlier versions of the open entry."""
        from app.ui.journal.revisions_dialog import show_revisions  # noqa: PLC0415 - start-up

        show_revisions(self)

    def show_trash(self) -> None:
        """Restore trashed entries or empty the trash."""
        from app.ui.journal.trash_dialog import show_trash  # noqa: PLC0415 - start-up time

        show_trash(self)

    # ------------------------------------------------------------------ internals

    def _build(self) -> None:
        column = QVBoxLayout(self._left)
        column.setContentsMargins(8, 8, 0, 8)
        column.setSpacing(8)
        column.addWidget(self.search)  # grows into a results list while a query is typed
        column.addWidget(self.timeline, 1)
        column.addWidget(self.this_day, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout(self._right)
        right.setContentsMargins(8, 8, 8, 0)
        right.setSpacing(8)
        right.addWidget(self.invite)
        # The prompt sits over the text column, as wide as the lines below it.
        self.prompt_panel.setMaximumWidth(column_width(editor_font()) + 32)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.prompt_panel, 100)
        centred.addStretch(1)
        right.addLayout(centred)
        right.addWidget(self.editor, 1)
        self.splitter.addWidget(self._left)
        self.splitter.addWidget(self._right)
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
        self.upkeep.changedElsewhere.connect(self._show_external_change)
        self.upkeep.writingPaused.connect(self.writingPaused)
        self.editor.contentDeferred.connect(self.timeline.focus_list)
        self.this_day.clicked.connect(self.thisDayRequested)
        self.prompt_panel.pauseRequested.connect(lambda: self._saved_then(self.pauseRequested))
        self.prompt_panel.finishRequested.connect(lambda: self._saved_then(self.finishRequested))
        self.editor.edited.connect(self.upkeep.typing)

    def _save(self, entry_id: str | None, fields: EntryFields) -> Entry:
        assert self._journal is not None
        if entry_id is None:
            return self._journal.entries.add(fields)
        return self._journal.entries.save(entry_id, fields)

    def _current(self) -> tuple[str | None, EntryFields]:
        return self.editor.entry_id(), self.editor.fields()

    def _on_saved(self, entry: Entry) -> None:
        """Keep the timeline in step, but only reload it when its row would change."""
        self.upkeep.saved()
        is_new = self.editor.entry_id() is None
        self.editor.adopt(entry)
        row = _timeline_row(entry)
        if row != self._shown_row:
            self._shown_row = row
            self.timeline.reload()
        if is_new:
            self.timeline.select_entry(entry.id)

    def _offer_themes(self) -> None:
        """Name every theme in the timeline and its filter, imported ones too (cheap)."""
        if self._journal is None:
            return
        try:
            self.timeline.set_themes(self._journal.prompts.theme_names())
        except KnownError:
            return  # only labels; a damaged page is reported by the check after opening

    def _saved_then(self, signal: SignalInstance) -> None:
        """Save first; only a saved entry may leave the screen for a pause or the closing."""
        if self.save_now():
            signal.emit()

    def _show_prompt_of(self, entry: Entry) -> None:
        """Show the prompt an entry answered (none for free writing); ends a check-in.

        At start-up the first entry's prompt appears just after the first paint:
        finding it reads the journal's packs and one shipped file (a few ms).
        """
        self.prompt_panel.show_prompt(None, "", in_checkin=False)
        if entry.prompt is None:
            return
        if self._library is not None:
            prompt = self._library.prompt(entry.prompt)
            self.prompt_panel.show_prompt(prompt, self._theme_name(prompt), in_checkin=False)
            return
        after_first_paint(self, lambda: self._show_prompt_later(entry.id))

    def _show_prompt_later(self, entry_id: str) -> None:
        if self._journal is None or self.editor.entry_id() != entry_id:
            return
        if self.prompt_panel.in_checkin:
            return  # a check-in began meanwhile and shows its own prompt
        entry = self._journal.entries.get(entry_id)
        prompt = self._journal.prompts.find(entry.prompt, entry.theme) if entry.prompt else None
        name = self.timeline.model.theme_label(prompt.theme) if prompt else ""
        self.prompt_panel.show_prompt(prompt, name or "", in_checkin=False)

    def _theme_name(self, prompt: Prompt | None) -> str:
        return self.prompt_library().theme_name(prompt.theme) if prompt else ""

    def _show_external_change(self) -> None:
        """Show what the CLI (or another window) wrote, without a restart."""
        if self._journal is None:
            return
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
