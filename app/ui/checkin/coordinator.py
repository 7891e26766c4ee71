"""The evening check-in across its own pages and the journal's editor.

The check-in asks its questions on pages of its own (``CheckinFlow``), but the
writing happens in the journal page's editor, under the prompt, so autosave
works as everywhere. This object moves between the two, asks the scheduler for
prompts and turns answers into entries; the window only decides which page is
on screen.

When the answers are written: going on to write (step 4) keeps them as an entry.
Declining before that ("Not now", Escape, a pause closed for tonight) writes
nothing at all, except words the person typed themselves (their own words for
what pulled at them), which are kept as they would be anywhere in the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from app.ui.controller import JournalController
from app.ui.forgetting import ForgetsOnLock
from app.ui.journal.page import JournalPage
from app.ui.presentation import window_icon

if TYPE_CHECKING:
    from app.presentation import Presentation
    from app.prompts.checkin import CheckinAnswers
    from app.records.prompts import Prompt
    from app.storage.preferences import Preferences
    from app.ui.checkin.evening_reminder import EveningReminder
    from app.ui.checkin.flow import CheckinFlow

Clock = Callable[[], dt.datetime]


class CheckinCoordinator(QObject, ForgetsOnLock):
    """Runs one check-in at a time.

    Args:
        controller: the open (or locked) journal.
        journal_page: where step 4, writing, happens.
        stack: where the check-in's own pages are added.
        now: local time (tests pass their own evening).

    Signals:
        showRequested(QWidget): put this page on screen (the window keeps its
            actions in step).
        openRequested(): the reminder in the tray asked for the window.
        remindRequested(): the tray's menu asked for "Remind me why".
    """

    showRequested = Signal(QWidget)
    openRequested = Signal()
    remindRequested = Signal()

    def __init__(
        self,
        controller: JournalController,
        journal_page: JournalPage,
        stack: QStackedWidget,
        now: Clock,
    ) -> None:
        super().__init__(stack)
        self._controller = controller
        self._page = journal_page
        self._stack = stack
        self._show = self.showRequested.emit
        self._now = now
        self._flow: CheckinFlow | None = None
        self._reminder: EveningReminder | None = None
        self._presentation: Presentation | None = None
        journal_page.invite.beginRequested.connect(self.start)
        journal_page.pauseRequested.connect(self._pause_while_writing)
        journal_page.finishRequested.connect(self._closing_after_writing)

    @property
    def flow(self) -> CheckinFlow:
        """The check-in's pages (built the first time they are needed)."""
        if self._flow is None:
            from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - start-up time
            from app.ui.checkin.flow import CheckinFlow  # noqa: PLC0415

            themes = self._page.prompt_library().themes
            self._flow = CheckinFlow(checkin_data(), themes, self._choose_prompt)
            self._flow.setParent(self._stack)
            self._flow.writeRequested.connect(self._write)
            self._flow.leaveRequested.connect(self._leave)
            self._flow.returnToWriting.connect(self._back_to_writing)
            self._flow.finished.connect(self._finish)
            self._stack.addWidget(self._flow)
        return self._flow

    def today(self) -> dt.date:
        """The evening the check-in belongs to (after midnight still counts)."""
        from app.prompts.checkin import checkin_day  # noqa: PLC0415 - start-up time

        return checkin_day(self._now())

    def start(self) -> None:
        """Open the check-in at its first step (what is open is saved first)."""
        if not self._controller.is_open() or not self._page.save_now():
            return
        self._page.invite.hide()
        self.flow.start()
        self._show(self.flow)

    def apply_preferences(self, preferences: Preferences) -> None:
        """The evening invitation and the reminder follow the journal's settings."""
        if preferences.offer_checkin and self._stack.currentWidget() is self._page:
            self._invite_if_evening()
        if preferences.reminder_on or self._reminder is not None:
            self.reminder.apply(preferences)

    def apply_presentation(self, presentation: Presentation) -> None:
        """The reminder shows the window's chosen icon, and neutral words when asked."""
        self._presentation = presentation
        if self._reminder is not None:
            self._reminder.set_presentation(*self._look())

    def _look(self) -> tuple[QIcon, bool]:
        """The reminder's icon and whether its words stay neutral (made when needed)."""
        if self._presentation is None:
            return QIcon(), False
        return window_icon(self._presentation.icon), self._presentation.is_neutral

    @property
    def reminder(self) -> EveningReminder:
        """The optional evening reminder (made when first switched on)."""
        if self._reminder is None:
            from app.ui.checkin.evening_reminder import EveningReminder  # noqa: PLC0415

            self._reminder = EveningReminder(QApplication.windowIcon())
            self._reminder.set_presentation(*self._look())
            self._reminder.setParent(self)
            self._reminder.due.connect(self._on_reminder_due)
            self._reminder.openRequested.connect(self.openRequested)
            self._reminder.remindRequested.connect(self.remindRequested)
        return self._reminder

    def _on_reminder_due(self, _text: str) -> None:
        if self._stack.currentWidget() is self._page and self._controller.is_open():
            self._page.invite.show()

    def _invite_if_evening(self) -> None:
        """In the evening, offer tonight's check-in above the editor (once a day)."""
        from app.prompts.checkin import is_evening  # noqa: PLC0415 - start-up time

        if (
            is_evening(self._now())
            and not self._page.prompt_panel.in_checkin
            and not self._controller.journal.entries.checked_in_on(self.today())
        ):
            self._page.invite.show()

    def keep_before_lock(self) -> bool:
        """Before locking or leaving the page: keep the words typed in steps 1 to 3."""
        return self.keep_typed()

    def keep_typed(self) -> bool:
        """Before locking or closing: keep words typed in steps 1 to 3; False if saving failed."""
        flow = self._flow
        if flow is None or self._stack.currentWidget() is not flow or not flow.before_writing():
            return True
        if self._typed(flow.answers) and not self._store(flow.answers):
            return False
        flow.start()  # kept (or nothing to keep): never kept twice
        return True

    def forget(self) -> None:
        """Drop tonight's answers (the journal is locking)."""
        if self._flow is not None:
            self._flow.start()

    def rebuild_later(self) -> None:
        """Themes changed: build the pages afresh next time (unless one is on screen)."""
        if self._flow is not None and self._stack.currentWidget() is not self._flow:
            self._stack.removeWidget(self._flow)
            self._flow.deleteLater()
            self._flow = None

    # ------------------------------------------------------------------ steps

    def _choose_prompt(
        self, answers: CheckinAnswers, passed_over: frozenset[str], theme: str | None
    ) -> Prompt | None:
        from app.journal.tonight import tonights_request  # noqa: PLC0415
        from app.prompts.scheduler import choose_prompt  # noqa: PLC0415 - start-up time

        request = tonights_request(
            self._controller.journal,
            self.today(),
            pulls=answers.pulls,
            passed_over=passed_over,
            theme=theme,
            shown=answers.prompt.id if answers.prompt else None,
        )
        return choose_prompt(self._page.prompt_library().prompts, request)

    def _write(self, answers: CheckinAnswers) -> None:
        """Step 4: an entry with the answers, opened in the editor under the prompt."""
        started = self._page.new_entry_saved() if answers.empty else self._store(answers)
        self._show(self._page)
        if started:
            self._page.begin_checkin_writing(answers.prompt)
            self._follow_in_timeline()

    def _leave(self, answers: CheckinAnswers) -> None:
        """Declined before writing: nothing is written, unless they typed words."""
        if self._typed(answers):
            self._store(answers)
        self._show(self._page)
        self._page.editor.focus_body()

    def _store(self, answers: CheckinAnswers) -> bool:
        fields = replace(answers.entry_fields(), date=self.today())
        return self._page.start_entry(fields)

    def _typed(self, answers: CheckinAnswers) -> bool:
        from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - start-up time

        return bool(answers.typed_words({pull.id for pull in checkin_data().pulls}))

    def _follow_in_timeline(self) -> None:
        """The timeline highlights the entry being written, or none while it is unsaved.

        A new page is stored with its first words (and then selected); until then no
        older entry may look like the one being written. Setting the same store again
        is the timeline's public way to drop its current row and forget which entry
        it last showed, so a click on that older entry still opens it.
        """
        timeline = self._page.timeline
        entry_id = self._page.editor.entry_id()
        if timeline.current_entry_id() == entry_id or not self._controller.is_open():
            return
        if entry_id is None or not timeline.select_entry(entry_id):
            timeline.clear_current()

    def _pause_while_writing(self) -> None:
        self.flow.show_pause(from_writing=True)
        self._show(self.flow)

    def _back_to_writing(self) -> None:
        self._show(self._page)
        self._page.editor.focus_body()

    def _closing_after_writing(self) -> None:
        self.flow.show_closing(marked=self._page.editor.is_marked())
        self._show(self.flow)

    def _finish(self, remember: bool) -> None:
        self._show(self._page)
        self._page.end_checkin(remember)
