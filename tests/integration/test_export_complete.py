"""Exports hold every entry, paragraph and word chosen, read back from the file.

A journal of 2,000 entries and one very long entry are exported through the real
command, in every format, and the files are read back (PDFs with poppler's
``pdftotext``): entry, paragraph and word counts must match what was chosen.
Qt's layout used to stop at about 675 pages and the PDF still said "Exported".
The full-size variant (2,000 entries of ~400 words, and a 15 MB entry) runs
with ``--run-slow``.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.vault.keystore import Keystore
from tests.helpers.cli import Cli
from tests.helpers.journals import FAST_ARGON2

pytestmark = pytest.mark.usefixtures("qapp")  # Qt's application, shared with the GUI tests

FILLER = "calm"
TOP_POINTS = 45  # A4 is 595 x 842 points; the text starts 20 mm (57 points) down
_MARK = re.compile(r"\b(t\d+|p\d+x\d+)\b")


@dataclass(frozen=True)
class Shape:
    """A journal to export: entries of paragraphs of words."""

    entries: int
    paragraphs: int
    words: int  # filler words per paragraph

    def body(self, entry: int) -> str:
        filler = " ".join([FILLER] * self.words)
        return "\n\n".join(f"p{entry}x{p} {filler}" for p in range(self.paragraphs))


MANY = Shape(entries=2_000, paragraphs=3, words=30)
LONG = Shape(entries=1, paragraphs=1_300, words=400)  # about 780 pages
MANY_FULL = Shape(entries=2_000, paragraphs=4, words=100)
LONG_FULL = Shape(entries=1, paragraphs=2_000, words=1_500)  # 3,000,000 words, 15 MB


def _fill(files: JournalFiles, keystore: Keystore, shape: Shape) -> None:
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        for n in range(shape.entries):
            day = dt.date(2020, 1, 1) + dt.timedelta(days=n)
            journal.entries.add(EntryFields(body=shape.body(n), title=f"t{n}", date=day))


def _read_back(path: Path) -> str:
    if path.suffix != ".pdf":
        return path.read_text(encoding="utf-8")
    # Below the top margin: Qt also draws a page's last line on the next page,
    # above its text and clipped out of sight, but text extraction sees it.
    crop = ["-x", "0", "-y", str(TOP_POINTS), "-W", "595", "-H", str(842 - TOP_POINTS)]
    return subprocess.run(
        ["pdftotext", *crop, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _assert_whole(text: str, shape: Shape) -> None:
    marks = Counter(_MARK.findall(text))
    titles = {mark for mark in marks if mark.startswith("t")}
    paragraphs = {mark for mark in marks if mark.startswith("p")}
    assert len(titles) == shape.entries, f"{len(titles)} of {shape.entries} entries"
    assert len(paragraphs) == shape.entries * shape.paragraphs, (
        f"{len(paragraphs)} of {shape.entries * shape.paragraphs} paragraphs"
    )
    assert all(count == 1 for count in marks.values()), "a paragraph came out twice"
    words = len(re.findall(rf"\b{FILLER}\b", text))
    assert words == shape.entries * shape.paragraphs * shape.words


def _export(cli: Cli, target: Path, fmt: str) -> None:
    result = cli("export", "--format", fmt, "--no-date", "-o", str(target))
    assert result.status == 0, result.stderr
    assert "Exported" in result.stdout


def test_2000_entries_hold_every_entry_paragraph_and_word_in_every_format(
    cli: Cli, files: JournalFiles, keystore: Keystore, tmp_path: Path
) -> None:
    _fill(files, keystore, MANY)
    for fmt in ("pdf", "md", "txt", "html"):
        target = tmp_path / f"out.{fmt}"
        _export(cli, target, fmt)
        _assert_whole(_read_back(target), MANY)


def test_a_long_entry_holds_every_paragraph_and_word(
    cli: Cli, files: JournalFiles, keystore: Keystore, tmp_path: Path
) -> None:
    _fill(files, keystore, LONG)
    target = tmp_path / "out.pdf"
    _export(cli, target, "pdf")
    _assert_whole(_read_back(target), LONG)


def test_one_huge_paragraph_survives_whole(
    cli: Cli, files: JournalFiles, keystore: Keystore, tmp_path: Path
) -> None:
    """A single paragraph of about 800 pages: cut at whitespace, every word kept."""
    shape = Shape(entries=1, paragraphs=1, words=400_000)
    _fill(files, keystore, shape)
    target = tmp_path / "out.pdf"
    _export(cli, target, "pdf")
    _assert_whole(_read_back(target), shape)


@pytest.mark.slow
@pytest.mark.parametrize("shape", [MANY_FULL, LONG_FULL], ids=["2000-entries", "15-MB-entry"])
@pytest.mark.parametrize("fmt", ["pdf", "md", "txt", "html"])
def test_full_size_exports_hold_everything(
    cli: Cli, files: JournalFiles, keystore: Keystore, tmp_path: Path, shape: Shape, fmt: str
) -> None:
    _fill(files, keystore, shape)
    target = tmp_path / f"out.{fmt}"
    _export(cli, target, fmt)
    _assert_whole(_read_back(target), shape)


def test_printing_2000_entries_prints_every_entry_paragraph_and_word(
    files: JournalFiles, keystore: Keystore, tmp_path: Path
) -> None:
    """Printing used to lay everything out as one document, which stops at Qt's limit."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from app.export.model import ExportOptions
    from app.export.prepare import prepare, select_ids
    from app.export.render import to_html
    from app.journal import open_journal
    from app.pdf_export import print_html
    from app.vault.slot_secret import SlotSecret

    _fill(files, keystore, MANY)
    journal_id = files.key_slots.read_text().split('"journal_id": "')[1].split('"')[0]
    secret = keystore.get_secret(journal_id)
    assert secret is not None
    with open_journal(files, SlotSecret.device(secret), argon2=FAST_ARGON2) as journal:
        options = ExportOptions(include_date=False)
        html = to_html(prepare(journal, select_ids(journal), options), for_pdf=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    assert print_html(html, printer) >= MANY.entries
    _assert_whole(_read_back(tmp_path / "printed.pdf"), MANY)
