"""The one export pipeline, for the CLI and the dialog alike: render, write, check, log.

``export_and_log`` is what both front ends call with the prepared document, the
format and the destination. ``export_document`` renders the document in the
format, writes it privately (``app.export.write``) and, before the file gets
its name, reads it back and checks that every chosen entry is there, whole
(``app.export.complete``). While it writes, the target folder is noted in the
encrypted journal, so a start after a crash knows where to sweep
(``app.export.interrupted``). Last, the export is logged (format, count, kind
of selection; never text).

PDF writing needs QtGui, which the core never imports. The caller passes the
renderer in (``app.pdf_export.render_pdf``), and the pipeline, not the caller,
decides what goes into it: the title and the password. So a PDF made in the
app and one made by the CLI carry the same metadata; they once drifted apart
when each front end called the renderer its own way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from app.errors import KnownError
from app.export.attachments import Loader
from app.export.complete import PdfFacts, Rendered, check_export
from app.export.files_folder import export_with_folder, files_folder
from app.export.interrupted import exporting_to
from app.export.model import ExportDocument, ExportFormat
from app.export.render import (
    document_title,
    html_sections,
    join_html,
    join_markdown,
    join_text,
    markdown_sections,
    text_sections,
)
from app.export.write import write_export

if TYPE_CHECKING:
    from app.export.summary import Summary
    from app.journal import Journal


class PdfResult(PdfFacts, Protocol):
    """What a PDF renderer returns: ``PdfFacts`` plus the file's bytes."""

    @property
    def data(self) -> bytes: ...  # noqa: D102 - the file's bytes


class PdfRenderer(Protocol):
    """HTML with seams to a PDF; ``app.pdf_export.render_pdf`` is the one the app uses."""

    def __call__(self, html: str, *, title: str, password: str | None) -> PdfResult:
        """The PDF of ``html`` with ``title`` as its only metadata, encrypted if ``password``."""


class PictureRenderer(Protocol):
    """A PDF renderer that also draws pictures and a summary (``app.pdf_export.render_pdf``).

    ``pictures`` maps an attachment id in ``<img src="attachment:ID">`` to a loader
    of its stripped bytes; the renderer decodes them in memory, never from a file.
    ``summary`` is drawn on the pages before the entries.
    """

    def __call__(
        self,
        html: str,
        *,
        title: str,
        password: str | None,
        pictures: Mapping[str, Loader] | None,
        summary: Summary | None = None,
    ) -> PdfResult:
        """The PDF of ``html`` with its pictures drawn, after the summary's pages."""


@dataclass(frozen=True)
class Exported:
    """A written export: how many entries it holds, and whether the log has it.

    Attributes:
        not_logged: why the log couldn't record the export, or None. The file
            is written and whole either way; the log is only a record of it.
        folder: the folder of attachments written beside the file, if any.
    """

    entries: int
    not_logged: KnownError | None = None
    folder: Path | None = None


def export_and_log(
    journal: Journal,
    path: Path,
    doc: ExportDocument,
    fmt: ExportFormat,
    selection: str,
    *,
    pdf: PdfRenderer | None = None,
    password: str | None = None,
) -> Exported:
    """Export ``doc`` as ``fmt`` to ``path``, checked, and log it as ``selection``.

    ``selection`` is the kind of choice ("current entry", "several entries",
    "filter"); ``pdf`` is needed for a PDF, which ``password`` (used once, never
    stored) protects.

    Raises:
        KnownError: the file couldn't be written (nothing was).
        ExportIncomplete: the file would have held less than was chosen (none was kept).
    """
    export_document(path, doc, fmt, journal=journal, pdf=pdf, password=password)
    folder = files_folder(path) if fmt in _WITH_FOLDER and doc.attachments else None
    try:
        journal.exports.record(fmt.value, len(doc.entries), selection)
    except KnownError as error:
        return Exported(len(doc.entries), error, folder)
    return Exported(len(doc.entries), folder=folder)


def render_export(
    doc: ExportDocument,
    fmt: ExportFormat,
    *,
    pdf: PdfRenderer | None = None,
    password: str | None = None,
    folder: str | None = None,
) -> Rendered:
    """The export's bytes and the sections the written file must hold.

    ``folder`` names the folder beside a Markdown or text file that holds its
    attachments (``app.export.files_folder``); without one they are named in words.

    Raises:
        ValueError: a PDF was asked for without a renderer.
        ExportIncomplete: the PDF could not be laid out whole.
    """
    has_cover = bool(doc.cover_note)
    if fmt is ExportFormat.MARKDOWN:
        sections = markdown_sections(doc, folder)
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
    pictures, summary = doc.pictures, doc.summary
    if pictures or summary is not None:  # the app's own renderer also draws these
        drawing = cast(PictureRenderer, pdf)
        result = drawing(
            page, title=document_title(), password=password, pictures=pictures, summary=summary
        )
    else:
        result = pdf(page, title=document_title(), password=password)
    words = summary.words() if summary is not None else ""
    return Rendered(fmt, result.data, tuple(sections), has_cover, result, password, words)


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
    if fmt in _WITH_FOLDER and doc.attachments:
        return _export_with_folder(journal, path, doc, fmt)
    rendered = render_export(doc, fmt, pdf=pdf, password=password)
    with exporting_to(journal, path.parent):
        _write_checked(path, rendered)
    return rendered


_WITH_FOLDER = (ExportFormat.MARKDOWN, ExportFormat.TEXT)


def _export_with_folder(
    journal: Journal | None, path: Path, doc: ExportDocument, fmt: ExportFormat
) -> Rendered:
    """A Markdown or text file and, beside it, the folder of its stripped attachments."""
    done: list[Rendered] = []

    def write_main(written: ExportDocument, folder: str) -> None:
        done.append(render_export(written, fmt, folder=folder))
        _write_checked(path, done[0])

    export_with_folder(journal, path, doc, write_main)
    return done[0]


def _write_checked(path: Path, rendered: Rendered) -> None:
    write_export(path, rendered.data, lambda read_back: check_export(read_back, rendered))
