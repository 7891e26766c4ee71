"""The mood scale and the feeling picker: two separate, optional answers.

``MoodScale`` is the journal's own 1-to-5 mood, with the editor's words, for
the timeline's mood dots. ``MoodPicker`` offers feeling words on a grid of
energy and pleasantness: richer than five faces, and it never judges (every
cell looks the same, no red for unpleasant; rows go from more energy at the top
to less at the bottom, columns from unpleasant on the left to pleasant on the
right). Choosing a word offers a few closer words from the same cell. A word
never sets the mood: the person chooses each, or neither. Arrow keys move
between the choices of both.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.prompts.checkin import Feeling
from app.prompts.checkin_data import ENERGY_LEVELS, PLEASANTNESS_LEVELS, MoodCell
from app.ui.widgets.flow_layout import FlowLayout

CHIP_FRAME = 28  # the theme's padding (12 + 12) and borders, with a little air


def chip(text: str, accessible_name: str) -> QPushButton:
    """A checkable, rounded word button, never narrower than its word.

    The width is measured in the weight a chosen chip is drawn in (the theme makes
    it semi-bold), so choosing a word never clips it.
    """
    widget = QPushButton(text)
    font = QFont(widget.font())
    font.setWeight(QFont.Weight.DemiBold)
    widget.setMinimumWidth(QFontMetrics(font).horizontalAdvance(text) + CHIP_FRAME)
    widget.setCheckable(True)
    widget.setProperty("chip", "true")
    widget.setAccessibleName(accessible_name)
    return widget


class MoodScale(QWidget):
    """The mood from 1 to 5 as a row of chips; choosing the chosen one again clears it.

    Signals:
        moodChanged(object): the mood (1 to 5), or None when cleared.
    """

    moodChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood: int | None = None
        self.setAccessibleName(self.tr("Mood"))
        # Equal chips across the column; in a longer language they wrap, never cut.
        row = FlowLayout(self, spacing=8, fill=True)
        self._buttons: dict[int, QPushButton] = {}
        # In a button group the row is one Tab stop, as the feeling grid is; arrows move.
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        for value, word in enumerate(self._words(), 1):
            name = self.tr("Mood: {word}, {value} of 5").format(word=word, value=value)
            widget = chip(word, name)
            widget.clicked.connect(lambda _=False, v=value: self._choose(v))
            widget.installEventFilter(self)
            self._buttons[value] = widget
            self._group.addButton(widget)
            row.addWidget(widget)

    def _words(self) -> tuple[str, ...]:
        """The editor's words for the five moods, from low to bright (the order is the number)."""
        return (
            self.tr("Very low"),
            self.tr("Low"),
            self.tr("In between"),
            self.tr("Steady"),
            self.tr("Bright"),
        )

    def mood(self) -> int | None:
        """The chosen mood, if any."""
        return self._mood

    def set_mood(self, mood: int | None) -> None:
        """Show a mood as chosen (or none)."""
        self._mood = mood
        for value, widget in self._buttons.items():
            widget.setChecked(value == mood)

    def first_button(self) -> QPushButton:
        """Where the focus goes when the step opens."""
        return self._buttons[1]

    def _choose(self, value: int) -> None:
        chosen = None if value == self._mood else value
        self.set_mood(chosen)
        self.moodChanged.emit(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left and Right move along the row (the buttons would ignore them)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        step = {int(Qt.Key.Key_Left): -1, int(Qt.Key.Key_Right): 1}.get(event.key())
        focused = next((v for v, b in self._buttons.items() if b is watched), None)
        if step is None or focused is None:
            return False
        target = self._buttons.get(focused + step)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
        return True


class MoodPicker(QWidget):
    """Pick a feeling; picking the chosen one again clears it.

    Signals:
        feelingChanged(object): the ``Feeling``, or None when cleared.
    """

    feelingChanged = Signal(object)

    def __init__(self, cells: tuple[MoodCell, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells = {(c.energy, c.pleasantness): c for c in cells}
        self._feeling: Feeling | None = None
        self._buttons: dict[tuple[int, int], QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid())
        layout.addSpacing(8)
        self._closer_label = QLabel(self.tr("Closer words:"))
        self._closer_row = QHBoxLayout()
        closer = QHBoxLayout()
        closer.addWidget(self._closer_label)
        closer.addLayout(self._closer_row)
        closer.addStretch(1)
        layout.addLayout(closer)
        self._closer: list[QPushButton] = []
        self._show_closer(None)

    # ------------------------------------------------------------------ public

    def feeling(self) -> Feeling | None:
        """The chosen feeling, if any."""
        return self._feeling

    def set_feeling(self, feeling: Feeling | None) -> None:
        """Show a feeling as chosen (or none)."""
        self._feeling = feeling
        for position, widget in self._buttons.items():
            widget.setChecked(feeling is not None and position == _position(feeling))
        self._show_closer(feeling)

    def first_button(self) -> QPushButton:
        """Where the focus goes when the step opens."""
        return self._buttons[(ENERGY_LEVELS[1], PLEASANTNESS_LEVELS[2])]

    # ------------------------------------------------------------------ building

    def _grid(self) -> QVBoxLayout:
        """Captions above and below, so the five columns get the whole width."""
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(self._axis(self.tr("↑ more energy")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for row, energy in enumerate(ENERGY_LEVELS):
            for column, pleasantness in enumerate(PLEASANTNESS_LEVELS):
                cell = self._cells[(energy, pleasantness)]
                widget = chip(cell.words[0], self._describe(cell))
                widget.clicked.connect(lambda _=False, c=cell: self._choose(c, None))
                widget.installEventFilter(self)
                self._buttons[(energy, pleasantness)] = widget
                self._group.addButton(widget)
                grid.addWidget(widget, row, column)
        box.addLayout(grid)
        below = QHBoxLayout()
        below.addWidget(self._axis(self.tr("↓ less energy")))
        below.addStretch(1)
        below.addWidget(self._axis(self.tr("← unpleasant · pleasant →")))
        box.addLayout(below)
        return box

    def _axis(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "muted")
        return label

    def _describe(self, cell: MoodCell) -> str:
        energy = {3: self.tr("more energy"), 2: self.tr("some energy"), 1: self.tr("less energy")}
        return self.tr("{word}: {energy}, pleasantness {p} of 5").format(
            word=cell.words[0], energy=energy[cell.energy], p=cell.pleasantness
        )

    # ------------------------------------------------------------------ choosing

    def _choose(self, cell: MoodCell, word: str | None) -> None:
        chosen: Feeling | None = Feeling.from_cell(cell, word)
        if (
            word is None
            and chosen is not None
            and self._feeling
            and _position(self._feeling) == _position(chosen)
        ):
            chosen = None  # the same cell again: clear
        self.set_feeling(chosen)
        self.feelingChanged.emit(chosen)

    def _show_closer(self, feeling: Feeling | None) -> None:
        """The closer words of the chosen cell; within one cell only the tick moves.

        Rebuilding them on every choice would delete the chip that has the keyboard
        focus, and the focus would jump back to the grid.
        """
        cell = self._cells.get(_position(feeling)) if feeling else None
        shown = [widget.text() for widget in self._closer]
        if cell is not None and shown == list(cell.words):
            for widget in self._closer:
                widget.setChecked(feeling is not None and widget.text() == feeling.word)
            return
        for widget in self._closer:
            widget.deleteLater()
        self._closer = []
        visible = cell is not None and len(cell.words) > 1
        self._closer_label.setVisible(visible)
        if cell is None or not visible:
            return
        for word in cell.words:
            widget = chip(word, self.tr("Closer word: {word}").format(word=word))
            widget.setChecked(feeling is not None and word == feeling.word)
            widget.clicked.connect(lambda _=False, c=cell, w=word: self._choose(c, w))
            self._closer_row.addWidget(widget)
            self._closer.append(widget)
        self._tab_to_closer_words()

    def _tab_to_closer_words(self) -> None:
        """Tab goes from the grid (one stop, as a button group) to the closer words.

        New buttons join the end of the window's Tab order, after "Next"; without
        this, a keyboard user would pass the whole step before reaching them.
        """
        previous: QWidget = self._buttons[(ENERGY_LEVELS[-1], PLEASANTNESS_LEVELS[-1])]
        for widget in self._closer:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys move between cells of the grid (the buttons would ignore them)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        move = _MOVES.get(event.key())
        focused = next((p for p, b in self._buttons.items() if b is watched), None)
        if move is None or focused is None:
            return False
        target = (focused[0] + move[0], focused[1] + move[1])
        if target in self._buttons:
            self._buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
        return True


_MOVES = {
    int(Qt.Key.Key_Left): (0, -1),
    int(Qt.Key.Key_Right): (0, 1),
    int(Qt.Key.Key_Up): (1, 0),
    int(Qt.Key.Key_Down): (-1, 0),
}


def _position(feeling: Feeling) -> tuple[int, int]:
    return (feeling.energy, feeling.pleasantness)
