"""Export for a therapist: exactly what I choose leaves, and I see it first.

The dialog opens with a heading and one line saying what it does, then shows
every paragraph of the chosen entries as it will read, each with a checkbox
(untick to leave one out; ``app.ui.export.rows``), the options, the names to
replace (``app.ui.export.names``), and a live preview of exactly what will be
written, in the app's light or dark colours. The file is written, checked and
logged by the same pipeline as the command line's export
(``app.export.pipeline``): 0600, whole or not at all, and noted in the
encrypted journal (when, format, how many — never the text). Its suggested
name is only the date; the file dialog does not remember folders.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, KnownError
from app.export.attachments import kind_and_size
from app.export.model import ExportDocument, ExportFormat, ExportOptions
from app.export.paragraphs import split_paragraphs
from app.export.pipeline import PdfRenderer, export_and_log
from app.export.prepare import prepare
from app.export.render import to_screen_html
from app.export.summary_html import summary_html
from app.export.write import default_name
from app.journal import Journal
from app.ui.export.model import ExportListModel
from app.ui.export.names import NamesEditor
from app.ui.export.pictures import PreviewPictures
from app.ui.export.rows import ParagraphList
from app.ui.export.summary_choice import SummaryChoice
from app.ui.widgets.colours import current_colours
from app.ui.widgets.file_dialogs import SENSITIVE_INPUT, file_dialog_forgets_folders
from app.ui.widgets.kit import button, text_label
from app.ui.widgets.scrolling import scrolled
from app.ui.widgets.text_surface import PreviewBrowser, preview_style
from app.ui.widgets.translate import QT_TR_NOOP, tr

PREVIEW_DELAY_MS = 250
FORMATS = (
    (ExportFormat.PDF, QT_TR_NOOP("PDF")),
    (ExportFormat.MARKDOWN, QT_TR_NOOP("Markdown")),
    (ExportFormat.HTML, QT_TR_NOOP("HTML (one file)")),
    (ExportFormat.TEXT, QT_TR_NOOP("Plain text")),
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
        about = partial(kind_and_size, journal)
        self.paragraphs = ExportListModel(entries, split_paragraphs, self, about)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._pictures = PreviewPictures(journal)
        self._build()
        self._connect()
        self.refresh_preview()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Choose what to share"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Only the paragraphs you tick leave your journal, with the names you "
                    "choose replaced. The preview shows exactly what the file will hold."
                ),
                "muted",
            )
        )
        layout.addSpacing(8)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._choices())
        splitter.addWidget(self._outcome())
        splitter.setSizes([460, 540])
        layout.addWidget(splitter, 1)
        self.note = text_label("", "muted")
        layout.addWidget(self.note)
        layout.addLayout(self._buttons())
        self.resize(1040, 760)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = button(self.tr("&Print…"), self.tr("Print"))
        self.cancel = button(self.tr("Cancel"), self.tr("Cancel"))
        self.export_button = button(self.tr("&Export…"), self.tr("Export"), primary=True)
        self.export_button.setDefault(True)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.export_button)
        return row

    def _choices(self) -> QScrollArea:
        """Left: the paragraphs, the format, what to include and the names to replace.

        In a scroll area that only scrolls when the window is too short for it (a
        small screen, a large font): squeezed instead, the fields would overlap.
        """
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 8, 0)
        hint = text_label(self.tr("Paragraphs to &include"), "subheading")
        column.addWidget(hint)
        self.list = ParagraphList()
        self.list.setModel(self.paragraphs)
        self.list.setAccessibleName(self.tr("Paragraphs to include"))
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        hint.setBuddy(self.list)
        column.addWidget(self.list, 1)
        column.addSpacing(8)
        column.addLayout(self._options())
        column.addSpacing(8)
        self.summary = SummaryChoice()
        column.addWidget(self.summary)
        column.addSpacing(8)
        self.names = NamesEditor()
        column.addWidget(self.names)
        return scrolled(panel)  # its fields take the focus, not it

    def _options(self) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, name in FORMATS:
            self.format.addItem(tr(name), fmt)
        form.addRow(self.tr("&Format"), self.format)
        column.addLayout(form)
        self.include_date = self._check(self.tr("Include the &date"), checked=True)
        self.include_mood = self._check(self.tr("Include the &mood"))
        self.include_prompt = self._check(self.tr("Include the p&rompt as a heading"), True)
        self.include_tags = self._check(self.tr("Include &tags"))
        boxes = QGridLayout()
        boxes.addWidget(self.include_date, 0, 0)
        boxes.addWidget(self.include_mood, 0, 1)
        boxes.addWidget(self.include_prompt, 1, 0)
        boxes.addWidget(self.include_tags, 1, 1)
        column.addLayout(boxes)
        return column

    def _outcome(self) -> QWidget:
        """Right: the preview, the note at its top, and the PDF's password."""
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        self.preview = PreviewBrowser()
        self.preview.setAccessibleName(self.tr("Preview of what will be exported"))
        self.preview.set_resolver(self._pictures)
        column.addWidget(self.preview, 1)
        column.addSpacing(8)
        cover_label = text_label(self.tr("A n&ote at the top (optional)"), "subheading")
        column.addWidget(cover_label)
        self.cover = self._text_box(
            self.tr("What I'd like to talk about…"), self.tr("A note at the top")
        )
        cover_label.setBuddy(self.cover)
        column.addWidget(self.cover)
        column.addLayout(self._password_row())
        return panel

    def _password_row(self) -> QHBoxLayout:
        box = QHBoxLayout()
        self.protect = self._check(self.tr("Protect the PDF with a pass&word"))
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
        self._timer.timeout.connect(self._refresh_if_shown)
        self.paragraphs.selectionChanged.connect(self._timer.start)
        for box in (self.include_date, self.include_mood, self.include_prompt, self.include_tags):
            box.toggled.connect(self._timer.start)
        self.names.changed.connect(self._timer.start)
        self.summary.changed.connect(self._timer.start)
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
        """What the controls say."""
        return ExportOptions(
            include_date=self.include_date.isChecked(),
            include_mood=self.include_mood.isChecked(),
            include_prompt=self.include_prompt.isChecked(),
            include_tags=self.include_tags.isChecked(),
            cover_note=self.cover.toPlainText().strip(),
            redactions=self.names.redactions(),
            excluded=self.paragraphs.excluded(),
            summary=self.summary.period(),
        )

    def document(self) -> ExportDocument:
        """Exactly what will leave."""
        return prepare(self._journal, self._ids, self.options())

    def refresh_preview(self) -> None:
        """Show the export as it will be written (names replaced, paragraphs left out).

        In the app's own colours: the file's paper style (dark on white) would be a
        white page in dark mode. The words are the same; only the colours differ.
        """
        try:
            document = self.document()
            lead = summary_html(document.summary) if document.summary is not None else ""
            html = to_screen_html(document, _preview_css(), lead)
        except InvalidInput as error:
            self.preview.setPlainText(error.message)
            return
        self.preview.setHtml(html)

    def _refresh_if_shown(self) -> None:
        """A pending refresh after the dialog has gone must not read the journal."""
        if self.isVisible():
            self.refresh_preview()

    def _format_changed(self) -> None:
        pdf = self.chosen_format() is ExportFormat.PDF
        self.protect.setEnabled(pdf)
        self.summary.set_pdf(pdf)
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
        self._pictures.clear()
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
            pdf = _pdf_renderer() if fmt is ExportFormat.PDF else None
            exported = export_and_log(
                self._journal,
                path,
                self.document(),
                fmt,
                self._selection,
                pdf=pdf,
                password=password,
            )
        except KnownError as error:
            QMessageBox.information(self, self.tr("Export"), error.message)
            return False
        if exported.not_logged is not None:
            QMessageBox.information(self, self.tr("Export"), exported.not_logged.message)
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
        """Print through the system's dialog: the PDF's layout and pictures, nothing left out."""
        from app.ui.export.printing import print_export  # noqa: PLC0415 - only when printing

        try:
            document = self.document()
        except KnownError as error:
            QMessageBox.information(self, self.tr("Export"), error.message)
            return
        if print_export(self, document):
            self._journal.exports.record("print", len(self._ids), self._selection)


def _preview_css() -> str:
    """The preview's rhythm and the theme's colours, plus the export's own classes."""
    colours = current_colours()
    return preview_style() + (
        f".meta {{ color: {colours.muted_text}; }}\n"
        ".cover { font-style: italic; }\n"
        f"section.entry {{ border-top: 1px solid {colours.border}; }}\n"
        "section.summary td, section.summary th { font-size: small; padding: 2px; }\n"
    )


def _pdf_renderer() -> PdfRenderer:
    """The app's PDF renderer, loaded only when a PDF is exported."""
    from app.pdf_export import render_pdf  # noqa: PLC0415 - only when exporting a PDF

    return render_pdf
