"""A PDF that holds less than was chosen is never kept, with or without poppler."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from app.export import pdf_file
from app.export.complete import ExportIncomplete
from app.export.model import ExportDocument, ExportEntry, ExportFormat
from app.export.pipeline import PdfRenderer, export_document
from app.pdf_export import RenderedPdf, pages, render_pdf
from tests.helpers.exports import HOSTILE, RTL_AND_EMOJI, evenings

pytestmark = pytest.mark.usefixtures("qapp")  # Qt's application, shared with the GUI tests


def _doc(entries: int = 3) -> ExportDocument:
    return ExportDocument(
        "",
        evenings(
            entries,
            lambda n: ("I kept my word to myself today.", f"Paragraph about boundaries {n}."),
        ),
    )


def _render(html: str, *, title: str, password: str | None) -> RenderedPdf:
    return render_pdf(html, title=title, password=password)


def _without_last_page(html: str, *, title: str, password: str | None) -> RenderedPdf:
    whole = render_pdf(html, title=title, password=password)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(whole.plain)).pages[:-1]:
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    short = out.getvalue()
    return dataclasses.replace(whole, data=short, unencrypted=lambda: short)


def _without_a_paragraph(html: str, *, title: str, password: str | None) -> RenderedPdf:
    html = html.replace("Paragraph about boundaries 1.", "")
    return render_pdf(html, title=title, password=password)


def _export(tmp_path: Path, renderer: PdfRenderer, password: str | None = None) -> Path:
    target = tmp_path / "out.pdf"
    export_document(target, _doc(), ExportFormat.PDF, pdf=renderer, password=password)
    return target


@pytest.fixture(params=["pdftotext", "no pdftotext"])
def poppler(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both machines: with poppler's pdftotext, and without it (pypdf and Qt only)."""
    if request.param == "no pdftotext":
        monkeypatch.setattr(shutil, "which", lambda name: None)
    return bool(request.param == "pdftotext")


def test_a_whole_pdf_is_kept(tmp_path: Path, poppler: bool) -> None:
    assert len(PdfReader(_export(tmp_path, _render)).pages) == 3
    target = _export(tmp_path, _render, password="for my therapist")
    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt("for my therapist")


def test_a_pdf_missing_a_page_is_not_kept(tmp_path: Path, poppler: bool) -> None:
    with pytest.raises(ExportIncomplete, match="shorter than what you chose"):
        _export(tmp_path, _without_last_page)
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_missing_a_paragraph_is_not_kept(tmp_path: Path) -> None:
    with pytest.raises(ExportIncomplete) as failed:
        _export(tmp_path, _without_a_paragraph)
    assert "entry 2 of 3" in failed.value.detail
    assert list(tmp_path.iterdir()) == []


def test_a_part_too_long_for_qt_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past Qt's layout limit a part could only end short: it is refused instead."""
    monkeypatch.setattr(pages, "SAFE_HEIGHT", 20_000)  # about two pages
    paragraphs = "".join(f"<p>Paragraph {n} of a long entry.</p>" for n in range(400))
    with pytest.raises(ExportIncomplete) as failed:
        render_pdf(paragraphs)
    assert "too long" in failed.value.detail
    assert "as Markdown, HTML or text instead" in failed.value.message


def test_hostile_and_every_script_bodies_pass_the_check(tmp_path: Path) -> None:
    """No false alarm: what the sanitiser leaves is what the PDF shows, in any script."""
    bodies = (
        *HOSTILE,
        RTL_AND_EMOJI,
        "He said <you are nothing> and walked out. If x<y and y>z. Dear <name>,",
        "Zoë, Łódź, Straße, Ελπίδα, Надежда, Հույս, नमस्ते, 今日は, 안녕, ﬁrst",
        "1. one\n2. two\n\n- [ ] task\n\n> quote\n\n```\ncode <b>\n```",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "&amp; &lt; &#x1F600; &nbsp; soft\u00adhyphen zero\u200bwidth",
    )
    entries = tuple(
        ExportEntry(f"id{n}", "", dt.date(2026, 1, 1), None, (), None, (), (body,))
        for n, body in enumerate(bodies)
    )
    document = ExportDocument("Cover <script>alert(1)</script> note", entries)
    target = tmp_path / "hostile.pdf"
    export_document(target, document, ExportFormat.PDF, pdf=_render)
    assert len(PdfReader(target).pages) == len(bodies)


def test_pieces_laid_out_again_to_save_memory_fill_the_same_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``KEEP_CHARS`` a piece is let go after layout and laid out again to paint."""
    monkeypatch.setattr(pages, "PIECE_CHARS", 4_000)
    document = _doc(entries=40)
    kept = export_document(tmp_path / "kept.pdf", document, ExportFormat.PDF, pdf=_render)
    monkeypatch.setattr(pages, "KEEP_CHARS", 0)
    again = export_document(tmp_path / "again.pdf", document, ExportFormat.PDF, pdf=_render)
    assert again.pdf is not None and kept.pdf is not None
    assert (again.pdf.pages, again.pdf.breaks) == (kept.pdf.pages, kept.pdf.breaks)
    assert pdf_file.pdf_pages_text(again.pdf.plain) == pdf_file.pdf_pages_text(kept.pdf.plain)
