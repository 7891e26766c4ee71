"""Names to replace in an export: two labelled fields, an Add button and the list so far.

Someone sharing an entry with a therapist may not want to name the people in
it. Typing "Name = pseudonym" lines was a syntax to learn; here a name and what
it is shown as go in two fields with their own labels (Alt+N, Alt+S), Return
or "Add" puts them on the list, and Delete or "Remove" takes one off. An empty
name, or one already on the list, is explained in a line under the fields and
changes nothing: the typed words stay, so they can be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.export.model import Redaction
from app.export.redaction import MAX_NAME_CHARS
from app.ui.export.model import NameProblem, NamesModel
from app.ui.widgets.kit import button, fill_grid, link_button, text_label

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
LIST_ROWS = 3


class NamesEditor(QWidget):
    """Add and remove the names an export replaces.

    Signals:
        changed(): the list of names changed (the preview follows).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NamesModel(self)
        self._build()
        self.model.namesChanged.connect(self.changed)
        self.model.namesChanged.connect(self._update_remove)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self._update_remove()

    def redactions(self) -> tuple[Redaction, ...]:
        """The names and what each is shown as."""
        return self.model.redactions()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(text_label(self.tr("Names to replace"), "subheading"))
        column.addWidget(
            text_label(
                self.tr("Leave \u201cShown as\u201d empty to use initials."),
                "muted",
            )
        )
        column.addLayout(self._fields())
        self.message = text_label("", "muted")
        # The line is always there, so a message never moves what is below it.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing())
        column.addWidget(self.message)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Names replaced"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(4)  # the 8-pixel grid between rows, and off the frame
        rows = (self.list.fontMetrics().lineSpacing() + 8) * LIST_ROWS
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth())
        self.list.installEventFilter(self)
        column.addWidget(self.list)
        self.remove_button = link_button(self.tr("Remo&ve"), self.tr("Remove the chosen name"))
        column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _fields(self) -> QGridLayout:
        grid = QGridLayout()
        self.name_field = self._field(self.tr("Name"), self.tr("Margaret"))
        self.shown_field = self._field(self.tr("Shown as"), self.tr("my mother"))
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_field)
        shown_label = QLabel(self.tr("&Shown as"))
        shown_label.setBuddy(self.shown_field)
        self.add_button = button(self.tr("&Add"), self.tr("Add this name"))
        rows: list[list[QWidget]] = [
            [name_label, shown_label],
            [self.name_field, self.shown_field, self.add_button],
        ]
        return fill_grid(grid, rows, stretch=(0, 1))

    def _field(self, name: str, example: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setPlaceholderText(self.tr("for example, {example}").format(example=example))
        field.setMaxLength(MAX_NAME_CHARS)
        field.installEventFilter(self)
        return field

    # ------------------------------------------------------------------ acting

    def add(self) -> bool:
        """Put the typed name on the list; on bad input say why and change nothing."""
        problem = self.model.add(self.name_field.text(), self.shown_field.text())
        if problem is not None:
            self.message.setText(self._explain(problem))
            self.name_field.setFocus()
            self.name_field.selectAll()
            return False
        self.message.setText("")
        self.name_field.clear()
        self.shown_field.clear()
        self.name_field.setFocus()
        return True

    def _explain(self, problem: NameProblem) -> str:
        if problem is NameProblem.EMPTY:
            return self.tr("Type the name you'd like to replace first.")
        name = " ".join(self.name_field.text().split())
        return self.tr(
            "\u201c{name}\u201d is already on the list. To show it differently, remove it first."
        ).format(name=name)

    def remove_current(self) -> bool:
        """Take the chosen name off the list; the next one becomes the chosen one."""
        row = self.list.currentIndex().row()
        if not self.model.remove(row):
            return False
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        return True

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return in a field adds the name (not the dialog's Export); Delete in the list removes."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched in (self.name_field, self.shown_field) and event.key() in _RETURN_KEYS:
            self.add()
            return True
        if watched is self.list and event.key() in _REMOVE_KEYS:
            return self.remove_current()
        return super().eventFilter(watched, event)
