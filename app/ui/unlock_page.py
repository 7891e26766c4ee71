"""The quiet screen that asks for the passphrase or the recovery key.

Why only a form: unlocking is the controller's job. This page collects what the
user types, emits it, and shows whatever the controller says back (a wrong
passphrase, a keyring that couldn't be used) calmly, next to the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.problem_page import activate_on_enter, button, centred_column, link_button, text_label

SENSITIVE_INPUT = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)
RECOVERY_KEY_MAX_LENGTH = 200  # a key is 47 characters; room for spaces and line breaks


@dataclass(frozen=True)
class _FormText:
    """The words of one form, translated by the page."""

    label: str
    hint: str
    field_name: str
    open_name: str
    switch: str
    switch_name: str


class _SecretForm(QWidget):
    """A label, a field, a calm error line and two buttons: Open and a switch.

    Signals:
        submitted(str): Open was pressed (or Enter in the field) with some text.
    """

    submitted = Signal(str)

    def __init__(self, text: _FormText, *, password: bool) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)  # a label sits close to its field
        self.field = self._field(text, password=password)
        label = text_label(text.label)
        label.setBuddy(self.field)
        layout.addWidget(label)
        if text.hint:
            layout.addWidget(text_label(text.hint, "muted"))
        layout.addWidget(self.field)
        self.error = text_label()
        self.error.hide()
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addLayout(self._buttons(text))
        layout.addStretch(1)

    def _field(self, text: _FormText, *, password: bool) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(text.field_name)
        field.setInputMethodHints(SENSITIVE_INPUT)
        if password:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        else:
            field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            field.setMaxLength(RECOVERY_KEY_MAX_LENGTH)
        field.returnPressed.connect(self._submit)
        return field

    def _buttons(self, text: _FormText) -> QHBoxLayout:
        self.switch = link_button(text.switch, text.switch_name)
        self.open_button = button(self.tr("Open"), text.open_name, primary=True)
        self.open_button.clicked.connect(self._submit)
        row = QHBoxLayout()
        row.addWidget(self.switch)
        row.addStretch(1)
        row.addWidget(self.open_button)
        return row

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _submit(self) -> None:
        if self.field.text().strip():
            self.submitted.emit(self.field.text())
        else:
            self.field.setFocus()


class UnlockPage(QWidget):
    """Asks for the passphrase, or the recovery key, to open the journal.

    Signals:
        passphraseEntered(str): the user asked to open with this passphrase.
        recoveryKeyEntered(str): the user asked to open with this recovery key,
            exactly as typed (any case, spaces or dashes; the core reads it).
        keyringRequested(): the user asked to open with the computer login again
            (a journal with a keyring slot, after it was locked).
    """

    passphraseEntered = Signal(str)
    recoveryKeyEntered = Signal(str)
    keyringRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = centred_column(self)
        column.addWidget(text_label(self.tr("Welcome back"), "heading"))
        self._status = text_label(role="muted")
        self._status.hide()
        column.addWidget(self._status)
        self._passphrase = _SecretForm(self._passphrase_text(), password=True)
        self._recovery = _SecretForm(self._recovery_text(), password=False)
        self._forms = QStackedWidget()
        self._forms.addWidget(self._passphrase)
        self._forms.addWidget(self._recovery)
        column.addWidget(self._forms)
        self._keyring_text = self.tr("Open with my computer login")
        self._keyring = button(self._keyring_text, self._keyring_text, primary=True)
        self._keyring.hide()
        column.addWidget(self._keyring)
        self._busy = text_label(self.tr("Opening your journal…"), "muted")
        self._busy.hide()
        column.addWidget(self._busy)
        self._hold = QTimer(self, singleShot=True)  # a pause after repeated wrong tries
        self._hold.timeout.connect(self._end_hold_off)
        self._connect()
        self.show_passphrase()

    # ------------------------------------------------------------------ public

    def set_message(self, text: str) -> None:
        """Show a quiet status line above the form (empty hides it)."""
        self._status.setText(text)
        self._status.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        """Show ``message`` under the field in use and let the user try again."""
        self.set_busy(False)
        self._current().show_error(message)
        self._current().field.selectAll()
        self.focus_input()

    def set_busy(self, busy: bool) -> None:
        """Disable the inputs while the key is derived (and say so)."""
        self._forms.setEnabled(not busy and not self._hold.isActive())
        self._keyring.setEnabled(not busy)
        self._busy.setVisible(busy)
        if not busy:
            self.focus_input()

    def show_waiting(self, message: str) -> None:
        """At start-up, while the keyring is asked: one quiet line, nothing to fill in yet.

        The next screen (the journal, or this page with its form) replaces it.
        """
        self.set_message(message)
        self._forms.hide()
        self._keyring.hide()
        self._busy.hide()

    def stop_waiting(self) -> None:
        """Show the form again (``set_keyring_available`` decides about the button)."""
        self._forms.show()

    def hold_off(self, seconds: int) -> None:
        """After repeated wrong tries: wait a little before the next one (never wipes)."""
        if seconds <= 0:
            return
        self._forms.setEnabled(False)
        self.set_message(self.tr("You can try again in a few seconds."))
        self._hold.start(seconds * 1000)

    def _end_hold_off(self) -> None:
        self._forms.setEnabled(True)
        self.set_message("")
        self.focus_input()

    def set_passphrase_available(self, available: bool) -> None:
        """Offer the passphrase; without one only the recovery key can open the journal."""
        self._recovery.switch.setVisible(available)
        if available:
            self.show_passphrase()
        else:
            self.show_recovery()

    def set_keyring_available(self, available: bool) -> None:
        """Offer to open with the computer login (the journal has a keyring slot).

        When the keyring just failed (its reason is the message above), the field
        keeps the focus and the button becomes a quiet "try again": the recovery key
        is the way that works now, and a locked keyring may be unlocked meanwhile.
        """
        failed = bool(self._status.text())
        text = self.tr("Try the computer login again") if failed else self._keyring_text
        self._keyring.setText(text)
        self._keyring.setAccessibleName(text)
        self._keyring.setProperty("primary", "false" if failed else "true")
        self._keyring.style().unpolish(self._keyring)  # the property changed: restyle
        self._keyring.style().polish(self._keyring)
        self._keyring.setVisible(available)
        if available and not failed:
            self._keyring.setFocus()

    def show_passphrase(self) -> None:
        """Show the passphrase field."""
        self._show_form(self._passphrase)

    def show_recovery(self) -> None:
        """Show the recovery key field."""
        self._show_form(self._recovery)

    def is_showing_recovery(self) -> bool:
        """Whether the recovery key field is the one shown."""
        return self._forms.currentWidget() is self._recovery

    def clear(self) -> None:
        """Wipe both fields and any error."""
        for form in (self._passphrase, self._recovery):
            form.field.clear()
            form.show_error("")

    def focus_input(self) -> None:
        """Put the cursor in the field shown."""
        self._current().field.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses a focused button (the fields submit on Enter themselves)."""
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and activate_on_enter(self, event, focused):
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ internals

    def _passphrase_text(self) -> _FormText:
        return _FormText(
            label=self.tr("&Passphrase"),
            hint="",
            field_name=self.tr("Passphrase"),
            open_name=self.tr("Open with passphrase"),
            switch=self.tr("Use &recovery key"),
            switch_name=self.tr("Use recovery key instead"),
        )

    def _recovery_text(self) -> _FormText:
        return _FormText(
            label=self.tr("&Recovery key"),
            hint=self.tr(
                "The key you kept when you set up Threshold: eight groups of five "
                "characters. Capitals, spaces and dashes don't matter."
            ),
            field_name=self.tr("Recovery key"),
            open_name=self.tr("Open with recovery key"),
            switch=self.tr("Back to &passphrase"),
            switch_name=self.tr("Back to passphrase"),
        )

    def _connect(self) -> None:
        self._keyring.clicked.connect(self.keyringRequested)
        self._passphrase.submitted.connect(self.passphraseEntered)
        self._recovery.submitted.connect(self.recoveryKeyEntered)
        self._passphrase.switch.clicked.connect(self.show_recovery)
        self._recovery.switch.clicked.connect(self.show_passphrase)

    def _current(self) -> _SecretForm:
        current = self._forms.currentWidget()
        assert isinstance(current, _SecretForm)
        return current

    def _show_form(self, form: _SecretForm) -> None:
        self._current().show_error("")
        for page in (self._passphrase, self._recovery):
            # Hidden forms take no room, so the page is as tall as the form shown.
            policy = QSizePolicy.Policy.Preferred if page is form else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self._forms.setCurrentWidget(form)
        form.show_error("")
        self.focus_input()
