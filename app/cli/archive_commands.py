"""``threshold export --all --format archive``: the whole journal as one open archive.

The archive holds every live entry, attachment, revision, reason, contact and
own prompt (``app.transfer.archive_write``); ``threshold import`` reads it back.
It is written 0600 and only replaces an existing file with ``--force``. A
password (read from a file, used once, never stored or printed) encrypts it
with AES-256; without one the message says plainly that it is not encrypted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.context import CommandContext
from app.cli.export_commands import export_target
from app.cli.parser import ARCHIVE_FORMAT
from app.cli.secrets import optional_password
from app.errors import KnownError
from app.export.interrupted import exporting_to
from app.export.write import plain_error
from app.transfer.archive_write import ArchiveWritten, write_archive

EXIT_USAGE = 2
NOT_FOR_ARCHIVES = ("ids", "since", "until", "tag", "theme", "marked", "redact", "cover_note_file")
"""Options that choose or change entries: an archive holds everything, as it is."""


def export_archive(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Write the archive and say, calmly, where it went and whether it is protected."""
    problem = _usage_problem(args)
    if problem:
        sys.stderr.write(f"threshold: {problem}\n")
        return EXIT_USAGE
    target = export_target(args)
    if not target.parent.is_dir():
        raise KnownError(f"The folder {target.parent} doesn't exist, so nothing was written.")
    password = optional_password(args.password_file, "nothing was exported")
    with ctx.journal() as journal, exporting_to(journal, target.parent):
        try:
            written = write_archive(target, journal, password=password)
        except OSError as error:
            raise plain_error(error, target.parent) from None
        try:
            journal.exports.record(ARCHIVE_FORMAT, written.entries, "everything")
        except KnownError as error:
            sys.stderr.write(f"threshold: the archive was written but not logged: {error}\n")
    ctx.print(done_message(written, target))
    return 0


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.format != ARCHIVE_FORMAT:
        return "--all exports everything as an archive; add --format archive."
    chosen = [name for name in NOT_FOR_ARCHIVES if getattr(args, name, None)]
    if chosen:
        option = chosen[0] if chosen[0] == "ids" else f"--{chosen[0].replace('_', '-')}"
        return f"an archive holds every entry as it is; {option} doesn't apply to it."
    return None


def done_message(written: ArchiveWritten, target: Path) -> str:
    """What was written, and whether anyone with the file can read it."""
    entries = f"{written.entries:,} entr{'y' if written.entries == 1 else 'ies'}"
    files = f"{written.attachments:,} picture{'' if written.attachments == 1 else 's'} or document"
    files += "" if written.attachments == 1 else "s"
    head = f"Exported {entries} and {files} to {target}."
    if written.protected:
        return f"{head} It is encrypted with the password; keep both somewhere safe."
    return f"{head} This file is not encrypted; keep it somewhere safe."
