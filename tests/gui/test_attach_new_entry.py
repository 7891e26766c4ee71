"""Attaching to a new entry with nothing written yet: it is stored only if a file passes.

A refused file leaves no empty entry behind; a good one stores the entry with
its reference; an entry opened while the file is checked does not receive it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.records.attachments import referenced_ids
from app.ui.journal.page import JournalPage
from tests.helpers.attach_page import (
    FIRST_WORDS,
    drop,
    finished,
    page,
    paste,
    saved_body,
    slowed,
    undecodable_png,
)
from tests.helpers.images import picture, png_bytes

__all__ = ["page"]  # the fixture, shared


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checking takes its time, as with a large file on a slow disk."""
    slowed(monkeypatch, "check_all")


def test_a_refused_file_leaves_no_empty_entry(
    qtbot: QtBot, page: JournalPage, journal: Journal, tmp_path: Path
) -> None:
    before = journal.entries.count()
    page.new_entry()
    broken = tmp_path / "broken.png"
    broken.write_bytes(undecodable_png())
    with qtbot.waitSignal(page.problem, timeout=5000) as problem:
        drop(page, [broken])
    finished(qtbot, page)

    assert "can't show the picture" in problem.args[0]
    assert page.editor.entry_id() is None
    assert journal.entries.count() == before
    assert page.timeline.current_entry_id() is None
    assert page.editor.strip.note.text() == problem.args[0]


def test_a_good_file_beside_a_refused_one_stores_the_entry_with_it(
    qtbot: QtBot, page: JournalPage, journal: Journal, tmp_path: Path
) -> None:
    before = journal.entries.count()
    page.new_entry()
    broken, photo = tmp_path / "broken.png", tmp_path / "photo.png"
    broken.write_bytes(undecodable_png())
    photo.write_bytes(png_bytes(64, 48))
    drop(page, [broken, photo])
    finished(qtbot, page)

    entry_id = page.editor.entry_id()
    assert entry_id is not None and journal.entries.count() == before + 1
    (kept,) = journal.attachments.for_entry(entry_id)
    assert kept.name == "photo.png"
    assert referenced_ids(saved_body(page)) == [kept.id]
    assert "can't show the picture" in page.editor.strip.note.text()


@pytest.mark.usefixtures("slow_check")
def test_an_entry_opened_while_checking_does_not_receive_the_picture(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    (existing,) = journal.entries.summaries()
    page.new_entry()
    QGuiApplication.clipboard().setImage(picture())
    paste(qtbot, page)
    page.show_entry(existing.id)
    finished(qtbot, page)

    assert journal.entries.get(existing.id).body == FIRST_WORDS
    assert page.editor.body_text() == FIRST_WORDS
    assert journal.attachments.for_entry(existing.id) == []
    (own,) = [row for row in journal.entries.summaries() if row.id != existing.id]
    (kept,) = journal.attachments.for_entry(own.id)
    assert referenced_ids(journal.entries.get(own.id).body) == [kept.id]


@pytest.mark.usefixtures("slow_check")
def test_locking_waits_for_the_check_and_the_store(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    QGuiApplication.clipboard().setImage(picture())
    paste(qtbot, page)
    assert page.attaching.is_busy()

    assert page.keep_before_lock()
    entry_id = page.editor.entry_id()
    page.forget()

    assert entry_id is not None
    (kept,) = journal.attachments.for_entry(entry_id)
    assert referenced_ids(journal.entries.get(entry_id).body) == [kept.id]


def test_typing_meanwhile_is_kept_with_the_picture(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    QGuiApplication.clipboard().setImage(picture())
    paste(qtbot, page)
    qtbot.keyClicks(page.editor._body, "Kept.")
    finished(qtbot, page)

    body = saved_body(page)
    assert body.startswith("Kept.") and len(referenced_ids(body)) == 1
    assert journal.entries.count() == 2
