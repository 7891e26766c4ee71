"""Export for a therapist: exactly what I choose leaves, and I see it first.

The dialog shows every paragraph of the chosen entries with a tick (untick to
leave one out), the options, names to replace, and a live preview of exactly
what will be written. The file is written 0600 through a temp file in the
target folder; the file dialog does not remember folders; the export is noted
in the encrypted journal (when, format, how many — never the text).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, KnownError
from app.export.model import ExportDocument, ExportFormat, ExportOptions, Redaction
from app.export.paragraphs import split_paragraphs
from app.export.pipeline import PdfResult, export_document
from app.export.prepare import prepare
from app.export.redaction import parse_redaction
from app.export.render import to_html
from app.export.write import default_name
from app.journal import Journal
from app.ui.export_model import ExportListModel
from app.ui.problem_page import button, text_label
from app.ui.setup_pages import SENSITIVE_INPUT, file_dialog_forgets_folders
from app.ui.text_surface import PreviewBrowser

PREVIEW_DELAY_MS = 250
FORMATS = (
    (ExportFormat.PDF, "PDF"),
    (ExportFormat.MARKDOWN, "Markdown"),
    (ExportFormat.HTML, "HTML (one file)"),
    (ExportFormat.TEXT, "Plain text"),
)


class ExportDialog(QDialog):
    """Choose, check and export entries.

    Args:
        journal: the open journal.
        entry_ids: what to export, oldest first.
        selection: what kind of choice this was, for the export log ("current entry",
            "several entries", "filter") — never titles or ids.

    Signals:
        exported(str): the path written.
    """

    exported = Signal(str)

    def __init__(
        self,
        journal: Journal,
        entry_ids: list[str],
        selection: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._journal = journal
        self._ids = entry_ids
        self._selection = selection
        entries = [journal.entries.get(entry_id) for entry_id in entry_ids]
        self.paragraphs = ExportListModel(entries, split_paragraphs, self)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._build()
        self._connect()
        self.refresh_preview()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        splitter = QSplitter(self)
        splitter.addWidget(self._choices())
        self.preview = PreviewBrowser()
        self.preview.setAccessibleName(self.tr("Preview of what will be exported"))
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.note = text_label("", "muted")
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.print_button = button(self.tr("&Print…"), self.tr("Print"))
        self.cancel = button(self.tr("Cancel"), self.tr("Cancel"))
        self.export_button = button(self.tr("&Export…"), self.tr("Export"), primary=True)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.resize(1000, 700)

    def _choices(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.addWidget(
            text_label(self.tr("Untick any paragraph you'd rather keep to yourself."), "muted")
        )
        self.list = QListView()
        self.list.setModel(self.paragraphs)
        self.list.setAccessibleName(self.tr("Paragraphs to include"))
        self.list.setUniformItemSizes(True)
        column.addWidget(self.list, 1)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, name in FORMATS:
            self.format.addItem(self.tr(name), fmt)
        form.addRow(self.tr("&Format"), self.format)
        column.addLayout(form)
        self.include_date = self._check(self.tr("Include the &date"), checked=True)
        self.include_mood = self._check(self.tr("Include the &mood"))
        self.include_prompt = self._check(self.tr("Include the p&rompt as a heading"), True)
        self.include_tags = self._check(self.tr("Include &tags"))
        for box in (self.include_date, self.include_mood, self.include_prompt, self.include_tags):
            column.addWidget(box)
        column.addWidget(text_label(self.tr("Names to replace, one per line"), "subheading"))
        self.names = self._text_box(
            self.tr("Name = pseudonym (leave the pseudonym empty for initials)"),
            self.tr("Names to replace"),
        )
        column.addWidget(self.names)
        column.addWidget(text_label(self.tr("A note at the top (optional)"), "subheading"))
        self.cover = self._text_box(
            self.tr("What I'd like to talk about…"), self.tr("A note at the top")
        )
        column.addWidget(self.cover)
        column.addLayout(self._password_row())
        return panel

    def _password_row(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.protect = self._check(self.tr("Protect the PDF with a password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setInputMethodHints(SENSITIVE_INPUT)
        self.password.setPlaceholderText(self.tr("Password (not stored anywhere)"))
        self.password.setAccessibleName(self.tr("Password for the PDF"))
        self.password.setEnabled(False)
        box.addWidget(self.protect)
        box.addWidget(self.password)
        return box

    def _check(self, text: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        box.setAccessibleName(text.replace("&", ""))
        return box

    def _text_box(self, placeholder: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        return box

    def _connect(self) -> None:
        self._timer.timeout.connect(self.refresh_preview)
        self.paragraphs.selectionChanged.connect(self._timer.start)
        for box in (self.include_date, self.include_mood, self.include_prompt, self.include_tags):
            box.toggled.connect(self._timer.start)
        self.names.textChanged.connect(self._timer.start)
        self.cover.textChanged.connect(self._timer.start)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.protect.toggled.connect(self.password.setEnabled)
        self.cancel.clicked.connect(self.reject)
        self.export_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_document)
        self._format_changed()

    # ------------------------------------------------------------------ state

    def chosen_format(self) -> ExportFormat:
        """The format picked (PDF by default)."""
        fmt = self.format.currentData()
        return fmt if isinstance(fmt, ExportFormat) else ExportFormat.PDF

    def options(self) -> ExportOptions:
        """What the controls say.

        Raises:
            InvalidInput: a line in the names box can't be read.
        """
        return ExportOptions(
            include_date=self.include_date.isChecked(),
            include_mood=self.include_mood.isChecked(),
            include_prompt=self.include_prompt.isChecked(),
            include_tags=self.include_tags.isChecked(),
            cover_note=self.cover.toPlainText().strip(),
            redactions=self._redactions(),
            excluded=self.paragraphs.excluded(),
        )

    def _redactions(self) -> tuple[Redaction, ...]:
        lines = [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]
        return tuple(parse_redaction(line if "=" in line else f"{line}=") for line in lines)

    def document(self) -> ExportDocument:
        """Exactly what will leave."""
        return prepare(self._journal, self._ids, self.options())

    def refresh_preview(self) -> None:
        """Show the export as it will be written (names replaced, paragraphs left out)."""
        try:
            html = to_html(self.document())
        except InvalidInput as error:
            self.preview.setPlainText(error.message)
            return
        self.preview.setHtml(html)

    def _format_changed(self) -> None:
        pdf = self.chosen_format() is ExportFormat.PDF
        self.protect.setEnabled(pdf)
        self.password.setEnabled(pdf and self.protect.isChecked())
        self.note.setText(
            self.tr(
                "The exported file is not encrypted unless you protect the PDF with a "
                "password. Keep it somewhere safe, and delete it when you no longer need it."
            )
        )

    def done(self, result: int) -> None:
        """Closing: no pending preview may read the journal afterwards; forget the password."""
        self._timer.stop()
        self.password.clear()
        super().done(result)

    # ------------------------------------------------------------------ exporting

    def choose_file(self) -> None:
        """Ask where to write, without the dialog remembering the folder."""
        try:
            document = self.document()
        except KnownError as error:
            QMessageBox.information(self, self.tr("Export"), error.message)
            return
        fmt = self.chosen_format()
        start = str(Path.home() / default_name(document, fmt))
        with file_dialog_forgets_folders():
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export"),
                start,
                f"*{fmt.suffix}",
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        """Write the export to ``path``, read it back and check it; says plainly what happened."""
        fmt = self.chosen_format()
        try:
            password = self._pdf_password() if fmt is ExportFormat.PDF else None
            export_document(
                path,
                self.document(),
                fmt,
                journal=self._journal,
                pdf=_render_pdf,
                password=password,
            )
            self._journal.exports.record(fmt.value, len(self._ids), self._selection)
        except KnownError as error:
            QMessageBox.information(self, self.tr("Export"), error.message)
            return False
        self.password.clear()
        self.exported.emit(str(path))
        self.accept()
        return True

    def _pdf_password(self) -> str | None:
        if not self.protect.isChecked():
            return None
        password = self.password.text()
        if not password:
            raise InvalidInput(self.tr("Please type a password for the PDF, or untick the box."))
        return password

    def print_document(self) -> None:
        """Print through the system's dialog: the PDF's own layout, so nothing is left out."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

        from app.pdf_export import print_html  # noqa: PLC0415 - only when printing

        try:
            html = to_html(self.document(), for_pdf=True)
        except KnownError as error:
            QMessageBox.information(self, self.tr("Export"), error.message)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # margins are the layout's own, as in the PDF
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_html(html, printer)
        except KnownError as error:
            QMessageBox.information(self, self.tr("Export"), error.message)
            return
        self._journal.exports.record("print", len(self._ids), self._selection)


def _render_pdf(html: str, password: str | None) -> PdfResult:
    from app.pdf_export import render_pdf  # noqa: PLC0415 - only when exporting a PDF

    return render_pdf(html, password=password)
