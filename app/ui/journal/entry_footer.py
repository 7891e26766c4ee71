"""The quiet line under the writing: whether the text is safe, the mode, the word count.

Kept apart from the editor because it only reports: it never changes the entry.
The word count waits for a pause in typing (longer for very long texts), so each
keystroke stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.ui.widgets.text_surface import MARKUP_ONLY

WORD_COUNT_DELAY_MS = 300
LARGE_TEXT_DELAY_MS = 1500
SAVE_STATES = ("saved", "saving", "failed", "idle")


class EntryFooter(QWidget):
    """The save line, "Preview" while the preview shows, and the number of words.

    Args:
        text: reads the body as typed, when the words are counted.
    """

    def __init__(self, text: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.save_state = QLabel(self)
        self.mode = QLabel(self.tr("Preview"), self)
        self.words = QLabel(self)
        self._word_timer = QTimer(self, singleShot=True)
        self._word_timer.timeout.connect(self.count_words)
        for widget, object_name, accessible in (
            (self.words, "entryWordCount", self.tr("Word count")),
            (self.save_state, "entrySaveState", self.tr("Save status")),
            (self.mode, "entryMode", self.tr("Showing the preview")),
        ):
            widget.setObjectName(object_name)
            widget.setAccessibleName(accessible)
        self._build()

    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.save_state, 1)
        row.addWidget(self.mode, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 0, Qt.AlignmentFlag.AlignTop)
        for label in (self.words, self.mode):
            label.setProperty("role", "muted")
        self.mode.hide()
        self.save_state.setWordWrap(True)

    def set_save_state(self, state: str, message: str = "") -> None:
        """Show quietly whether the text is safe: "saved", "saving", "failed" or "idle"."""
        if state not in SAVE_STATES:
            raise ValueError(f"unknown save state {state!r}")
        texts = {
            "saved": self.tr("Saved"),
            "saving": self.tr("Saving…"),
            "failed": message
            or self.tr("Not saved yet — your text is still here. Threshold will try again."),
            "idle": "",
        }
        self.save_state.setText(texts[state])
        self.save_state.setProperty("state", state)
        self.restyle()

    def restyle(self) -> None:
        """Restyle the save line for its new state or palette (the theme reads ``state``).

        A failed save shows in the plain text colour, not red and not the accent
        (too faint for small text on the window colour): it stands out from
        "Saved" without alarm.
        """
        style = self.save_state.style()
        style.unpolish(self.save_state)
        style.polish(self.save_state)

    def show_mode(self, previewing: bool) -> None:
        """Say "Preview" while the preview stands in for the writing surface."""
        self.mode.setVisible(previewing)

    def count_soon(self, large: bool) -> None:
        """Count the words after a pause in typing (a longer one for a large text)."""
        self._word_timer.start(LARGE_TEXT_DELAY_MS if large else WORD_COUNT_DELAY_MS)

    def count_words(self) -> None:
        """Count the body's words now (Markdown's markup alone is not a word)."""
        text = self._text()
        count = len(text.split()) - len(MARKUP_ONLY.findall(text))
        if count == 0:
            self.words.setText("")  # an empty page does not count at anyone
            return
        words = self.tr("1 word") if count == 1 else self.tr("{count} words")
        self.words.setText(words.format(count=self.locale().toString(count)))
