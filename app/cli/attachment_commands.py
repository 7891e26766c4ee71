"""The attachment commands: attach, attachments, attachment save."""

from __future__ import annotations

import argparse
import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from app.cli.context import CommandContext
from app.cli.output import write_rows
from app.errors import DiskFull, KnownError
from app.export.interrupted import exporting_to
from app.files import write_pieces_privately
from app.journal.attaching import attach_files
from app.records.attachments import Attachment


def attach(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Attach files to an entry, all or none; print each attachment's id."""
    with ctx.journal() as journal:
        _, kept = attach_files(journal, journal.entries.resolve_id(args.id), _paths(args.files))
    for attachment in kept:
        ctx.print(attachment.id)
    return 0


def list_attachments(ctx: CommandContext, args: argparse.Namespace) -> int:
    """An entry's attachments, in the order they were added."""
    with ctx.journal() as journal:
        rows = journal.attachments.for_entry(journal.entries.resolve_id(args.id))
    write_rows(ctx.stdout, rows, args.json, attachment_json, attachment_line)
    return 0


def save_attachment(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Write an attachment's original bytes to a file the person names (0600)."""
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise KnownError(f"{target} is a folder; please name the file to save into.")
    if (target.exists() or target.is_symlink()) and not args.force:
        raise KnownError(
            f"There is already a file at {target}; nothing was written. Add --force to replace it."
        )
    with ctx.journal() as journal:
        attachment = journal.attachments.get(args.attachment_id)
        with exporting_to(journal, target.parent), _writing(target):
            write_pieces_privately(target, journal.attachments.chunks(attachment.id))
    ctx.print(f"Saved {attachment.name} ({attachment.size} bytes) to {target}.")
    return 0


def attachment_json(attachment: Attachment) -> dict[str, object]:
    """What scripts read about an attachment."""
    return {
        "id": attachment.id,
        "entry": attachment.entry_id,
        "name": attachment.name,
        "type": attachment.mime,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "added": attachment.added.isoformat(),
        "width": attachment.width,
        "height": attachment.height,
    }


def attachment_line(attachment: Attachment) -> str:
    """One attachment for people: id, type, size, SHA-256 and the name last (it has spaces)."""
    return (
        f"{attachment.id}  {attachment.mime:<15}  {attachment.size:>10}  "
        f"{attachment.sha256}  {attachment.name}"
    )


@contextlib.contextmanager
def _writing(target: Path) -> Iterator[None]:
    """A failed write in plain words (nothing is left behind: the writer cleans up)."""
    try:
        yield
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull("The disk is full, so the file wasn't saved.") from None
        reason = error.strerror or type(error).__name__
        raise KnownError(f"The file couldn't be saved to {target} ({reason}).") from None


def _paths(names: list[str]) -> list[Path]:
    return [Path(name).expanduser() for name in names]
