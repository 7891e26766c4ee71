"""The evening check-in: one question per step, every step skippable, back always there.

Steps 1 to 3 (mood and feeling, pulls, tonight's prompt) live here; step 4,
writing, happens in the journal's own editor under the prompt panel, which keeps
showing "Step 4 of 5", so autosave works as it does everywhere; step 5 (closing)
comes back here. "I need a pause" is on every step: whatever was written is
saved first, then a grounding exercise is shown.

Every button on a step has its own mnemonic: "Not now" is Alt+O, as "Next"
keeps Alt+N.

The flow knows nothing of the journal: it reports answers through signals and
asks ``choose_prompt`` for prompts, which keeps it easy to test.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.prompts.checkin import CheckinAnswers
from app.prompts.checkin_data import CheckinData
from app.records.prompts import Prompt, Theme
from app.ui.checkin.steps import ClosingPage, GroundingPage, MoodPage, PromptPage, PullPage
from app.ui.journal.prompt_panel import STEPS
from app.ui.widgets.kit import activate_on_enter, centred_column
from app.ui.widgets.step_pages import Page, flow_header, navigation_button, page_stack

# (answers, prompts passed over tonight, chosen theme or None) -> a prompt or None;
# the answers' prompt is the one offered just before (None at the first offer).
PromptChooser = Callable[[CheckinAnswers, frozenset[str], str | None], Prompt | None]


class Stage(IntEnum):
    """The flow's pages, in order."""

    MOOD = 0
    PULLS = 1
    PROMPT = 2
    PAUSE = 3
    CLOSING = 4


WRITING = -1  # where a pause returns to when it began in the editor


class CheckinFlow(QWidget):
    """The check-in's own pages.

    Signals:
        writeRequested(object): the answers so far; open the editor for writing.
        leaveRequested(object): the user left before writing (declined); the answers,
            of which only typed words are kept.
        returnToWriting(): a pause that began while writing is over.
        finished(bool): the closing step is done; whether to mark the entry.
    """

    writeRequested = Signal(object)
    leaveRequested = Signal(object)
    returnToWriting = Signal()
    finished = Signal(bool)

    def __init__(
        self,
        data: CheckinData,
        themes: tuple[Theme, ...],
        choose_prompt: PromptChooser,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Evening check-in"))
        self._data = data
        self._themes = {t.id: t for t in themes}
        self._choose = choose_prompt
        self._rng = rng or random.Random()  # noqa: S311 - choosing kind words, not secrets
        self.answers = CheckinAnswers()
        self._passed_over: frozenset[str] = frozenset()
        self._theme: str | None = None
        self._shown: Prompt | None = None  # the last prompt offered tonight, if any
        self._resume: int = Stage.MOOD
        self._build(themes)

    # ------------------------------------------------------------------ building

    def _build(self, themes: tuple[Theme, ...]) -> None:
        column = centred_column(self)
        top, self.step_label, self.pause_button = flow_header(self)
        self.pause_button.clicked.connect(self.pause)
        column.addLayout(top)
        self.mood_page = MoodPage(self._data)
        self.pull_page = PullPage(self._data)
        self.prompt_page = PromptPage(themes)
        self.pause_page = GroundingPage()
        self.closing_page = ClosingPage()
        self.pages = page_stack(
            self.mood_page,
            self.pull_page,
            self.prompt_page,
            self.pause_page,
            self.closing_page,
        )
        column.addWidget(self.pages, 1)
        column.addLayout(self._navigation())
        self._connect()

    def _navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = navigation_button(self.tr("&Back"))
        self.skip_button = navigation_button(self.tr("&Skip"))
        self.next_button = navigation_button(self.tr("&Next"), primary=True)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.next_button)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        return row

    def _connect(self) -> None:
        self.mood_page.scale.moodChanged.connect(
            lambda mood: self._set_answers(self.answers.with_mood(mood))
        )
        self.mood_page.picker.feelingChanged.connect(
            lambda feeling: self._set_answers(self.answers.with_feeling(feeling))
        )
        self.pull_page.picker.pullsChanged.connect(
            lambda pulls: self._set_answers(self.answers.with_pulls(pulls))
        )
        self.prompt_page.anotherRequested.connect(self.another_prompt)
        self.prompt_page.themeChosen.connect(self.choose_theme)
        self.pause_page.returnRequested.connect(self._end_pause)
        self.pause_page.closeRequested.connect(self._close_from_pause)
        self.closing_page.done.connect(self.finished)

    # ------------------------------------------------------------------ entering

    def start(self) -> None:
        """Begin a fresh check-in at step 1."""
        self.answers = CheckinAnswers()
        self._passed_over = frozenset()
        self._theme = None
        self._shown = None
        self.mood_page.scale.set_mood(None)
        self.mood_page.picker.set_feeling(None)
        self.pull_page.picker.set_pulls(())
        self._show(Stage.MOOD)

    def show_pause(self, from_writing: bool = False) -> None:
        """Show a grounding exercise; it returns to the editor or the current step."""
        if from_writing:
            self._resume = WRITING
        elif self.current() not in (Stage.PAUSE, Stage.CLOSING):
            self._resume = self.current()
        self.pause_page.show_exercise(
            self._rng.choice(self._data.grounding), saved=self._resume == WRITING
        )
        self._show(Stage.PAUSE)

    def before_writing(self) -> bool:
        """Whether the person is on steps 1 to 3 (or pausing from one of them)."""
        stage = self.current()
        return stage <= Stage.PROMPT or (stage == Stage.PAUSE and self._resume != WRITING)

    def show_closing(self, marked: bool = False) -> None:
        """Show step 5 with a gentle closing line."""
        self.closing_page.show_line(self._rng.choice(self._data.closing_lines), marked)
        self._show(Stage.CLOSING)

    def current(self) -> Stage:
        """The page on screen."""
        return Stage(self.pages.currentIndex())

    # ------------------------------------------------------------------ moving

    def next(self) -> None:
        """Go on from the current step (from the prompt: write about it)."""
        stage = self.current()
        if stage == Stage.MOOD:
            self._show(Stage.PULLS)
        elif stage == Stage.PULLS:
            self._offer_prompt()
            self._show(Stage.PROMPT)
        elif stage == Stage.PROMPT:
            self.writeRequested.emit(self.answers)

    def skip(self) -> None:
        """Leave this step's answer empty and go on (on the prompt: write without one)."""
        stage = self.current()
        if stage == Stage.MOOD:
            self.mood_page.scale.set_mood(None)
            self.mood_page.picker.set_feeling(None)
            self._set_answers(self.answers.with_mood(None).with_feeling(None))
        elif stage == Stage.PULLS:
            self.pull_page.picker.set_pulls(())
            self._set_answers(self.answers.with_pulls(()))
        elif stage == Stage.PROMPT:
            self._write_freely()
            return
        self.next()

    def back(self) -> None:
        """One step back; from the first step, leave the check-in."""
        stage = self.current()
        if stage == Stage.MOOD:
            self.leaveRequested.emit(self.answers)
        elif stage in (Stage.PULLS, Stage.PROMPT):
            self._show(Stage(stage - 1))

    def pause(self) -> None:
        """The "I need a pause" exit of steps 1 to 3 (nothing written yet to save)."""
        self.show_pause(from_writing=False)

    def another_prompt(self) -> None:
        """Pass over tonight's prompt and offer a different one."""
        if self.answers.prompt is not None:
            self._passed_over |= {self.answers.prompt.id}
        self._offer_prompt()

    def choose_theme(self, theme: str | None) -> None:
        """Offer prompts from one theme (None: any)."""
        self._theme = theme
        self._offer_prompt()

    # ------------------------------------------------------------------ helpers

    def _offer_prompt(self) -> None:
        """Ask for a prompt; the chooser sees the one offered last, so depth can alternate."""
        asked = self.answers.with_prompt(self._shown)
        prompt = self._choose(asked, self._passed_over, self._theme)
        self._shown = prompt or self._shown
        self._set_answers(self.answers.with_prompt(prompt))
        theme = self._themes.get(prompt.theme if prompt else (self._theme or ""))
        self.prompt_page.show_prompt(prompt, theme.name if theme else "")
        self.next_button.setEnabled(prompt is not None)

    def _write_freely(self) -> None:
        self._set_answers(self.answers.with_prompt(None))
        self.writeRequested.emit(self.answers)

    def _end_pause(self) -> None:
        if self._resume == WRITING:
            self.returnToWriting.emit()
        else:
            self._show(Stage(self._resume))

    def _close_from_pause(self) -> None:
        if self._resume == WRITING:
            self.show_closing()
        else:
            self.leaveRequested.emit(self.answers)

    def _set_answers(self, answers: CheckinAnswers) -> None:
        self.answers = answers

    def _show(self, stage: Stage) -> None:
        self.pages.setCurrentIndex(stage)
        steps = stage in (Stage.MOOD, Stage.PULLS, Stage.PROMPT)
        number = {Stage.PULLS: 2, Stage.PROMPT: 3, Stage.CLOSING: STEPS}.get(stage, 1)
        self.step_label.setText(
            self.tr("Step {n} of {m}").format(n=number, m=STEPS)
            if steps or stage == Stage.CLOSING
            else ""
        )
        for widget in (self.back_button, self.skip_button, self.next_button):
            widget.setVisible(steps)
        self._label_buttons(stage)
        self.next_button.setEnabled(stage != Stage.PROMPT or self.answers.prompt is not None)
        self.pause_button.setVisible(stage not in (Stage.PAUSE, Stage.CLOSING))
        page = self.pages.currentWidget()
        if isinstance(page, Page) and self.isVisible():
            page.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _label_buttons(self, stage: Stage) -> None:
        """Each button says what it does on this step, with a mnemonic of its own."""
        labels = {
            self.back_button: self.tr("N&ot now") if stage == Stage.MOOD else self.tr("&Back"),
            self.skip_button: (
                self.tr("Write with&out a prompt") if stage == Stage.PROMPT else self.tr("&Skip")
            ),
            self.next_button: (
                self.tr("&Write about this") if stage == Stage.PROMPT else self.tr("&Next")
            ),
        }
        for widget, text in labels.items():
            widget.setText(text)
            widget.setAccessibleName(text.replace("&", ""))

    def showEvent(self, event: QShowEvent) -> None:
        """Focus the current page's first control when the flow appears."""
        super().showEvent(event)
        page = self.pages.currentWidget()
        if isinstance(page, Page):
            page.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button or the page's primary one; Esc declines."""
        if event.key() == Qt.Key.Key_Escape and self.current() <= Stage.PROMPT:
            self.leaveRequested.emit(self.answers)
            return
        primary = {
            Stage.PAUSE: self.pause_page.back_button,
            Stage.CLOSING: self.closing_page.done_button,
        }.get(self.current(), self.next_button)
        if not activate_on_enter(self, event, primary):
            super().keyPressEvent(event)
