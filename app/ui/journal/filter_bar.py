"""The timeline's compact filter bar: tag, theme, mood, marks, a date range, a source.

It turns its controls into one ``EntryFilter`` and says so only when the filter
really changed. Typing in the text fields waits a moment before filtering, so a
half-typed tag does not flash "nothing matches"; Enter applies it at once. None of
what is typed here is ever stored: the bar forgets it when cleared or locked.

Where entries were imported from (Day One, jrnl, …) is a choice only once the
journal holds imported entries: ``set_sources`` offers them, ``show_source``
picks one (the import dialog's "Show them").

It also carries the key to the timeline's mood marks (each mood's ring and word),
and it fits the side panel as it is: opening it never widens the panel, so the
writing column beside it stays where it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.records.entries import EntryFilter
from app.records.imports import SourceKind
from app.ui.journal.filter_parts import FilterIcons, MoodKey, OptionalDateEdit, filter_icons
from app.ui.journal.timeline_model import mood_word
from app.ui.widgets.icons import with_kit_clear_button
from app.ui.widgets.translate import tr

TYPING_PAUSE_MS = 300
COMBO_CHARACTERS = 6  # a choice shows at least this much of its name, then is cut


class FilterBar(QWidget):
    """Controls that narrow the timeline.

    Args:
        parent: the owning widget.

    Signals:
        filterChanged(EntryFilter): the filter the controls describe now.
    """

    filterChanged = Signal(EntryFilter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last = EntryFilter()
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._apply)
        self._build()
        self._connect()

    # ------------------------------------------------------------------ public

    def entry_filter(self) -> EntryFilter:
        """The filter the controls describe."""
        tags = tuple(tag.strip() for tag in self.tag_field.text().split(",") if tag.strip())
        mood = self.mood_combo.currentData()
        pull = self.pull_combo.currentData()
        return EntryFilter(
            since=self.since_edit.chosen_date(),
            until=self.until_edit.chosen_date(),
            tags=tags,
            theme=self._theme_id(self.theme_combo.currentText().strip()) or None,
            mood=mood if isinstance(mood, int) else None,
            marked=True if self.remembered_box.isChecked() else None,
            heavy=True if self.heavy_box.isChecked() else None,
            pull=pull if isinstance(pull, str) else None,
            source=self.chosen_source(),
        )

    def chosen_source(self) -> str | None:
        """The source chosen ("dayone", …), or None for entries from anywhere."""
        source = self.source_combo.currentData()
        return source if isinstance(source, str) else None

    def clear(self) -> None:
        """Show everything again (one filterChanged at most)."""
        self._typing.stop()
        for widget in self._controls():
            widget.blockSignals(True)
        self.tag_field.clear()
        self.theme_combo.setEditText("")
        self.mood_combo.setCurrentIndex(0)
        self.pull_combo.setCurrentIndex(0)
        self.source_combo.setCurrentIndex(0)
        self.remembered_box.setChecked(False)
        self.heavy_box.setChecked(False)
        self.since_edit.clear_date()
        self.until_edit.clear_date()
        for widget in self._controls():
            widget.blockSignals(False)
        self._apply()

    def clear_dates(self) -> None:
        """Drop the date range only (one filterChanged at most)."""
        for edit in (self.since_edit, self.until_edit):
            edit.blockSignals(True)
            edit.clear_date()
            edit.blockSignals(False)
        self._apply()

    def set_themes(self, themes: Mapping[str, str]) -> None:
        """Offer these themes (id -> name) by name; typing any other text still works."""
        text = self.theme_combo.currentText()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        for theme_id, name in themes.items():
            self.theme_combo.addItem(name, theme_id)
        self.theme_combo.setEditText(text)
        self.theme_combo.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Offer the check-in's pulls the first time the bar is shown (read on demand)."""
        super().showEvent(event)
        if self.pull_combo.count() == 1:
            from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - start-up time

            self.set_pulls({pull.id: pull.label for pull in checkin_data().pulls})

    def set_pulls(self, pulls: Mapping[str, str]) -> None:
        """Offer the check-in's quick choices (id -> label) as a filter."""
        chosen = self.pull_combo.currentData()
        self.pull_combo.blockSignals(True)
        while self.pull_combo.count() > 1:
            self.pull_combo.removeItem(1)
        for pull_id, label in pulls.items():
            self.pull_combo.addItem(label, pull_id)
        self.pull_combo.setCurrentIndex(max(0, self.pull_combo.findData(chosen)))
        self.pull_combo.blockSignals(False)

    def set_sources(self, sources: Iterable[str]) -> None:
        """Offer "Imported from …" for these sources (none: the choice is not shown)."""
        chosen, wanted = self.chosen_source(), set(sources)
        offered = [kind.value for kind in SourceKind if kind.value in wanted]
        self.source_combo.blockSignals(True)
        while self.source_combo.count() > 1:
            self.source_combo.removeItem(1)
        for source in offered:
            label = self.tr("Imported from {source}").format(source=source_label(source))
            self.source_combo.addItem(label, source)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(chosen)))
        self.source_combo.blockSignals(False)
        self.source_combo.setVisible(bool(offered))
        self._apply()  # a source no longer offered is no longer a filter

    def offered_sources(self) -> list[str]:
        """The sources offered, in the order shown."""
        return [str(self.source_combo.itemData(i)) for i in range(1, self.source_combo.count())]

    def show_source(self, source: str) -> None:
        """Show only the entries imported from ``source`` (offering it if it was not)."""
        if source not in self.offered_sources():
            self.set_sources([*self.offered_sources(), source])
        self.source_combo.setCurrentIndex(self.source_combo.findData(source))

    def _theme_id(self, text: str) -> str:
        """The id of the theme whose name was typed or chosen, or the text itself."""
        for index in range(self.theme_combo.count()):
            if self.theme_combo.itemText(index).casefold() == text.casefold():
                return str(self.theme_combo.itemData(index))
        return text

    def refresh_icons(self) -> None:
        """The timeline's glyphs again, in the current light or dark mode."""
        self.set_icons(filter_icons())

    def set_icons(self, icons: FilterIcons) -> None:
        """Show the timeline's glyphs beside the matching controls."""
        self.remembered_box.setIcon(icons.remembered)
        self.heavy_box.setIcon(icons.heavy)
        for mood, icon in enumerate(icons.moods, start=1):
            self.mood_combo.setItemIcon(mood, icon)
        self.mood_key.set_icons(icons.moods)

    def is_active(self) -> bool:
        """Whether any filter narrows the list."""
        return self.entry_filter() != EntryFilter()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.tag_field = QLineEdit(self)
        self.tag_field.setPlaceholderText(self.tr("Tag"))
        with_kit_clear_button(self.tag_field)
        self.tag_field.setAccessibleName(self.tr("Show entries with this tag"))
        self.theme_combo = self._theme_combo()
        self.mood_combo = self._mood_combo()
        self.pull_combo = QComboBox(self)
        self.pull_combo.addItem(self.tr("Anything that pulled"), None)
        self.pull_combo.setAccessibleName(self.tr("Show entries where this pulled at you"))
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(self.tr("From anywhere"), None)
        self.source_combo.setAccessibleName(self.tr("Show entries imported from"))
        self.source_combo.setVisible(False)  # until the journal holds imported entries
        self.remembered_box = QCheckBox(self.tr("Remembered only"), self)
        self.remembered_box.setAccessibleName(self.tr("Show only entries marked to remember"))
        self.heavy_box = QCheckBox(self.tr("Heavy only"), self)
        self.heavy_box.setAccessibleName(self.tr("Show only entries marked as heavy"))
        self.since_edit = OptionalDateEdit(self.tr("Any date"), self)
        self.since_edit.setAccessibleName(self.tr("Show entries from this date"))
        self.until_edit = OptionalDateEdit(self.tr("Any date"), self)
        self.until_edit.setAccessibleName(self.tr("Show entries up to this date"))
        self.clear_dates_button = QToolButton(self)
        self.clear_dates_button.setText(self.tr("Clear"))
        self.clear_dates_button.setAccessibleName(self.tr("Clear the date range"))
        self.mood_key = MoodKey(self)
        for combo in (self.theme_combo, self.mood_combo, self.pull_combo, self.source_combo):
            # Sized to the panel, not to the longest choice: the open list shows it whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
        self._lay_out()

    def _theme_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme_field = combo.lineEdit() or QLineEdit(combo)
        self.theme_field.setPlaceholderText(self.tr("Any theme"))
        with_kit_clear_button(self.theme_field)
        combo.setAccessibleName(self.tr("Show entries on this theme"))
        self.theme_field.setAccessibleName(combo.accessibleName())  # what is typed in it
        return combo

    def _mood_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Any mood"), None)
        for mood in range(1, 6):
            combo.addItem(self.tr("{mood} · {word}").format(mood=mood, word=mood_word(mood)), mood)
        combo.setAccessibleName(self.tr("Show entries with this mood"))
        return combo

    def _lay_out(self) -> None:
        """Short rows in two columns and the mood key, so the bar fits a narrow side panel."""
        self.tag_field.setMinimumHeight(self.theme_combo.sizeHint().height())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self.tag_field, 0, 0)
        grid.addWidget(self.mood_combo, 0, 1)
        grid.addWidget(self.theme_combo, 1, 0)
        grid.addWidget(self.pull_combo, 1, 1)
        grid.addWidget(self.remembered_box, 2, 0)
        grid.addWidget(self.heavy_box, 2, 1)
        grid.addLayout(self._dates(), 3, 0, 1, 2)
        grid.addWidget(self.source_combo, 4, 0, 1, 2)
        grid.addWidget(self.mood_key, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _dates(self) -> QGridLayout:
        """From and to on rows of their own, with Clear beside them."""
        dates = QGridLayout()
        dates.setSpacing(8)
        for row, (text, edit) in enumerate(
            ((self.tr("From"), self.since_edit), (self.tr("to"), self.until_edit))
        ):
            label = QLabel(text, self)
            label.setProperty("role", "muted")
            label.setBuddy(edit)
            dates.addWidget(label, row, 0)
            dates.addWidget(edit, row, 1)
        dates.addWidget(self.clear_dates_button, 0, 2)
        dates.setColumnStretch(1, 1)
        return dates

    def _connect(self) -> None:
        self.tag_field.textChanged.connect(self._typing.start)
        self.tag_field.returnPressed.connect(self._apply)
        self.theme_combo.currentTextChanged.connect(self._typing.start)
        self.theme_field.returnPressed.connect(self._apply)
        self.theme_combo.activated.connect(self._apply)
        self.mood_combo.currentIndexChanged.connect(self._apply)
        self.pull_combo.currentIndexChanged.connect(self._apply)
        self.source_combo.currentIndexChanged.connect(self._apply)
        self.remembered_box.toggled.connect(self._apply)
        self.heavy_box.toggled.connect(self._apply)
        self.since_edit.dateChanged.connect(self._apply)
        self.until_edit.dateChanged.connect(self._apply)
        self.clear_dates_button.clicked.connect(self.clear_dates)

    def _controls(self) -> list[QWidget]:
        return [
            self.tag_field,
            self.theme_combo,
            self.mood_combo,
            self.pull_combo,
            self.source_combo,
            self.remembered_box,
            self.heavy_box,
            self.since_edit,
            self.until_edit,
        ]

    def _apply(self) -> None:
        self._typing.stop()
        current = self.entry_filter()
        if current != self._last:
            self._last = current
            self.filterChanged.emit(current)


def source_label(source: str) -> str:
    """The name a person knows a source by ("Day One", "a Markdown folder")."""
    return tr(SourceKind(source).label)
