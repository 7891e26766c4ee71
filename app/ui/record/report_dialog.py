"""The incident report for someone helping (a lawyer, an advocate): choose, then save.

The choices mirror ``threshold incidents report``: PDF or CSV, a period, some
kinds, one person, names by initials, pictures drawn or only listed. The file is
written by the core (``app.incidents.report_write``: the export's private writer,
read back and checked, logged without words) and the person is told plainly that
it is not encrypted and that Threshold can't promise how a court will treat it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.incidents.report_model import ImagesShown, ReportFormat, ReportOptions
from app.ui.record.form_parts import KindChips
from app.ui.widgets.file_dialogs import file_dialog_forgets_folders
from app.ui.widgets.kit import SPACING, text_label
from app.ui.widgets.translate import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from app.export.pipeline import PdfRenderer
    from app.journal import Journal

NOTE = QT_TR_NOOP(
    "The report holds each record with both its times, its amendments beneath it and its "
    "evidence files with their SHA-256, and the chain's newest digest. The file is not "
    "encrypted; keep it somewhere safe. Threshold can't promise how a court or anyone "
    "else will treat it."
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Chooses what the report holds and where it is saved; writes it.

    Args:
        journal: the open journal.
        people: the names the records use (for "only the records naming").
        today: the last day offered by default.
    """

    def __init__(
        self,
        journal: Journal,
        people: list[str],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("A report of your record"))
        self._journal = journal
        today = today or dt.date.today()
        self.pdf = QRadioButton(tr("&PDF, to read or print"), self)
        self.csv = QRadioButton(tr("&CSV, for a spreadsheet"), self)
        self.pdf.setChecked(True)
        for radio in (self.pdf, self.csv):  # room for the focus ring's wider look
            radio.setMinimumWidth(radio.sizeHint().width() + SPACING)
        self.period = QCheckBox(tr("Only &between"), self)
        self.since = QDateEdit(_qdate(today - dt.timedelta(days=365)), self)
        self.until = QDateEdit(_qdate(today), self)
        for edit, name in ((self.since, tr("The first day")), (self.until, tr("The last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(tr("d MMM yyyy"))
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.kinds = KindChips(self)
        self.who = QComboBox(self)
        self.who.setAccessibleName(tr("Only the records naming"))
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.who.addItem(tr("Everyone"), None)
        for name in people:
            self.who.addItem(name, name)
        self.initials = QCheckBox(tr("Show people by their &initials"), self)
        self.pictures = QCheckBox(tr("&Draw evidence pictures (otherwise listed)"), self)
        self.pictures.setChecked(True)
        self.buttons = self._make_buttons()
        self.period.toggled.connect(self.since.setEnabled)
        self.period.toggled.connect(self.until.setEnabled)
        self.csv.toggled.connect(lambda on: self.pictures.setEnabled(not on))
        self._lay_out()
        self.resize(620, 560)

    def options(self) -> ReportOptions:
        """What was chosen, as the report takes it."""
        between = self.period.isChecked()
        return ReportOptions(
            since=_day(self.since.date()) if between else None,
            until=_day(self.until.date()) if between else None,
            kinds=frozenset(self.kinds.kinds()),
            who=self.who.currentData(),
            pseudonyms=self.initials.isChecked(),
            images=ImagesShown.INCLUDE if self.pictures.isChecked() else ImagesShown.LIST,
            format=ReportFormat.CSV if self.csv.isChecked() else ReportFormat.PDF,
        )

    def choose_file(self) -> None:
        """Ask where to save, without the file dialog remembering the folder."""
        options = self.options()
        if options.since and options.until and options.since > options.until:
            self._say(tr("The first day is after the last one, so no day is in between."))
            return
        suffix = f".{options.format.value}"
        #: The report's file name offered when saving (the suffix is added to it).
        offered = tr("incident-report")
        start = str(Path.home() / f"{offered}{suffix}")
        with file_dialog_forgets_folders():
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("Save the report"),
                start,
                f"*{suffix}",
                options=QFileDialog.Option.DontUseNativeDialog,
            )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        """Write the report to ``path`` (checked and logged) and say plainly what happened."""
        from app.incidents.report_write import write_incident_report  # noqa: PLC0415

        options = self.options()
        pdf = _pdf_renderer() if options.format is ReportFormat.PDF else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_incident_report(self._journal, options, path, pdf)
        except KnownError as error:
            self._say(error.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(self._done_words(written.records, written.holds, path))
        self.accept()
        return True

    def _done_words(self, records: int, holds: bool, path: Path) -> str:
        words = tr(
            "The report of {count} records is saved as {path}. The file is not encrypted; "
            "keep it somewhere safe."
        ).format(count=QLocale().toString(records), path=path)
        if not holds:
            words += " " + tr(
                "The record's chain does not hold (Check the record says where); the report "
                "says so on its first page."
            )
        return words

    def _say(self, words: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(tr("A report of your record"))
        box.setText(words)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        save = buttons.addButton(tr("&Save the report…"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", "true")
        save.style().unpolish(save)  # the property is new: let the style sheet see it
        save.style().polish(save)
        save.setAccessibleName(tr("Save the report"))
        save.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        return buttons

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(SPACING // 2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        formats = QHBoxLayout()
        formats.setSpacing(2 * SPACING)
        formats.addWidget(self.pdf)
        formats.addWidget(self.csv)
        formats.addStretch(1)
        form.addRow(tr("Format"), formats)
        period = QHBoxLayout()
        period.setSpacing(SPACING // 2)
        for widget in (self.period, self.since, text_label(tr("and")), self.until):
            period.addWidget(widget)
        period.addStretch(1)
        form.addRow(tr("When it happened"), period)
        form.addRow(tr("What kind (none chosen: every kind)"), self.kinds)
        form.addRow(tr("Who"), self.who)
        form.addRow(self.initials)
        form.addRow(self.pictures)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(SPACING)
        layout.addLayout(form)
        layout.addWidget(text_label(tr(NOTE), "muted"))
        layout.addStretch(1)
        layout.addWidget(self.buttons)


def _pdf_renderer() -> PdfRenderer:
    """The app's PDF renderer, loaded only for a PDF report."""
    from app.pdf_export import render_pdf  # noqa: PLC0415 - only when writing a PDF

    return render_pdf
