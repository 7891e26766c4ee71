"""The summary page read back with poppler: the figures, drawn as vectors, quoting nothing."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from app.cli.main import EXIT_USAGE
from app.export.complete import ExportIncomplete, check_export
from app.export.model import ExportDocument, ExportFormat, ExportOptions
from app.export.pipeline import export_and_log, render_export
from app.export.prepare import prepare
from app.journal import Journal
from app.patterns.figures import figures
from app.pdf_export import render_pdf
from app.records.patterns import Period, Week
from app.words import short_date_words
from tests.helpers.cli import Cli
from tests.helpers.poppler import pdf_text as pdftotext
from tests.helpers.summary_journal import HEAVY_WORDS, PERIOD, SHARED_WORDS, known_journal


def pages(path: Path) -> list[str]:
    return pdftotext(path).split("\f")[:-1]


def summary_document(journal: Journal, period: Period = PERIOD) -> ExportDocument:
    shared = known_journal(journal)
    return prepare(journal, [shared], ExportOptions(summary=period))


@pytest.fixture
def exported(journal: Journal, tmp_path: Path) -> Path:
    target = tmp_path / "with-summary.pdf"
    doc = summary_document(journal)
    done = export_and_log(journal, target, doc, ExportFormat.PDF, "current entry", pdf=render_pdf)
    assert done.entries == 1 and done.not_logged is None
    return target


def test_the_summary_page_holds_the_figures_of_the_period(exported: Path, journal: Journal) -> None:
    first, second = pages(exported)
    flat = " ".join(first.split())
    assert "A summary of these weeks" in flat
    assert "From 7 September 2026 to 4 October 2026 (4 weeks)." in flat
    assert "4 entries written in this period. One of them is marked heavy" in flat
    found = figures(journal, PERIOD)
    assert _table_rows(first) == [_row(week) for week in found.weeks]
    assert "contact attempts 1, threats 1, verbal 1" in flat
    assert "There isn't enough here to compare the days after contact" in flat
    assert "A message from them 2, Guilt 2." in flat and "tired 2, calm 1." in flat
    assert HEAVY_WORDS not in pdftotext(exported) and "HEAVYSECRET" not in pdftotext(exported)
    assert SHARED_WORDS in " ".join(second.split())  # the entry starts on the next page
    assert _footer(first) == "1/2" and _footer(second) == "2/2"


def test_the_charts_are_vectors_and_the_metadata_stays_neutral(exported: Path) -> None:
    listed = subprocess.run(
        ["pdfimages", "-list", str(exported)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(listed) == 2  # the header lines only: no picture anywhere
    page = PdfReader(exported).pages[0]
    resources = page["/Resources"]
    assert isinstance(resources, DictionaryObject)
    objects = resources.get("/XObject")
    kinds = [objects[name].get_object()["/Subtype"] for name in objects] if objects else []
    assert "/Image" not in kinds
    info = subprocess.run(
        ["pdfinfo", str(exported)], capture_output=True, text=True, check=True
    ).stdout
    assert "Producer" not in info and "Creator" not in info and "Threshold" not in info
    assert "Journal entries" in info  # the one title every export carries


def test_the_export_log_still_logs_it(exported: Path, journal: Journal) -> None:
    logged = journal.exports.recent()
    assert [(row.format, row.entries, row.selection) for row in logged[:1]] == [
        ("pdf", 1, "current entry")
    ]


def test_a_long_period_goes_on_over_pages_numbered_with_the_rest(
    journal: Journal, tmp_path: Path
) -> None:
    year = Period(dt.date(2025, 10, 6), dt.date(2026, 10, 4))  # 52 weeks
    target = tmp_path / "year.pdf"
    doc = summary_document(journal, year)
    export_and_log(journal, target, doc, ExportFormat.PDF, "current entry", pdf=render_pdf)
    read = pages(target)
    total = len(read)
    assert total >= 3 and SHARED_WORDS in " ".join(read[-1].split())
    assert [_footer(page) for page in read] == [f"{n}/{total}" for n in range(1, total + 1)]
    weeks = sum(len(_table_rows(page)) for page in read[:-1])
    assert weeks == 52  # every week's row, the table split between pages
    assert read[1].count("Week of") == 1  # its header again on the next page


def test_the_check_after_writing_wants_the_summary_whole(journal: Journal) -> None:
    doc = summary_document(journal)
    rendered = render_export(doc, ExportFormat.PDF, pdf=render_pdf)
    check_export(rendered.data, rendered)
    missing = replace(rendered, summary=rendered.summary + " Zzyzx quixotic")
    with pytest.raises(ExportIncomplete, match="couldn't finish"):
        check_export(rendered.data, missing)
    assert rendered.pdf is not None and rendered.pdf.breaks == (1,)


def test_a_password_protected_pdf_keeps_its_summary(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "locked.pdf"
    doc = summary_document(journal)
    export_and_log(journal, target, doc, ExportFormat.PDF, "current entry",
                   pdf=render_pdf, password="open sesame")  # fmt: skip
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("open sesame")
    assert "A summary of these weeks" in " ".join(reader.pages[0].extract_text().split())


ROW = re.compile(
    r"(\d{1,2} \w{3} \d{4})\s+(\d+)\s+(\u2013|\d\.\d \(\d+\))\s+(\u2013|\d\.\d \(\d+\))"
    r"\s+(\d+)\s+(\d+)"
)


def _row(week: Week) -> tuple[str, ...]:
    """A week's row as the figures give it: the table must say exactly this."""
    mood = f"{week.mood:.1f} ({week.moods})" if week.mood is not None else "\u2013"
    energy = f"{week.energy:.1f} ({week.energies})" if week.energy is not None else "\u2013"
    day = short_date_words(week.start)
    return (day, str(week.entries), mood, energy, str(week.contacts), str(week.incidents))


def _footer(page: str) -> str:
    """The page's number as ``pdftotext -layout`` reads its last line ("1/2")."""
    return "".join(page.strip().splitlines()[-1].split())


def _table_rows(page: str) -> list[tuple[str, ...]]:
    """The weeks' rows on a page as ``pdftotext -layout`` reads them, cell by cell."""
    return [found.groups() for line in page.splitlines() if (found := ROW.search(line))]


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    for day, mood, heavy in (("2026-09-08", "2", ()), ("2026-09-22", "4", ("--heavy",))):
        words = "HEAVYSECRET stays home." if heavy else "Tea, and the long way home."
        added = cli("add", "--date", day, "--mood", mood, *heavy, stdin=words.encode())
        assert added.status == 0, added.stderr
    return cli


def test_the_command_adds_the_summary_for_its_days(ready: Cli, tmp_path: Path) -> None:
    target = tmp_path / "since.pdf"
    days = ("--since", "2026-09-07", "--until", "2026-09-20")
    done = ready("export", *days, "-o", str(target), "--summary")
    assert done.status == 0, done.stderr
    assert "It begins with a summary page: 7 September 2026 to 20 September 2026." in done.stdout
    first, second = pages(target)
    assert _table_rows(first) == [
        ("7 Sep 2026", "1", "2.0 (1)", "\u2013", "0", "0"),
        ("14 Sep 2026", "0", "\u2013", "\u2013", "0", "0"),
    ]
    assert "Tea, and the long way home." in second and "HEAVYSECRET" not in first + second


def test_the_command_offers_a_summary_in_a_pdf_only(ready: Cli, tmp_path: Path) -> None:
    done = ready("export", "-o", str(tmp_path / "x.md"), "--format", "md", "--summary")
    assert done.status == EXIT_USAGE and "--summary only works with --format pdf" in done.stderr
    assert not (tmp_path / "x.md").exists()
    late = ready("export", "-o", str(tmp_path / "y.pdf"), "--summary", "--since", "2027-01-01")
    assert late.status != 0 and not (tmp_path / "y.pdf").exists()
