"""The two small dialogs of a key change: a new passphrase, and a new recovery key.

A passphrase is asked for twice and refused calmly when short or mistyped; a
new recovery key is shown once, with the setup's own save, print and copy, and
forgotten as its dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app.ui.setup.pages import MIN_PASSPHRASE
from app.ui.setup.recovery import RecoveryStep
from app.ui.widgets.kit import text_label


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice, calmly refusing a mismatch or a short one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.first = self._field(self.tr("New passphrase"))
        self.second = self._field(self.tr("The same passphrase again"))
        self.error = text_label(role="muted")
        for widget in (
            text_label(
                self.tr(
                    "Choose a passphrase of at least 8 characters. A few unrelated words are "
                    "easy to remember and hard to guess."
                )
            ),
            self.first,
            self.second,
            self.error,
        ):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        """The accepted passphrase."""
        return self.first.text()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(name)
        field.setAccessibleName(name)
        return field

    def _check(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("Please use at least 8 characters."))
        elif self.first.text() != self.second.text():
            self.error.setText(
                self.tr("The two passphrases are different. Please type them again.")
            )
        else:
            self.accept()
            return
        self.error.setVisible(True)


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with save, print and copy (the setup's own step)."""

    def __init__(self, key_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.step = RecoveryStep()
        self.step.show_key(key_text)
        self.step.primary.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        self.resize(640, 480)

    def done(self, result: int) -> None:
        """Forget the key as the dialog closes."""
        self.step.clear()
        super().done(result)
