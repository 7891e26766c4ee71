"""Widgets driven and read as a person would: the keyboard focus, keys, mnemonics, labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenuBar,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot


def show(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` at a window's size, active, with the keyboard focus somewhere in it."""
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def alt(qtbot: QtBot, key: Qt.Key) -> None:
    """Press Alt+key; buttons answer their mnemonic with a short animated click."""
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)


def visible_texts(widget: QWidget) -> str:
    """The text of every label shown in ``widget``, one a line."""
    labels = widget.findChildren(QLabel)
    return "\n".join(label.text() for label in labels if label.isVisibleTo(widget))


def mnemonics(widget: QWidget) -> list[str]:
    """The Alt+letter of every visible button (and menu) in ``widget``."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible()]
    for bar in widget.findChildren(QMenuBar):
        texts += [action.text() for action in bar.actions() if action.isVisible()]
    keys = [mnemonic(text) for text in texts]
    return [key for key in keys if key]


def mnemonic(text: str) -> str:
    """The letter after a single "&" ("&&" is a literal ampersand), lowercased."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else ""


def confirm_destruction(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Answer every message box with its destructive button; returns the boxes as asked."""
    asked: list[QMessageBox] = []

    def accept(box: QMessageBox) -> int:
        asked.append(box)
        next(
            b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole
        ).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    return asked


def answer_with_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer every message box with its default button, as Enter would."""

    def default(box: QMessageBox) -> int:
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", default)
