"""From a read source to kept entries: the preview first, then one transaction.

``plan_import`` asks the journal which entries it holds already (by their id in
the source, or an archived entry's own id) and says what would happen;
``keep_plan`` writes the new ones, each with its pictures checked as if attached
by hand, all in one transaction: a refused picture, a full disk or a kill
leaves the journal exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from app.errors import DiskError, DiskFull, JournalBusy, KnownError, ReadOnly
from app.journal.worker_stores import WorkerStores
from app.media.intake import incoming_from_bytes, without_metadata
from app.records.imports import ImportBatch, ImportedEntry, ImportPlan, SourceKind
from app.transfer.problems import ImportRefused, refused, without_promise
from app.words import QT_TR_NOOP, Said

_NOT_THE_SOURCE = (DiskFull, DiskError, ReadOnly, JournalBusy)
"""Errors of the disk or the journal, not of what is imported: raised as they are."""

Progress = Callable[[int, int], None]
"""Called with (entries kept so far, entries to keep); may raise to stop (all undone)."""


@dataclass(frozen=True)
class ImportResult:
    """What an import kept."""

    kind: SourceKind
    added: int
    attachments: int
    skipped: int
    extras: int = 0


def plan_import(stores: WorkerStores, batch: ImportBatch) -> ImportPlan:
    """What importing ``batch`` would add, and how many it would skip (already here)."""
    plan = ImportPlan(kind=batch.kind, notices=list(batch.notices), extras=batch.extras)
    unique = _first_of_each(batch.entries)
    plan.skipped = len(batch.entries) - len(unique)
    known_ids = stores.imported.known_entry_ids(e.entry_id for e in unique if e.entry_id)
    known_sources: dict[str, set[str]] = {}
    for source in {_source(batch.kind, e) for e in unique}:
        ids = (e.source_id for e in unique if _source(batch.kind, e) == source)
        known_sources[source] = stores.imported.known_source_ids(source, ids)
    for entry in unique:
        if (
            entry.entry_id in known_ids
            or entry.source_id in known_sources[_source(batch.kind, entry)]
        ):
            plan.skipped += 1
            plan.skipped_ids.add(entry.entry_id or "")
        else:
            plan.new.append(entry)
    if batch.extras.incidents or batch.extras.contacts:
        plan.records = _archive_extras().new_records(stores, batch.extras)
    return plan


def keep_plan(
    stores: WorkerStores, plan: ImportPlan, progress: Progress | None = None
) -> ImportResult:
    """Keep every new entry of ``plan`` with its attachments, all or nothing.

    Raises:
        ImportRefused: a picture or document was refused, or an entry could not be
            stored (named by its date); nothing was kept.
        KnownError: the disk is full or failed; nothing was kept.
    """
    strip = stores.preferences.load().strip_on_import
    attached = 0
    extras = 0
    used_refs: set[str] = set()
    with stores.all_or_nothing():
        for done, entry in enumerate(plan.new):
            if progress is not None:
                progress(done, len(plan.new))
            attached += _keep_entry(stores, plan.kind, entry, strip, used_refs)
        if plan.extras:
            extras = _keep_extras(stores, plan)
        if progress is not None:
            progress(len(plan.new), len(plan.new))
    return ImportResult(plan.kind, len(plan.new), attached, plan.skipped, extras)


def _keep_entry(
    stores: WorkerStores, kind: SourceKind, entry: ImportedEntry, strip: bool, used: set[str]
) -> int:
    ids = {f.ref: _attachment_id(stores, f.ref, used) for f in entry.files}
    body = entry.fields.body
    for ref, new in ids.items():
        if new != ref:
            body = body.replace(f"attachment:{ref}", f"attachment:{new}")
    try:
        entry_id = stores.imported.add(
            replace(entry.fields, body=body),
            created=entry.created,
            updated=entry.updated,
            source=_source(kind, entry) if kind is not SourceKind.ARCHIVE else entry.source,
            source_id=entry.source_id if kind is not SourceKind.ARCHIVE else _archived_id(entry),
            entry_id=entry.entry_id,
            revisions=entry.revisions,
        )
    except _NOT_THE_SOURCE:
        raise
    except KnownError as error:
        raise _not_kept(
            Said(QT_TR_NOOP("The entry of {day}"), {"day": _when(entry)}), error
        ) from error
    for file in entry.files:
        try:
            incoming = incoming_from_bytes(file.read(), file.name)
            kept = without_metadata(incoming) if strip else incoming
            stores.attachments.add(entry_id, kept, ids[file.ref], file.added)
        except _NOT_THE_SOURCE:
            raise
        except KnownError as error:
            whose = Said(
                QT_TR_NOOP("“{name}” in the entry of {day}"),
                {"name": file.name, "day": _when(entry)},
            )
            raise _not_kept(whose, error) from error
    return len(entry.files)


def _not_kept(what: Said, error: KnownError) -> ImportRefused:
    """The refusal naming ``what`` was not kept and why, saying once that nothing was.

    The reason often ends with its own promise ("Nothing was attached.", or the
    refusal of a file read from an archive, "Nothing was imported."); it is left
    out, so the message ends with the one promise that holds for the whole import.
    """
    return refused(
        QT_TR_NOOP("{what} could not be kept: {reason}"), what=what, reason=without_promise(error)
    )


def _keep_extras(stores: WorkerStores, plan: ImportPlan) -> int:
    """An archive's reasons, records, contacts and own prompts (``archive_extras``)."""
    kept: int = _archive_extras().keep_extras(stores, plan.extras, plan.skipped_ids)
    return kept


def _archive_extras() -> Any:
    """``app.transfer.archive_extras``, loaded only for an archive."""
    return importlib.import_module("app.transfer.archive_extras")


def _attachment_id(stores: WorkerStores, ref: str, used: set[str]) -> str:
    """``ref`` itself when no attachment has it yet, else a new id."""
    import uuid  # noqa: PLC0415 - only when importing

    new = ref if ref not in used and not stores.attachments.taken(ref) else uuid.uuid4().hex
    used.add(new)
    return new


def _first_of_each(entries: list[ImportedEntry]) -> list[ImportedEntry]:
    """The entries with a source id (or entry id) not seen before in this batch."""
    seen: set[tuple[str | None, str]] = set()
    unique = []
    for entry in entries:
        key = (entry.source, entry.entry_id or entry.source_id)
        if key not in seen:
            seen.add(key)
            unique.append(entry)
    return unique


def _source(kind: SourceKind, entry: ImportedEntry) -> str:
    """Where the journal says the entry came from (an archive keeps the first source)."""
    if kind is SourceKind.ARCHIVE:
        return entry.source or str(SourceKind.ARCHIVE.value)
    return str(kind.value)


def _archived_id(entry: ImportedEntry) -> str | None:
    """An archived entry keeps its first source's id; one written here has none."""
    return entry.source_id if entry.source else None


def _when(entry: ImportedEntry) -> str:
    day = entry.fields.date or entry.created.date()
    return dt.date.isoformat(day)
