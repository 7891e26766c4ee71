"""The export dialog's summary page: off by default, the last 13 weeks, a PDF's only."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.export.model import ExportFormat
from app.export.summary import Summary
from app.journal import Journal
from app.records.patterns import Period
from app.ui.export.dialog import ExportDialog
from app.ui.export.summary_choice import SummaryChoice
from tests.helpers.summary_journal import HEAVY_WORDS, PERIOD, known_journal


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> ExportDialog:
    shared = known_journal(journal)
    widget = ExportDialog(journal, [shared], "current entry")
    qtbot.addWidget(widget)
    return widget


def choose(dialog: ExportDialog, period: Period) -> None:
    dialog.summary.box.setChecked(True)
    dialog.summary.until.setDate(QDate(period.until.year, period.until.month, period.until.day))
    dialog.summary.since.setDate(QDate(period.since.year, period.since.month, period.since.day))


def test_no_summary_unless_asked_and_the_last_thirteen_weeks_by_default(qtbot: QtBot) -> None:
    today = dt.date(2026, 12, 9)
    choice = SummaryChoice(today)
    qtbot.addWidget(choice)
    assert not choice.box.isChecked() and choice.period() is None
    assert not choice.since.isEnabled()
    choice.box.setChecked(True)
    assert choice.period() == Period.recent(today)
    assert choice.since.isEnabled() and "No entry is quoted." in choice.note.text()


def test_other_formats_grey_it_out_and_say_why(dialog: ExportDialog) -> None:
    dialog.summary.box.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData(ExportFormat.MARKDOWN))
    assert not dialog.summary.box.isEnabled() and not dialog.summary.since.isEnabled()
    assert dialog.summary.note.text() == "A summary page is drawn in a PDF only."
    assert dialog.options().summary is None
    dialog.format.setCurrentIndex(dialog.format.findData(ExportFormat.PDF))
    assert dialog.summary.box.isEnabled() and dialog.options().summary is not None


def test_the_first_day_is_never_after_the_last(dialog: ExportDialog) -> None:
    choose(dialog, PERIOD)
    dialog.summary.since.setDate(QDate(2026, 11, 1))  # after the last day: held at it
    period = dialog.options().summary
    assert period is not None and period.since <= period.until == PERIOD.until


def test_the_preview_shows_the_summary_and_the_pdf_holds_it(
    dialog: ExportDialog, journal: Journal, tmp_path: Path
) -> None:
    choose(dialog, PERIOD)
    dialog.refresh_preview()
    shown = dialog.preview.toPlainText()
    assert "A summary of these weeks" in shown and "7 Sep 2026" in shown
    assert "HEAVYSECRET" not in shown
    target = tmp_path / "shared.pdf"
    assert dialog.export_to(target)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    first = " ".join(text.split("\f")[0].split())
    assert "From 7 September 2026 to 4 October 2026 (4 weeks)." in first
    assert HEAVY_WORDS not in text
    assert journal.exports.recent()[0].format == "pdf"


def test_printing_puts_the_summary_first_when_chosen(
    dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    printed: list[object] = []

    def print_html(html: str, printer: object, pictures: object, summary: object) -> int:
        printed.append(summary)
        return 2

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr("app.pdf_export.print_html", print_html)
    choose(dialog, PERIOD)
    dialog.print_document()
    summary = printed[0]
    assert isinstance(summary, Summary) and summary.weeks[0].start == PERIOD.since
