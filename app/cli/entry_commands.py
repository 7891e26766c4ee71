"""The entry commands: add, list, show, search, edit, delete, restore, trash, history."""

from __future__ import annotations

import argparse
import contextlib
from dataclasses import replace
from pathlib import Path

from app.cli.checkin_options import feeling_fields, pull_value, pull_values
from app.cli.context import CommandContext
from app.cli.output import (
    entry_json,
    entry_text,
    hit_json,
    hit_text,
    revision_json,
    summary_json,
    summary_line,
    write_json,
    write_rows,
)
from app.errors import KnownError
from app.journal import Journal
from app.records.entries import EntryFields, EntryFilter, Revision
from app.storage.entries import RevisionPolicy


def add(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Add an entry with its text from standard input; print its id.

    A feeling word from the mood grid also sets energy and mood unless they are given.
    """
    body = ctx.read_body(may_be_empty=bool(args.attach))
    feeling = feeling_fields(args.feeling, args.energy, args.mood)
    fields = EntryFields(
        body=body,
        title=args.title or "",
        date=args.date,
        tags=tuple(args.tag or ()),
        mood=feeling.mood,
        theme=args.theme,
        prompt=args.prompt,
        marked=args.marked,
        heavy=args.heavy,
        energy=feeling.energy,
        feeling=feeling.feeling,
        pulls=pull_values(args.pull),
    )
    with ctx.journal() as journal:
        if args.attach:
            from app.journal.attaching import add_with_attachments  # noqa: PLC0415 - when used

            entry, _ = add_with_attachments(journal, fields, [Path(f) for f in args.attach])
        else:
            entry = journal.entries.add(fields)
        _tidy_search_index(journal)
    ctx.print(entry.id)
    return 0


def list_entries(ctx: CommandContext, args: argparse.Namespace) -> int:
    """List entries, newest first."""
    with ctx.journal() as journal:
        rows = journal.entries.summaries(entry_filter(args), limit=args.limit)
    write_rows(ctx.stdout, rows, args.json, summary_json, summary_line)
    return 0


def show(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Show one whole entry."""
    with ctx.journal() as journal:
        entry = journal.entries.get(args.id)
    if args.json:
        write_json(ctx.stdout, entry_json(entry))
    else:
        ctx.stdout.write(entry_text(entry))
    return 0


def search(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Ranked full-text search with snippets."""
    with ctx.journal() as journal:
        hits = journal.entries.search(args.query, entry_filter(args), limit=args.limit)
    write_rows(ctx.stdout, hits, args.json, hit_json, lambda hit: hit_text(hit, ctx.color))
    return 0


def edit(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Replace an entry's text from standard input, keeping the old one as a revision."""
    body = ctx.read_body()
    with ctx.journal() as journal:
        current = journal.entries.get(args.id)
        fields = replace(current.fields(), body=body)
        if args.title is not None:
            fields = replace(fields, title=args.title)
        entry = journal.entries.save(current.id, fields, RevisionPolicy.ALWAYS)
        _tidy_search_index(journal)
    ctx.print(entry.id)
    return 0


def delete(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Move an entry to the trash."""
    with ctx.journal() as journal:
        journal.entries.trash(args.id)
    ctx.print("Moved to the trash. `threshold restore ID` brings it back.")
    return 0


def restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Bring an entry back from the trash."""
    with ctx.journal() as journal:
        journal.entries.restore(args.id)
    ctx.print("Restored from the trash.")
    return 0


def trash(ctx: CommandContext, args: argparse.Namespace) -> int:
    """List the trash, or empty it for good with --empty --yes."""
    with ctx.journal() as journal:
        if args.empty:
            if not args.yes:
                ctx.print("Emptying the trash deletes its entries for good. Add --yes to confirm.")
                return 1
            count = journal.entries.empty_trash()
            ctx.print(f"Deleted {count} entr{'y' if count == 1 else 'ies'} for good.")
            return 0
        rows = journal.entries.summaries(EntryFilter(trashed=True))
    write_rows(ctx.stdout, rows, args.json, summary_json, summary_line)
    return 0


def history(ctx: CommandContext, args: argparse.Namespace) -> int:
    """List an entry's earlier versions."""
    with ctx.journal() as journal:
        revisions = journal.entries.revisions(args.id)
    write_rows(ctx.stdout, revisions, args.json, revision_json, _revision_line)
    return 0


def _revision_line(revision: Revision) -> str:
    saved = revision.saved.isoformat(timespec="seconds")
    return f"{revision.id:>6}  {saved}  {len(revision.body)} characters"


def entry_filter(args: argparse.Namespace) -> EntryFilter:
    """The filter given by the filter options (--since … --feeling, --imported).

    A pull is matched the way ``add`` stores it, so a preset's label finds entries
    saved with its id.
    """
    return EntryFilter(
        since=args.since,
        until=args.until,
        tags=tuple(args.tag or ()),
        theme=args.theme,
        mood=args.mood,
        marked=True if args.marked else None,
        heavy=True if args.heavy else None,
        pull=pull_value(args.pull) if args.pull is not None else None,
        feeling=args.feeling,
        source=getattr(args, "imported", None),
    )


def _tidy_search_index(journal: Journal) -> None:
    """One small merge step after a write (the app merges while idle; see schema v3).

    The entry is already saved, so a busy or full journal only skips the step.
    """
    with contextlib.suppress(KnownError):
        journal.entries.tidy_search_index()
