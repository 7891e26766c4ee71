"""``threshold incidents report``: the incident record as a PDF or CSV for someone helping.

Loaded only when the command runs: the report's layout, the export's writer
and, for a PDF, the Qt module (``app.pdf_export``) come with it and with nothing
else. The file is written 0600, read back and checked before it gets its name,
and logged (format and count, never words); an existing file is only replaced
with ``--force``. Secrets are taken as every other command takes them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.context import CommandContext
from app.errors import KnownError
from app.export.pipeline import PdfRenderer
from app.export.redaction import parse_redaction
from app.incidents.report_model import ImagesShown, ReportFormat, ReportOptions
from app.incidents.report_write import ReportWritten, write_incident_report
from app.records.incidents import IncidentKind

EXIT_USAGE = 2


def report(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Write the report the options choose and say, calmly, where it went."""
    problem = _usage_problem(args)
    if problem:
        sys.stderr.write(f"threshold: {problem}\n")
        return EXIT_USAGE
    target = _target(args)
    options = report_options(args)
    pdf = _pdf_renderer() if options.format is ReportFormat.PDF else None
    with ctx.journal() as journal:
        written = write_incident_report(journal, options, target, pdf)
    if written.not_logged is not None:
        sys.stderr.write(
            f"threshold: the report was written but not logged: {written.not_logged.message}\n"
        )
    for line in done_lines(written, target, options):
        ctx.print(line)
    return 0


def report_options(args: argparse.Namespace) -> ReportOptions:
    """The choices the command line gives, as the report takes them.

    Raises:
        InvalidInput: a ``--redact`` value is not NAME=PSEUDONYM.
    """
    return ReportOptions(
        since=args.since,
        until=args.until,
        kinds=frozenset(IncidentKind(kind) for kind in args.kind or ()),
        who=args.who,
        pseudonyms=args.pseudonyms,
        redactions=tuple(parse_redaction(value) for value in args.redact or ()),
        images=ImagesShown(args.images or ImagesShown.INCLUDE.value),
        format=ReportFormat(args.format),
    )


def done_lines(written: ReportWritten, target: Path, options: ReportOptions) -> list[str]:
    """What the person reads when the report is written."""
    records = f"{written.records:,} record{'' if written.records == 1 else 's'}"
    lines = [
        f"Wrote a report of {records} to {target}. "
        "This file is not encrypted; keep it somewhere safe."
    ]
    if options.pseudonyms:
        lines.append(
            "Names are replaced as the records list them; a name written another way "
            "(a first name alone, a nickname) can be added with --redact NAME=PSEUDONYM."
        )
    if not written.holds:
        lines.append(
            "The record's chain does not hold (`threshold incidents verify` says where); "
            "the report says so on its first page."
        )
    return lines


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.format == ReportFormat.CSV.value and args.images is not None:
        return "--images only works with a PDF report (a CSV lists evidence files)."
    if args.since and args.until and args.since > args.until:
        return "--since is after --until, so no day is in between."
    return None


def _target(args: argparse.Namespace) -> Path:
    """The ``--output`` path, refused when a file is there and ``--force`` was not given."""
    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise KnownError(
            f"There is already a file at {target}; nothing was written. Add --force to replace it."
        )
    return target


def _pdf_renderer() -> PdfRenderer:
    """The app's PDF renderer: it needs QtGui, so it loads only for a PDF report."""
    from app.pdf_export import render_pdf  # noqa: PLC0415

    return render_pdf
