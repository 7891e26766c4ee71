"""Pictures reach the PDF, the printer and the export dialog from memory, stripped."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject
from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.export.model import ExportFormat, ExportOptions
from app.export.pdf_file import pdf_pages_text
from app.export.pipeline import export_document
from app.export.prepare import prepare
from app.export.readable import BlockKind
from app.journal import Journal
from app.media.intake import incoming_from_bytes
from app.pdf_export import print_html, render_pdf
from app.records.attachments import reference
from app.records.entries import EntryFields
from app.ui.export.dialog import ExportDialog
from app.ui.export.model import ExportRole
from tests.helpers.images import (
    MARKER,
    encode,
    gif_bytes,
    jpeg_bytes,
    pdf_bytes,
    picture,
    png_bytes,
    webp_bytes,
)


@pytest.fixture
def entry_id(journal: Journal) -> str:
    """An entry holding a picture of each kind (their metadata marked) and a PDF."""
    entry = journal.entries.add(EntryFields(body="Placeholder", date=dt.date(2026, 12, 7)))
    files = [
        (png_bytes(marker=MARKER), "a.png"),
        (jpeg_bytes(marker=MARKER), "b.jpg"),
        (webp_bytes(marker=MARKER), "c.webp"),
        (gif_bytes(marker=MARKER), "d.gif"),
        (encode(picture(2400, 1600, noise=True), "jpg", 80), "wide.jpg"),
        (pdf_bytes(marker=MARKER), "deed.pdf"),
    ]
    kept = [
        journal.attachments.add(entry.id, incoming_from_bytes(data, name)) for data, name in files
    ]
    body = "\n\n".join(
        ["What I kept.", *(reference(item, f"kept {n}") for n, item in enumerate(kept))]
    )
    journal.entries.save(entry.id, EntryFields(body=body, date=dt.date(2026, 12, 7)))
    return entry.id


def _image_widths(pdf: bytes) -> list[int]:
    """The pixel width of each image the PDF draws."""
    widths = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = cast(DictionaryObject, page["/Resources"])
        objects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()))
        for item in objects.values():
            image = cast(DictionaryObject, item.get_object())
            if image.get("/Subtype") == "/Image":
                widths.append(cast(int, image["/Width"]))
    return widths


def _decompressed(pdf: bytes) -> bytes:
    """The file itself and every stream in it decoded (Flate unpacked)."""
    reader = PdfReader(io.BytesIO(pdf))
    pieces = [pdf]
    for number in range(1, cast(int, reader.trailer["/Size"])):
        item = IndirectObject(number, 0, reader).get_object()
        if isinstance(item, StreamObject):
            pieces.append(item.get_data())
    return b"".join(pieces)


def test_a_pdf_holds_every_picture_fitted_and_no_metadata(
    qtbot: QtBot, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "out.pdf"
    doc = prepare(journal, [entry_id], ExportOptions())
    export_document(path, doc, ExportFormat.PDF, journal=journal, pdf=render_pdf)
    data = path.read_bytes()
    widths = _image_widths(data)
    assert len(widths) == 5
    assert sorted(widths)[:4] == [32, 32, 32, 32]  # small JPEGs go in as they are, whole
    assert max(widths) < 2400  # the wide photo, far larger than the page, decoded for it
    assert MARKER.encode() not in _decompressed(data)
    assert MARKER.encode() in _decompressed(pdf_bytes(marker=MARKER))  # the scan can see one
    words = " ".join(pdf_pages_text(data) or ["Attached document: kept-5.pdf"])
    assert "What I kept. Attached document: kept-5.pdf, " in " ".join(words.split())


def test_printing_draws_the_pictures(qtbot: QtBot, journal: Journal, entry_id: str) -> None:
    from app.export.render import to_html

    doc = prepare(journal, [entry_id], ExportOptions())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    printer = QPdfWriter(buffer)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(600)
    assert print_html(to_html(doc, for_pdf=True), printer, doc.pictures) >= 1
    del printer
    assert len(_image_widths(bytes(buffer.data().data()))) == 5


def _dialog(qtbot: QtBot, journal: Journal, entry_id: str) -> ExportDialog:
    dialog = ExportDialog(journal, [entry_id], "current entry")
    qtbot.addWidget(dialog)
    return dialog


def test_a_picture_is_a_row_that_can_be_left_out(
    qtbot: QtBot, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, journal, entry_id)
    model = dialog.paragraphs
    shown = [str(model.index(row).data()) for row in range(model.rowCount())]
    assert re.fullmatch(r"Picture: kept 0 \(PNG, \d+ bytes\)", shown[2])
    assert shown[7].startswith("Document: kept 5 (PDF, ")
    assert model.index(2).data(ExportRole.KindRole) is BlockKind.PICTURE
    model.toggle(model.index(2))
    dialog.format.setCurrentIndex(dialog.format.findData(ExportFormat.MARKDOWN))
    assert dialog.export_to(tmp_path / "out.md")
    names = sorted(path.name for path in (tmp_path / "out files").iterdir())
    assert names == ["kept-1.jpg", "kept-2.webp", "kept-3.gif", "kept-4.jpg", "kept-5.pdf"]


def test_printing_from_the_dialog_passes_the_pictures(
    qtbot: QtBot, journal: Journal, entry_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    printed: list[dict[str, object]] = []

    def print_html(
        html: str, printer: object, pictures: dict[str, object], summary: object = None
    ) -> int:
        assert summary is None  # none asked for
        printed.append(dict(pictures))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr("app.pdf_export.print_html", print_html)
    _dialog(qtbot, journal, entry_id).print_document()
    assert len(printed) == 1 and len(printed[0]) == 5


def test_the_preview_shows_the_pictures_from_memory(
    qtbot: QtBot, journal: Journal, entry_id: str
) -> None:
    dialog = _dialog(qtbot, journal, entry_id)
    dialog.show()
    wide = next(item for item in journal.attachments.for_entry(entry_id) if item.width == 2400)
    html = dialog.preview.toHtml()
    assert f"attachment:{wide.id}" in html and "data:" not in html
    url = QUrl(f"attachment:{wide.id}")
    dialog.preview.document().size()  # lays out, which asks for the pictures
    shown = dialog.preview.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(shown, QImage) and 0 < shown.width() < 2400
    assert abs(shown.height() * 3 - shown.width() * 2) <= 3  # its shape kept
