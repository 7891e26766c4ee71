"""The viewer's scale, its Save key and its details' line (what the attach journey showed).

A photo is decoded at about the screen's size, so the scale is measured against
the original's pixels, not the decoded ones; Alt+S saves a copy; the SHA-256 has
the window's whole width instead of the narrow column beside the buttons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.journal.attaching import attach_files
from app.media.intake import incoming_from_bytes
from app.records.attachments import Attachment
from app.records.entries import EntryFields
from app.ui.journal import attachment_strip, editor
from app.ui.journal.attachment_viewer import AttachmentViewer
from tests.helpers.attach_page import shown_page
from tests.helpers.images import jpeg_bytes, pdf_bytes

LARGE = (2400, 1500)  # larger than any screen: decoded smaller than it is


@pytest.fixture
def kept(journal: Journal) -> list[Attachment]:
    """A large landscape photo and a PDF, in one entry."""
    entry = journal.entries.add(EntryFields(title="Kept", body="Two files."))
    files = [(jpeg_bytes(*LARGE), "the lake.jpg"), (pdf_bytes(), "the letter.pdf")]
    return [journal.attachments.add(entry.id, incoming_from_bytes(*file)) for file in files]


@pytest.fixture
def viewer(qtbot: QtBot, journal: Journal, kept: list[Attachment]) -> Iterator[AttachmentViewer]:
    widget = AttachmentViewer(journal, kept, 0)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.picture.pixmap().isNull(), timeout=5000)
    yield widget
    widget.reject()


def percent(viewer: AttachmentViewer) -> int:
    found = re.fullmatch(r"(\d+)%", viewer.scale.text())
    assert found is not None, viewer.scale.text()
    return int(found.group(1))


def test_the_scale_is_against_the_originals_pixels(qtbot: QtBot, viewer: AttachmentViewer) -> None:
    shown = viewer.picture.pixmap().width() * viewer.picture.pixmap().devicePixelRatio()
    assert abs(percent(viewer) - 100 * shown / LARGE[0]) <= 1  # not the decoded picture's 100%
    fitted = percent(viewer)
    assert fitted < 100

    qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert abs(percent(viewer) - fitted * 1.25) <= 1
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert percent(viewer) == fitted


def test_a_document_shows_no_scale(qtbot: QtBot, viewer: AttachmentViewer) -> None:
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.heading.text() == "the letter.pdf"
    assert viewer.scale.text() == ""


def test_alt_s_saves_a_copy(
    qtbot: QtBot,
    viewer: AttachmentViewer,
    journal: Journal,
    kept: list[Attachment],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "copy.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.keyClick(viewer, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: viewer.message.text().startswith("Saved a copy"), timeout=5000)
    assert target.read_bytes() == journal.attachments.read(kept[0].id)


def test_the_digest_has_a_line_of_its_own(
    qtbot: QtBot, viewer: AttachmentViewer, kept: list[Attachment]
) -> None:
    viewer.resize(1024, 640)
    qtbot.waitUntil(lambda: viewer.width() >= 1024)
    layout = viewer.layout()
    assert layout is not None
    layout.activate()
    digest_line = f"SHA-256: {kept[0].sha256}"
    needed = viewer.facts.fontMetrics().horizontalAdvance(digest_line)
    assert viewer.facts.width() >= needed  # not wrapped after "SHA-256:"
    assert viewer.facts.geometry().top() > viewer.save_copy.geometry().bottom()


def test_locking_clears_the_scale(viewer: AttachmentViewer) -> None:
    assert viewer.scale.text()
    viewer.forget()
    assert viewer.scale.text() == ""


def test_a_short_editor_gets_small_tiles_and_a_tall_one_the_usual(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    assert attachment_strip.TILE.height() == editor.TILE_HEIGHT  # kept in step
    entry = journal.entries.add(EntryFields(body="x"))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(64, 48))
    attach_files(journal, entry.id, [photo])
    with shown_page(qtbot, journal, height=900) as page:
        strip = page.editor.strip
        assert not strip.is_compact()
        tall = strip.view.height()
        page.resize(1100, 320)  # the text would keep fewer than eight lines
        qtbot.waitUntil(strip.is_compact)
        assert strip.view.height() < tall
        page.resize(1100, 900)
        qtbot.waitUntil(lambda: not strip.is_compact())


def test_fitting_again_ignores_the_scroll_bars_a_zoom_brought(
    qtbot: QtBot, viewer: AttachmentViewer
) -> None:
    viewer.resize(700, 420)
    qtbot.waitUntil(lambda: viewer.scale.text() != "")
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    fitted = percent(viewer)
    for _ in range(4):  # large enough for both scroll bars
        qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(viewer.scroller.verticalScrollBar().isVisible)
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert percent(viewer) == fitted
