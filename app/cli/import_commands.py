"""``threshold import``: entries from Day One, jrnl, Markdown notes or an archive.

The source is read and checked whole before the journal is asked anything; the
preview says what would come in and what is skipped (already imported); then
everything is kept in one transaction, or, on any refusal, nothing. ``--dry-run``
stops after the preview.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.context import CommandContext
from app.cli.output import write_json
from app.cli.secrets import optional_password
from app.records.imports import ImportOptions, ImportPlan, SourceKind
from app.transfer.importing import ImportResult, keep_plan, plan_import
from app.transfer.problems import PasswordNeeded
from app.transfer.sources import open_source


def import_entries(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Preview, then (unless ``--dry-run``) import, and say what happened."""
    try:
        return _import(ctx, args)
    except PasswordNeeded as error:
        raise PasswordNeeded(f"{error.message} Give it with --password-file F.") from None


def _import(ctx: CommandContext, args: argparse.Namespace) -> int:
    password = optional_password(args.password_file, "nothing was imported")
    options = ImportOptions(keep_location=args.keep_location, password=password)
    kind = SourceKind(args.source) if args.source else None
    path = Path(args.path)
    with (
        ctx.journal() as journal,
        open_source(path, kind, options) as batch,
        journal.worker_stores() as stores,
    ):
        plan = plan_import(stores, batch)
        result = None
        if not args.dry_run and (plan.new or plan.extras):
            result = keep_plan(stores, plan)
    if args.json:
        write_json(ctx.stdout, _json(plan, result, args.dry_run))
        return 0
    for line in preview_lines(plan, path):
        ctx.print(line)
    ctx.print(_outcome(plan, result, args.dry_run))
    return 0


def preview_lines(plan: ImportPlan, path: Path) -> list[str]:
    """The preview, in plain sentences."""
    lines = [f"{path.name}: {plan.kind.label}"]
    count = len(plan.new)
    if count:
        span = (
            f"from {plan.first} to {plan.last}" if plan.first != plan.last else f"on {plan.first}"
        )
        lines.append(f"  {_n(count, 'new entry', 'new entries')}, {span}")
        lines.append(
            f"  {_n(len(plan.tags), 'tag', 'tags')},"
            f" {_n(plan.attachments, 'picture or document', 'pictures and documents')}"
        )
    else:
        lines.append("  no new entries")
    if plan.records:
        lines.append(f"  {_n(plan.records, 'new incident record', 'new incident records')}")
    if plan.skipped:
        lines.append(
            f"  {_n(plan.skipped, 'entry is', 'entries are')} in the journal already (skipped)"
        )
    lines.extend(f"  Note: {notice.text}" for notice in plan.notices)
    return lines


def _outcome(plan: ImportPlan, result: ImportResult | None, dry_run: bool) -> str:
    if dry_run:
        return "A dry run: nothing was imported."
    if result is None:
        return "Nothing new to import; the journal is unchanged."
    found = f"threshold list --imported {plan.kind.value}"
    return (
        f"Imported {_n(result.added, 'entry', 'entries')}"
        f" ({_n(result.attachments, 'picture or document', 'pictures and documents')})."
        + (f" List them with: {found}" if plan.kind is not SourceKind.ARCHIVE else "")
    )


def _json(plan: ImportPlan, result: ImportResult | None, dry_run: bool) -> dict[str, Any]:
    return {
        "format": plan.kind.value,
        "entries": len(plan.new),
        "skipped": plan.skipped,
        "first": plan.first.isoformat() if plan.first else None,
        "last": plan.last.isoformat() if plan.last else None,
        "tags": len(plan.tags),
        "attachments": plan.attachments,
        "records": plan.records,
        "notices": [notice.text for notice in plan.notices],
        "dry_run": dry_run,
        "imported": result.added if result else 0,
    }


def _n(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"
