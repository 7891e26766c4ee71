"""The setup steps that show the recovery key once and check that it was kept."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QPalette,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
)

from app.ui.setup.pages import (
    GROUPS_PER_LINE,
    StepPage,
    key_groups,
    mono_font,
    normalised,
    show_text,
    write_private_text,
)
from app.ui.widgets.file_dialogs import SENSITIVE_INPUT, file_dialog_forgets_folders
from app.ui.widgets.kit import SELECTABLE, SPACING, button


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
