"""Autosave: every change is in the encrypted database within about a second.

The timer starts at the first unsaved change and is not pushed back by further
typing, so continuous writing still saves every ``delay`` milliseconds. Saving
never happens on the keystroke path. A failed save keeps the text where it is
(the editor), says so, and tries again until it works.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import KnownError
from app.records.entries import Entry, EntryFields

SaveFunction = Callable[[str | None, EntryFields], Entry]
DEFAULT_DELAY_MS = 800
RETRY_MS = 4000


class Autosaver(QObject):
    """Debounced, retried saving of one editor's entry.

    Args:
        save: stores ``(entry id or None for a new entry, fields)`` and returns the entry.
        current: returns ``(entry id or None, fields)`` for what the editor shows.

    Signals:
        stateChanged(str, str): "saving", "saved" or "failed", with a plain message.
        saved(object): the stored ``Entry`` after each successful save.
    """

    stateChanged = Signal(str, str)
    saved = Signal(object)

    def __init__(
        self,
        save: SaveFunction,
        current: Callable[[], tuple[str | None, EntryFields]],
        delay_ms: int = DEFAULT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._current = current
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)

    def is_dirty(self) -> bool:
        """Whether there is a change not yet in the database."""
        return self._dirty

    def changed(self) -> None:
        """The user changed something: save within ``delay`` milliseconds."""
        self._dirty = True
        if not self._timer.isActive() and not self._retry.isActive():
            self._timer.start()

    def discard(self) -> None:
        """Forget pending changes (the editor was cleared on purpose)."""
        self._dirty = False
        self._timer.stop()
        self._retry.stop()

    def flush(self) -> bool:
        """Save now if anything is pending; returns whether everything is saved."""
        self._timer.stop()
        self._retry.stop()
        if not self._dirty:
            return True
        entry_id, fields = self._current()
        if entry_id is None and not (fields.body.strip() or fields.title.strip()):
            self._dirty = False  # a new, still empty entry: nothing worth keeping yet
            return True
        self.stateChanged.emit("saving", "")
        try:
            entry = self._save(entry_id, fields)
        except KnownError as error:
            self._retry.start()
            # The core's reason is written for any caller; here the words are on screen.
            still_here = self.tr("Your words are still here; Threshold keeps trying to save them.")
            self.stateChanged.emit("failed", f"{error.message} {still_here}")
            return False
        self._dirty = False
        self.stateChanged.emit("saved", "")
        self.saved.emit(entry)
        return True
