"""Dates, times and numbers in a German window: the language's shapes, never English ones.

A German reader expects "4. März 2025", "Di. 4." and "1.234"; an English comma, a
strftime month or a day without its dot looks foreign. Each place is checked with
``QLocale.setDefault(QLocale("de"))`` and a stand-in catalogue that gives the date
patterns the German shapes the real catalogue gives them (the real one may not hold a
new pattern yet), so the test says whether the window asks ``tr`` and ``QLocale``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.backup import BackupInfo
from app.files import JournalFiles
from app.journal import Journal
from app.prompts.checkin_data import checkin_data
from app.records.incidents import Evidence
from app.storage.backup_preview import BackupPreview
from app.storage.incidents import Receipt
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

GERMAN = {
    "d MMM yyyy": "d. MMM yyyy",
    "d MMMM yyyy": "d. MMMM yyyy",
    "d MMMM": "d. MMMM",
    "d MMM": "d. MMM",
    "ddd d": "ddd d.",
    "{name} ({mime}, {size} bytes)": "{name} ({mime}, {size} Bytes)",
    "{count} entries": "{count} Einträge",
}
MOMENT = dt.datetime(2025, 3, 4, 21, 14)  # a Tuesday evening, this computer's time


class GermanShapes(QTranslator):
    """The German date patterns and the few words these checks read."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del context, disambiguation, n
        return GERMAN.get(source)  # None: not here, so the next catalogue or the source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's
        return False


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """A German window for one test; the locale and catalogues are put back afterwards."""
    before = QLocale()
    translator = GermanShapes()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("de"))
    yield
    QLocale.setDefault(before)
    QCoreApplication.removeTranslator(translator)


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` as an aware time in this computer's zone (as the journal keeps times)."""
    return moment.astimezone()


@pytest.mark.usefixtures("german")
def test_rows_days_and_moments_are_german() -> None:
    from app.ui.journal.revisions_dialog import format_saved
    from app.ui.record.labels import format_recorded
    from app.ui.settings.access_model import format_when
    from app.ui.widgets.rows import format_day, format_moment

    assert format_day(MOMENT.date()) == "4. März 2025"
    assert format_moment(MOMENT) == "4. März 2025, 21:14"
    assert format_saved(local(MOMENT)) == "4. März 2025, 21:14"
    assert format_when(local(MOMENT)) == "4. März 2025, 21:14"
    assert format_recorded(local(MOMENT)) == "4. März 2025, 21:14"


@pytest.mark.usefixtures("german")
def test_timeline_and_linked_days_are_german() -> None:
    from app.ui.journal.pair_models import spoken_day
    from app.ui.journal.timeline_delegate import _short_date

    assert _short_date(MOMENT.date()) == "Di. 4."
    assert spoken_day(MOMENT.date(), today=dt.date(2025, 12, 1)) == "4. März"
    assert spoken_day(MOMENT.date(), today=dt.date(2026, 1, 1)) == "4. März 2025"


@pytest.mark.usefixtures("german")
def test_patterns_days_months_and_chart_labels_are_german() -> None:
    from app.pdf_export.pattern_charts import ChartWords, date_format
    from app.ui.patterns.words import chart_words, day_text, month_text

    assert day_text(MOMENT.date()) == "4. März 2025"
    assert month_text(MOMENT.date()) == "März 2025"
    words = chart_words()
    day = QLocale().toString(QDate(2025, 3, 4), date_format(words, by_month=False, with_year=False))
    assert day == "4. März"
    assert date_format(words, by_month=False, with_year=True) == "d. MMM yyyy"
    assert date_format(ChartWords(), by_month=False, with_year=True) == "d MMM yyyy"  # the PDF's
    assert date_format(words, by_month=True, with_year=True) == "MMM yyyy"


@pytest.mark.usefixtures("german")
def test_record_numbers_use_german_digits() -> None:
    from app.ui.record.details import _evidence
    from app.ui.record.evidence import evidence_line
    from app.ui.record.receipt import check_message, receipt_text
    from app.ui.record.report_dialog import ReportDialog

    assert "(image/png, 12.345 bytes)" in evidence_line("a.png", "image/png", 12345, "ab" * 32)
    item = Evidence(
        attachment="0" * 32, name="a.png", mime="image/png", size=12345, sha256="ab" * 32
    )
    assert "a.png (image/png, 12.345 Bytes)<br>" in _evidence((item,))
    receipt = Receipt(links=1234, at="2025-03-04T20:14:00+00:00", digest="ab" * 32)
    assert ", 1.234 links," in receipt_text(receipt)
    assert "1.234 links" in check_message(None, 1234)
    done = ReportDialog._done_words(SimpleNamespace(), 1234, True, Path("r.pdf"))  # type: ignore[arg-type]
    assert "The report of 1.234 records" in done


@pytest.mark.usefixtures("german")
def test_settings_dates_and_times_are_german(qtbot: QtBot, journal: Journal) -> None:
    from app.ui.journal.entry_details import EntryDetails
    from app.ui.settings.checkin_tab import CheckinSettings
    from app.ui.settings.remind_tab import RemindSettings

    remind = RemindSettings(journal, ())
    checkin = CheckinSettings(journal, checkin_data())
    details = EntryDetails()
    for widget in (remind, checkin, details):
        qtbot.addWidget(widget)
    assert remind.decided.displayFormat() == "d. MMM yyyy"
    assert details.date.displayFormat() == "d. MMM yyyy"
    assert checkin.time.displayFormat() == QLocale("de").timeFormat(QLocale.FormatType.ShortFormat)


@pytest.mark.usefixtures("german")
def test_the_newest_backup_is_dated_and_counted_in_german(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.controller import JournalController
    from app.ui.settings.opening_tab import OpeningSettings

    controller = JournalController(
        JournalFiles(tmp_path / "journal"), MemoryKeystore(), FAST_ARGON2
    )
    controller.create(None)
    newest = BackupInfo(path=tmp_path / "b.db", when=local(MOMENT), size=348_672, entries=1234)
    monkeypatch.setattr("app.backup.list_backups", lambda *_args: [newest])
    tab = OpeningSettings(controller)
    qtbot.addWidget(tab)
    assert "The newest is from 4. März 2025, 21:14 and holds 1.234" in tab.backup_status.text()


@pytest.mark.usefixtures("german")
def test_restoring_shows_german_dates_sizes_and_counts(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.setup.restore_dialog import RestoreDialog

    dialog = RestoreDialog(JournalFiles(tmp_path / "journal"))
    qtbot.addWidget(dialog)
    dialog._fill([BackupInfo(path=tmp_path / "b.db", when=local(MOMENT), size=348_672)])
    assert dialog.backups.item(0).text() == "4. März 2025, 21:14 (340,5 kB)"
    preview = BackupPreview(
        entries=1234, first_day=dt.date(2024, 12, 1), last_day=MOMENT.date(), newest=()
    )
    assert "1.234 Einträge from 1. Dez. 2024 to 4. März 2025" in dialog._describe(preview)


@pytest.mark.usefixtures("german")
def test_the_export_list_dates_an_entry_in_german(journal: Journal) -> None:
    from app.records.entries import EntryFields
    from app.ui.export.model import ExportListModel

    entry = journal.entries.add(EntryFields(body="Hier.", date=MOMENT.date()))
    model = ExportListModel([entry], lambda text: [text])
    assert model.index(0).data().endswith("· Dienstag, 4. März 2025")
