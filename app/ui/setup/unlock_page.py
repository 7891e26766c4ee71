"""The quiet screen that asks for the passphrase or the recovery key.

Why only a form: unlocking is the controller's job. This page collects what the
user types, emits it, and shows whatever the controller says back (a wrong
passphrase, a keyring that couldn't be used) calmly, next to the field.

Under the field there is one state at a time: nothing, "Opening your journal…",
or what went wrong. After a wrong try the text stays in the field, selected, so
typing replaces it at once; when a pause follows repeated wrong tries, the page
says why and, for a noticeable wait, counts down to when the next try can go.
The column hangs from a fixed point near the top, so a message appearing below
the field never moves the heading or the field.
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

from app.ui.widgets.kit import activate_on_enter, button, centred_column, link_button, text_label

SENSITIVE_INPUT = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)
RECOVERY_KEY_MAX_LENGTH = 200  # a key is 47 characters; room for spaces and line breaks
COUNTDOWN_FROM_S = 3  # shorter pauses say "in a moment"; longer ones count down


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
    """A label, a field, one calm state line and two buttons: Open and a switch.

    The state line under the field is "Opening your journal…" (``busy``), or what
    went wrong (``error``) with, after repeated wrong tries, why there is a pause
    (``pause``); never two states at once.

    Signals:
        submitted(str): Open was pressed (or Enter in the field) with some text.
    """

    submitted = Signal(str)

    def __init__(self, text: _FormText, *, password: bool) -> None:
        super().__init__()
        self.holding = False  # a pause after repeated wrong tries: Open waits
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
        self.busy = text_label(self.tr("Opening your journal…"), "muted")
        self.error = text_label()
        self.pause = text_label(role="muted")
        for line in (self.busy, self.error, self.pause):
            line.hide()
            layout.addWidget(line)
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
        """Say what went wrong under the field (empty: nothing went wrong)."""
        self.busy.hide()
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.field.setAccessibleDescription(message)  # read out with the field
        if not message:
            self.show_pause("")

    def show_busy(self, busy: bool) -> None:
        """Say "Opening your journal…" in place of any earlier message, or stop saying it."""
        if busy:
            self.show_error("")
        self.busy.setVisible(busy)

    def show_pause(self, text: str) -> None:
        """Why Open waits, and until when (empty: it no longer waits)."""
        self.pause.setText(text)
        self.pause.setVisible(bool(text))

    def set_holding(self, holding: bool) -> None:
        """Keep the field for retyping, but let Open wait until the pause is over."""
        self.holding = holding
        self.open_button.setEnabled(not holding)

    def select_for_retyping(self) -> None:
        """Focus the field with its text selected: the next key replaces it."""
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    def _submit(self) -> None:
        if self.holding:
            return  # the pause line says when; the text stays for then
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
        column = centred_column(self)  # hung from a fixed point: messages never move it
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
        self._hold_left = 0  # seconds until the next try after repeated wrong ones
        self._hold = QTimer(self, interval=1000)  # counts the pause down, second by second
        self._hold.timeout.connect(self._tick_hold)
        self._connect()
        self.show_passphrase()

    # ------------------------------------------------------------------ public

    def set_message(self, text: str) -> None:
        """Show a quiet status line above the form (empty hides it)."""
        self._status.setText(text)
        self._status.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        """Show ``message`` under the field in use and let the user try again.

        What was typed stays, selected, so typing again replaces it at once.
        """
        self.set_busy(False)
        self._current().show_error(message)
        self._current().select_for_retyping()

    def set_busy(self, busy: bool) -> None:
        """Disable the inputs while the key is derived, saying so in place of any message."""
        self._forms.setEnabled(not busy)
        self._keyring.setEnabled(not busy)
        self._current().show_busy(busy)
        if not busy and not self._current().field.hasFocus():
            self.focus_input()

    def show_waiting(self, message: str) -> None:
        """At start-up, while the keyring is asked: one quiet line, nothing to fill in yet.

        The next screen (the journal, or this page with its form) replaces it.
        """
        self.set_message(message)
        self._forms.hide()
        self._keyring.hide()
        self._current().show_busy(False)

    def stop_waiting(self) -> None:
        """Show the form again (``set_keyring_available`` decides about the button)."""
        self._forms.show()

    def hold_off(self, seconds: int) -> None:
        """After repeated wrong tries: wait a little before the next one (never wipes).

        The field stays open for retyping; only Open (and Enter) wait. The page
        says plainly why, and counts down when the wait is noticeable.
        """
        if seconds <= 0:
            return
        self._hold_left = seconds
        for form in (self._passphrase, self._recovery):
            form.set_holding(True)
        self._show_hold()
        self._hold.start()

    def is_holding(self) -> bool:
        """Whether the next try waits for a pause to end."""
        return self._hold_left > 0

    def _tick_hold(self) -> None:
        self._hold_left -= 1
        if self._hold_left > 0:
            self._show_hold()
            return
        self._hold.stop()
        for form in (self._passphrase, self._recovery):
            form.set_holding(False)
            form.show_pause("")

    def _show_hold(self) -> None:
        why = self.tr(
            "To keep your journal safe from guessing, each try that doesn't match "
            "makes the next wait a little longer."
        )
        if self._hold_left >= COUNTDOWN_FROM_S:
            when = self.tr("You can try again in %n seconds.", "", self._hold_left)
        else:
            when = self.tr("You can try again in a moment.")
        for form in (self._passphrase, self._recovery):
            form.show_pause(f"{why} {when}")

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
        leads = available and not failed  # one button looks like the way in, never two
        _set_primary(self._keyring, leads)
        for form in (self._passphrase, self._recovery):
            _set_primary(form.open_button, not leads)
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
        """Wipe both fields, any message and any pause."""
        self._hold.stop()
        self._hold_left = 0
        for form in (self._passphrase, self._recovery):
            form.field.clear()
            form.show_error("")
            form.set_holding(False)

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


def _set_primary(widget: QPushButton, primary: bool) -> None:
    """Give ``widget`` the primary look, or take it away, and restyle it now."""
    widget.setProperty("primary", "true" if primary else "false")
    widget.style().unpolish(widget)  # the property changed: restyle
    widget.style().polish(widget)
