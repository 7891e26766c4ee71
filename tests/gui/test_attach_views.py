"""Seeing attachments: the strip under the text, the viewer, and pictures in the preview.

Everything is decoded from memory: no thumbnail, no temporary file, no cache
appears on disk. Locking drops every picture.
"""

from __future__ import annotations

import hashlib
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.files import write_pieces_privately
from app.journal import Journal
from app.media.intake import incoming_from_bytes
from app.records.attachments import Attachment, reference
from app.records.entries import EntryFields
from app.ui.forgetting import forget_everywhere
from app.ui.journal import attachment_viewer
from app.ui.journal.attachment_viewer import AttachmentViewer
from app.ui.journal.page import JournalPage
from app.ui.widgets.colours import current_colours
from tests.helpers.attach_page import shown_page
from tests.helpers.images import jpeg_bytes, pdf_bytes, png_bytes


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Home, caches and the temp folder pointed at empty folders, to see what appears."""
    folders = []
    for variable in ("HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TMPDIR"):
        folder = tmp_path / "sandbox" / variable.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(variable, str(folder))
        folders.append(folder)
    monkeypatch.setattr(tempfile, "tempdir", str(folders[-1]))
    return folders


@pytest.fixture
def kept(journal: Journal) -> list[Attachment]:
    """One entry with a PNG and a JPEG it refers to, and a PDF it does not."""
    entry = journal.entries.add(EntryFields(title="Letters", body="What she sent."))
    files = [
        (png_bytes(640, 480), "screenshot.png"),
        (jpeg_bytes(300, 200), "photo.jpg"),
        (pdf_bytes(), "contract.pdf"),
    ]
    stored = [journal.attachments.add(entry.id, incoming_from_bytes(*file)) for file in files]
    body = "What she sent.\n\n" + "\n\n".join(reference(item) for item in stored[:2]) + "\n"
    journal.entries.save(entry.id, EntryFields(title="Letters", body=body))
    return stored


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, kept: list[Attachment]) -> Iterator[JournalPage]:
    with shown_page(qtbot, journal, height=760) as widget:
        yield widget


def thumbnails_ready(qtbot: QtBot, page: JournalPage) -> None:
    model = page.editor.strip.model

    def ready() -> bool:
        pictures = [model.index(row).data(Qt.ItemDataRole.DecorationRole) for row in range(2)]
        return all(isinstance(image, QImage) and not image.isNull() for image in pictures)

    qtbot.waitUntil(ready, timeout=5000)


def open_viewer(qtbot: QtBot, page: JournalPage, row: int = 0) -> AttachmentViewer:
    view = page.editor.strip.view
    view.setFocus()
    view.setCurrentIndex(page.editor.strip.model.index(row))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    viewer = page.findChild(AttachmentViewer)
    assert viewer is not None
    qtbot.waitUntil(viewer.isActiveWindow)  # its keys work once it is the active window
    return viewer


def test_the_strip_lists_every_attachment_of_the_entry(
    qtbot: QtBot, page: JournalPage, kept: list[Attachment]
) -> None:
    strip = page.editor.strip
    assert strip.isVisible()
    assert strip.model.ids() == [item.id for item in kept]  # the unreferenced PDF too
    thumbnails_ready(qtbot, page)
    first = strip.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert max(first.width(), first.height()) == 192
    assert strip.model.index(2).data(Qt.ItemDataRole.DecorationRole) is None
    spoken = [strip.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(3)]
    assert spoken[0] == "Picture: screenshot.png"
    assert spoken[2].startswith("PDF document: contract.pdf, ")
    assert strip.view.accessibleName() == "Attachments"
    assert strip.view.toolTip() == ""


def test_an_entry_without_attachments_shows_no_strip(page: JournalPage) -> None:
    page.new_entry()
    assert not page.editor.strip.isVisible()
    assert page.editor.strip.model.rowCount() == 0


def test_a_click_on_a_tile_opens_the_viewer(qtbot: QtBot, page: JournalPage) -> None:
    view = page.editor.strip.view
    rect = view.visualRect(page.editor.strip.model.index(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = page.findChild(AttachmentViewer)
    assert viewer is not None and viewer.isVisible()
    assert viewer.heading.text() == "photo.jpg"
    assert viewer.place.text() == "2 of 3"
    assert "photo" not in viewer.windowTitle()


def test_the_viewer_zooms_steps_and_closes_by_keys(qtbot: QtBot, page: JournalPage) -> None:
    viewer = open_viewer(qtbot, page)
    assert viewer.heading.text() == "screenshot.png"
    qtbot.waitUntil(lambda: not viewer.picture.pixmap().isNull(), timeout=5000)
    fitted = viewer.zoom()
    ctrl = Qt.KeyboardModifier.ControlModifier

    qtbot.keyClick(viewer, Qt.Key.Key_Plus, ctrl)
    assert viewer.zoom() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_Plus, ctrl)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, ctrl)
    assert viewer.zoom() == pytest.approx(fitted * 1.25)
    assert viewer.picture.pixmap().width() == round(640 * fitted * 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_0, ctrl)
    assert viewer.zoom() == pytest.approx(fitted)

    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.heading.text() == "photo.jpg"
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.heading.text() == "contract.pdf"
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # the last one stays
    assert viewer.heading.text() == "contract.pdf"
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.heading.text() == "screenshot.png"

    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def save_copy_to(
    qtbot: QtBot, viewer: AttachmentViewer, target: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """Press "Save a copy…", choose ``target``; the file dialog's caption."""
    captions = []

    def choose(_parent: object, caption: str, *_args: object, **_kwargs: object) -> tuple[str, str]:
        captions.append(caption)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    viewer.save_copy.click()
    qtbot.waitUntil(lambda: viewer.message.text().startswith("Saved a copy"), timeout=5000)
    return captions[0]


@pytest.mark.parametrize("row", [0, 2], ids=["picture", "pdf"])
def test_the_original_is_saved_byte_for_byte_with_its_details_shown(
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    kept: list[Attachment],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    row: int,
) -> None:
    item = kept[row]
    viewer = open_viewer(qtbot, page, row=row)
    size = QLocale().formattedDataSize(item.size)
    assert viewer.facts.text() == f"{item.kind.name}, {size}\nSHA-256: {item.sha256}"
    assert viewer.facts.isVisible()
    pieces: list[int] = []

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            pieces.append(len(chunk))
            yield chunk

    def streamed(path: Path, chunks: Iterator[bytes]) -> None:
        assert not isinstance(chunks, bytes | list)  # a piece at a time, never the whole file
        write_pieces_privately(path, counted(chunks))

    monkeypatch.setattr(attachment_viewer, "write_pieces_privately", streamed)
    target = tmp_path / f"copy of {item.name}"

    caption = save_copy_to(qtbot, viewer, target, monkeypatch)

    assert "original" in caption and item.kind.name in caption and size in caption
    assert target.read_bytes() == journal.attachments.read(item.id)  # streamed, not re-encoded
    assert hashlib.sha256(target.read_bytes()).hexdigest() == item.sha256
    assert sum(pieces) == item.size
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "original" in viewer.message.text()


def test_the_keyboard_starts_on_the_picture_and_stepping_stops_at_the_ends(
    qtbot: QtBot, page: JournalPage
) -> None:
    viewer = open_viewer(qtbot, page)
    assert viewer.focusWidget() is viewer.scroller
    assert not viewer.previous.isEnabled() and viewer.next.isEnabled()
    qtbot.keyClick(viewer.scroller, Qt.Key.Key_Right)  # the arrows step, they don't scroll
    assert viewer.heading.text() == "photo.jpg"
    assert viewer.previous.isEnabled() and viewer.next.isEnabled()
    qtbot.keyClick(viewer.scroller, Qt.Key.Key_Right)
    assert viewer.heading.text() == "contract.pdf"
    assert viewer.previous.isEnabled() and not viewer.next.isEnabled()
    assert viewer.focusWidget() is viewer.save_copy
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.focusWidget() is viewer.scroller


def test_a_lone_attachment_has_no_previous_or_next(
    qtbot: QtBot, page: JournalPage, journal: Journal, kept: list[Attachment]
) -> None:
    viewer = AttachmentViewer(journal, kept[:1], 0, page)
    assert not viewer.previous.isEnabled() and not viewer.next.isEnabled()
    viewer.reject()


@pytest.mark.parametrize(("width", "height"), [(320, 200), (4000, 3000)])
def test_a_large_picture_is_fitted_and_a_small_one_shown_pixel_for_pixel(
    qtbot: QtBot, page: JournalPage, journal: Journal, width: int, height: int
) -> None:
    entry = journal.entries.add(EntryFields(body="One picture."))
    item = journal.attachments.add(entry.id, incoming_from_bytes(png_bytes(width, height), "a.png"))
    viewer = AttachmentViewer(journal, [item], 0, page)
    viewer.open()
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: not viewer.picture.pixmap().isNull(), timeout=10_000)
    shown = viewer.picture.pixmap().size()
    room = viewer.scroller.viewport().size() * viewer.devicePixelRatioF()
    if width < room.width():
        assert (shown.width(), shown.height()) == (width, height)
    else:
        assert shown.width() <= room.width() and shown.height() <= room.height()
        assert max(shown.width() - room.width(), shown.height() - room.height()) >= -1
    viewer.reject()


def test_the_preview_shows_the_picture_fitted_to_the_column(
    qtbot: QtBot, page: JournalPage, kept: list[Attachment]
) -> None:
    editor = page.editor
    editor.toggle_preview()
    document = editor._preview.document()
    url = QUrl(f"attachment:{kept[0].id}")
    frame = QColor(current_colours().alternate).rgb()
    kind = QTextDocument.ResourceType.ImageResource.value
    first = document.resource(kind, url)
    assert isinstance(first, QPixmap) and first.toImage().pixel(5, 5) == frame  # a quiet frame

    def shown() -> QPixmap | None:
        image = document.resource(kind, url)
        if isinstance(image, QPixmap) and image.toImage().pixel(5, 5) != frame:
            return image
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    image = shown()
    assert image is not None
    assert image.size() == first.size()  # the picture took the frame's place, no new layout
    column = document.textWidth() - 2 * document.documentMargin()
    logical_width = image.width() / image.devicePixelRatio()
    assert column - 24 <= logical_width <= column  # the column less a scroll bar, at most
    assert image.height() / image.width() == pytest.approx(480 / 640, abs=0.01)


def test_a_picture_arriving_keeps_the_readers_place(
    qtbot: QtBot, journal: Journal, kept: list[Attachment]
) -> None:
    entry_id = kept[0].entry_id
    body = journal.entries.get(entry_id).body
    journal.entries.save(entry_id, EntryFields(body="A line.\n\n" * 80 + body))
    with shown_page(qtbot, journal, height=500) as page:
        page.show_entry(entry_id)
        page.editor.toggle_preview()
        bar = page.editor._preview.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        renders = []
        page.editor._preview.document().contentsChanged.connect(lambda: renders.append(1))
        thumbnails_ready(qtbot, page)
        qtbot.waitUntil(lambda: not page.attaching.thumbnails.is_busy(), timeout=5000)
        qtbot.wait(100)  # a re-render would come 50 ms after the last picture
        assert bar.value() == bar.maximum() // 2
        assert renders == []  # the pictures took their frames' places


def test_the_preview_loads_no_other_resource(page: JournalPage) -> None:
    preview = page.editor._preview
    kind = QTextDocument.ResourceType.ImageResource.value
    for name in (
        "attachment:" + "0" * 32,
        "file:///etc/hostname",
        "https://example.org/a.png",
        "data:image/png;base64,iVBORw0KGgo=",
    ):
        assert preview.loadResource(kind, QUrl(name)) == QByteArray()


def test_attaching_and_viewing_write_nothing_to_disk(
    qtbot: QtBot, sandbox: list[Path], journal: Journal, tmp_path: Path
) -> None:
    journal_files = sorted(path.name for path in journal.files.folder.iterdir())
    entry = journal.entries.add(EntryFields(body="Tonight."))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(800, 600))
    page = JournalPage()
    qtbot.addWidget(page)
    page.open(journal)
    page.show()
    page.show_entry(entry.id)
    page.attaching.attach_files([photo])
    qtbot.waitUntil(lambda: page.editor.strip.model.rowCount() == 1, timeout=5000)
    page.editor.toggle_preview()
    viewer = open_viewer(qtbot, page)
    qtbot.waitUntil(lambda: not viewer.picture.pixmap().isNull(), timeout=5000)
    viewer.reject()
    page.keep_before_lock()
    page.close_journal()

    assert [path for folder in sandbox for path in folder.rglob("*")] == []
    now = sorted(path.name for path in journal.files.folder.iterdir())
    assert set(now) - set(journal_files) <= {"journal.db-wal", "journal.db-shm"}


def test_locking_drops_every_picture(qtbot: QtBot, page: JournalPage) -> None:
    thumbnails_ready(qtbot, page)
    viewer = open_viewer(qtbot, page)
    qtbot.waitUntil(lambda: not viewer.picture.pixmap().isNull(), timeout=5000)

    page.keep_before_lock()
    forget_everywhere(page)

    assert viewer.picture.pixmap().isNull() and viewer.current() is None
    assert not viewer.isVisible()
    assert page.editor.strip.model.rowCount() == 0
    assert page.attaching.thumbnails._images == {}


def test_ctrl_tab_goes_from_the_text_to_the_attachments(qtbot: QtBot, page: JournalPage) -> None:
    page.editor.focus_body()
    qtbot.keyClick(page.editor._body, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.strip.view.hasFocus()
    assert "\t" not in page.editor.body_text()
