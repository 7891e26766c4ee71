"""Review of issue 18: reading time that grows with the square of the input; refusals unnamed.

Each test proves a review finding stays fixed. The budgets are generous: a
linear reader takes a small fraction of each.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.records.imports import ImportOptions
from app.transfer.dayone_text import markdown_parts
from app.transfer.jrnl import read_jrnl
from app.transfer.problems import ImportRefused
from tests.helpers.transfer_notes import import_into


def _jrnl_seconds(tmp_path: Path, entries: int) -> float:
    body = "x" * 900
    path = tmp_path / f"journal-{entries}.txt"
    lines = (
        f"[2024-01-{n % 28 + 1:02d} 10:{n % 60:02d}] Day {n}\n{body}\n\n" for n in range(entries)
    )
    path.write_text("".join(lines))
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        batch = read_jrnl(path, ImportOptions(), stack)
    assert len(batch.entries) == entries
    return time.perf_counter() - started


def _best(measure: Callable[[], float], runs: int = 3) -> float:
    """The fastest of a few runs: a pause of the machine (the journeys run beside) is not
    the reader's, and what is looked for is the square of the input, not a few ms."""
    return min(measure() for _ in range(runs))


def _linear(small: float, large: float, budget: float) -> bool:
    """Four times the input: fast enough outright, or at most about four times as long."""
    return large < budget or large / max(small, 1e-6) < 8


def test_a_long_jrnl_text_journal_is_read_in_time_linear_in_its_size(tmp_path: Path) -> None:
    """4,000 entries of 900 characters (3.6 MB): each entry counts lines from the file's top."""
    small = _best(lambda: _jrnl_seconds(tmp_path, 1000))
    large = _best(lambda: _jrnl_seconds(tmp_path, 4000))
    assert _linear(small, large, 0.3), f"{small:.2f} s for 1,000 entries, {large:.2f} s for 4,000"


def _parts_seconds(openings: int) -> float:
    started = time.perf_counter()
    markdown_parts("![" * openings)
    return time.perf_counter() - started


def test_day_one_text_full_of_picture_openings_is_read_in_time() -> None:
    """16 KB of ``![`` with no closing bracket: every opening reads on to the end."""
    small, large = _best(lambda: _parts_seconds(2000)), _best(lambda: _parts_seconds(8000))
    assert _linear(small, large, 0.1), f"{small:.2f} s for 2,000 '![', {large:.2f} s for 8,000"


def test_a_picture_that_cannot_be_kept_is_named_in_the_refusal(
    journal: Journal, tmp_path: Path
) -> None:
    """One empty picture among a folder of notes: the refusal must say which file."""
    folder = tmp_path / "notes"
    (folder / "attachments").mkdir(parents=True)
    (folder / "2024-03-01.md").write_text("Walk ![](attachments/walk.png)\n", encoding="utf-8")
    (folder / "attachments" / "walk.png").write_bytes(b"")
    with pytest.raises(ImportRefused) as refused:
        import_into(journal, folder)
    assert "walk.png" in str(refused.value), str(refused.value)
    assert str(refused.value).count("Nothing was") == 1, str(refused.value)
