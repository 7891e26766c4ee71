"""Huge tables make a PDF in seconds, with every cell's words.

A 100,000-row table used to take over two minutes (Qt lays a table out and
paints it row by row, and much slower in one piece). Tables are now split into
tables of bounded rows that repeat the header, and a table of more rows than a
person reads as a table is set as monospaced text.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import time
from pathlib import Path

import pytest

from app.export.model import ExportDocument, ExportEntry, ExportFormat
from app.export.pieces import TABLE_ROWS
from app.export.pipeline import export_document
from app.pdf_export import render_pdf

pytestmark = pytest.mark.usefixtures("qapp")  # Qt's application, shared with the GUI tests

HANG_SECONDS = 120  # a hang guard, not a benchmark: it takes about 10 s on two cores


def _table_doc(rows: int) -> ExportDocument:
    table = "\n".join(
        ["| Day | What was said | Note |", "|---|---|---|"]
        + [f"| {n} | cell{n} said this | note{n} |" for n in range(rows)]
    )
    entry = ExportEntry("id", "A table", dt.date(2026, 1, 1), None, (), None, (), (table,))
    return ExportDocument("", (entry,))


def _export(tmp_path: Path, rows: int) -> str:
    target = tmp_path / "table.pdf"
    started = time.monotonic()
    export_document(
        target,
        _table_doc(rows),
        ExportFormat.PDF,
        pdf=render_pdf,
    )
    assert time.monotonic() - started < HANG_SECONDS
    crop = ["-x", "0", "-y", "45", "-W", "595", "-H", "797"]  # below the top margin
    return subprocess.run(
        ["pdftotext", *crop, str(target), "-"], capture_output=True, text=True, check=True
    ).stdout


def _assert_every_cell(text: str, rows: int) -> None:
    for name in ("cell", "note"):
        found = re.findall(rf"\b{name}(\d+)\b", text)
        assert sorted(map(int, found)) == list(range(rows)), name


def test_a_100000_row_table_makes_a_pdf_in_bounded_time(tmp_path: Path) -> None:
    _assert_every_cell(_export(tmp_path, 100_000), 100_000)


def test_a_long_table_stays_a_table_that_repeats_its_header(tmp_path: Path) -> None:
    rows = TABLE_ROWS * 4
    text = _export(tmp_path, rows)
    _assert_every_cell(text, rows)
    assert text.count("What was said") >= 4
