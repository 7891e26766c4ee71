"""Attaching in the window: paste, drop and Attach… put a reference in the text and save it.

Refused files say why and change nothing; the attach runs on a worker, so the
journal's "changed elsewhere" watch must not mistake it for another program's
write; locking waits for an attach under way so its reference is saved.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.records.attachments import MediaKind, referenced_ids
from app.records.entries import EntryFields
from app.ui.actions import build_actions
from app.ui.journal.page import JournalPage
from app.ui.menus import build_menus
from tests.helpers.attach_page import (
    FIRST_WORDS,
    damaged_png,
    drop,
    finished,
    page,
    paste,
    paste_a_picture,
    saved_body,
    slowed,
    undecodable_png,
)
from tests.helpers.images import bomb_png, pdf_bytes, picture, png_bytes

__all__ = ["page"]  # the fixture, shared


def test_a_pasted_picture_is_attached_referenced_and_saved(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    QGuiApplication.clipboard().setImage(picture(40, 30))
    paste(qtbot, page)
    finished(qtbot, page)

    entry_id = page.editor.entry_id()
    assert entry_id is not None
    (kept,) = journal.attachments.for_entry(entry_id)
    assert kept.kind is MediaKind.PNG and (kept.width, kept.height) == (40, 30)
    assert re.fullmatch(r"Pasted picture \d{4}-\d\d-\d\d \d\d\.\d\d\.png", kept.name)
    text = page.editor.body_text()
    assert text.startswith(FIRST_WORDS + "\n")
    assert "![Pasted picture" in text and f"(attachment:{kept.id})" in text
    assert saved_body(page) == text  # saved at once, not a second later
    assert page.editor.strip.model.ids() == [kept.id]


def test_pasting_text_still_pastes_text(qtbot: QtBot, page: JournalPage, journal: Journal) -> None:
    QGuiApplication.clipboard().setText(" and tea")
    paste(qtbot, page)
    assert page.editor.body_text() == FIRST_WORDS + " and tea"
    assert not page.attaching.is_busy()
    assert journal.attachments.count() == 0


def test_dropped_files_are_each_attached(
    qtbot: QtBot, page: JournalPage, journal: Journal, tmp_path: Path
) -> None:
    photo, letter = tmp_path / "photo.png", tmp_path / "letter.pdf"
    photo.write_bytes(png_bytes(64, 48))
    letter.write_bytes(pdf_bytes())
    drop(page, [photo, letter])
    finished(qtbot, page)

    entry_id = page.editor.entry_id()
    assert entry_id is not None
    kept = journal.attachments.for_entry(entry_id)
    assert [item.name for item in kept] == ["photo.png", "letter.pdf"]
    assert referenced_ids(saved_body(page)) == [item.id for item in kept]
    assert "![photo](attachment:" in saved_body(page)
    assert "[letter](attachment:" in saved_body(page)
    assert journal.attachments.read(kept[0].id) == photo.read_bytes()


def test_attach_command_opens_a_file_dialog_for_pictures_and_pdfs(
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = tmp_path / "scan.png"
    photo.write_bytes(png_bytes())
    asked: list[str] = []

    def choose(*args: object, **kwargs: object) -> tuple[list[str], str]:
        asked.append(str(args[3]))
        return [str(photo)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    page.attaching.choose_files()
    finished(qtbot, page)

    assert "*.png" in asked[0] and "*.pdf" in asked[0]
    assert "![scan](attachment:" in saved_body(page)
    assert journal.attachments.count() == 1


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("notes.txt", b"just some words\n", "isn't a picture or a PDF"),
        ("cut.png", damaged_png(), "damaged or incomplete"),
        ("bomb.png", bomb_png(), "too large to open safely"),
        ("broken.png", undecodable_png(), "can't show the picture"),
    ],
    ids=["text", "truncated", "bomb", "undecodable"],
)
def test_a_refused_file_says_why_and_changes_nothing(
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    tmp_path: Path,
    name: str,
    data: bytes,
    words: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with qtbot.waitSignal(page.problem, timeout=5000) as problem:
        drop(page, [path])
    finished(qtbot, page)

    assert words in problem.args[0]
    assert words in page.editor.strip.note.text()
    assert page.editor.strip.isVisibleTo(page)
    assert journal.attachments.count() == 0
    assert page.editor.body_text() == FIRST_WORDS
    assert saved_body(page) == FIRST_WORDS


def test_a_new_entry_is_stored_first_so_the_picture_has_an_entry(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    assert page.editor.entry_id() is None
    QGuiApplication.clipboard().setImage(picture())
    paste(qtbot, page)
    finished(qtbot, page)

    entry_id = page.editor.entry_id()
    assert entry_id is not None
    (kept,) = journal.attachments.for_entry(entry_id)
    assert referenced_ids(saved_body(page)) == [kept.id]
    assert page.timeline.current_entry_id() == entry_id


def test_our_own_attach_is_not_news_from_elsewhere(
    qtbot: QtBot, page: JournalPage, tmp_path: Path
) -> None:
    news: list[bool] = []
    page.upkeep.changedElsewhere.connect(lambda: news.append(True))
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    drop(page, [photo])
    page.upkeep._check_external_change()  # the poll, while the worker writes
    finished(qtbot, page)
    page.upkeep._check_external_change()  # and after

    assert news == []


@pytest.fixture
def slow_attach(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker takes its time, as with a large file on a slow disk."""
    slowed(monkeypatch, "store_all")


@pytest.mark.usefixtures("slow_attach")
def test_locking_waits_for_an_attach_and_saves_its_reference(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    entry_id = paste_a_picture(qtbot, page)
    assert page.attaching.is_busy()
    assert page.editor.strip.note.text() == "Attaching…"

    assert page.keep_before_lock()
    page.forget()

    (kept,) = journal.attachments.for_entry(entry_id)
    assert referenced_ids(journal.entries.get(entry_id).body) == [kept.id]
    assert page.editor.strip.model.rowCount() == 0


@pytest.mark.usefixtures("slow_attach")
def test_opening_another_entry_meanwhile_puts_the_reference_where_it_belongs(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    other = journal.entries.add(EntryFields(body="Another day."))
    page.timeline.reload()
    first = paste_a_picture(qtbot, page)
    page.show_entry(other.id)
    finished(qtbot, page)

    (kept,) = journal.attachments.for_entry(first)
    assert (
        journal.entries.get(first).body
        == f"{FIRST_WORDS}\n\n![{kept.name[:-4]}](attachment:{kept.id})\n"
    )
    assert page.editor.body_text() == "Another day."
    assert journal.entries.get(other.id).body == "Another day."


def test_attach_sits_in_the_entry_menu_with_a_key_of_its_own(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = build_actions(window)
    menus = build_menus(window, actions)
    assert actions.attach in menus.entry.actions()
    assert actions.attach.shortcut() == QKeySequence("Ctrl+Shift+A")
    others = [
        key.toString()
        for name, action in vars(actions).items()
        if name != "attach"
        for key in action.shortcuts()
    ]
    assert "Ctrl+Shift+A" not in others
