"""First-run setup: a welcome, a safety note, how to open the journal, the recovery key.

Why a flow of widgets that only collects choices: creating the journal is the
controller's job, so this never touches the core. It emits ``createRequested``
with the chosen secret and waits to hear how that went (``show_creation_failed``
or ``show_recovery_key``). Each step is one short page with one primary action;
Enter always means that action, and Back (Alt+B) is there until the journal exists.

Each step with behaviour of its own is a class (``ChoiceStep``, ``RecoveryStep``,
``ConfirmStep``); ``SetupFlow`` only moves between them.
"""

from __future__ import annotations

import html
import os
import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui.problem_page import (
    SELECTABLE,
    SPACING,
    activate_on_enter,
    button,
    centred_column,
    text_label,
)

MIN_PASSPHRASE = 8
RADIO_PADDING = 2
GROUPS_PER_LINE = 4
SENSITIVE_INPUT = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
# Qt's own file dialog writes the folders it visited here when it closes.
FILE_DIALOG_KEYS = ("FileDialog/history", "FileDialog/lastVisited")
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class Step(IntEnum):
    """The pages of the flow, in order."""

    WELCOME = 0
    SAFETY = 1
    CHOICE = 2
    RECOVERY = 3
    CONFIRM = 4


def random_group() -> int:
    """A group from the middle of the key (2 to 7) for the typing-back check."""
    return 2 + secrets.randbelow(6)


def key_groups(key_text: str) -> list[str]:
    """The key's groups, as given (split at dashes and spaces)."""
    return [group for group in re.split(r"[\s-]+", key_text.strip()) if group]


def normalised(text: str) -> str:
    """Compare typed groups without caring about case, spaces, dashes or look-alikes."""
    return re.sub(r"[\s-]+", "", text).upper().translate(_LOOKALIKES)


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that only the owner can read it (mode 0600)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        if hasattr(os, "fchmod"):
            os.fchmod(stream.fileno(), 0o600)  # a file that was already there keeps its mode
        stream.write(text)


@contextmanager
def file_dialog_forgets_folders() -> Iterator[None]:
    """Put back the file dialog's folder history after it closes.

    Qt's own (non-native) dialog records the last folder and a history in the
    shared "QtProject" settings; where a recovery key was saved must not be left
    behind, so the earlier values are restored.
    """
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    before = {key: settings.value(key) for key in FILE_DIALOG_KEYS}
    try:
        yield
    finally:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        for key, value in before.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
        settings.sync()


def show_text(label: QLabel, text: str) -> None:
    """Set a message label's text and show it only when there is something to say."""
    label.setText(text)
    label.setVisible(bool(text))


def mono_font(scale: float = 1.0) -> QFont:
    """The system's fixed-width font, ``scale`` times the UI font's size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = QApplication.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    return font


def indicator_size(line_height: int) -> int:
    """The radio circle's size, in step with the font."""
    return max(12, round(line_height * 0.8))


def radio_style(palette: QPalette, line_height: int) -> str:
    """A radio circle with a clear outline, an accent dot and a visible focus, in ``palette``."""
    text = palette.color(QPalette.ColorRole.Text).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    dot = palette.color(QPalette.ColorRole.Accent).name()
    focus = palette.color(QPalette.ColorRole.Highlight).name()
    size = indicator_size(line_height)
    return f"""
    QRadioButton {{ border-radius: 4px; padding: {RADIO_PADDING}px; }}
    QRadioButton:focus {{ background: {focus}; }}
    QRadioButton::indicator {{ width: {size}px; height: {size}px;
        border: 1px solid {text}; border-radius: {size // 2 + 1}px; background: {base}; }}
    QRadioButton::indicator:checked {{ background: qradialgradient(cx:0.5, cy:0.5,
        radius:0.5, fx:0.5, fy:0.5, stop:0 {dot}, stop:0.55 {dot}, stop:0.65 {base},
        stop:1 {base}); }}
    """


class StepPage(QWidget):
    """One page of the flow: paragraphs, maybe Back, and one primary button last."""

    def __init__(self) -> None:
        super().__init__()
        self._column = centred_column(self)
        self.body = QVBoxLayout()
        self.body.setSpacing(SPACING)
        self._column.addLayout(self.body)
        self.primary = QPushButton()
        self.back: QPushButton | None = None
        self.focus_target: QWidget | None = None

    def add_text(self, text: str = "", role: str = "") -> QLabel:
        """Add a paragraph (hidden while it has no text)."""
        label = text_label(text, role)
        label.setVisible(bool(text))
        self.body.addWidget(label)
        return label

    def finish(self, primary_text: str, back_text: str = "") -> None:
        """Add the buttons last, so that Tab reaches them after the content."""
        row = QHBoxLayout()
        if back_text:
            self.back = button(back_text, back_text.replace("&", ""))
            row.addWidget(self.back)
        row.addStretch(1)
        self.primary = button(primary_text, primary_text.replace("&", ""), primary=True)
        row.addWidget(self.primary)
        self._column.addSpacing(8)
        self._column.addLayout(row)

    def focus(self) -> None:
        """Put the focus where this page starts."""
        (self.focus_target or self.primary).setFocus()


class ChoiceStep(StepPage):
    """Keyring or passphrase; checks the passphrase before asking for the journal.

    Signals:
        createRequested(object): the passphrase, or None for the system keyring.
    """

    createRequested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.add_text(self.tr("How would you like to open your journal?"), "heading")
        self.use_keyring = self._option(
            self.tr("With my computer &login"),
            self.tr(
                "The system keyring keeps the key, so the journal opens when you log in. "
                "Convenient, but anyone who can use your login can open it too."
            ),
        )
        self.use_passphrase = self._option(
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
        self.primary.clicked.connect(self._request)
        self._style_radios()
        self.reset()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the choice circles when light or dark mode changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_radios()

    def reset(self) -> None:
        """Keyring chosen, both fields and every message empty."""
        self.use_keyring.setChecked(True)
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
        """Start on the choice that is checked."""
        checked = self.use_passphrase if self.use_passphrase.isChecked() else self.use_keyring
        (self.focus_target or checked).setFocus()
        self.focus_target = None

    def _style_radios(self) -> None:
        # The style's own circles nearly vanish on the dark background, and this
        # choice matters too much for that: draw them in the text colour.
        sheet = radio_style(self.palette(), self.fontMetrics().height())
        for radio in (self.use_keyring, self.use_passphrase):
            if radio.styleSheet() != sheet:
                radio.setStyleSheet(sheet)

    def _option(self, text: str, description: str) -> QRadioButton:
        radio = QRadioButton(text)
        radio.setAccessibleName(text.replace("&", ""))
        radio.setAccessibleDescription(description)
        detail = text_label(description, "muted")
        detail.setContentsMargins(self._indent(), 0, 0, 0)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(radio)
        box.addWidget(detail)
        self.body.addLayout(box)
        return radio

    def _indent(self) -> int:
        """Where a radio button's text starts, so the lines under it line up."""
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        border = 2  # the circle's 1px outline on each side
        return RADIO_PADDING + indicator_size(self.fontMetrics().height()) + border + spacing

    def _passphrase_fields(self) -> QWidget:
        self._box = QWidget()
        layout = QVBoxLayout(self._box)
        layout.setContentsMargins(self._indent(), 0, 0, 0)
        layout.setSpacing(4)  # a label sits close to its field
        self.first = _secret_field(self.tr("Passphrase"))
        self.second = _secret_field(self.tr("Passphrase again"))
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


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(SENSITIVE_INPUT)
    return field


class RecoveryStep(StepPage):
    """Shows the recovery key once and helps to keep it: a file, paper, or the clipboard."""

    def __init__(self) -> None:
        super().__init__()
        self.key_text = ""
        self.add_text(self.tr("Your recovery key"), "heading")
        self.add_text(
            self.tr(
                "If your login or passphrase ever can't open the journal, for example on "
                "a new computer, this key will. Threshold shows it only now and can't "
                "show it again."
            )
        )
        self.key_label = self._key_box()
        self.body.addWidget(self.key_label)
        self.add_text(
            self.tr(
                "Please keep it away from this computer: on paper somewhere safe, or in a "
                "password manager you trust. Anyone who has it can open your journal."
            )
        )
        self.body.addLayout(self._actions())
        self.status = self.add_text(role="muted")
        self.finish(self.tr("I've &kept it"))

    def show_key(self, key_text: str) -> None:
        """Show ``key_text`` in lines of four groups."""
        self.key_text = key_text.strip()
        groups = key_groups(self.key_text)
        lines = range(0, len(groups), GROUPS_PER_LINE)
        self.key_label.setText("\n".join("-".join(groups[i : i + GROUPS_PER_LINE]) for i in lines))
        show_text(self.status, "")

    def clear(self) -> None:
        """Forget the key."""
        self.key_text = ""
        self.key_label.clear()
        show_text(self.status, "")

    def _key_box(self) -> QLabel:
        label = QLabel()
        label.setFont(mono_font(1.5))
        label.setTextInteractionFlags(SELECTABLE)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setAccessibleName(self.tr("Recovery key"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setBackgroundRole(QPalette.ColorRole.Base)
        label.setAutoFillBackground(True)
        label.setMargin(SPACING)
        return label

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for text, name, action in (
            (self.tr("&Save as file…"), self.tr("Save as file"), self._save),
            (self.tr("P&rint…"), self.tr("Print"), self._print),
            (self.tr("C&opy"), self.tr("Copy"), self._copy),
        ):
            widget = button(text, name)
            widget.clicked.connect(action)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _file_text(self) -> str:
        explanation = self.tr(
            "Recovery key for your Threshold journal: it opens the journal if nothing "
            "else can. Keep it away from that computer."
        )
        return f"{explanation}\n\n{self.key_text}\n"

    def _save(self) -> None:
        with file_dialog_forgets_folders():
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery key"),
                str(Path.home() / self.tr("recovery-key.txt")),
                self.tr("Text files (*.txt)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if path:
            self._write(Path(path))

    def _write(self, path: Path) -> None:
        try:
            write_private_text(path, self._file_text())
        except OSError as error:
            message = self.tr(
                "Threshold couldn't save the file there ({reason}). You can choose another place."
            )
            show_text(self.status, message.format(reason=error.strerror or error))
            return
        message = self.tr("Saved as {name}. If you can, keep it somewhere away from this computer.")
        show_text(self.status, message.format(name=path.name))

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if not dialog.exec():
            return
        self._document().print_(printer)
        show_text(self.status, self.tr("Sent to the printer."))

    def _document(self) -> QTextDocument:
        explanation = html.escape(self._file_text().split("\n")[0])
        lines = (html.escape(line) for line in self.key_label.text().splitlines())
        family = html.escape(mono_font().family())
        document = QTextDocument()
        document.setHtml(
            f"<p>{explanation}</p>"
            f"<p style=\"font-family: '{family}'; font-size: 22pt\">{'<br>'.join(lines)}</p>"
        )
        return document

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key_text)
        message = self.tr(
            "Copied. Once it's in your password manager, you may want to copy something "
            "else, so the key doesn't stay on the clipboard."
        )
        show_text(self.status, message)


class ConfirmStep(StepPage):
    """Asks for one group of the key back, so that it is surely kept.

    Signals:
        confirmed: the group was typed correctly.
    """

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._number = 0
        self._expected = ""
        self.add_text(self.tr("One last check"), "heading")
        self._intro = self.add_text()
        self._label = self.add_text()
        self.field = QLineEdit()
        self.field.setFont(mono_font())
        self.field.setAccessibleName(self.tr("Group of the recovery key"))
        self.field.setInputMethodHints(SENSITIVE_INPUT)
        self._label.setBuddy(self.field)
        self.body.addWidget(self.field)
        self.error = self.add_text()
        self.finish(self.tr("&Finish"), self.tr("&Back to the key"))
        self.field.textChanged.connect(lambda: show_text(self.error, ""))
        self.primary.clicked.connect(self._check)
        self.focus_target = self.field

    def ask(self, number: int, expected: str, total: int) -> None:
        """Ask for group ``number`` of ``total``, which should read ``expected``."""
        self._number, self._expected = number, expected
        intro = self.tr(
            "To be sure the key is safely kept, please type group {number} of {total} "
            "here. Groups are counted from the left, starting at 1."
        )
        show_text(self._intro, intro.format(number=number, total=total))
        show_text(self._label, self.tr("&Group {number}").format(number=number))
        self.clear()

    def clear(self) -> None:
        """Empty the field and the message."""
        self.field.clear()
        show_text(self.error, "")

    def _check(self) -> None:
        if self._expected and normalised(self.field.text()) == normalised(self._expected):
            self.confirmed.emit()
            return
        message = self.tr(
            "That doesn't match group {number}. You can look at the key again, then try once more."
        )
        show_text(self.error, message.format(number=self._number))
        self.field.selectAll()
        self.field.setFocus()


class SetupFlow(QWidget):
    """The first-run steps, from welcome to a recovery key the user has kept.

    Signals:
        createRequested(object): create the journal now; the passphrase, or None
            to keep the key in the system keyring.
        finished: the recovery key was typed back correctly; setup is done.
    """

    createRequested = Signal(object)
    finished = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, choose_group: Callable[[], int] = random_group
    ) -> None:
        super().__init__(parent)
        self._choose_group = choose_group
        self.choice = ChoiceStep()
        self.recovery = RecoveryStep()
        self.confirm = ConfirmStep()
        self._stack = QStackedWidget()
        for page in (self._welcome(), self._safety(), self.choice, self.recovery, self.confirm):
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
        page = StepPage()
        page.add_text(self.tr("Welcome to Threshold"), "heading")
        page.add_text(
            self.tr(
                "Threshold is a private journal for the way out of a relationship that "
                "hurt you, and for the time after. It's a quiet place to notice how you "
                "are, to write down what happened, and to come back to your own reasons "
                "when doubt pulls at you."
            )
        )
        page.add_text(
            self.tr(
                "Everything you write stays on this computer, encrypted. There is no "
                "account, no cloud and no network. Nothing leaves unless you export it."
            )
        )
        page.add_text(self.tr("Setting up takes a few minutes."), "muted")
        page.finish(self.tr("&Begin"))
        return page

    def _safety(self) -> StepPage:
        page = StepPage()
        page.add_text(self.tr("A word about safety"), "heading")
        page.add_text(
            self.tr(
                "If someone else may use this computer, or knows your login password, "
                "a passphrase is the safer choice in the next step. Then your login alone "
                "can't open the journal."
            )
        )
        page.add_text(
            self.tr(
                "No app can protect you from monitoring software. If you think someone "
                "may be watching this computer, you may prefer a device you trust."
            )
        )
        page.add_text(
            self.tr(
                "Threshold's window and icon are kept plain, but someone who looks "
                "through the programs on this computer could still notice it."
            )
        )
        page.finish(self.tr("&Continue"), self.tr("&Back"))
        return page

    def _connect(self) -> None:
        forward = (Step.SAFETY, Step.CHOICE, None, Step.CONFIRM, None)
        back = (None, Step.WELCOME, Step.SAFETY, None, Step.RECOVERY)
        for index in range(self._stack.count()):
            page = self._page(index)
            if forward[index] is not None:
                page.primary.clicked.connect(lambda _=False, s=forward[index]: self._go(s))
            if page.back is not None and back[index] is not None:
                page.back.clicked.connect(lambda _=False, s=back[index]: self._go(s))
        self.choice.createRequested.connect(self.createRequested)
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
