"""``threshold export``: the same deliberate export as the app's dialog, headless.

Entries are chosen by id or by filter, names can be redacted, and the file is
written 0600, read back and checked to hold every chosen entry before it gets
its name, and logged (format, count, kind of selection; never text), through
the same pipeline as the dialog (``app.export.pipeline``). An existing file is
only replaced with ``--force``. A PDF password is read from a file, used once
and neither stored nor printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli.context import CommandContext
from app.cli.entry_commands import entry_filter
from app.cli.parser import ARCHIVE_FORMAT
from app.cli.secrets import optional_password
from app.cli.specs import Handler
from app.errors import InvalidInput, KnownError
from app.export.model import ExportFormat, ExportOptions
from app.export.pipeline import PdfRenderer, export_and_log
from app.export.prepare import prepare, select_ids
from app.export.redaction import parse_redaction
from app.records.patterns import Period
from app.words import date_words

EXIT_USAGE = 2
MAX_COVER_NOTE_BYTES = 64 * 1024
FILTER_OPTIONS = ("since", "until", "tag", "theme", "marked")


def export(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Export entries to one file and say, calmly, where it went and what it is."""
    if args.format == ARCHIVE_FORMAT or args.all:
        return Handler("archive_commands", "export_archive")(ctx, args)  # archives only
    fmt = ExportFormat(args.format)
    problem = _usage_problem(args, fmt)
    if problem:
        sys.stderr.write(f"threshold: {problem}\n")
        return EXIT_USAGE
    target = export_target(args)
    options = _options(args)
    password = optional_password(args.password_file, "nothing was exported")
    pdf = _pdf_renderer() if fmt is ExportFormat.PDF else None
    with ctx.journal() as journal:
        ids = select_ids(journal, args.ids, None if args.ids else entry_filter(_filters(args)))
        doc = prepare(journal, ids, options)
        exported = export_and_log(
            journal, target, doc, fmt, _selection(args), pdf=pdf, password=password
        )
    if exported.not_logged is not None:
        sys.stderr.write(
            f"threshold: the export was written but not logged: {exported.not_logged.message}\n"
        )
    ctx.print(_done_message(exported.entries, target, password is not None))
    if options.summary is not None:
        ctx.print(f"It begins with a summary page: {period_words(options.summary)}")
    if exported.folder is not None:
        ctx.print(
            f"Its pictures and documents, cleaned of their details, are in {exported.folder}."
        )
    return 0


def export_target(args: argparse.Namespace) -> Path:
    """The ``--output`` path, refused when a file is there and ``--force`` was not given.

    Raises:
        KnownError: a file is there already.
    """
    target = Path(args.output).expanduser()
    if target.exists() and not args.force:
        raise KnownError(
            f"There is already a file at {target}; nothing was written. Add --force to replace it."
        )
    return target


def _usage_problem(args: argparse.Namespace, fmt: ExportFormat) -> str | None:
    if args.password_file and fmt is not ExportFormat.PDF:
        return "--password-file only works with --format pdf (other formats can't be protected)."
    if args.ids and any(getattr(args, name) for name in FILTER_OPTIONS):
        return "give entry ids or filters (--since, --until, --tag, --theme, --marked), not both."
    if args.summary and fmt is not ExportFormat.PDF:
        return "--summary only works with --format pdf (the summary page is drawn in a PDF)."
    return None


def _options(args: argparse.Namespace) -> ExportOptions:
    return ExportOptions(
        include_date=not args.no_date,
        include_mood=args.mood,
        include_prompt=not args.no_prompt,
        include_tags=args.tags,
        cover_note=_cover_note(args.cover_note_file) if args.cover_note_file else "",
        redactions=tuple(parse_redaction(value) for value in args.redact or ()),
        summary=summary_period(args.since, args.until) if args.summary else None,
    )


def period_words(period: Period) -> str:
    """The days as "14 September 2026 to 7 December 2026."."""
    return f"{date_words(period.since)} to {date_words(period.until)}."


def summary_period(since: dt.date | None, until: dt.date | None) -> Period:
    """The summary's days: --since to --until, by default the 13 weeks up to today.

    Raises:
        InvalidInput: --since is after --until.
    """
    last = until or dt.date.today()
    period = Period(since or Period.recent(last).since, last)
    if period.since > period.until:
        raise InvalidInput("--since is after --until; there is no day to summarise.")
    return period


def _cover_note(path: str) -> str:
    try:
        data = Path(path).read_bytes()[: MAX_COVER_NOTE_BYTES + 1]
    except OSError as error:
        raise InvalidInput(f"Couldn't read the cover note {path!r}: {error.strerror}.") from None
    if len(data) > MAX_COVER_NOTE_BYTES:
        raise InvalidInput("The cover note is longer than 64 KB; please shorten it.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"The cover note {path!r} is not UTF-8 text.") from None


def _filters(args: argparse.Namespace) -> argparse.Namespace:
    """The filter options ``entry_filter`` expects; export has no mood/pull filters."""
    return argparse.Namespace(
        **{name: getattr(args, name) for name in FILTER_OPTIONS},
        mood=None,
        heavy=False,
        pull=None,
        feeling=None,
    )


def _pdf_renderer() -> PdfRenderer:
    """The app's PDF renderer: it needs QtGui, so it loads only for a PDF export."""
    from app.pdf_export import render_pdf  # noqa: PLC0415

    return render_pdf


def _selection(args: argparse.Namespace) -> str:
    if not args.ids:
        return "filter"
    return "current entry" if len(set(args.ids)) == 1 else "several entries"


def _done_message(count: int, target: Path, protected: bool) -> str:
    entries = f"{count} entr{'y' if count == 1 else 'ies'}"
    if protected:
        return (
            f"Exported {entries} to {target}. The PDF is protected by the password; "
            "keep the file and the password somewhere safe."
        )
    return f"Exported {entries} to {target}. This file is not encrypted; keep it somewhere safe."
