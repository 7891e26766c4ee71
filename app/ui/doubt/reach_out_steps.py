"""The pages of "I'm tempted to reach out": reasons, a letter, afterwards, done.

The pause between the reasons and the letter has a module of its own
(``pause_page``). Each page only shows and collects; ``ReachOutFlow`` moves
between them and saves. The pages share the check-in's ``Page`` (heading, guidance, content) so
both flows look like the same quiet room.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.prompts.checkin import Feeling
from app.prompts.checkin_data import MoodCell
from app.ui.doubt.reason_list import ReasonList
from app.ui.widgets.flow_layout import wrapping_row
from app.ui.widgets.kit import SPACING, button, text_label
from app.ui.widgets.mood_picker import MoodPicker, chip
from app.ui.widgets.step_pages import Page
from app.ui.widgets.text_surface import editor_font

LETTER_MIN_LINES = 9
CHIP_PADDING = 32  # both sides of the style sheet's padding and a chosen chip's border
# The decisions on the "afterwards" step, in the order shown (ids are stored as tags
# through their translated wording, see ``ReachOutFlow``).
DECISIONS = ("stayed", "reached", "unsure")


class ReasonsPage(Page):
    """Step 1: the user's own reasons, read-only, large and unhurried."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Your reasons"),
            self.tr("You wrote these on a clearer day. Read them slowly; there is no hurry."),
        )
        self.reasons = ReasonList()
        self.reasons.setModel(QStringListModel(self.reasons))
        self.reasons.setAccessibleName(self.tr("Your reasons"))
        self.reasons.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reasons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.layout_.addWidget(self.reasons)
        self.empty = text_label("", "prompt")
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)

    def show_reasons(self, reasons: list[str] | None) -> None:
        """Show the reasons; an empty list gets a kind line, None says they can't be read."""
        self.model().setStringList(list(reasons or []))
        self.reasons.setVisible(bool(reasons))
        self.reasons.fit_rows()
        if reasons is None:
            line = self.tr(
                "Threshold couldn't read your reasons just now. They are safe where "
                "they are, and the next steps can still help."
            )
        else:
            line = self.tr(
                "There are no reasons here yet. Whenever you like, you can write a few "
                "in \u201cRemind me why\u201d, and they will be waiting here. "
                "The next steps can help either way."
            )
        self.empty.setText("" if reasons else line)
        self.empty.setAccessibleName(self.empty.text())
        self.empty.setVisible(not reasons)
        self.guidance.setVisible(bool(reasons))

    def count(self) -> int:
        """How many reasons are shown."""
        return self.model().rowCount()

    def texts(self) -> list[str]:
        """The reasons shown, in order."""
        return self.model().stringList()

    def model(self) -> QStringListModel:
        """The reasons' words (read-only here)."""
        model = self.reasons.model()
        assert isinstance(model, QStringListModel)
        return model

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.reasons if self.reasons.isVisibleTo(self) else self


class LetterPage(Page):
    """Step 3: a letter to write and never send.

    A plain pad in the editor's comfortable serif; the flow saves it as an entry.
    """

    def __init__(self) -> None:
        super().__init__(
            self.tr("An unsent letter"),
            self.tr(
                "Write what you would like to say to them, as much or as little as you "
                "want. This stays here. Nothing is sent."
            ),
        )
        self.pad = QPlainTextEdit()
        self.pad.setFont(editor_font())
        self.pad.setAccessibleName(self.tr("Your unsent letter"))
        self.pad.setPlaceholderText(self.tr("Start anywhere. You can skip this, too."))
        self.pad.setTabChangesFocus(True)  # keyboard users can always get out
        self.pad.document().setDocumentMargin(SPACING)
        self.pad.setMinimumHeight(QFontMetrics(self.pad.font()).lineSpacing() * LETTER_MIN_LINES)
        self.layout_.addWidget(self.pad, 1)

    def text(self) -> str:
        """The letter as written."""
        return self.pad.toPlainText()

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.pad


class AfterPage(Page):
    """Step 4: what I decided and how I feel now; both can stay empty.

    Signals:
        decisionChanged(object): one of ``DECISIONS``, or None when cleared.
    """

    decisionChanged = Signal(object)

    def __init__(self, moods: tuple[MoodCell, ...]) -> None:
        super().__init__(
            self.tr("Afterwards"),
            self.tr("Only if you want to. Nothing here is a test."),
        )
        self.layout_.addWidget(text_label(self.tr("What did you decide?")))
        self.layout_.addWidget(self._decision_row())
        self.layout_.addSpacing(SPACING // 2)
        self.layout_.addWidget(text_label(self.tr("How do you feel now?")))
        self.picker = MoodPicker(moods)
        self.layout_.addWidget(self.picker)
        self.layout_.addStretch(1)

    def _decision_row(self) -> QWidget:
        labels = {
            "stayed": self.tr("I didn't reach out"),
            "reached": self.tr("I reached out"),
            "unsure": self.tr("I'm not sure yet"),
        }
        self.decision_buttons: dict[str, QPushButton] = {}
        for decision in DECISIONS:
            widget = wide_chip(labels[decision])
            widget.clicked.connect(lambda _=False, d=decision: self._chosen(d))
            self.decision_buttons[decision] = widget
        return wrapping_row(list(self.decision_buttons.values()), SPACING // 2)

    def decision(self) -> str | None:
        """The chosen decision, if any."""
        return next((d for d, w in self.decision_buttons.items() if w.isChecked()), None)

    def feeling(self) -> Feeling | None:
        """How the user feels now, if chosen."""
        return self.picker.feeling()

    def reset(self) -> None:
        """Nothing chosen (a fresh flow, or the app locked)."""
        self._check_only(None)
        self.picker.set_feeling(None)

    def focus_target(self) -> QWidget:  # noqa: D102 - as in Page
        return self.decision_buttons[DECISIONS[0]]

    def _chosen(self, decision: str) -> None:
        chosen = decision if self.decision_buttons[decision].isChecked() else None
        self._check_only(chosen)
        self.decisionChanged.emit(chosen)

    def _check_only(self, decision: str | None) -> None:
        for value, widget in self.decision_buttons.items():
            widget.setChecked(value == decision)


class DonePage(Page):
    """Step 5: a short, kind closing line, whatever was decided."""

    def __init__(self) -> None:
        super().__init__("")
        self.heading.setVisible(False)
        self.line = text_label(
            self.tr(
                "Whatever you decided, you stopped and listened to yourself first. That matters."
            ),
            "prompt",
        )
        self.line.setAccessibleName(self.line.text())
        self.layout_.addWidget(self.line)
        self.note = text_label("", "muted")
        self.layout_.addWidget(self.note)
        self.layout_.addSpacing(SPACING)
        self.log_line = text_label("", "muted")
        self.layout_.addWidget(self.log_line)
        self.log_button = button(
            self.tr("Note it in the contact &log…"), self.tr("Note it in the contact log")
        )
        row = QHBoxLayout()
        row.addWidget(self.log_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.offer_log(False)

    def offer_log(self, offered: bool) -> None:
        """After "I reached out": offer to note it in the contact log (nothing is noted yet)."""
        self._set_log_line(
            self.tr(
                "If you'd like, you can note this contact in your log. "
                "Nothing is added unless you save it."
            )
            if offered
            else ""
        )
        self.log_button.setVisible(offered)

    def show_logged(self) -> None:
        """The contact was noted: say so, and offer nothing more."""
        self.log_button.setVisible(False)
        self._set_log_line(self.tr("Noted in your contact log."))

    def _set_log_line(self, text: str) -> None:
        self.log_line.setText(text)
        self.log_line.setAccessibleName(text)
        self.log_line.setVisible(bool(text))

    def show_saved(self, letter_tag: str | None) -> None:
        """Say where the letter is, when there is one (``letter_tag``: its tag)."""
        self.note.setText(
            self.tr(
                "Your letter is kept in your journal, tagged \u201c{tag}\u201d. Nothing was sent."
            ).format(tag=letter_tag)
            if letter_tag
            else ""
        )
        self.note.setAccessibleName(self.note.text())
        self.note.setVisible(bool(letter_tag))


def wide_chip(text: str, accessible_name: str = "") -> QPushButton:
    """A chip wide enough for its word in bold, as it is drawn when chosen.

    ``chip`` measures the regular weight, so a longer phrase would be cut off
    the moment it is picked.
    """
    widget = chip(text, accessible_name or text)
    bold = QFont(widget.font())
    bold.setBold(True)
    widget.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + CHIP_PADDING)
    return widget
