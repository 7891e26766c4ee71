"""Tonight's prompt above the editor while writing (step 4 of the check-in).

The follow-up questions stay hidden until asked for, one at a time, so the
first question has room. "Step 4 of 5", "I need a pause" and "Finish" belong to
the check-in and show only during one, in the same places as on the check-in's
other steps, so the person still sees where they are while writing; rereading
an answered entry shows just the prompt.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.records.prompts import Prompt
from app.ui.widgets.kit import button, link_button, text_label

STEPS = 5  # the check-in's steps: mood, pulls, prompt, writing, closing
WRITING_STEP = 4


class PromptPanel(QFrame):
    """The prompt, its follow-ups on request, and the check-in's exits.

    Signals:
        pauseRequested(): save and show a grounding exercise.
        finishRequested(): save and go to the closing step.
    """

    pauseRequested = Signal()
    finishRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Prompt"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.theme_label = text_label("", "muted")
        self.prompt_text = text_label("", "prompt")
        self.follow_ups: list[QLabel] = []
        self._follow_up_box = QVBoxLayout()
        layout.addLayout(self._header())
        layout.addWidget(self.theme_label)
        layout.addWidget(self.prompt_text)
        layout.addLayout(self._follow_up_box)
        layout.addLayout(self._buttons())
        self._prompt: Prompt | None = None
        self.show_prompt(None, "", in_checkin=False)

    def _header(self) -> QHBoxLayout:
        """As on the check-in's own pages: where they are, and the way to a pause."""
        row = QHBoxLayout()
        self.step_label = text_label(
            self.tr("Step {n} of {m}").format(n=WRITING_STEP, m=STEPS), "muted"
        )
        self.pause_button = link_button(self.tr("I need a &pause"), self.tr("I need a pause"))
        self.pause_button.clicked.connect(self.pauseRequested)
        row.addWidget(self.step_label)
        row.addStretch(1)
        row.addWidget(self.pause_button)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.more_button = link_button(
            self.tr("Show a follow-up &question"), self.tr("Show a follow-up question")
        )
        self.more_button.clicked.connect(self.reveal_next)
        self.finish_button = button(self.tr("&Finish check-in"), self.tr("Finish check-in"))
        self.finish_button.clicked.connect(self.finishRequested)
        row.addWidget(self.more_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        return row

    def show_prompt(self, prompt: Prompt | None, theme_name: str, in_checkin: bool) -> None:
        """Show a prompt (or, with none, show only the check-in's exits or nothing)."""
        self._prompt = prompt
        for label in self.follow_ups:
            label.deleteLater()
        self.follow_ups = []
        self.theme_label.setText(theme_name)
        self.theme_label.setVisible(bool(theme_name) and prompt is not None)
        self.prompt_text.setText(prompt.text if prompt else "")
        self.prompt_text.setAccessibleName(self.prompt_text.text())
        self.prompt_text.setVisible(prompt is not None)
        self.more_button.setVisible(prompt is not None and bool(prompt.follow_ups))
        for widget in (self.step_label, self.pause_button, self.finish_button):
            widget.setVisible(in_checkin)
        self.setVisible(prompt is not None or in_checkin)

    def end_checkin(self) -> None:
        """Keep the prompt on screen but drop the check-in's step and buttons."""
        for widget in (self.step_label, self.pause_button, self.finish_button):
            widget.hide()
        self.setVisible(self._prompt is not None)

    @property
    def in_checkin(self) -> bool:
        """Whether the check-in's exits are showing."""
        return not self.finish_button.isHidden()

    def reveal_next(self) -> None:
        """Show the next follow-up question (the button goes once all are shown)."""
        if self._prompt is None:
            return
        shown = len(self.follow_ups)
        if shown < len(self._prompt.follow_ups):
            label = text_label(self._prompt.follow_ups[shown])
            label.setAccessibleName(label.text())
            self._follow_up_box.addWidget(label)
            self.follow_ups.append(label)
        self.more_button.setVisible(len(self.follow_ups) < len(self._prompt.follow_ups))
