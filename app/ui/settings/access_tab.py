"""Settings → Who opened it: every unlock and every attempt that stayed locked, newest first.

The history is recorded before unlocking and sealed so only the open journal
reads it (``app.vault.access_history``); this tab reads it when shown and says
plainly what it can and cannot prove.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from app.ui.settings.access_model import AccessHistoryModel, access_row_delegate, missing_notice
from app.ui.settings.tab_parts import add_heading
from app.ui.widgets.kit import text_label
from app.ui.widgets.lists import list_view
from app.vault.access_history import AccessHistory


class AccessHistorySettings(QWidget):
    """The history of unlocks and refused attempts, in a list.

    Args:
        history: the unlocked journal's history; None when it could not be opened
            (then the tab says so and shows nothing else).
    """

    def __init__(self, history: AccessHistory | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self.model = AccessHistoryModel(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        add_heading(
            layout,
            self.tr("Who opened your journal"),
            self.tr(
                "Each time your journal is opened, and each time a passphrase or recovery key "
                "does not open it, Threshold notes when, and which way was tried. The note is "
                "sealed: only your open journal can read it."
            ),
        )
        self.view = list_view(
            QListView(self), self.model, access_row_delegate(), self.tr("Who opened your journal")
        )
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 12)  # about four rows
        layout.addWidget(self.view, 1)
        self.empty = text_label(self.tr("Nothing has been noted yet."), "muted")
        self.unreadable = text_label("", "muted")
        self.missing = text_label(missing_notice(), "muted")
        self.limits = text_label(self._limits_text(), "muted")
        for label in (self.empty, self.missing, self.unreadable, self.limits):
            layout.addWidget(label)
        self.refresh()

    def refresh(self) -> None:
        """Read the history again and show it."""
        if self._history is None:
            self.model.replace_rows([])
            self.empty.setText(self.tr("The history could not be read just now."))
            self.unreadable.hide()
            self.missing.hide()
            return
        report = self._history.read()
        self.model.replace_rows(report.events)
        self.empty.setVisible(not report.events)
        self.missing.setVisible(self._history.went_missing)
        self.unreadable.setVisible(report.unreadable > 0)
        self.unreadable.setText(
            self.tr(
                "%n line(s) could not be read: changed by someone's hand, or sealed to a key "
                "this journal no longer has (after its key file was restored).",
                "",
                report.unreadable,
            )
        )

    def _limits_text(self) -> str:
        return self.tr(
            "What this shows: attempts made through Threshold, in this window or from its "
            "command line. What it cannot show: someone who copies the journal's files and "
            "tries them elsewhere, or who deletes this history; a history that was there and "
            "is gone is itself a sign."
        )
