"""The journal page for attaching tests: a page with one entry, and a person's paste and drop.

Shared by the tests of attaching (``tests/gui/test_attach_*.py``): ``page`` is a
fixture (import it into the test module), the rest are what a person does.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.records.entries import EntryFields
from app.ui.journal import attach_work, attaching
from app.ui.journal.page import JournalPage
from tests.helpers.images import picture, png_bytes, png_chunk

FIRST_WORDS = "A quiet evening."


@contextmanager
def shown_page(qtbot: QtBot, journal: Journal, height: int = 720) -> Iterator[JournalPage]:
    """The journal page open on ``journal``, shown; closed (after saving) at the end."""
    widget = JournalPage()
    qtbot.addWidget(widget)
    widget.resize(1100, height)
    widget.open(journal)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget._attaching is not None)  # made after the first paint
    yield widget
    widget.keep_before_lock()
    widget.close_journal()


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> Iterator[JournalPage]:
    """The page open on a journal with one entry of a few words."""
    journal.entries.add(EntryFields(title="Tuesday", body=FIRST_WORDS))
    with shown_page(qtbot, journal) as widget:
        yield widget


def slowed(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """One of the attach worker's steps (``check_all``, ``store_all``) takes 0.4 s more."""
    step = getattr(attach_work, name)

    def slowly(*args: object, **options: object) -> object:
        time.sleep(0.4)
        return step(*args, **options)

    monkeypatch.setattr(attaching, name, slowly)


def finished(qtbot: QtBot, page: JournalPage) -> None:
    qtbot.waitUntil(lambda: not page.attaching.is_busy(), timeout=5000)


def saved_body(page: JournalPage) -> str:
    journal, entry_id = page.journal(), page.editor.entry_id()
    assert journal is not None and entry_id is not None
    return journal.entries.get(entry_id).body


def body_at_end(page: JournalPage) -> None:
    page.editor.focus_body()
    page.editor._body.moveCursor(page.editor._body.textCursor().MoveOperation.End)


def paste(qtbot: QtBot, page: JournalPage) -> None:
    body_at_end(page)
    qtbot.keyClick(page.editor._body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def paste_a_picture(qtbot: QtBot, page: JournalPage) -> str:
    """Paste a picture into the open, saved entry; its id."""
    entry_id = page.editor.entry_id()
    assert entry_id is not None
    QGuiApplication.clipboard().setImage(picture())
    paste(qtbot, page)
    return entry_id


def drop(page: JournalPage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    mime.setText("\n".join(str(path) for path in paths))  # as file managers do
    viewport = page.editor._body.viewport()
    centre = viewport.rect().center()
    buttons = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(centre, *buttons)
    QApplication.sendEvent(viewport, enter)  # a drag enters before it drops, as a person's does
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(centre), *buttons))


def damaged_png() -> bytes:
    data = png_bytes(64, 48)
    return data[: len(data) // 2]


def undecodable_png() -> bytes:
    """Whole and well-formed chunk by chunk, but its pixel data is not zlib at all."""
    data = png_bytes(16, 16)
    start = data.index(b"IDAT") - 4
    end = data.index(b"IEND") - 4
    return data[:start] + png_chunk(b"IDAT", b"\x00" * 64) + data[end:]
