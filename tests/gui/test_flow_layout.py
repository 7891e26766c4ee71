"""The kit's wrapping row: wraps, shares a row's room when asked, and mirrors right to left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.ui.widgets.flow_layout import FlowLayout


def _row(qtbot: QtBot, width: int, fill: bool = False) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder, spacing=10, fill=fill)
    buttons = []
    for _ in range(3):
        button = QPushButton()
        button.setFixedHeight(30)
        button.setMinimumWidth(100)
        button.setMaximumWidth(100 if not fill else 1000)
        layout.addWidget(button)
        buttons.append(button)
    holder.resize(width, layout.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    return holder, buttons


def test_a_row_that_fits_stays_one_row(qtbot: QtBot) -> None:
    _holder, buttons = _row(qtbot, 400)
    assert [b.x() for b in buttons] == [0, 110, 220]
    assert {b.y() for b in buttons} == {0}


def test_a_narrow_row_wraps(qtbot: QtBot) -> None:
    holder, buttons = _row(qtbot, 250)
    assert [(b.x(), b.y()) for b in buttons] == [(0, 0), (110, 0), (0, 40)]
    layout = holder.layout()
    assert layout is not None and layout.heightForWidth(250) == 70


def test_fill_shares_the_room_left(qtbot: QtBot) -> None:
    _holder, buttons = _row(qtbot, 400, fill=True)
    assert [b.width() for b in buttons] == [127, 127, 126]  # 80 px left, shared


def test_right_to_left_starts_at_the_right(qtbot: QtBot) -> None:
    holder, buttons = _row(qtbot, 400)
    holder.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    layout = holder.layout()
    assert layout is not None
    layout.setGeometry(holder.rect())
    assert [b.geometry().right() for b in buttons] == [399, 289, 179]
