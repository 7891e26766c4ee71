"""Write the report: private from the first byte, read back and checked, then logged.

The same path every export takes. The bytes go through the export's writer
(``app.export.write``: an unnamed 0600 file named only once whole, or the one
private writer's hidden temp file), the folder is noted in the encrypted
journal while it writes (``app.export.interrupted``), and a PDF is read back
and checked to hold every record whole, each starting its own page
(``app.export.complete``) before it gets its name. Then the export log notes
the format and how many records, never a word of them.

The PDF renderer is passed in (``app.pdf_export.render_pdf``): it needs QtGui,
which the core never imports. Pictures reach it as loaders of their stripped
bytes (metadata gone, as every export writes them), read from the journal one
at a time; the digests the report shows are the originals', as kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from app.errors import KnownError
from app.export.attachments import Loader
from app.export.complete import Rendered, check_export
from app.export.interrupted import exporting_to
from app.export.model import ExportFormat
from app.export.pipeline import PdfRenderer, PictureRenderer
from app.export.write import write_export
from app.incidents.report_csv import report_csv
from app.incidents.report_html import REPORT_TITLE, pictures_of, report_page, report_sections
from app.incidents.report_model import Report, ReportFormat, ReportOptions, gather_report
from app.records.attachments import MediaKind
from app.records.incidents import Evidence

if TYPE_CHECKING:
    from app.journal import Journal
    from app.storage.attachments import AttachmentStore
    from app.storage.export_log import ExportLog
    from app.storage.incidents import IncidentStore

SELECTION = "filter"
"""How the export log names the report's choice (its words are fixed; never content)."""


class ReportStores(Protocol):
    """What writing a report reads and notes: an open ``Journal`` has them all.

    A window that writes on a worker thread passes stores on a connection of
    that thread's own, with these three names.
    """

    @property
    def incidents(self) -> IncidentStore: ...  # noqa: D102 - the records and the chain

    @property
    def attachments(self) -> AttachmentStore: ...  # noqa: D102 - the evidence files

    @property
    def exports(self) -> ExportLog: ...  # noqa: D102 - the export log


@dataclass(frozen=True)
class ReportWritten:
    """A written report.

    Attributes:
        records: how many records it holds.
        holds: whether the chain held when it was made (the cover says so either way).
        not_logged: why the export log couldn't note it, or None; the file is whole either way.
    """

    records: int
    holds: bool
    not_logged: KnownError | None = None


def write_incident_report(
    journal: ReportStores,
    options: ReportOptions,
    destination: Path,
    pdf_renderer: PdfRenderer | None,
    *,
    zone: dt.tzinfo | None = None,
) -> ReportWritten:
    """Write the report ``options`` choose to ``destination``, checked, and log it.

    Nothing here touches a widget and the PDF is laid out off-screen, so a window
    can run it on a worker thread, given stores on that thread's own connection.

    Args:
        journal: the open journal (or stores of its own: ``ReportStores``).
        options: what to put in it, and the format.
        destination: the file to write (replaced if there).
        pdf_renderer: ``app.pdf_export.render_pdf`` for a PDF; None will do for a CSV.
        zone: where recorded times are shown; None: this computer's zone.

    Raises:
        KnownError: the file couldn't be written (nothing was).
        ExportIncomplete: the PDF came out holding less than was chosen (none was kept).
        ValueError: a PDF was asked for without a renderer.
    """
    report = gather_report(journal, options, zone=zone)
    if options.format is ReportFormat.CSV:
        data, check = report_csv(report), None
    else:
        rendered = render_report_pdf(journal, report, pdf_renderer)
        data = rendered.data

        def check(read_back: bytes) -> None:
            check_export(read_back, rendered)

    # Only its export log is used, to note the folder while the file is written.
    with exporting_to(cast("Journal", journal), destination.parent):
        write_export(destination, data, check)
    return ReportWritten(len(report.records), report.chain.holds, _log(journal, report))


def render_report_pdf(
    journal: ReportStores, report: Report, pdf_renderer: PdfRenderer | None
) -> Rendered:
    """The report's PDF in memory, with the sections the written file must hold."""
    if pdf_renderer is None:
        raise ValueError("a PDF report needs a PDF renderer")
    sections = report_sections(report)
    page = report_page(sections)
    pictures = picture_loaders(journal, pictures_of(report))
    if pictures:
        drawing = cast(PictureRenderer, pdf_renderer)
        result = drawing(page, title=REPORT_TITLE, password=None, pictures=pictures)
    else:
        result = pdf_renderer(page, title=REPORT_TITLE, password=None)
    return Rendered(ExportFormat.PDF, result.data, tuple(sections), False, result)


def picture_loaders(journal: ReportStores, pictures: Mapping[str, Evidence]) -> dict[str, Loader]:
    """What gives each picture's bytes without metadata, by attachment id, read when drawn."""
    return {key: _stripped_loader(journal, item) for key, item in pictures.items()}


def _stripped_loader(journal: ReportStores, item: Evidence) -> Loader:
    def load() -> bytes:
        from app.media.strip import strip_metadata  # noqa: PLC0415 - only when drawing

        return strip_metadata(journal.attachments.read(item.attachment), MediaKind(item.mime))

    return load


def _log(journal: ReportStores, report: Report) -> KnownError | None:
    """Note the report in the export log; the reason it couldn't, or None."""
    try:
        journal.exports.record(report.options.format.value, len(report.records), SELECTION)
    except KnownError as error:
        return error
    return None
