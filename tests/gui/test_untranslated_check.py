"""The pseudo-locale's reader of words on screen can tell the app's English from data's."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.untranslated_check import untranslated
from tests.helpers.pseudo_locale import pseudo


def test_an_english_button_is_found_and_data_and_translated_words_are_not(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("Next", "calm", pseudo("Begin check-in"), "Written: A quiet evening."):
        layout.addWidget(QPushButton(text))
    layout.addWidget(QLabel(f"{pseudo('Mood')} Step 2"))
    found = untranslated(root, written=("A quiet evening.",))
    assert [line.split(":")[0] for line in found] == [
        "QPushButton 'Next'",
        "QPushButton 'Written",
        "QLabel '⟦Mööd··⟧ Step 2'",
    ]
