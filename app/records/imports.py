"""Plain data an importer yields and the import plan speaks: entries from elsewhere.

Every reader (Day One, jrnl, a Markdown folder, a Threshold archive) turns its
format into ``ImportedEntry`` values; one writer keeps them. Attachments are read
lazily (``ImportedFile.read``), so a preview never loads a photo and an import
holds one file in memory at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from app.records.entries import EntryFields, Revision
from app.records.incidents import Incident
from app.records.translatable import QT_TR_NOOP


class SourceKind(Enum):
    """Where entries came from; the value is kept with each imported entry."""

    DAYONE = "dayone"
    JRNL = "jrnl"
    MARKDOWN = "markdown"
    ARCHIVE = "archive"

    @property
    def label(self) -> str:
        """The name a person knows it by ("imported from Day One")."""
        return _LABELS[self]


_LABELS = {
    SourceKind.DAYONE: QT_TR_NOOP("Day One"),
    SourceKind.JRNL: QT_TR_NOOP("jrnl"),
    SourceKind.MARKDOWN: QT_TR_NOOP("a Markdown folder"),
    SourceKind.ARCHIVE: QT_TR_NOOP("a Threshold archive"),
}


@dataclass(frozen=True)
class ImportedFile:
    """A picture or document to attach to an imported entry.

    Attributes:
        ref: 32 hex digits; the entry's text refers to it as ``attachment:<ref>``. Kept
            as the attachment's id when no attachment has it yet, else replaced.
        name: the file name to keep (no folders).
        size: its size in bytes, as the source says (the preview's figure).
        read: gives the bytes, once, when the import keeps it.
        added: when it was first attached (an archive's), else when it is imported.
    """

    ref: str
    name: str
    size: int
    read: Callable[[], bytes]
    added: dt.datetime | None = None


@dataclass(frozen=True)
class ImportedEntry:
    """One entry from elsewhere, ready to keep.

    Attributes:
        source_id: the entry's id in its source (Day One's uuid, a digest of a
            note's file name and words, a hash of a jrnl entry): importing the same
            file again skips it.
        fields: what Threshold keeps; ``fields.date`` is always set.
        created, updated: aware times, as the source recorded them.
        files: attachments its text refers to (``attachment:<ref>``).
        entry_id: kept as the entry's id when free (archives only).
        source: for an archive, where the entry first came from (None: written here).
        revisions: earlier versions (archives only), oldest first.
    """

    source_id: str
    fields: EntryFields
    created: dt.datetime
    updated: dt.datetime
    files: tuple[ImportedFile, ...] = ()
    entry_id: str | None = None
    source: str | None = None
    revisions: tuple[Revision, ...] = ()


@dataclass(frozen=True)
class ImportNotice:
    """Something a person should know before importing (not a refusal).

    Attributes:
        said: the words as the transfer layer marks them (an ``app.words.Said``,
            which records may not import): ``str()`` puts them into the reader's
            language when shown, so the notice is kept whole until then.
    """

    said: object

    @property
    def text(self) -> str:
        """The notice in words, in the language in use (English in the command line)."""
        return str(self.said)


@dataclass(frozen=True)
class ImportedIncident:
    """An incident record from an archive, ready to keep with its own id and times.

    Attributes:
        incident: the record as first written, with its amendments in order.
        files: the bytes of every evidence file it names (``ref`` is the file's id),
            each read only when kept and refused unless its SHA-256 is the named one.
    """

    incident: Incident
    files: tuple[ImportedFile, ...] = ()


@dataclass(frozen=True)
class ImportedLink:
    """A link from an archive: ``later`` tells what happened after ``earlier`` (entry ids)."""

    earlier: str
    later: str
    linked: dt.datetime


@dataclass(frozen=True)
class ImportedExtras:
    """What a Threshold archive carries besides entries.

    Reasons, contacts (an older archive's, from before contacts were records) and
    prompts are as the archive's JSON gave them, each row a mapping checked by the
    archive reader; records are read whole. All are kept by
    ``app.transfer.archive_extras`` (a reason already there, or a record, contact or
    prompt whose id is taken, is skipped).
    """

    reasons: tuple[str, ...] = ()
    contacts: tuple[dict[str, object], ...] = ()
    prompts: tuple[dict[str, object], ...] = ()
    incidents: tuple[ImportedIncident, ...] = ()
    links: tuple[ImportedLink, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.reasons or self.contacts or self.prompts or self.incidents or self.links)


@dataclass(frozen=True)
class ImportOptions:
    """Choices a person makes before importing.

    Attributes:
        keep_location: keep Day One's place and weather as a plain line at the end of
            the text (off: a place is exactly what may not be safe to keep).
        password: opens a Threshold archive that was exported with one.
    """

    keep_location: bool = False
    password: str | None = None  # a protected Threshold archive's


@dataclass
class ImportBatch:
    """Everything one source holds, read and checked, before the journal is asked."""

    kind: SourceKind
    entries: list[ImportedEntry] = field(default_factory=list)
    notices: list[ImportNotice] = field(default_factory=list)
    extras: ImportedExtras = field(default_factory=ImportedExtras)


@dataclass
class ImportPlan:
    """What an import would do, said before anything is written (the preview).

    ``new`` are the entries to add; ``skipped`` how many are in the journal already;
    ``records`` how many of an archive's incident records are not in it yet.
    """

    kind: SourceKind
    new: list[ImportedEntry] = field(default_factory=list)
    skipped: int = 0
    notices: list[ImportNotice] = field(default_factory=list)
    extras: ImportedExtras = field(default_factory=ImportedExtras)
    records: int = 0
    skipped_ids: set[str] = field(default_factory=set)
    """The entry ids of the skipped entries (already here, perhaps under another id)."""

    @property
    def first(self) -> dt.date | None:
        """The earliest date among the new entries."""
        return min((e.fields.date for e in self.new if e.fields.date), default=None)

    @property
    def last(self) -> dt.date | None:
        """The latest date among the new entries."""
        return max((e.fields.date for e in self.new if e.fields.date), default=None)

    @property
    def tags(self) -> set[str]:
        """Every tag the new entries carry."""
        return {tag for entry in self.new for tag in entry.fields.tags}

    @property
    def attachments(self) -> int:
        """How many pictures and documents the new entries bring."""
        return sum(len(entry.files) for entry in self.new)
