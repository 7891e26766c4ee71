"""Pieces shared by the setup steps: the step page, key text helpers, private files.

The recovery-key helpers compare what the user types back with the key shown,
ignoring case, spaces, dashes and look-alike characters; files are written 0600
and Qt's file dialog is kept from remembering folders in its settings. The choice
circles take the theme's one look; ``radio_indent`` lines up the words under them.
"""

from __future__ import annotations

import re
import secrets
from enum import IntEnum
from pathlib import Path

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.files import write_private_file_atomically
from app.ui.widgets.kit import SPACING, button, centred_column, text_label

MIN_PASSPHRASE = 8
GROUPS_PER_LINE = 4
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class Step(IntEnum):
    """The pages of the flow, in order."""

    WELCOME = 0
    SAFETY = 1
    SCREEN = 2
    CHOICE = 3
    RECOVERY = 4
    CONFIRM = 5


def random_group() -> int:
    """A group from the middle of the key (2 to 7) for the typing-back check."""
    return 2 + secrets.randbelow(6)


def key_groups(key_text: str) -> list[str]:
    """The key's groups, as given (split at dashes and spaces)."""
    return [group for group in re.split(r"[\s-]+", key_text.strip()) if group]


def normalised(text: str) -> str:
    """Compare typed groups without caring about case, spaces, dashes or look-alikes."""
    return re.sub(r"[\s-]+", "", text).upper().translate(_LOOKALIKES)


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that only the owner can read it (mode 0600)."""
    write_private_file_atomically(path, text.encode("utf-8"))


def show_text(label: QLabel, text: str) -> None:
    """Set a message label's text and show it only when there is something to say."""
    label.setText(text)
    label.setVisible(bool(text))


def mono_font(scale: float = 1.0) -> QFont:
    """The system's fixed-width font, ``scale`` times the UI font's size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = QApplication.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    return font


def radio_indent(radio: QRadioButton) -> int:
    """Where ``radio``'s words start, so the lines explaining it line up under them."""
    option = QStyleOptionButton()
    option.initFrom(radio)
    option.text = radio.text()
    contents = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, radio)
    return max(0, contents.left())


def uncheck(*radios: QRadioButton) -> None:
    """Leave every one of ``radios`` unchosen (Qt won't, for exclusive ones, by itself)."""
    for radio in radios:
        radio.setAutoExclusive(False)
        radio.setChecked(False)
        radio.setAutoExclusive(True)


class StepPage(QWidget):
    """One page of the flow: paragraphs, maybe Back, and one primary button last."""

    def __init__(self) -> None:
        super().__init__()
        self._column = centred_column(self)
        self.body = QVBoxLayout()
        self.body.setSpacing(SPACING)
        self._column.addLayout(self.body)
        self.primary = QPushButton()
        self.back: QPushButton | None = None
        self.focus_target: QWidget | None = None

    def add_text(self, text: str = "", role: str = "") -> QLabel:
        """Add a paragraph (hidden while it has no text)."""
        label = text_label(text, role)
        label.setVisible(bool(text))
        self.body.addWidget(label)
        return label

    def add_option(self, text: str, description: str = "") -> QRadioButton:
        """Add a choice circle, with a muted line explaining it set under its words."""
        radio = QRadioButton(text)
        radio.setAccessibleName(text.replace("&", ""))
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(radio)
        if description:
            radio.setAccessibleDescription(description)
            detail = text_label(description, "muted")
            detail.setContentsMargins(radio_indent(radio), 0, 0, 0)
            box.addWidget(detail)
        self.body.addLayout(box)
        return radio

    def finish(self, primary_text: str, back_text: str = "") -> None:
        """Add the buttons last, so that Tab reaches them after the content."""
        row = QHBoxLayout()
        if back_text:
            self.back = button(back_text, back_text.replace("&", ""))
            row.addWidget(self.back)
        row.addStretch(1)
        self.primary = button(primary_text, primary_text.replace("&", ""), primary=True)
        row.addWidget(self.primary)
        self._column.addSpacing(8)
        self._column.addLayout(row)

    def focus(self) -> None:
        """Put the focus where this page starts."""
        (self.focus_target or self.primary).setFocus()
