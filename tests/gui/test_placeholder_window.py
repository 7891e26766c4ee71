"""The placeholder window shown until the journal screens land."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.launch import PlaceholderWindow


def test_placeholder_names_the_folder_with_a_neutral_title(qtbot: QtBot, tmp_path: Path) -> None:
    window = PlaceholderWindow(tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Threshold"
    label = window.findChild(QLabel)
    assert label is not None and str(tmp_path) in label.text()
    assert label.accessibleName()
