"""First-run setup: a welcome, a safety note, the window's name, how to open, the key.

Why a flow of widgets that only collects choices: creating the journal is the
controller's job, so this never touches the core. It emits ``createRequested``
with the chosen secret and waits to hear how that went (``show_creation_failed``
or ``show_recovery_key``). Each step is one short page with one primary action;
Enter always means that action, and Back (Alt+B) is there until the journal exists.

Each step with behaviour of its own is a class (``ScreenStep``, ``ChoiceStep``,
``RecoveryStep``, ``ConfirmStep``); ``SetupFlow`` only moves between them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.presentation import Presentation
from app.ui.setup.choice import ChoiceStep
from app.ui.setup.pages import (
    Step,
    StepPage,
    key_groups,
    random_group,
)
from app.ui.setup.recovery import ConfirmStep, RecoveryStep
from app.ui.setup.screen import ScreenStep
from app.ui.widgets.kit import activate_on_enter, link_button


class SetupFlow(QWidget):
    """The first-run steps, from welcome to a recovery key the user has kept.

    Args:
        parent: the window's page stack.
        choose_group: which group of the recovery key to ask back (tests fix it).
        presentation: where the window's name is kept and what it is now (as
            Settings gets them), so the name can be chosen on the spot.

    Signals:
        createRequested(object): create the journal now; the passphrase, or None
            to keep the key in the system keyring.
        finished: the recovery key was typed back correctly; setup is done.
        restoreRequested: the user has a backup (say, from another computer) to
            restore instead of starting a new journal.
        presentationChanged(object): the window's name was chosen and stored; the
            ``Presentation`` to show the window under now.
    """

    createRequested = Signal(object)
    finished = Signal()
    restoreRequested = Signal()
    presentationChanged = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choose_group: Callable[[], int] = random_group,
        presentation: tuple[Path, Presentation] | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose_group = choose_group
        self.on_screen = ScreenStep(presentation)
        self.choice = ChoiceStep()
        self.recovery = RecoveryStep()
        self.confirm = ConfirmStep()
        self._stack = QStackedWidget()
        pages = (self._welcome(), self._safety(), self.on_screen, self.choice)
        for page in (*pages, self.recovery, self.confirm):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._connect()
        self.reset()

    # ------------------------------------------------------------------ public

    def reset(self) -> None:
        """Start again from the welcome page with nothing filled in."""
        self.choice.reset()
        self.recovery.clear()
        self.confirm.clear()
        self._go(Step.WELCOME)

    def show_creation_failed(self, message: str) -> None:
        """Nothing was created: say why, plainly, and offer the passphrase."""
        self.choice.show_failure(message)
        self._go(Step.CHOICE)

    def show_recovery_key(self, key_text: str) -> None:
        """The journal exists: show its recovery key, once. There is no way back now."""
        self.choice.set_waiting(False)
        self.choice.clear_passphrases()
        self.recovery.show_key(key_text)
        self._go(Step.RECOVERY)

    def current_step(self) -> Step:
        """The page shown now."""
        return Step(self._stack.currentIndex())

    # ------------------------------------------------------------------ Qt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, or else the page's primary action."""
        if not activate_on_enter(self, event, self._page().primary):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Put the focus where the page starts."""
        super().showEvent(event)
        self._page().focus()

    # ------------------------------------------------------------------ internals

    def _welcome(self) -> StepPage:
        page = _text_page(
            self.tr("Welcome to Threshold"),
            self.tr(
                "Threshold is a private journal for the way out of a relationship that "
                "hurt you, and for the time after. It's a quiet place to notice how you "
                "are, to write down what happened, and to come back to your own reasons "
                "when doubt pulls at you."
            ),
            self.tr(
                "Everything you write stays on this computer, encrypted. There is no "
                "account, no cloud and no network. Nothing leaves unless you export it."
            ),
        )
        page.add_text(self.tr("Setting up takes a few minutes."), "muted")
        restore = link_button(
            self.tr("I have a backup from another computer…"),
            self.tr("Restore a backup from another computer"),
        )
        restore.clicked.connect(self.restoreRequested)
        page.body.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        page.finish(self.tr("&Begin"))
        return page

    def _safety(self) -> StepPage:
        page = _text_page(
            self.tr("A word about safety"),
            self.tr(
                "If someone else may use this computer, or knows your login password, "
                "a passphrase is the safer way to open your journal; you'll choose in a "
                "moment. Then your login alone can't open it."
            ),
            self.tr(
                "No app can protect you from monitoring software. If you think someone "
                "may be watching this computer, you may prefer a device you trust."
            ),
            self.tr(
                "Someone who looks through the programs on this computer could still "
                "notice Threshold, whatever its window is called."
            ),
            self.tr(
                "If you are in danger right now, please call your local emergency number "
                "first. In the Help menu, “If you are in danger now” lists helplines you "
                "can call; it works without the internet."
            ),
        )
        page.finish(self.tr("&Continue"), self.tr("&Back"))
        return page

    def _connect(self) -> None:
        forward = (Step.SAFETY, Step.SCREEN, Step.CHOICE, None, Step.CONFIRM, None)
        back = (None, Step.WELCOME, Step.SAFETY, Step.SCREEN, None, Step.RECOVERY)
        for index in range(self._stack.count()):
            page = self._page(index)
            if forward[index] is not None:
                page.primary.clicked.connect(lambda _=False, s=forward[index]: self._go(s))
            if page.back is not None and back[index] is not None:
                page.back.clicked.connect(lambda _=False, s=back[index]: self._go(s))
        self.choice.createRequested.connect(self.createRequested)
        self.on_screen.presentationChanged.connect(self.presentationChanged)
        self.confirm.confirmed.connect(self._done)

    def _page(self, index: int | None = None) -> StepPage:
        page = self._stack.widget(self._stack.currentIndex() if index is None else index)
        assert isinstance(page, StepPage)
        return page

    def _go(self, step: Step) -> None:
        if step is Step.CONFIRM:
            self._ask_for_group()
        self._stack.setCurrentIndex(step)
        self._page().focus()

    def _ask_for_group(self) -> None:
        groups = key_groups(self.recovery.key_text)
        number = max(1, min(self._choose_group(), len(groups)))
        self.confirm.ask(number, groups[number - 1] if groups else "", len(groups))

    def _done(self) -> None:
        self.recovery.clear()
        self.confirm.clear()
        self.finished.emit()


def _text_page(heading: str, *paragraphs: str) -> StepPage:
    """A step that is words only, so far: its heading, then its paragraphs."""
    page = StepPage()
    page.add_text(heading, "heading")
    for paragraph in paragraphs:
        page.add_text(paragraph)
    return page
