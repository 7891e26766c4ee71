"""The import preview counts an archive's incident records, and names them when only they come."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.records.imports import SourceKind
from app.ui.transfer.import_pages import PreviewPage
from app.ui.transfer.import_work import Preview


def _preview(new: int, records: int) -> Preview:
    day = dt.date(2025, 3, 1) if new else None
    return Preview(
        kind=SourceKind.ARCHIVE,
        name="everything.zip",
        new=new,
        skipped=0,
        first=day,
        last=day,
        tags=0,
        attachments=0,
        notices=(),
        extras=bool(records),
        records=records,
    )


def test_records_are_counted_beside_the_entries(qtbot: QtBot) -> None:
    page = PreviewPage()
    qtbot.addWidget(page)
    page.show_preview(_preview(1, 2))
    lines = page.figures.text().split("\n")
    assert lines[0].startswith("1 new entry, on ")
    assert lines[1] == "2 new incident records, with their amendments and evidence files."


def test_only_records_coming_in_names_them(qtbot: QtBot) -> None:
    page = PreviewPage()
    qtbot.addWidget(page)
    page.show_preview(_preview(0, 1))
    assert page.figures.text() == (
        "No new entries; the archive's reasons, incident records and prompts.\n"
        "1 new incident record, with its amendments and evidence files."
    )
