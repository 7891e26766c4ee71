"""The setup step that chooses how the journal opens: computer login or passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.setup.pages import (
    MIN_PASSPHRASE,
    StepPage,
    radio_indent,
    show_text,
    uncheck,
)
from app.ui.widgets.kit import secret_field, text_label


class ChoiceStep(StepPage):
    """Keyring or passphrase; checks the passphrase before asking for the journal.

    Neither way is chosen at first, so Enter alone never decides. Why no default:
    which way is safer depends on who else uses this computer or knows its login,
    and only the person knows that. A preselected computer login let someone who
    shares the computer press Enter through setup into the less safe choice; a
    preselected passphrase would push a lock-out risk on someone who lives alone.
    So Enter with nothing chosen asks, kindly, for a choice, and the explanation
    under each way (the passphrase recommended for a shared computer) does the rest.

    Signals:
        createRequested(object): the passphrase, or None for the system keyring.
    """

    createRequested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.add_text(self.tr("How would you like to open your journal?"), "heading")
        self.use_keyring = self.add_option(
            self.tr("With my computer &login"),
            self.tr(
                "The system keyring keeps the key, so the journal opens when you log in. "
                "Convenient, but anyone who can use your login can open it too."
            ),
        )
        self.use_passphrase = self.add_option(
            self.tr("With a &passphrase"),
            self.tr(
                "Recommended if you share this computer or someone knows your login. "
                "You type it each time you open Threshold."
            ),
        )
        self.body.addWidget(self._passphrase_fields())
        self.error = self.add_text()
        self._waiting = self.add_text(self.tr("Creating your journal…"), "muted")
        self.finish(self.tr("C&reate my journal"), self.tr("&Back"))
        self.use_passphrase.toggled.connect(self._box.setVisible)
        for radio in (self.use_keyring, self.use_passphrase):
            radio.toggled.connect(lambda: show_text(self.error, ""))
        self.primary.clicked.connect(self._request)
        self.reset()

    def reset(self) -> None:
        """Nothing chosen, both fields and every message empty."""
        uncheck(self.use_keyring, self.use_passphrase)
        self.clear_passphrases()
        self.set_waiting(False)

    def clear_passphrases(self) -> None:
        """Wipe both passphrase fields."""
        self.first.clear()
        self.second.clear()
        show_text(self.error, "")

    def set_waiting(self, waiting: bool) -> None:
        """Hold still while the journal is being created."""
        for widget in (self.use_keyring, self.use_passphrase, self._box, self.primary):
            widget.setEnabled(not waiting)
        if self.back is not None:
            self.back.setEnabled(not waiting)
        self._waiting.setVisible(waiting)
        self._box.setVisible(self.use_passphrase.isChecked())

    def show_failure(self, message: str) -> None:
        """Say why nothing was created, and offer the passphrase instead."""
        keyring_failed = self.use_keyring.isChecked()
        self.set_waiting(False)
        self.use_passphrase.setChecked(True)
        if keyring_failed:
            hint = self.tr(
                "Nothing was created. A passphrase works without the system keyring, "
                "so you can choose one here."
            )
        else:
            hint = self.tr("Nothing was created, so you can try again.")
        show_text(self.error, f"{message}\n{hint}")
        self.focus_target = self.first

    def focus(self) -> None:
        """Start on the choice that is checked, or on the first when none is yet."""
        checked = self.use_passphrase if self.use_passphrase.isChecked() else self.use_keyring
        (self.focus_target or checked).setFocus()
        self.focus_target = None

    def _passphrase_fields(self) -> QWidget:
        self._box = QWidget()
        layout = QVBoxLayout(self._box)
        layout.setContentsMargins(radio_indent(self.use_passphrase), 0, 0, 0)
        layout.setSpacing(4)  # a label sits close to its field
        self.first = secret_field(self.tr("Passphrase"))
        self.second = secret_field(self.tr("Passphrase again"))
        labels = (self.tr("Pa&ssphrase"), self.tr("The same p&assphrase again"))
        for text, field in zip(labels, (self.first, self.second), strict=True):
            label = text_label(text)
            label.setBuddy(field)
            layout.addSpacing(8)
            layout.addWidget(label)
            layout.addWidget(field)
            field.textChanged.connect(self._edited)
        self._strength = text_label(self._strength_hint(0), "muted")
        layout.addWidget(self._strength)
        return self._box

    def _edited(self) -> None:
        show_text(self.error, "")
        self._strength.setText(self._strength_hint(len(self.first.text())))

    def _strength_hint(self, length: int) -> str:
        if length < MIN_PASSPHRASE:
            return self.tr(
                "At least {count} characters. A few unrelated words are long and easy to remember."
            ).format(count=MIN_PASSPHRASE)
        if length < 12:
            return self.tr("That works. A few more characters would make it harder to guess.")
        if length < 20:
            return self.tr("A good length.")
        return self.tr("A strong length.")

    def _problem(self) -> tuple[str, QLineEdit] | None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE:
            text = self.tr("A passphrase needs at least {count} characters.")
            return text.format(count=MIN_PASSPHRASE), self.first
        if not second:
            text = self.tr("Please type it once more below, so a typo can't lock you out.")
            return text, self.second
        if first != second:
            text = self.tr("The two passphrases aren't the same yet. Please type the second again.")
            return text, self.second
        return None

    def _request(self) -> None:
        if not (self.use_keyring.isChecked() or self.use_passphrase.isChecked()):
            text = self.tr(
                "Please choose one of the two ways first: your computer login, or a passphrase."
            )
            show_text(self.error, text)
            self.use_keyring.setFocus()
            return
        passphrase = None
        if self.use_passphrase.isChecked():
            problem = self._problem()
            if problem is not None:
                show_text(self.error, problem[0])
                problem[1].selectAll()
                problem[1].setFocus()
                return
            passphrase = self.first.text()
        show_text(self.error, "")
        self.set_waiting(True)
        self.createRequested.emit(passphrase)
