"""Settings for attached pictures and documents: keep the original, or clean it on the way in.

Photos carry where and with what they were taken. Every export leaves those
details out anyway; this choice is about what the journal itself keeps.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QWidget

from app.journal import Journal
from app.storage.preferences import Preferences
from app.ui.settings.tab_parts import PreferencesTab
from app.ui.widgets.kit import text_label


class PictureSettings(PreferencesTab):
    """The pictures part of the settings dialog.

    Signals:
        preferencesChanged(object): the stored ``Preferences`` after a change.
    """

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        layout = self._column(
            self.tr("Pictures and documents you attach"),
            self.tr(
                "Photos often carry the place they were taken, the time and the phone that "
                "took them. Exports and printing always leave those details out. Threshold "
                "keeps the original inside your encrypted journal, unchanged, so its "
                "fingerprint (SHA-256) can show it was never altered."
            ),
        )
        self.strip = QCheckBox(self.tr("Remove those details when I attach a file, too"))
        self.strip.setAccessibleName(self.strip.text())
        layout.addWidget(self.strip)
        layout.addWidget(
            text_label(
                self.tr(
                    "Then only the cleaned file is kept, and its fingerprint is the cleaned "
                    "file's. Files attached before keep their originals."
                ),
                "muted",
            )
        )
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.strip.setChecked(journal.preferences.load().strip_on_import)
        self.strip.toggled.connect(lambda _on: self._store(self.preferences()))

    def preferences(self) -> Preferences:
        """The journal's settings with the choice this tab shows."""
        return replace(self._journal.preferences.load(), strip_on_import=self.strip.isChecked())
