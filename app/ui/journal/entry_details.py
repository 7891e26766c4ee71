"""An entry's details above its text: title, date, mood, marks, tags and the check-in.

Kept apart from the writing surface because none of it touches the body: these
controls show an entry's fields, read them back for saving, and say when the
user changed one. The check-in's answers are shown, never edited here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.records.entries import Entry, EntryFields
from app.ui.first_paint import after_first_paint
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.text_surface import editor_font
from app.ui.widgets.translate import tr

TITLE_FONT_SCALE = 1.3


class EntryDetails(QWidget):
    """The title, a row of date, mood and marks, the tags and the check-in line.

    Signals:
        edited(): the user changed a detail (never emitted by ``show_fields``).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.title = QLineEdit(self)
        self._row = QWidget(self)
        self.date = QDateEdit(self._row)
        self.mood = QComboBox(self._row)
        self.remember = QCheckBox(self.tr("Remember this"), self._row)
        self.heavy = QCheckBox(self.tr("Heavy"), self._row)
        self.tags = QLineEdit(self)
        self.checkin = QLabel(self)  # the check-in's feeling and pulls, quietly
        self._checkin_fields = EntryFields(body="")
        self._pull_labels = QTimer(self, singleShot=True, interval=0)
        self._set_up_fields()
        self._name_controls()
        self._build()
        self._connect()

    def _name_controls(self) -> None:
        """Every control's object name (the theme's) and accessible name (a reader's)."""
        for widget, object_name, accessible in (
            (self.title, "entryTitle", self.tr("Title")),
            (self.date, "entryDate", self.tr("Date of the entry")),
            (self.mood, "entryMood", self.tr("Mood")),
            (self.tags, "entryTags", self.tr("Tags")),
            (self.remember, "entryRemember", self.tr("Remember this")),
            (self.heavy, "entryHeavy", self.tr("Heavy")),
            (self.checkin, "entryCheckin", self.tr("From the check-in")),
        ):
            widget.setObjectName(object_name)
            widget.setAccessibleName(accessible)

    def show_fields(self, fields: EntryFields) -> None:
        """Show ``fields`` (a change made here is not the user's edit)."""
        self._quiet = True
        try:
            self.title.setText(fields.title)
            day = fields.date or dt.date.today()
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.mood.setCurrentIndex(self.mood.findData(fields.mood) if fields.mood else 0)
            self.tags.setText(", ".join(fields.tags))
            self.remember.setChecked(fields.marked)
            self.heavy.setChecked(fields.heavy)
            self._show_checkin(fields)
        finally:
            self._quiet = False

    def fields(self, body: str, entry: Entry | None) -> EntryFields:
        """``body`` with the details shown now, ready to save as ``entry``."""
        tags = tuple(tag.strip() for tag in self.tags.text().split(",") if tag.strip())
        return EntryFields(
            body=body,
            title=self.title.text(),
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            tags=tags,
            mood=self.mood.currentData(),
            theme=entry.theme if entry else None,
            prompt=entry.prompt if entry else None,
            marked=self.remember.isChecked(),
            heavy=self.heavy.isChecked(),
            # The check-in's answers are not edited here; they travel unchanged.
            energy=entry.energy if entry else None,
            feeling=entry.feeling if entry else None,
            pulls=entry.pulls if entry else (),
        )

    def tab_order(self) -> list[QWidget]:
        """The controls in the order Tab visits them."""
        return [self.title, self.date, self.mood, self.remember, self.heavy, self.tags]

    # ------------------------------------------------------------------ building

    def _set_up_fields(self) -> None:
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        title_font = editor_font()
        title_font.setPointSizeF(QGuiApplication.font().pointSizeF() * TITLE_FONT_SCALE)
        self.title.setFont(title_font)
        self.date.setCalendarPopup(True)
        # The month in words is never ambiguous; the pattern's shape is the language's.
        self.date.setDisplayFormat(tr("d MMM yyyy"))
        moods = [
            self.tr("No mood"),
            self.tr("1 · Very low"),
            self.tr("2 · Low"),
            self.tr("3 · In between"),
            self.tr("4 · Steady"),
            self.tr("5 · Bright"),
        ]
        for value, text in enumerate(moods):
            self.mood.addItem(text, value or None)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.remember.setToolTip(
            self.tr(
                "Keep this entry close: marked entries are easy to find again "
                "when you want to reread your own reasons."
            )
        )
        self.heavy.setToolTip(
            self.tr("Mark this entry as heavy, so you can choose when you want to read it again.")
        )

    def _build(self) -> None:
        row = FlowLayout(self._row)  # wraps at large fonts instead of cutting words
        for widget in (self.date, self.mood, self.remember, self.heavy):
            row.addWidget(widget)
        self.checkin.setProperty("role", "muted")
        self.checkin.setWordWrap(True)
        self.checkin.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for part in (self.title, self._row, self.tags, self.checkin):
            layout.addWidget(part)

    def _connect(self) -> None:
        self._pull_labels.timeout.connect(self._show_pull_labels)
        self.title.textEdited.connect(self.edited)
        self.tags.textEdited.connect(self.edited)
        self.date.dateChanged.connect(self._changed)
        self.mood.currentIndexChanged.connect(self._changed)
        self.remember.toggled.connect(self._changed)
        self.heavy.toggled.connect(self._changed)

    # ------------------------------------------------------------------ reacting

    def _changed(self) -> None:
        if not self._quiet:
            self.edited.emit()

    def _show_checkin(self, fields: EntryFields) -> None:
        """One quiet line with the check-in's answers.

        The labels of what pulled come from the check-in data file; reading it
        (~10 ms) waits until after the window has painted, so the line fills in a
        moment after the entry appears at start-up.
        """
        self._checkin_fields = fields
        self.checkin.setVisible(bool(fields.feeling or fields.pulls))
        self.checkin.setText(self._feeling_text(fields))
        if fields.pulls:
            after_first_paint(self, self._pull_labels.start)

    def _feeling_text(self, fields: EntryFields) -> str:
        return self.tr("Feeling: {word}").format(word=fields.feeling) if fields.feeling else ""

    def _show_pull_labels(self) -> None:
        if not self._checkin_fields.pulls:
            return  # another entry (or none) is shown by now
        from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - start-up time

        fields = self._checkin_fields
        labels = ", ".join(checkin_data().pull_label(p) for p in fields.pulls)
        parts = [self._feeling_text(fields)] if fields.feeling else []
        parts.append(self.tr("What pulled: {labels}").format(labels=labels))
        self.checkin.setText("  ·  ".join(parts))
