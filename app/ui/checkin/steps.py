"""The pages of the evening check-in: mood, pulls, tonight's prompt, a pause, closing.

Each page only shows and collects; ``CheckinFlow`` moves between them. Words
come from ``resources/checkin.toml`` and the prompt packs, never from code.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.prompts.checkin_data import CheckinData, GroundingExercise
from app.records.prompts import Prompt, Theme
from app.ui.checkin.pull_picker import PullPicker
from app.ui.widgets.kit import SPACING, button, text_label
from app.ui.widgets.mood_picker import MoodPicker, MoodScale
from app.ui.widgets.step_pages import Page


class MoodPage(Page):
    """Step 1: how am I right now, as a mood and as a word; two separate choices."""

    def __init__(self, data: CheckinData) -> None:
        super().__init__(
            self.tr("How are you right now?"),
            self.tr("Choose a mood, a word that comes close, both or neither. You can skip this."),
        )
        self.layout_.addWidget(text_label(self.tr("Mood"), "subheading"))
        self.scale = MoodScale()
        self.layout_.addWidget(self.scale)
        self.layout_.addWidget(text_label(self.tr("A word for it"), "subheading"))
        self.picker = MoodPicker(data.moods)
        self.picker.setAccessibleName(self.tr("A word for it"))
        self.layout_.addWidget(self.picker)
        self.layout_.addStretch(1)

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.scale.first_button()


class PullPage(Page):
    """Step 2: what pulled at me today."""

    def __init__(self, data: CheckinData) -> None:
        super().__init__(
            self.tr("What pulled at you today?"),
            self.tr("Choose any that fit, or none. This helps choose tonight's prompt."),
        )
        self.picker = PullPicker(data.pulls)
        self.layout_.addWidget(self.picker)
        self.layout_.addStretch(1)

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.picker.first_button()


class PromptPage(Page):
    """Step 3: tonight's prompt, another one, or a theme of one's choosing.

    Writing without a prompt is the flow's own button, beside "Write about this".

    Signals:
        anotherRequested(): a different prompt, please.
        themeChosen(object): a theme id, or None for any theme.
    """

    anotherRequested = Signal()
    themeChosen = Signal(object)

    def __init__(self, themes: tuple[Theme, ...]) -> None:
        super().__init__(self.tr("Tonight's prompt"))
        self.card = QFrame()
        self.card.setProperty("role", "card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.theme_label = text_label("", "muted")
        self.deep_notice = text_label(
            self.tr(
                "This one goes deeper. If tonight isn't the night for it, "
                "you can ask for another or skip it."
            ),
            "muted",
        )
        self.prompt_text = text_label("", "prompt")
        for widget in (self.theme_label, self.deep_notice, self.prompt_text):
            card.addWidget(widget)
        self.layout_.addWidget(self.card)
        self.layout_.addLayout(self._choices(themes))
        self.layout_.addStretch(1)

    def _choices(self, themes: tuple[Theme, ...]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.another = button(self.tr("&Another prompt"), self.tr("Another prompt"))
        self.another.clicked.connect(self.anotherRequested)
        self.theme_button = button(self.tr("Choose a the&me"), self.tr("Choose a theme"))
        menu = QMenu(self.theme_button)
        menu.addAction(self.tr("Any theme"), partial(self.themeChosen.emit, None))
        menu.addSeparator()
        for theme in themes:
            menu.addAction(theme.name, partial(self.themeChosen.emit, theme.id))
        self.theme_button.setMenu(menu)
        row.addWidget(self.another)
        row.addWidget(self.theme_button)
        row.addStretch(1)
        return row

    def show_prompt(self, prompt: Prompt | None, theme_name: str) -> None:
        """Show a prompt (or say the chosen theme has none)."""
        self.deep_notice.setVisible(prompt is not None and prompt.deep)
        self.theme_label.setText(theme_name)
        self.theme_label.setVisible(bool(theme_name))
        self.prompt_text.setText(
            prompt.text
            if prompt
            else self.tr(
                "There is no prompt here for tonight. You can choose another theme, "
                "or write without a prompt."
            )
        )
        self.prompt_text.setAccessibleName(self.prompt_text.text())

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.another


class GroundingPage(Page):
    """A short exercise for "I need a pause"; saving happened before it opens.

    Signals:
        returnRequested(): back to where the user was.
        closeRequested(): close the check-in for tonight.
    """

    returnRequested = Signal()
    closeRequested = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("A pause"),
            self.tr("What you wrote is saved. Take all the time you need."),
        )
        self.title = text_label("", "prompt")
        self.layout_.addWidget(self.title)
        self.steps = text_label()
        self.layout_.addWidget(self.steps)
        self.layout_.addStretch(1)
        row = QHBoxLayout()
        self.close_button = button(self.tr("&Close for tonight"), self.tr("Close for tonight"))
        self.close_button.clicked.connect(self.closeRequested)
        self.back_button = button(
            self.tr("&Back to where I was"), self.tr("Back to where I was"), primary=True
        )
        self.back_button.clicked.connect(self.returnRequested)
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        self.layout_.addLayout(row)

    def show_exercise(self, exercise: GroundingExercise, *, saved: bool = True) -> None:
        """Show one exercise's title and numbered steps.

        ``saved``: the pause began while writing, and the words are already saved;
        before writing there is nothing to reassure about, so the line says less.
        """
        self.guidance.setText(
            self.tr("What you wrote is saved. Take all the time you need.")
            if saved
            else self.tr("Take all the time you need.")
        )
        self.title.setText(exercise.title)
        self.steps.setText("\n\n".join(f"{n}.  {step}" for n, step in enumerate(exercise.steps, 1)))
        self.steps.setAccessibleName(self.steps.text())

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.back_button


class ClosingPage(Page):
    """Step 5: a gentle closing line and "remember this".

    Signals:
        done(bool): whether to mark the entry "remember this".
    """

    done = Signal(bool)

    def __init__(self) -> None:
        super().__init__("")
        self.heading.setVisible(False)
        self.line = text_label("", "prompt")
        self.layout_.addWidget(self.line)
        self.remember = QCheckBox(self.tr("&Remember this entry"))
        self.remember.setAccessibleName(self.tr("Remember this entry"))
        self.layout_.addWidget(self.remember)
        hint = text_label(
            self.tr("Entries you mark are easy to find again on a day you need your reasons."),
            "muted",
        )
        self.layout_.addWidget(hint)
        self.layout_.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = button(self.tr("&Done"), self.tr("Done"), primary=True)
        self.done_button.clicked.connect(lambda: self.done.emit(self.remember.isChecked()))
        row.addWidget(self.done_button)
        self.layout_.addLayout(row)

    def show_line(self, line: str, marked: bool) -> None:
        """Show the closing line; the box starts as the entry's mark is now."""
        self.line.setText(line)
        self.line.setAccessibleName(line)
        self.remember.setChecked(marked)

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.remember
