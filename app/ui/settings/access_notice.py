"""The note after unlocking when tries to open the journal were refused since it was last opened.

Made at start-up, it looks only after the window has painted (its words load
then). Told once, calmly: how many times, when, and with what, and that the
journal stayed locked each time; Settings keeps the whole history for whoever
wants to look again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.controller import JournalController

Later = Callable[[Callable[[], None]], None]


class AccessNotice(QObject):
    """Watches each unlock and tells, once, of attempts that stayed locked.

    Args:
        window: the window the note is shown over.
        controller: whose ``opened`` starts the look (the unlock is recorded first).
        later: how the look is put off past the first paint (``FirstPaint.later``).
        hide_action: the window's Hide Now; its keys work on the note too, since it
            comes up by itself just when someone may be looking.

    Signals:
        historyRequested: the person asked to see the whole history in Settings.
    """

    historyRequested = Signal()

    def __init__(
        self,
        window: QWidget,
        controller: JournalController,
        later: Later,
        hide_action: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._hide_action = hide_action
        self.box: QMessageBox | None = None
        controller.opened.connect(lambda: later(self._tell_if_tried))

    def _tell_if_tried(self) -> None:
        """Show the note when there were refused attempts, or the history went missing."""
        if not self._controller.is_open():
            return
        history = self._controller.journal.vault.access_history
        if history is None:
            return
        failed = history.failed_since_last_unlock()
        if failed or history.went_missing:
            from app.ui.settings.access_model import failed_notice, missing_notice  # noqa: PLC0415

            parts = [failed_notice(failed)] if failed else []
            parts += [missing_notice()] if history.went_missing else []
            self._show("\n\n".join(parts), stayed_locked=bool(failed))

    def _show(self, text: str, *, stayed_locked: bool) -> None:
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Since you last opened your journal"))
        box.setText(text)
        if stayed_locked:
            box.setInformativeText(
                self.tr(
                    "Your journal stayed locked. You can see every opening and every "
                    "attempt in Settings, under Who opened it."
                )
            )
        look = box.addButton(self.tr("&See the history"), QMessageBox.ButtonRole.ActionRole)
        look.setAccessibleName(self.tr("See who opened your journal"))
        close = box.addButton(QMessageBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.setAccessibleName(box.windowTitle())
        look.clicked.connect(self.historyRequested)
        if self._hide_action is not None:
            box.addAction(self._hide_action)
        self.box = box
        box.open()
