"""The "I'm tempted to reach out" flow: a calm way through a moment of doubt.

Five steps: the user's own reasons, a pause with a gentle timer, an unsent
letter, what they decided and how they feel, and a short closing line. The
essay's "shield" is the decision made with a clear head; this flow puts that
decision back in front of the user before anything else, and gives the urge
somewhere safe to go (a letter that is never sent).

Every step can be left (Esc, "Not now", "Leave for now"), and leaving saves
first: the letter is an ordinary journal entry kept by an ``Autosaver``, so it
is in the encrypted database within about a second of typing, as everywhere
else. Threshold never sends anything; the page says so.
"""

from __future__ import annotations

import datetime as dt
import time
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.errors import KnownError
from app.journal import Journal
from app.prompts.checkin_data import checkin_data
from app.records.entries import Entry, EntryFields
from app.storage.contacts import Channel, ContactFields
from app.ui.autosave import Autosaver
from app.ui.doubt.pause_page import Clock, PausePage
from app.ui.doubt.reach_out_steps import AfterPage, DonePage, LetterPage, ReasonsPage
from app.ui.forgetting import ForgetsOnLock
from app.ui.widgets.kit import activate_on_enter, centred_column, link_button, text_label
from app.ui.widgets.step_pages import Page, flow_header, navigation_button, page_stack

if TYPE_CHECKING:
    from app.ui.doubt.contact_form import ContactForm

STEPS = 5


class Stage(IntEnum):
    """The flow's pages, in order."""

    REASONS = 0
    PAUSE = 1
    LETTER = 2
    AFTER = 3
    DONE = 4


PAUSABLE = (Stage.REASONS, Stage.LETTER, Stage.AFTER)  # where "I need a pause" shows


class ReachOutFlow(QWidget, ForgetsOnLock):
    """The "I'm tempted to reach out" pages, saving to one journal entry.

    Signals:
        finished(object): the id (str) of the entry written, or None when nothing
            was written or chosen. Sent on "Done" and on leaving early, after saving.
    """

    finished = Signal(object)

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, clock: Clock = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Tempted to reach out"))
        self._journal = journal
        self._data = checkin_data()
        self._entry_id: str | None = None
        self._resume: Stage | None = None  # where a pause taken midway returns to
        self._exercise = 0
        self._save_failed = False
        self.autosaver = Autosaver(self._store, self._current, parent=self)
        self.autosaver.stateChanged.connect(self._show_save_state)
        self.autosaver.saved.connect(self._adopt)
        self._build(clock)

    # ------------------------------------------------------------------ building

    def keep_before_lock(self) -> bool:
        """Save an unsent letter; False if that failed."""
        return self.save_now()

    def forget(self) -> None:
        """The journal is locking: the letter and the answers go."""
        self.clear()

    def _build(self, clock: Clock) -> None:
        column = centred_column(self)
        top, self.step_label, self.pause_button = flow_header(self)
        self.pause_button.clicked.connect(self.pause)
        column.addLayout(top)
        self.reasons_page = ReasonsPage()
        self.pause_page = PausePage(clock)
        self.letter_page = LetterPage()
        self.after_page = AfterPage(self._data.moods)
        self.done_page = DonePage()
        self.done_page.log_button.clicked.connect(self.log_contact)
        self.contact_form: ContactForm | None = None
        self.pages = page_stack(
            self.reasons_page,
            self.pause_page,
            self.letter_page,
            self.after_page,
            self.done_page,
        )
        column.addWidget(self.pages, 1)
        self.save_state = text_label("", "muted")
        self.save_state.setAccessibleName(self.tr("Saving"))
        column.addWidget(self.save_state)
        column.addLayout(self._navigation())
        self.letter_page.pad.textChanged.connect(self.autosaver.changed)
        self.after_page.decisionChanged.connect(lambda _d: self.autosaver.changed())
        self.after_page.picker.feelingChanged.connect(lambda _f: self.autosaver.changed())

    def _navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = navigation_button(self.tr("&Back"))
        self.leave_button = link_button(self.tr("&Leave for now"), self.tr("Leave for now"))
        self.next_button = navigation_button(self.tr("&Next"), primary=True)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.leave_button)
        row.addWidget(self.next_button)
        self.back_button.clicked.connect(self.back)
        self.leave_button.clicked.connect(self.leave)
        self.next_button.clicked.connect(self.next)
        return row

    # ------------------------------------------------------------------ public

    def set_journal(self, journal: Journal) -> None:
        """Write to a newly opened journal (after the app was locked and unlocked)."""
        self._journal = journal

    def start(self) -> None:
        """Begin afresh at step 1 with the user's reasons as they are now.

        Anything still pending from an earlier run is dropped: call ``save_now``
        first if it matters (leaving and "Done" already do).
        """
        self.clear()
        self.reasons_page.show_reasons(self._read_reasons())
        self._show(Stage.REASONS)

    def clear(self) -> None:
        """Drop every word from the pages (the app is locking; save first with ``save_now``).

        Emptying the pad must not reach the autosaver, or it would save an empty
        letter over the real one.
        """
        self.autosaver.discard()
        self.pause_page.stop()
        self.letter_page.pad.blockSignals(True)
        self.letter_page.pad.clear()
        self.letter_page.pad.document().clearUndoRedoStacks()
        self.letter_page.pad.blockSignals(False)
        self.after_page.blockSignals(True)
        self.after_page.picker.blockSignals(True)
        self.after_page.reset()
        self.after_page.picker.blockSignals(False)
        self.after_page.blockSignals(False)
        self.reasons_page.show_reasons([])
        self.done_page.show_saved(None)
        self.done_page.offer_log(False)
        self.save_state.clear()
        self._save_failed = False
        self._entry_id = None
        self._resume = None

    def save_now(self) -> bool:
        """Save pending writing now; False when that failed (the words stay on screen)."""
        return self.autosaver.flush()

    def entry_id(self) -> str | None:
        """The entry this run has written so far, if any."""
        return self._entry_id

    def current(self) -> Stage:
        """The page on screen."""
        return Stage(self.pages.currentIndex())

    # ------------------------------------------------------------------ moving

    def next(self) -> None:
        """Go on; from a pause taken midway, back to where the user was."""
        stage = self.current()
        if stage == Stage.PAUSE and self._resume is not None:
            self._end_pause()
        elif stage == Stage.AFTER:
            if self.save_now():
                self.done_page.show_saved(self._letter_tag() if self._has_letter() else None)
                self.done_page.offer_log(self.after_page.decision() == "reached")
                self._show(Stage.DONE)
        elif stage == Stage.DONE:
            self._finish()
        else:
            self._show(Stage(stage + 1))

    def back(self) -> None:
        """One step back; from the first step, leave (nothing is written there)."""
        stage = self.current()
        if stage == Stage.REASONS:
            self.leave()
        elif stage == Stage.PAUSE and self._resume is not None:
            self._end_pause()
        else:
            self._show(Stage(stage - 1))

    def pause(self) -> None:
        """The pause link: save what was written, show the pause, then come back here."""
        stage = self.current()
        if stage not in PAUSABLE:
            return
        self.save_now()  # a failure is shown and retried; the words stay on their page
        self._resume = stage
        self._show(Stage.PAUSE)

    def log_contact(self) -> ContactForm:
        """Open the contact form, filled with what is known; the person saves or cancels.

        Known: the time (now), what they did, and the letter, linked when there is
        one. Cancelling leaves nothing behind: the form writes only on Save.
        """
        from app.ui.doubt.contact_form import ContactForm  # noqa: PLC0415 - rarely opened

        draft = ContactFields(
            happened=dt.datetime.now(),
            channel=Channel.CALL,  # the form's own first choice: how is not known yet
            did=self.tr("I reached out."),
            entry=self._entry_id,
        )
        form = ContactForm(self._journal, draft=draft, parent=self)
        form.accepted.connect(self._contact_logged)
        self.contact_form = form
        form.open()
        return form

    def _contact_logged(self) -> None:
        self.done_page.show_logged()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        """Leave the flow from any step, saving first (if saving fails, stay and say so)."""
        self._finish()

    # ------------------------------------------------------------------ saving

    def _store(self, entry_id: str | None, fields: EntryFields) -> Entry:
        if entry_id is None:
            return self._journal.entries.add(fields)
        return self._journal.entries.save(entry_id, fields)

    def _current(self) -> tuple[str | None, EntryFields]:
        """The letter entry as the pages show it now.

        With no letter and nothing chosen the title stays empty, so the autosaver
        creates nothing; a choice alone makes a short entry of its own.
        """
        feeling = self.after_page.feeling()
        decision = self.after_page.decision()
        letter = self._has_letter()
        tags = ((self._letter_tag(),) if letter else ()) + (
            (self._decision_tag(decision),) if decision else ()
        )
        if letter:
            title = self.tr("Unsent letter")
        elif decision or feeling:
            title = self.tr("Tempted to reach out")
        else:
            title = ""
        return self._entry_id, EntryFields(
            body=self.letter_page.text(),
            title=title,
            tags=tags,
            mood=None,  # a feeling word never sets a mood: that is the person's own answer
            energy=feeling.energy if feeling else None,
            feeling=feeling.word if feeling else None,
        )

    def _adopt(self, entry: Entry) -> None:
        self._entry_id = entry.id

    def _show_save_state(self, state: str, message: str) -> None:
        """Quiet when all is well; plain and reassuring when saving failed."""
        self._save_failed = state == "failed"
        if self._save_failed:
            self.save_state.setText(
                self.tr("{problem} Your words are still here, and Threshold will keep trying.")
                .format(problem=message)
                .strip()
            )
        elif state == "saved" and self.current() == Stage.LETTER:
            self.save_state.setText(self.tr("Saved in your journal."))
        else:
            self.save_state.clear()

    def _has_letter(self) -> bool:
        return bool(self.letter_page.text().strip())

    def _letter_tag(self) -> str:
        return self.tr("unsent letter")

    def _decision_tag(self, decision: str) -> str:
        tags = {
            "stayed": self.tr("didn't reach out"),
            "reached": self.tr("reached out"),
            "unsure": self.tr("not sure yet"),
        }
        return tags[decision]

    def _read_reasons(self) -> list[str] | None:
        """The reasons' texts, or None when they couldn't be read."""
        try:
            return [reason.text for reason in self._journal.reasons.all()]
        except KnownError:
            return None

    # ------------------------------------------------------------------ helpers

    def _finish(self) -> None:
        if not self.save_now():
            return  # the failure is on screen; the words stay until saving works
        entry_id = self._entry_id
        self.clear()  # the entry is saved; no words linger in the widgets
        self.finished.emit(entry_id)

    def _end_pause(self) -> None:
        resume, self._resume = self._resume, None
        self._show(resume if resume is not None else Stage.LETTER)

    def _show(self, stage: Stage) -> None:
        leaving_pause = self.current() == Stage.PAUSE and stage != Stage.PAUSE
        if leaving_pause:
            self.pause_page.stop()
        if stage == Stage.PAUSE and self.current() != Stage.PAUSE:
            self._next_exercise()
        self.pages.setCurrentIndex(stage)
        self._label_navigation(stage)
        if not self._save_failed:
            self.save_state.clear()  # "Saved" belongs to the letter page only
        self._focus_page()

    def _label_navigation(self, stage: Stage) -> None:
        detour = stage == Stage.PAUSE and self._resume is not None
        self.step_label.setText(
            "" if detour else self.tr("Step {n} of {m}").format(n=int(stage) + 1, m=STEPS)
        )
        self.pause_button.setVisible(stage in PAUSABLE)
        self.back_button.setVisible(not detour)
        self.leave_button.setVisible(stage not in (Stage.REASONS, Stage.DONE))
        back = self.tr("Not n&ow") if stage == Stage.REASONS else self.tr("&Back")
        if detour:
            primary = self.tr("Back to &where I was")
        elif stage == Stage.PAUSE:
            primary = self.tr("Go &on")
        elif stage == Stage.DONE:
            primary = self.tr("&Done")
        else:
            primary = self.tr("&Next")
        for widget, text in ((self.back_button, back), (self.next_button, primary)):
            widget.setText(text)
            widget.setAccessibleName(text.replace("&", ""))

    def _next_exercise(self) -> None:
        """A different grounding exercise each time, so a pause never feels rote."""
        exercises = self._data.grounding
        self.pause_page.show_exercise(exercises[self._exercise % len(exercises)])
        self._exercise += 1

    def _focus_page(self) -> None:
        page = self.pages.currentWidget()
        if not self.isVisible() or not isinstance(page, Page):
            return
        target = page.focus_target()
        if target is page:
            target = self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """Focus the current page's first control when the flow appears."""
        super().showEvent(event)
        self._focus_page()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc leaves (saving first), or finishes on the last step; Enter goes on."""
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        if not activate_on_enter(self, event, self.next_button):
            super().keyPressEvent(event)
