"""Settings: how the journal opens, the check-in, "remind me why", and the screen.

The dialog is the frame: each tab is a widget of its own, in its own module
(opening_tab, checkin_tab, remind_tab, pictures_tab, screen_tab), and each saves its changes
as they are made. The dialog passes their news on to the window as signals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.presentation import Presentation
from app.prompts.checkin_data import checkin_data
from app.ui.controller import JournalController
from app.ui.settings.checkin_tab import CheckinSettings
from app.ui.settings.opening_tab import OpeningSettings
from app.ui.settings.remind_tab import RemindSettings
from app.ui.widgets.scrolling import scrolled


class SettingsDialog(QDialog):
    """How the journal opens (keyring or passphrase), the recovery key, and the check-in.

    Args:
        presentation: where the on-screen choices are kept and what they are now;
            with it, the dialog has an "On screen" tab.
        save_typed: saves what the editor holds (False if it couldn't): a sync
            started here waits for it, so a merge never meets unsaved words.

    Signals:
        preferencesChanged(object): the journal's check-in settings changed.
        promptsChanged(): prompts were added, imported or removed.
        presentationChanged(object): the window's name, icon or hide choices changed.
        journalChanged(): entries changed through a sync started here.
    """

    preferencesChanged = Signal(object)
    promptsChanged = Signal()
    presentationChanged = Signal(object)
    journalChanged = Signal()

    def __init__(
        self,
        controller: JournalController,
        parent: QWidget | None = None,
        *,
        presentation: tuple[Path, Presentation] | None = None,
        save_typed: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._controller = controller
        self._presentation = presentation
        self._save_typed = save_typed
        self.opening = OpeningSettings(controller)
        self.opening.preferencesChanged.connect(self.preferencesChanged)
        self._build()

    def refresh(self) -> None:
        """Show what opens the journal now and offer the matching changes."""
        self.opening.refresh()

    def show_page(self, page: QWidget) -> None:
        """Bring the tab holding ``page`` forward (each tab scrolls its page)."""
        for index in range(self.tabs.count()):
            holder = self.tabs.widget(index)
            if holder is page or (isinstance(holder, QScrollArea) and holder.widget() is page):
                self.tabs.setCurrentIndex(index)
                return

    def show_access_history(self) -> None:
        """Open on the history of who opened the journal (after the note about attempts)."""
        if self._controller.is_open():
            self.show_page(self.access)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(self.opening), self.tr("&Opening and recovery"))
        self._add_other_tabs()
        outer.addWidget(self.tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)
        self.resize(self._width_for_every_tab(), 520)

    def _width_for_every_tab(self) -> int:
        """Room for every tab's name in one row (German's are long), within the screen."""
        wanted = max(720, self.tabs.tabBar().sizeHint().width() + 48)
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, round(screen.availableGeometry().width() * 0.9))
        return wanted

    def _add_other_tabs(self) -> None:
        """The check-in, "remind me why" and on-screen tabs (the first two need the journal)."""
        if self._controller.is_open():
            self.checkin = CheckinSettings(self._controller.journal, checkin_data())
            self.checkin.preferencesChanged.connect(self.preferencesChanged)
            self.checkin.managePromptsRequested.connect(self._manage_prompts)
            self.tabs.addTab(scrolled(self.checkin), self.tr("&Check-in"))
            from app.prompts.library import shipped_library  # noqa: PLC0415 - rarely opened

            journal = self._controller.journal
            themes = shipped_library().with_packs(journal.prompts.packs()).themes
            self.remind = RemindSettings(journal, themes)
            self.remind.preferencesChanged.connect(self.preferencesChanged)
            self.tabs.addTab(scrolled(self.remind), self.tr("&Remind me why"))
            from app.ui.settings.pictures_tab import PictureSettings  # noqa: PLC0415

            self.pictures = PictureSettings(journal)
            self.pictures.preferencesChanged.connect(self.preferencesChanged)
            self.tabs.addTab(scrolled(self.pictures), self.tr("&Pictures"))
            from app.ui.settings.access_tab import AccessHistorySettings  # noqa: PLC0415

            self.access = AccessHistorySettings(journal.vault.access_history)
            self.tabs.addTab(scrolled(self.access), self.tr("&Who opened it"))
            from app.ui.settings.sync_tab import SyncSettings  # noqa: PLC0415

            self.sync = SyncSettings(journal, self._save_typed)
            self.sync.merged.connect(self.journalChanged)
            self.tabs.addTab(scrolled(self.sync), self.tr("&Two computers"))
        if self._presentation is not None:
            from app.ui.settings.screen_tab import ScreenSettings  # noqa: PLC0415

            self.on_screen = ScreenSettings(*self._presentation)
            self.on_screen.presentationChanged.connect(self.presentationChanged)
            self.tabs.addTab(scrolled(self.on_screen), self.tr("On &screen"))

    def _manage_prompts(self) -> None:
        from app.ui.settings.prompts_dialog import PromptsDialog  # noqa: PLC0415 - rarely opened

        PromptsDialog(self._controller.journal, self).exec()
        self.promptsChanged.emit()
