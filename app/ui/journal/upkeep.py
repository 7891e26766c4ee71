"""What the open journal needs while the writer rests, and news of writes from elsewhere.

Kept apart from the journal page because none of it is on screen: a pause in
writing folds the write-ahead log into the database and then tidies the search
index in small steps (never while typing), a cheap poll notices what the
command line or another window wrote, and, when sync is on (Settings → Two
computers), the journal syncs in quiet spells: never while words wait to be
saved, so what a merge brings in is shown without overwriting anything typed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import KnownError
from app.journal import Journal

EXTERNAL_CHANGE_POLL_MS = 2000
SYNC_EVERY_MS = 60_000
FIRST_SYNC_MS = 3_000  # after opening: once the window has painted and settled
IDLE_CHECKPOINT_MS = 10_000
TIDY_STEP_GAP_MS = 50  # between ~10 ms steps of merging the search index, while idle


class JournalUpkeep(QObject):
    """Checkpoints and index tidying in quiet spells; a watch for outside writes.

    Args:
        is_dirty: whether unsaved typing waits (tidying waits for it too).

    Signals:
        writingPaused(): ten quiet seconds after a save (a good time for background work).
        changedElsewhere(): something other than this window wrote to the journal.
    """

    writingPaused = Signal()
    changedElsewhere = Signal()

    def __init__(self, is_dirty: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._is_dirty = is_dirty
        self._journal: Journal | None = None
        self._seen_version = 0
        self._held = False
        self._poll = QTimer(self, interval=EXTERNAL_CHANGE_POLL_MS)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_CHECKPOINT_MS)
        self._tidy = QTimer(self, singleShot=True, interval=TIDY_STEP_GAP_MS)
        self._sync = QTimer(self, interval=SYNC_EVERY_MS)
        self._poll.timeout.connect(self._check_external_change)
        self._idle.timeout.connect(self.checkpoint)
        self._tidy.timeout.connect(self._tidy_step)
        self._sync.timeout.connect(self.sync)

    def start(self, journal: Journal) -> None:
        """Look after ``journal`` from now on (its first quiet spell counts too)."""
        self._journal = journal
        self._seen_version = journal.data_version()
        self._poll.start()
        self._idle.start()
        self._sync.start()
        QTimer.singleShot(FIRST_SYNC_MS, self, self.sync)

    def stop(self) -> None:
        """Let go of the journal (it is closing or locking; ``share_own`` came first)."""
        self._poll.stop()
        self._idle.stop()
        self._tidy.stop()
        self._sync.stop()
        self._journal = None

    def share_own(self) -> None:
        """Before a lock or quit, with the journal still open: this computer's changes out."""
        journal = self._journal
        if journal is None or journal.closed or journal.sync.settings() is None:
            return
        from app.sync.outgoing import share  # noqa: PLC0415 - only with sync on

        with contextlib.suppress(KnownError, OSError):  # kept in the journal, written next time
            share(journal)

    def sync(self) -> None:
        """Sync now if it is on and nothing typed waits; a merge that changed entries is news."""
        journal = self._journal
        if journal is None or journal.closed or self._held or self._is_dirty():
            return
        if journal.sync.settings() is None:
            return
        from app.sync.session import sync_now  # noqa: PLC0415 - only with sync on

        try:
            merged = sync_now(journal)
        except (KnownError, OSError, ValueError):
            return  # the folder is away (a USB stick, a network): the next spell tries again
        if merged.entries:
            self.announce_change()

    def announce_change(self) -> None:
        """Entries changed outside the editor (a merge): the page shows them."""
        self.changedElsewhere.emit()

    def saved(self) -> None:
        """This window saved: that write is not news, and quiet is counted afresh."""
        self._idle.start()  # fold the write-ahead log in once writing pauses
        if self._journal is not None:
            self._seen_version = self._journal.data_version()

    def hold_news(self, held: bool) -> None:
        """While held, writes are this window's own (an attach on a worker's connection).

        Releasing takes the journal's version as seen, so the attach's commit is
        never taken for a change from elsewhere (which would reload the entry).
        """
        self._held = held
        if not held and self._journal is not None:
            self._seen_version = self._journal.data_version()

    def typing(self) -> None:
        """The user typed again: tidying waits for the next pause."""
        self._tidy.stop()

    def checkpoint(self) -> None:
        """Writing paused: fold the log into the database, then tidy the search index."""
        if self._journal is None:
            return
        try:
            self._journal.checkpoint()
        except KnownError:
            self._idle.start()  # busy or full: the log stays valid; try again later
            return
        self._tidy.start()
        self.writingPaused.emit()
        self.sync()

    def _tidy_step(self) -> None:
        """One small merge of the search index; more follow while there is work and quiet.

        Not while held (an import writes on a connection of its own, and a merge here
        would wait for its lock, with the window still).
        """
        if self._journal is None or self._is_dirty() or self._held:
            return
        try:
            more = self._journal.entries.tidy_search_index()
        except KnownError:
            return  # the next pause tries again; searching works either way
        if more:
            self._tidy.start()

    def _check_external_change(self) -> None:
        if self._journal is None or self._held:
            return
        version = self._journal.data_version()
        if version != self._seen_version:
            self._seen_version = version
            self.changedElsewhere.emit()
