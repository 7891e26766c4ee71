"""Mood marks say their mood without colour, and the filter bar shows their key.

Issue 15, finding 11: mood dots differed by colour alone and nothing said what
they meant. Each mood is now a ring filled to its level, every row says its mood
in words to a screen reader, and the filter bar carries a visible key.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.records.entries import EntryFields
from app.ui.journal.timeline_delegate import mood_painter
from app.ui.journal.timeline_model import TimelineModel, mood_word
from app.ui.journal.timeline_view import TimelinePanel

SIZE = 32


def painted(mood: int, colour: QColor) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mood_painter(mood)(painter, QRectF(0, 0, SIZE, SIZE), colour)
    painter.end()
    return image


def ink(image: QImage) -> float:
    """How much of the image is covered (alpha summed, in pixels)."""
    return sum(image.pixelColor(x, y).alphaF() for x in range(SIZE) for y in range(SIZE))


def test_moods_differ_in_shape_not_only_colour() -> None:
    one_colour = QColor("#6a6a6a")
    covered = [ink(painted(mood, one_colour)) for mood in range(1, 6)]
    assert covered == sorted(covered)
    gaps = [later - earlier for earlier, later in itertools.pairwise(covered)]
    assert min(gaps) > SIZE  # each step adds at least a line's worth of ink
    images = [painted(mood, one_colour) for mood in range(1, 6)]
    assert len({bytes(image.constBits()) for image in images}) == 5


@pytest.fixture
def panel(qtbot: QtBot, journal: Journal) -> Iterator[TimelinePanel]:
    for mood in range(1, 6):
        journal.entries.add(EntryFields(title=f"Evening {mood}", body="words", mood=mood))
    widget = TimelinePanel(journal.entries)
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_store(None)


def test_each_row_says_its_mood_in_words(panel: TimelinePanel) -> None:
    model: TimelineModel = panel.model
    spoken = [
        str(model.index(row).data(Qt.ItemDataRole.AccessibleTextRole))
        for row in range(model.rowCount())
    ]
    for mood in range(1, 6):
        assert any(f"mood {mood} of 5, {mood_word(mood)}" in line for line in spoken)


def test_the_filter_bar_shows_the_key_to_the_mood_marks(qtbot: QtBot, panel: TimelinePanel) -> None:
    panel.filter_button.click()
    key = panel.filter_bar.mood_key
    qtbot.waitUntil(key.isVisible)
    labels = [label for label in key.findChildren(QLabel) if label.isVisible()]
    words = [label.text() for label in labels if label.text()]
    assert all(mood_word(mood) in words for mood in range(1, 6))
    marks = [label for label in labels if not label.pixmap().isNull()]
    assert len(marks) == 5
    assert all(mood_word(mood) in key.accessibleName() for mood in range(1, 6))
    combo = panel.filter_bar.mood_combo
    assert [combo.itemText(i) for i in range(1, 6)] == [
        f"{mood} · {mood_word(mood)}" for mood in range(1, 6)
    ]
    assert all(not combo.itemIcon(i).isNull() for i in range(1, 6))
