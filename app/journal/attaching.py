"""Attaching files to an entry from the command line: checked, kept, and referred to.

Each file is read and checked (``app.media.intake``) only when its turn comes, so
several large files are never in memory together (the journal's setting may have
them cleaned of metadata first); everything happens in one
transaction, so one refused file leaves the journal as it was. The entry's text
gains a reference per file, on a line of its own, and its earlier text is kept
as a revision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from app.errors import BadAttachment
from app.journal.journal import Journal
from app.media.intake import read_attachment, without_metadata
from app.records.attachments import Attachment, Incoming, reference
from app.records.entries import Entry, EntryFields
from app.storage.entries import RevisionPolicy
from app.words import QT_TR_NOOP


def add_with_attachments(
    journal: Journal, fields: EntryFields, files: Sequence[Path]
) -> tuple[Entry, list[Attachment]]:
    """A new entry with ``files`` attached; all of it, or (on any error) none.

    Raises:
        BadAttachment: a file was refused (its message says which and why).
    """
    with journal.all_or_nothing():
        entry = journal.entries.add(fields)
        return attach_files(journal, entry.id, files, RevisionPolicy.AUTO)


def attach_files(
    journal: Journal,
    entry_id: str,
    files: Sequence[Path],
    policy: RevisionPolicy = RevisionPolicy.ALWAYS,
) -> tuple[Entry, list[Attachment]]:
    """Attach ``files`` to the entry ``entry_id``; all of them, or (on any error) none.

    Raises:
        EntryNotFound: no such entry, or it is in the trash.
        BadAttachment: a file was refused (its message says which and why).
    """
    with journal.all_or_nothing():
        entry = journal.entries.get(entry_id)
        strip = journal.preferences.load().strip_on_import
        kept = [journal.attachments.add(entry.id, _checked(path, strip)) for path in files]
        body = with_references(entry.body, kept)
        saved = journal.entries.save(entry.id, replace(entry.fields(), body=body), policy)
    return saved, kept


def _checked(path: Path, strip: bool) -> Incoming:
    """The file read and checked (and cleaned, if so set); a refusal names the file."""
    try:
        incoming = read_attachment(path)
        return without_metadata(incoming) if strip else incoming
    except BadAttachment as error:
        if path.name in error.message:
            raise
        raise BadAttachment(
            QT_TR_NOOP("{name}: {problem}"), name=path.name, problem=error
        ) from error


def with_references(body: str, attachments: Sequence[Attachment]) -> str:
    """``body`` with a line referring to each attachment after it."""
    lines = "\n\n".join(reference(attachment) for attachment in attachments)
    if not lines:
        return body
    return f"{body.rstrip()}\n\n{lines}\n" if body.strip() else f"{lines}\n"
