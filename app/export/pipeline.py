"""Render, write and check an export in one step, for the CLI and the dialog alike.

``export_document`` renders the chosen document in the chosen format, writes it
privately (``app.export.write``) and, before the file gets its name, reads it
back and checks that every chosen entry is there, whole (``app.export.complete``).
While it writes, the target folder is noted in the encrypted journal, so a
start after a crash knows where to sweep (``app.export.interrupted``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app.export.complete import PdfFacts, Rendered, check_export
from app.export.interrupted import exporting_to
from app.export.model import ExportDocument, ExportFormat
from app.export.render import (
    html_sections,
    join_html,
    join_markdown,
    join_text,
    markdown_sections,
    text_sections,
)
from app.export.write import write_export

if TYPE_CHECKING:
    from app.journal import Journal


class PdfResult(PdfFacts, Protocol):
    """What a PDF renderer returns: ``PdfFacts`` plus the file's bytes."""

    @property
    def data(self) -> bytes: ...  # noqa: D102 - the file's bytes


PdfRenderer = Callable[[str, str | None], PdfResult]
"""(HTML with seams, password or None) -> the PDF; ``app.pdf_export.render_pdf`` fits."""


def render_export(
    doc: ExportDocument,
    fmt: ExportFormat,
    *,
    pdf: PdfRenderer | None = None,
    password: str | None = None,
) -> Rendered:
    """The export's bytes and the sections the written file must hold.

    Raises:
        ValueError: a PDF was asked for without a renderer.
        ExportIncomplete: the PDF could not be laid out whole.
    """
    has_cover = bool(doc.cover_note)
    if fmt is ExportFormat.MARKDOWN:
        sections = markdown_sections(doc)
        return Rendered(fmt, join_markdown(sections).encode("utf-8"), tuple(sections), has_cover)
    if fmt is ExportFormat.TEXT:
        sections = text_sections(doc)
        return Rendered(fmt, join_text(sections).encode("utf-8"), tuple(sections), has_cover)
    for_pdf = fmt is ExportFormat.PDF
    sections = html_sections(doc, for_pdf=for_pdf)
    page = join_html(sections, for_pdf=for_pdf)
    if not for_pdf:
        return Rendered(fmt, page.encode("utf-8"), tuple(sections), has_cover)
    if pdf is None:
        raise ValueError("a PDF export needs a PDF renderer")
    result = pdf(page, password)
    return Rendered(fmt, result.data, tuple(sections), has_cover, result, password)


def export_document(
    path: Path,
    doc: ExportDocument,
    fmt: ExportFormat,
    *,
    journal: Journal | None = None,
    pdf: PdfRenderer | None = None,
    password: str | None = None,
) -> Rendered:
    """Render ``doc`` as ``fmt`` and write it to ``path``, checked; return what was written.

    Raises:
        KnownError: the file couldn't be written (nothing was).
        ExportIncomplete: the file would have held less than was chosen (none was kept).
    """
    rendered = render_export(doc, fmt, pdf=pdf, password=password)
    with exporting_to(journal, path.parent):
        write_export(path, rendered.data, lambda read_back: check_export(read_back, rendered))
    return rendered
