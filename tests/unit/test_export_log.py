"""The export log records what happened, never what was written."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.journal import Journal


def test_record_and_recent(journal: Journal) -> None:
    journal.exports.record("pdf", 1, "current entry")
    journal.exports.record("md", 3, "filter")
    recent = journal.exports.recent()
    assert [(r.format, r.entries, r.selection) for r in recent] == [
        ("md", 3, "filter"),
        ("pdf", 1, "current entry"),
    ]
    assert recent[0].at.tzinfo is not None
    assert dt.datetime.now(dt.UTC) - recent[0].at < dt.timedelta(minutes=1)
    assert len(journal.exports.recent(limit=1)) == 1


def test_the_table_has_no_place_for_text(journal: Journal) -> None:
    columns = [row[1] for row in journal._db.execute("PRAGMA table_info(export_log)")]
    assert columns == ["id", "at", "format", "entries", "selection"]


@pytest.mark.parametrize(
    ("fmt", "selection"),
    [("pdf", "Margaret's letter"), ("docx", "filter"), ("md", "an entry about Tom")],
)
def test_anything_but_a_known_format_and_kind_is_refused(
    journal: Journal, fmt: str, selection: str
) -> None:
    with pytest.raises(InvalidInput):
        journal.exports.record(fmt, 1, selection)
    assert journal.exports.recent() == []
