"""Settings → Two computers: one journal on two computers, through a folder a sync program carries.

Threshold never runs a server. Turned on here, this computer writes only its own
sealed files into the chosen folder, and the sync program the person already uses
(Syncthing, a cloud folder, a USB stick) carries them; the window syncs in quiet
spells (``app.ui.journal.upkeep``). The core is ``app.sync``; this tab only says
where things stand and offers the three things a person does: start, sync now,
stop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from app.errors import KnownError
from app.journal import Journal
from app.sync.session import leave, status, sync_now, turn_on
from app.ui.settings.tab_parts import add_heading, left_aligned
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders
from app.ui.widgets.kit import button, text_label
from app.ui.widgets.rows import format_moment


class SyncSettings(QWidget):
    """The "Two computers" tab.

    Signals:
        merged(): entries changed through a sync started here (the journal page reloads).
    """

    merged = Signal()

    def __init__(
        self,
        journal: Journal,
        save_typed: Callable[[], bool] = lambda: True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._save_typed = save_typed
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        add_heading(
            layout,
            self.tr("One journal on two computers"),
            self.tr(
                "Threshold never uses a server. It writes only its own sealed files into a "
                "folder you choose, and a sync program you already trust (Syncthing, a "
                "cloud folder, or a USB stick you carry) takes them to your other computer. "
                "The files' names and sizes say nothing about what you wrote."
            ),
        )
        self.how = text_label(
            self.tr(
                "To start: choose the folder here. Then, on the other computer, restore a "
                "backup of this journal and choose the same folder there."
            )
        )
        self.where = text_label()
        self.when = text_label("", "muted")
        self.refused = text_label("", "muted")
        self.message = text_label("", "muted")
        self.start = button(self.tr("&Use a folder…"), self.tr("Use a folder"))
        self.now = button(self.tr("Sync &now"), self.tr("Sync now"))
        self.stop = button(self.tr("Stop syncing &here…"), self.tr("Stop syncing here"))
        for widget in (self.how, self.where, self.when, self.refused):
            layout.addWidget(widget)
        layout.addLayout(left_aligned(self.start, self.now, self.stop))
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.start.clicked.connect(self._start)
        self.now.clicked.connect(self._sync)
        self.stop.clicked.connect(self._stop)
        self.refresh()

    def refresh(self) -> None:
        """Show whether sync is on here, where, and how it went last."""
        found = status(self._journal)
        on = found is not None
        self.how.setVisible(not on)
        self.start.setVisible(not on)
        for widget in (self.where, self.when, self.now, self.stop):
            widget.setVisible(on)
        self.refused.setVisible(bool(found and found.refused))
        if found is None:
            return
        self.where.setText(self.tr("Syncing through {folder}").format(folder=found.folder))
        written = self.tr("%n change file(s) written here", "", found.written)
        others = self.tr("merged from %n other computer(s)", "", found.others)
        last = (
            self.tr("Last synced {when}.").format(when=format_moment(found.last.astimezone()))
            if found.last
            else self.tr("Not synced yet.")
        )
        self.when.setText(f"{last} {written}; {others}.")
        self.refused.setText("\n".join(found.refused))

    def _start(self) -> None:
        with file_dialog_forgets_folders():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("The folder your sync program carries"), str(Path.home())
            )
        if not chosen:
            return
        try:
            turn_on(self._journal, Path(chosen))
        except (KnownError, OSError) as error:
            self._say(self._unreachable(error))
            return
        self._sync()

    def _sync(self) -> None:
        if not self._save_typed():  # a merge must never meet words still waiting to be saved
            self._say(
                self.tr(
                    "What you typed last isn't saved yet, so nothing was synced. Your words "
                    "are still on screen; try again in a moment."
                )
            )
            return
        try:
            merged = sync_now(self._journal)
        except (KnownError, OSError, ValueError) as error:
            self._say(self._unreachable(error))
            self.refresh()
            return
        self._say(
            self.tr("Synced: %n entries came in from the other computer.", "", merged.entries)
            if merged.entries
            else self.tr("Synced. Nothing new from the other computer.")
        )
        if merged.entries:
            self.merged.emit()
        self.refresh()

    def _stop(self) -> None:
        asked = QMessageBox.question(
            self,
            self.tr("Stop syncing here?"),
            self.tr(
                "This computer stops writing to the folder and reading from it. Your "
                "entries stay here as they are, and the other computer keeps its own. "
                "You can use a folder again later."
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            leave(self._journal)
        except KnownError as error:
            self._say(error.message)
            return
        self._say(self.tr("Sync is off on this computer."))
        self.refresh()

    def _unreachable(self, error: Exception) -> str:
        if isinstance(error, KnownError):
            return error.message
        return self.tr(
            "The folder can't be reached just now ({reason}). Your writing is safe here, "
            "and Threshold tries again by itself."
        ).format(reason=getattr(error, "strerror", None) or type(error).__name__)

    def _say(self, words: str) -> None:
        self.message.setText(words)
