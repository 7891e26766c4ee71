"""Settings for the check-in: my phase, the evening offer, an optional reminder.

These are the journal's own settings (they say something private), so they are
stored inside the encrypted database, never in the plain settings file. Every
change is saved at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.journal import Journal
from app.prompts.checkin_data import CheckinData
from app.records.prompts import Phase
from app.storage.preferences import DEFAULT_REMINDER_TEXT, MAX_REMINDER_CHARS, Preferences
from app.ui.settings.tab_parts import PreferencesTab, add_heading, left_aligned
from app.ui.widgets.kit import button, text_label
from app.ui.widgets.translate import tr


class CheckinSettings(PreferencesTab):
    """The check-in part of the settings dialog.

    Signals:
        preferencesChanged(object): the stored ``Preferences`` after a change.
        managePromptsRequested(): open the prompts dialog.
    """

    managePromptsRequested = Signal()

    def __init__(self, journal: Journal, data: CheckinData, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self._data = data
        self._build()
        self._show(journal.preferences.load())
        self._connect()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = self._column(
            self.tr("Where you are"),
            self.tr(
                "Prompts that fit where you are come first. This stays inside your "
                "encrypted journal."
            ),
        )
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Where you are"))
        self.phase.addItem(self.tr("I'd rather not say"), None)
        for info in self._data.phases:
            self.phase.addItem(info.name, info.phase.value)
        layout.addWidget(self.phase)
        self.phase_description = text_label("", "muted")
        layout.addWidget(self.phase_description)
        layout.addSpacing(16)
        add_heading(layout, self.tr("The evening check-in"))
        self.offer = QCheckBox(self.tr("Offer the check-in when I open Threshold in the evening"))
        self.offer.setAccessibleName(self.offer.text())
        layout.addWidget(self.offer)
        layout.addLayout(self._reminder())
        layout.addWidget(self.error)
        self.manage = button(self.tr("Prompts…"), self.tr("Manage prompts"))
        layout.addLayout(left_aligned(self.manage))
        layout.addStretch(1)

    def _reminder(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.remind = QCheckBox(self.tr("Remind me in the evening while Threshold is open"))
        self.remind.setAccessibleName(self.remind.text())
        box.addWidget(self.remind)
        form = QFormLayout()
        self.time = QTimeEdit()
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(self.tr("Reminder time"))
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_REMINDER_CHARS)
        self.text.setPlaceholderText(tr(DEFAULT_REMINDER_TEXT))
        self.text.setAccessibleName(self.tr("Reminder words"))
        form.addRow(self.tr("At"), self.time)
        form.addRow(self.tr("Words"), self.text)
        box.addLayout(form)
        box.addWidget(
            text_label(
                self.tr(
                    "The reminder shows only these words, never anything from your journal. "
                    "Choose words that would mean nothing to someone else."
                ),
                "muted",
            )
        )
        return box

    def _connect(self) -> None:
        self.phase.currentIndexChanged.connect(self._save)
        self.offer.toggled.connect(self._save)
        self.remind.toggled.connect(self._save)
        self.time.timeChanged.connect(self._save)
        self.text.editingFinished.connect(self._save)
        self.manage.clicked.connect(self.managePromptsRequested)

    # ------------------------------------------------------------------ state

    def preferences(self) -> Preferences:
        """What the controls show now (the journal's other settings as they are)."""
        value = self.phase.currentData()
        at = self.time.time()
        return replace(
            self._journal.preferences.load(),
            phase=Phase(value) if value else None,
            offer_checkin=self.offer.isChecked(),
            reminder_on=self.remind.isChecked(),
            reminder_time=dt.time(at.hour(), at.minute()),
            reminder_text=self.text.text().strip() or DEFAULT_REMINDER_TEXT,
        )

    def _show(self, preferences: Preferences) -> None:
        index = self.phase.findData(preferences.phase.value if preferences.phase else None)
        self.phase.setCurrentIndex(max(index, 0))
        self.offer.setChecked(preferences.offer_checkin)
        self.remind.setChecked(preferences.reminder_on)
        self.time.setTime(QTime(preferences.reminder_time.hour, preferences.reminder_time.minute))
        text = preferences.reminder_text
        self.text.setText("" if text == DEFAULT_REMINDER_TEXT else text)
        self._enable_reminder(preferences.reminder_on)
        self._describe_phase(preferences.phase)

    def _save(self) -> None:
        wanted = self.preferences()
        self._enable_reminder(wanted.reminder_on)
        self._describe_phase(wanted.phase)
        self._store(wanted)

    def _enable_reminder(self, on: bool) -> None:
        self.time.setEnabled(on)
        self.text.setEnabled(on)

    def _describe_phase(self, phase: Phase | None) -> None:
        info = next((i for i in self._data.phases if i.phase is phase), None)
        self.phase_description.setText(info.description if info else "")
        self.phase_description.setVisible(info is not None)
