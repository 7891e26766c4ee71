"""``threshold sync``: one journal on two computers through a folder a sync engine carries.

``join FOLDER`` turns sync on here (a journal restored from another computer's
backup joins as a new computer); ``now`` writes this computer's changes and
merges the others'; ``status`` says where, how far, and anything refused;
``leave`` stops (the folder and the journal's entries stay as they are).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CommandContext
from app.cli.output import write_json
from app.errors import InvalidInput
from app.journal import Journal
from app.sync.session import leave, status, sync_now, turn_on

OFF = "Sync is off for this journal. Turn it on with: threshold sync join FOLDER"


def sync_join(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Share the journal through ``FOLDER`` from this computer, and sync once."""
    if not args.folder.strip():
        raise InvalidInput("Name the folder to sync through: threshold sync join FOLDER")
    folder = Path(args.folder).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} is a file, not a folder. Nothing was changed.")
    with ctx.journal() as journal:
        try:
            turn_on(journal, folder)
        except OSError as error:
            raise InvalidInput(
                f"The folder {folder} can't be used ({error.strerror or error}). "
                "Nothing was changed."
            ) from error
        ctx.print(f"This computer now shares the journal through {folder}.")
        return _sync(ctx, journal)


def sync_now_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Write this computer's changes, merge the other computers'."""
    with ctx.journal() as journal:
        if journal.sync.settings() is None:
            ctx.print(OFF)
            return 1
        return _sync(ctx, journal)


def _sync(ctx: CommandContext, journal: Journal) -> int:
    try:
        merged = sync_now(journal)
    except OSError as error:
        ctx.print(
            f"The folder can't be reached just now ({error.strerror or error}). Your changes "
            "are kept in the journal; run threshold sync now again later."
        )
        return 1
    _say_merged(ctx, merged.files, merged.entries, [r.message for r in merged.refused])
    return 0


def sync_status(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Where the journal syncs, this computer's stream, and how far others were read."""
    with ctx.journal() as journal:
        found = status(journal)
    if found is None:
        if args.json:
            write_json(ctx.stdout, {"on": False})
        else:
            ctx.print(OFF)
        return 0
    if args.json:
        write_json(
            ctx.stdout,
            {
                "on": True,
                "folder": found.folder,
                "written": found.written,
                "waiting": found.waiting,
                "others": found.others,
                "last": found.last.isoformat() if found.last else None,
                "refused": list(found.refused),
            },
        )
        return 0
    ctx.print(f"Folder: {found.folder}")
    ctx.print(f"This computer has written {found.written:,} change files.")
    if found.waiting:
        ctx.print("Some changes here are not in the folder yet: run threshold sync now.")
    if found.others:
        ctx.print(f"Merged from {found.others:,} other computer(s).")
    else:
        ctx.print("Nothing from another computer has been merged yet.")
    for words in found.refused:
        ctx.print(words)
    return 0


def sync_leave(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Stop syncing here; the folder and the journal stay as they are."""
    with ctx.journal() as journal:
        leave(journal)
    ctx.print("Sync is off here. The folder and your entries are as they were.")
    return 0


def _say_merged(ctx: CommandContext, files: int, entries: int, refused: list[str]) -> None:
    if files:
        ctx.print(f"Merged {files:,} change file(s) from other computers ({entries:,} entries).")
    else:
        ctx.print("Nothing new from other computers.")
    for words in refused:
        ctx.print(words)
