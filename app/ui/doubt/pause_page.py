"""Step 2 of reaching out: a pause, with a gentle timer and one grounding exercise.

The countdown is text only, once a second, and ends quietly (no sound, no
motion). Time is read from a clock, never counted in ticks, so a late tick
never drifts.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QButtonGroup, QFrame, QPushButton, QVBoxLayout, QWidget

from app.prompts.checkin_data import GroundingExercise
from app.ui.doubt.reach_out_steps import wide_chip
from app.ui.widgets.flow_layout import wrapping_row
from app.ui.widgets.kit import SPACING, text_label
from app.ui.widgets.step_pages import Page

Clock = Callable[[], float]  # seconds on a monotonic clock
TIMER_MINUTES = (2, 5, 10, 20)
TICK_MS = 1000


class PausePage(Page):
    """Step 2: a gentle timer and one grounding exercise; going on is always allowed.

    The countdown is text only, updated once a second, and it ends quietly: no
    sound, no motion, so it suits reduced motion as it is. Time is read from
    ``clock`` rather than counted in ticks, so a late tick never drifts.
    """

    def __init__(self, clock: Clock) -> None:
        super().__init__(
            self.tr("A pause"),
            self.tr(
                "Would you like to wait a little before deciding anything? Pick a time "
                "if it helps. You can go on whenever you like."
            ),
        )
        self._clock = clock
        self._ends_at: float | None = None
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.layout_.addWidget(self._timer_row())
        self.countdown = text_label("", "muted")
        self.countdown.setAccessibleName(self.tr("Timer"))
        self.layout_.addWidget(self.countdown)
        self.layout_.addWidget(self._exercise_card())
        self.layout_.addStretch(1)
        self.stop()

    def _timer_row(self) -> QWidget:
        self.timer_buttons: dict[int, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # choosing the running one again stops it
        for minutes in TIMER_MINUTES:
            text = self.tr("{n} minutes").format(n=minutes)
            widget = wide_chip(text, self.tr("Wait {n} minutes").format(n=minutes))
            widget.clicked.connect(lambda _=False, m=minutes: self._chosen(m))
            self._group.addButton(widget)
            self.timer_buttons[minutes] = widget
        return wrapping_row(list(self.timer_buttons.values()), SPACING // 2)

    def _exercise_card(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING // 2)
        self.title = text_label("", "prompt")
        self.steps = text_label()
        self.steps.setTextFormat(Qt.TextFormat.RichText)  # a list with hanging indents
        layout.addWidget(self.title)
        layout.addWidget(self.steps)
        return card

    # ------------------------------------------------------------------ public

    def show_exercise(self, exercise: GroundingExercise) -> None:
        """Show one exercise's title and numbered steps."""
        self.title.setText(exercise.title)
        self.title.setAccessibleName(exercise.title)
        items = "".join(
            f'<li style="margin-bottom: 6px">{html.escape(step)}</li>' for step in exercise.steps
        )
        self.steps.setText(f'<ol style="margin-left: -16px">{items}</ol>')
        self.steps.setAccessibleName(
            " ".join(f"{n}. {step}" for n, step in enumerate(exercise.steps, 1))
        )

    def start_timer(self, minutes: int) -> None:
        """Count down ``minutes`` quietly."""
        self._ends_at = self._clock() + minutes * 60
        self._check_only(minutes)
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        """Stop counting and show the time choices afresh."""
        self._timer.stop()
        self._ends_at = None
        self._check_only(None)
        self.countdown.setText(self.tr("No timer is running."))

    def running(self) -> bool:
        """Whether a countdown is going."""
        return self._timer.isActive()

    def seconds_left(self) -> int:
        """Whole seconds left (0 when no timer runs or it has ended)."""
        if self._ends_at is None:
            return 0
        return max(0, math.ceil(self._ends_at - self._clock()))

    def tick(self) -> None:
        """Show the time left; at zero, say so softly and stop."""
        if self._ends_at is None:
            return
        left = self.seconds_left()
        if left > 0:
            self.countdown.setText(
                self.tr("{time} left").format(time=f"{left // 60}:{left % 60:02d}")
            )
            return
        self._timer.stop()
        self._ends_at = None
        self._check_only(None)
        self.countdown.setText(
            self.tr("The time you chose has passed. Go on whenever you feel ready.")
        )

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.timer_buttons[TIMER_MINUTES[1]]

    # ------------------------------------------------------------------ helpers

    def _chosen(self, minutes: int) -> None:
        if self.timer_buttons[minutes].isChecked():
            self.start_timer(minutes)
        else:
            self.stop()

    def _check_only(self, minutes: int | None) -> None:
        for value, widget in self.timer_buttons.items():
            widget.setChecked(value == minutes)
