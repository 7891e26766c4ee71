"""The receipt and the check: what the chain says now, in plain words.

"Print a receipt" shows the chain's newest digest, its time and how many links
it has, as selectable text with a Copy button (the clipboard guard clears what
Threshold copied, as for any copy from the journal), and says what a receipt
proves and what it does not. "Check the record" walks the chain and says whether
it holds, or names the first thing that does not.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.incident_chain import ChainBreak
from app.storage.incidents import Receipt
from app.ui.record.labels import format_recorded
from app.ui.widgets.kit import SELECTABLE, SPACING, text_label
from app.ui.widgets.translate import QT_TR_NOOP, tr

PROVES = QT_TR_NOOP(
    "Keep this line somewhere apart from this computer (on paper, or with someone you "
    "trust). Later, checking the record against it shows whether everything recorded up "
    "to now is still there as it was: any rewrite of an earlier record, or one cut away, "
    "would no longer reach this line. Records added after it don't change that."
)
DOES_NOT = QT_TR_NOOP(
    "It can't show that the words are true, or when they were first written if this "
    "computer's clock was wrong. Someone with your journal's key could rewrite it all and "
    "make a new chain; a receipt kept elsewhere would then no longer match."
)


def receipt_at(receipt: Receipt) -> str:
    """When the newest link was made, in this computer's time."""
    try:
        return format_recorded(dt.datetime.fromisoformat(receipt.at))
    except ValueError:
        return receipt.at


def receipt_text(receipt: Receipt) -> str:
    """The receipt as one copyable block: what it is, its time, its length, the digest."""
    return tr("Threshold incident record, {links} links, as of {at}:\n{digest}").format(
        links=QLocale().toString(receipt.links), at=receipt.at, digest=receipt.digest
    )


def check_message(broken: ChainBreak | None, links: int) -> str:
    """Whether the record holds, in plain words, or the first thing that does not."""
    if broken is None:
        return tr(
            "The record holds: {links} links, and nothing in it was changed, added, moved to "
            "the trash or deleted for good without its link. The newest records could still "
            "be cut away together with their links; a receipt kept elsewhere would show that."
        ).format(links=QLocale().toString(links))
    return tr(
        "The record does not hold: {where}. Something was changed outside Threshold. "
        "Your records are still here; a backup from before then holds them as they were."
    ).format(where=str(broken.said))


class ReceiptDialog(QDialog):
    """The chain's newest digest to note down, with Copy, and what it proves."""

    def __init__(self, receipt: Receipt | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("A receipt for your record"))
        self._text = "" if receipt is None else receipt_text(receipt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(SPACING)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = QPushButton(tr("&Copy"), self)
        self.copy.setAccessibleName(tr("Copy the receipt"))
        if receipt is None:
            layout.addWidget(text_label(tr("Nothing is recorded yet, so there is no receipt.")))
            self.copy.hide()
        else:
            self._lay_out(layout, receipt)
            buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self.copy_receipt)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, 420)

    def _lay_out(self, layout: QVBoxLayout, receipt: Receipt) -> None:
        layout.addWidget(
            text_label(
                tr("As of {at}, your record has {links} links. Its newest digest:").format(
                    at=receipt_at(receipt), links=QLocale().toString(receipt.links)
                )
            )
        )
        self.digest = QLabel(receipt.digest, self)
        self.digest.setTextInteractionFlags(SELECTABLE)
        self.digest.setWordWrap(True)
        self.digest.setObjectName("receipt-digest")
        self.digest.setAccessibleName(tr("The digest"))
        font = self.digest.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.digest.setFont(font)
        layout.addWidget(self.digest)
        layout.addWidget(text_label(tr("What it proves"), "subheading"))
        layout.addWidget(text_label(tr(PROVES)))
        layout.addWidget(text_label(tr("What it does not"), "subheading"))
        layout.addWidget(text_label(tr(DOES_NOT), "muted"))

    def copy_receipt(self) -> None:
        """Put the receipt on the clipboard (cleared later like any copy from the journal)."""
        QGuiApplication.clipboard().setText(self._text)
        self.copy.setText(tr("Copied"))


class CheckDialog(QDialog):
    """What "Check the record" found, in plain words."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Check the record"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(SPACING)
        self.message = text_label(message)
        self.message.setTextInteractionFlags(SELECTABLE)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 220)
