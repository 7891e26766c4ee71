"""Settings for "remind me why": which themes to reread, and an optional count of days.

Stored inside the encrypted journal with the other journal settings. The count
of days since the decision is off unless the user turns it on, and it is only a
count from a date they chose: nothing resets, nothing is a streak.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QListWidget, QListWidgetItem, QWidget

from app.journal import Journal
from app.records.prompts import Theme
from app.storage.preferences import Preferences
from app.ui.settings.tab_parts import PreferencesTab, add_heading
from app.ui.widgets.kit import text_label
from app.ui.widgets.translate import tr


class RemindSettings(PreferencesTab):
    """The "remind me why" part of the settings dialog.

    Signals:
        preferencesChanged(object): the stored ``Preferences`` after a change.
    """

    def __init__(
        self, journal: Journal, themes: tuple[Theme, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(journal, parent)
        self._build(themes)
        self._show(journal.preferences.load())
        self.themes.itemChanged.connect(lambda _item: self._save())
        self.count_days.toggled.connect(self._save)
        self.decided.dateChanged.connect(self._save)

    def _build(self, themes: tuple[Theme, ...]) -> None:
        layout = self._column(
            self.tr("Themes to reread"),
            self.tr(
                'Besides your reasons and marked entries, "Remind me why" shows '
                "entries on these themes."
            ),
        )
        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Themes to reread"))
        for theme in themes:
            item = QListWidgetItem(theme.name)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.themes.addItem(item)
        layout.addWidget(self.themes, 1)
        layout.addSpacing(16)
        add_heading(layout, self.tr("Your decision"))
        self.count_days = QCheckBox(self.tr("Show how many days it has been since I decided"))
        self.count_days.setAccessibleName(self.count_days.text())
        self.decided = QDateEdit()
        self.decided.setCalendarPopup(True)
        self.decided.setDisplayFormat(tr("d MMM yyyy"))  # the language's shape of a day
        self.decided.setMaximumDate(QDate.currentDate())
        self.decided.setAccessibleName(self.tr("The day you decided"))
        layout.addWidget(self.count_days)
        layout.addWidget(self.decided)
        layout.addWidget(
            text_label(
                self.tr(
                    "Off unless you want it. It only counts from the day you choose; "
                    "a hard day never resets it."
                ),
                "muted",
            )
        )
        layout.addWidget(self.error)

    def preferences(self) -> Preferences:
        """The journal's settings with what these controls show."""
        chosen = tuple(
            str(self.themes.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.themes.count())
            if self.themes.item(n).checkState() == Qt.CheckState.Checked
        )
        day: dt.date = self.decided.date().toPython()  # type: ignore[assignment]
        return replace(
            self._journal.preferences.load(),
            remind_themes=chosen,
            decision_date=day if self.count_days.isChecked() else None,
            show_days_since=self.count_days.isChecked(),
        )

    def _show(self, preferences: Preferences) -> None:
        for n in range(self.themes.count()):
            item = self.themes.item(n)
            theme = item.data(Qt.ItemDataRole.UserRole)
            checked = theme in preferences.remind_themes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.count_days.setChecked(preferences.show_days_since)
        day = preferences.decision_date or dt.date.today()
        self.decided.setDate(QDate(day.year, day.month, day.day))
        self.decided.setEnabled(preferences.show_days_since)

    def _save(self) -> None:
        self.decided.setEnabled(self.count_days.isChecked())
        self._store(self.preferences())
