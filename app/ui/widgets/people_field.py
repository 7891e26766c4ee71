"""Who was involved: names the person keeps, offered as chips (contact log, incident record).

Estrangement from a family often means several people, so any number of names
can be chosen. The names come from the person's own typing only (no address book
is read); each one typed is offered again next time as a chip. Typing a name and
pressing Enter (or a comma) adds it, chosen; Space on a chip chooses or unchooses
it. Nothing here is put in a tooltip: the names are private.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.kit import SPACING
from app.ui.widgets.mood_picker import chip

CHIPS_PER_ROW = 4
MAX_NAME_CHARS = 80  # as the store allows (app.storage.contact_people)


class PeopleField(QWidget):
    """Choose who was involved: chips for known names, a field for a new one.

    Signals:
        changed(): the chosen names changed.
    """

    changed = Signal()

    def __init__(self, known: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Who"))
        self._chips: dict[str, QPushButton] = {}
        self._order: list[str] = []  # chosen names, in the order chosen
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(SPACING // 2)
        self._grid.setVerticalSpacing(SPACING // 2)
        self.entry = self._make_entry(known)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(self._grid)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        layout.addLayout(row)
        for name in known:
            self._add_chip(name)

    # ------------------------------------------------------------------ public

    def names(self) -> tuple[str, ...]:
        """The chosen names in the order chosen, with a name still in the field last."""
        typed = self.entry.text().strip()
        chosen = list(self._order)
        if typed and typed.casefold() not in {n.casefold() for n in chosen}:
            chosen.append(typed)
        return tuple(chosen)

    def set_names(self, names: tuple[str, ...]) -> None:
        """Choose exactly these names (a record being changed)."""
        for name in list(self._order):
            self._set_chosen(name, chosen=False)
        for name in names:
            self.choose(name)

    def choose(self, name: str) -> None:
        """Choose a name, adding its chip when it is new."""
        name = " ".join(name.split())
        if not name:
            return
        known = self._find(name)
        if known is None:
            self._add_chip(name)
            known = name
        self._set_chosen(known, chosen=True)

    def chips(self) -> dict[str, QPushButton]:
        """The chips by name (for tests and focus order)."""
        return dict(self._chips)

    # ------------------------------------------------------------------ building

    def _make_entry(self, known: list[str]) -> QLineEdit:
        entry = QLineEdit(self)
        entry.setMaxLength(MAX_NAME_CHARS)
        entry.setPlaceholderText(self.tr("Type a name and press Enter"))
        entry.setAccessibleName(self.tr("Add a name"))
        completer = QCompleter(known, entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        entry.setCompleter(completer)
        entry.installEventFilter(self)
        entry.textEdited.connect(self._comma_adds)
        return entry

    def _add_chip(self, name: str) -> None:
        widget = chip(name, name)
        widget.setAutoDefault(False)  # Enter in the form never toggles a name by surprise
        widget.toggled.connect(lambda on, n=name: self._toggled(n, on))
        position = len(self._chips)
        self._grid.addWidget(widget, position // CHIPS_PER_ROW, position % CHIPS_PER_ROW)
        self._grid.setColumnStretch(CHIPS_PER_ROW, 1)
        self._chips[name] = widget

    # ------------------------------------------------------------------ behaviour

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name field adds the name (rather than saving the form)."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if enter and plain and self.entry.text().strip():
                self._take_typed()
                return True
        return super().eventFilter(watched, event)

    def _comma_adds(self, text: str) -> None:
        if "," in text:
            for part in text.split(","):
                self.choose(part)
            self.entry.clear()

    def _take_typed(self) -> None:
        self.choose(self.entry.text())
        self.entry.clear()

    def _find(self, name: str) -> str | None:
        return next((n for n in self._chips if n.casefold() == name.casefold()), None)

    def _set_chosen(self, name: str, *, chosen: bool) -> None:
        widget = self._chips[name]
        if widget.isChecked() != chosen:
            widget.setChecked(chosen)  # _toggled keeps the order

    def _toggled(self, name: str, on: bool) -> None:
        if on and name not in self._order:
            self._order.append(name)
        elif not on and name in self._order:
            self._order.remove(name)
        self.changed.emit()
