"""What the window keeps when it attaches: cleaned if Settings say so; files, not their names."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.journal import Journal
from app.ui.journal.attach_work import Checked, Source, check_all
from app.ui.journal.page import JournalPage
from tests.helpers.attach_page import drop, finished, page, paste
from tests.helpers.images import MARKER, jpeg_bytes, pdf_bytes

__all__ = ["page"]  # the fixture, shared
CORE = b"LEAKMARK"  # a PDF writes the marker's hyphens as escapes


def test_the_original_is_kept_unless_cleaning_was_chosen(tmp_path: Path) -> None:
    photo, deed = tmp_path / "photo.jpg", tmp_path / "deed.pdf"
    photo.write_bytes(jpeg_bytes(64, 48, marker=MARKER))
    deed.write_bytes(pdf_bytes(MARKER))
    sources = [Source(path=photo), Source(path=deed), Source(data=photo.read_bytes(), name="x")]
    kept = [item for item in check_all(sources) if isinstance(item, Checked)]
    assert [item.incoming.data for item in kept] == [
        photo.read_bytes(),
        deed.read_bytes(),
        photo.read_bytes(),
    ]
    cleaned = [item for item in check_all(sources, strip=True) if isinstance(item, Checked)]
    assert len(cleaned) == 3
    for item in cleaned:
        data = item.incoming.data
        assert CORE not in data and MARKER.encode() not in data
        assert item.incoming.sha256 == hashlib.sha256(data).hexdigest()
    assert not cleaned[0].thumbnail.isNull()  # still a picture the window can show


def test_the_window_cleans_what_it_attaches_when_settings_say_so(
    qtbot: QtBot, page: JournalPage, journal: Journal, tmp_path: Path
) -> None:
    journal.preferences.save(replace(journal.preferences.load(), strip_on_import=True))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(64, 48, marker=MARKER))
    drop(page, [photo])
    finished(qtbot, page)
    (kept,) = journal.attachments.for_entry(page.editor.entry_id() or "")
    data = journal.attachments.read(kept.id)
    assert MARKER.encode() not in data and kept.sha256 == hashlib.sha256(data).hexdigest()


def test_a_file_copied_in_a_file_manager_is_attached_not_typed(
    qtbot: QtBot, page: JournalPage, journal: Journal, tmp_path: Path
) -> None:
    """Qt reads a copied list of files as text too: the files win, not their names."""
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(64, 48))
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(photo))])
    assert copied.hasText()
    before = page.editor.body_text()
    QGuiApplication.clipboard().setMimeData(copied)
    paste(qtbot, page)
    finished(qtbot, page)
    assert str(photo) not in page.editor.body_text() and "file:" not in page.editor.body_text()
    assert page.editor.body_text().startswith(before)
    assert [a.name for a in journal.attachments.for_entry(page.editor.entry_id() or "")] == [
        "photo.jpg"
    ]
