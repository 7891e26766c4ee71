"""Writing the whole journal as one open archive (``threshold export --all --format archive``).

No one should be locked in: the archive is a zip any computer opens, laid out
as ``app.transfer.archive_format`` says, and Threshold reads it back whole.
It can be hundreds of megabytes of pictures, so it is streamed into the one
private writer's exclusive 0600 temporary file beside the target (never a
second copy anywhere else), one entry and one attachment (or evidence file) at
a time, then checked, flushed and renamed into place.

With a password every file inside is AES-256 encrypted (WinZip's scheme, via
pyzipper; 7-Zip and others open it) and the names say nothing but how many:
no dates, no file names, no times. The trash (of entries and of records) is
not exported.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from app import __version__
from app.errors import KnownError
from app.files import stream_private_file_atomically, sweep_temp_files
from app.records.attachments import Attachment, MediaKind
from app.records.entries import Entry
from app.transfer.archive_extras import named_evidence, own_prompts, prompt_row, record_row
from app.transfer.archive_format import (
    INCIDENTS,
    LINKS,
    MANIFEST,
    PROMPTS,
    README,
    REASONS,
    REVISIONS,
    Manifest,
    attachment_file_name,
    dumps_pretty,
    entry_file,
    entry_file_name,
    evidence_file_name,
    revision_row,
    time_text,
)
from app.transfer.archive_links import link_row
from app.words import QT_TR_NOOP

if TYPE_CHECKING:
    from app.storage.attachments import AttachmentStore
    from app.storage.entries import EntryStore
    from app.storage.incidents import IncidentStore
    from app.storage.links import LinkStore
    from app.storage.prompt_store import PromptStore
    from app.storage.reasons import ReasonStore

Progress = Callable[[int, int], None]
"""Called with (entries written so far, entries); may raise to stop (nothing is kept)."""
HIDDEN_TIME = (1980, 1, 1, 0, 0, 0)
"""A protected archive's files all carry the zip format's first day: no real times."""

README_TEXT = """\
This is a Threshold archive: everything in one journal, in open formats.

Each entry is a Markdown file in the folder "entries". It opens with a few lines
between two "---" lines that give its date, title, tags, mood and check-in
answers; its text follows exactly as it was written.

The folder "attachments" holds the pictures and documents, as the original files,
unchanged. Their SHA-256 fingerprints are listed with each entry, so anyone can
check that a file is the one that was attached.

Earlier versions of entries are in revisions.json; your reasons and your own
prompts are in reasons.json and prompts.json. When you linked an entry to a later
one that tells what happened next, links.json lists the two entries' ids.

The incident record (the contact log is part of it) is in incidents.json: each
record as it was first written, with when it was recorded, and its amendments
beneath it in order, each with its time, its reason and what it changed. A
record's evidence files are in the folder "evidence", as the original files,
unchanged, each listed with its record and its SHA-256 fingerprint.

Entries and records in the trash are not included.

Threshold can read this archive back: threshold import FILE.zip
"""
PROTECTED_NOTE = """
This archive is protected with a password (AES-256). Its file names hold no dates
or names; each entry's date is inside its file.
"""
PLAIN_NOTE = """
This archive is not encrypted: anyone who has the file can read it. Keep it somewhere
safe.
"""


class ArchiveSource(Protocol):
    """The stores an archive is read from: a ``Journal`` or ``WorkerStores``."""

    @property
    def entries(self) -> EntryStore: ...  # noqa: D102 - the entries
    @property
    def attachments(self) -> AttachmentStore: ...  # noqa: D102 - pictures and documents
    @property
    def incidents(self) -> IncidentStore: ...  # noqa: D102 - the record (contacts too)
    @property
    def reasons(self) -> ReasonStore: ...  # noqa: D102 - my reasons
    @property
    def prompts(self) -> PromptStore: ...  # noqa: D102 - own prompts among them
    @property
    def links(self) -> LinkStore: ...  # noqa: D102 - what happened next


@dataclass(frozen=True)
class ArchiveWritten:
    """What an archive holds, for the message that says it was written."""

    entries: int
    attachments: int
    protected: bool


def write_archive(
    path: Path,
    source: ArchiveSource,
    *,
    password: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> ArchiveWritten:
    """Write every live entry, attachment and extra of ``source`` as an archive at ``path``.

    ``progress`` hears (entries written, entries) as it goes, and may raise to stop:
    then nothing is left at ``path`` but what was there before.

    Raises:
        OSError: the file could not be written (the target is untouched, no
            temporary file is left).
        KnownError: the written file did not read back as a whole archive.
    """
    if path.is_dir():
        raise KnownError(
            QT_TR_NOOP("{path} is a folder; please choose a file name. Nothing was written."),
            path=path,
        )
    ids = [summary.id for summary in reversed(source.entries.summaries())]  # oldest first
    writer = _ArchiveWriter(source, password, now or dt.datetime.now(dt.UTC))
    writer.progress = progress
    sweep_temp_files(path.parent)
    stream_private_file_atomically(
        path, lambda stream: writer.write(stream, ids), writer.check_written
    )
    return ArchiveWritten(len(ids), writer.attachments, password is not None)


class _ArchiveWriter:
    """Fills one archive, counting what went in so the written file can be checked."""

    def __init__(
        self,
        source: ArchiveSource,
        password: str | None,
        now: dt.datetime,
    ) -> None:
        self._source = source
        self._password = password
        self._now = now
        self._stamp = HIDDEN_TIME if password else _zip_time(now.astimezone())
        self._names: list[str] = []
        self.attachments = 0
        self.records = 0
        self.evidence = 0
        self.progress: Progress | None = None

    def write(self, stream: BinaryIO, ids: Sequence[str]) -> None:
        """Everything, in the order a person reading the zip's listing would want it."""
        self._names.clear()
        self.attachments = self.records = self.evidence = 0
        with _open_zip(stream, self._password) as archive:
            readme = README_TEXT + (PROTECTED_NOTE if self._password else PLAIN_NOTE)
            self._add(archive, README, readme.encode("utf-8"))
            taken: set[str] = set()
            for number, entry_id in enumerate(ids, 1):
                if self.progress is not None:
                    self.progress(number - 1, len(ids))
                self._add_entry(archive, self._source.entries.get(entry_id), number, taken)
            self._add_pieces(archive, REVISIONS, self._revisions(ids))
            self._add_extras(archive)
            manifest = Manifest(
                self._now,
                __version__,
                len(ids),
                self.attachments,
                self._password is not None,
                records=self.records,
                evidence=self.evidence,
            )
            self._add(archive, MANIFEST, manifest.to_bytes())
        if self.progress is not None:
            self.progress(len(ids), len(ids))

    def check_written(self, descriptor: int) -> None:
        """The flushed file must list exactly what was written, before it gets its name."""
        with (
            os.fdopen(os.dup(descriptor), "rb") as stream,
            zipfile.ZipFile(stream) as written,
        ):
            if written.namelist() != self._names:
                raise KnownError(
                    QT_TR_NOOP(
                        "The archive couldn't be written: the file read back does not list "
                        "everything. Nothing was kept; your journal is as it was."
                    )
                )

    def _add_entry(
        self, archive: zipfile.ZipFile, entry: Entry, number: int, taken: set[str]
    ) -> None:
        protected = self._password is not None
        attachments = self._source.attachments.for_entry(entry.id)
        files = [(a, attachment_file_name(a, protected)) for a in attachments]
        front = self._front_matter(entry, files)
        name = entry_file_name(entry, number, protected, taken)
        self._add(archive, name, entry_file(front, entry.body))
        for attachment, file_name in files:
            chunks = self._source.attachments.chunks(attachment.id)
            self._add_pieces(archive, file_name, chunks, deflate=not attachment.kind.is_image)
            self.attachments += 1

    def _front_matter(self, entry: Entry, files: list[tuple[Attachment, str]]) -> dict[str, object]:
        return {
            "id": entry.id,
            "date": entry.date.isoformat(),
            "created": time_text(entry.created),
            "updated": time_text(entry.updated),
            "title": entry.title,
            "tags": list(entry.tags),
            "mood": entry.mood,
            "energy": entry.energy,
            "feeling": entry.feeling,
            "pulls": list(entry.pulls),
            "theme": entry.theme,
            "prompt": entry.prompt,
            "marked": entry.marked,
            "heavy": entry.heavy,
            "source": entry.source,
            "source_id": entry.source_id,
            "attachments": [_attachment_row(a, name) for a, name in files],
        }

    def _revisions(self, ids: Sequence[str]) -> Iterator[bytes]:
        """``revisions.json``, an entry at a time: oldest version first."""
        yield b"{"
        first = True
        for entry_id in ids:
            revisions = self._source.entries.revisions(entry_id)
            if revisions:
                rows = [revision_row(r) for r in reversed(revisions)]
                piece = dumps_pretty({entry_id: rows}).strip()[1:-1].rstrip()
                yield (b"" if first else b",") + piece
                first = False
        yield b"\n}\n"

    def _add_extras(self, archive: zipfile.ZipFile) -> None:
        source = self._source
        reasons = [reason.text for reason in source.reasons.all()]
        self._add(archive, REASONS, dumps_pretty(reasons))
        self._add_records(archive)
        prompts = [prompt_row(prompt) for prompt in own_prompts(source.prompts)]
        self._add(archive, PROMPTS, dumps_pretty(prompts))
        links = [link_row(pair) for pair in source.links.pairs()]
        self._add(archive, LINKS, dumps_pretty(links))

    def _add_records(self, archive: zipfile.ZipFile) -> None:
        """``incidents.json`` (every live record, oldest first), then each evidence file."""
        protected = self._password is not None
        rows, files = [], []
        for incident in reversed(self._source.incidents.all()):
            named = [
                (item, evidence_file_name(item, protected)) for item in named_evidence(incident)
            ]
            rows.append(record_row(incident, named))
            files += named
        self._add(archive, INCIDENTS, dumps_pretty(rows))
        for item, file_name in files:
            chunks = self._source.attachments.chunks(item.attachment)
            self._add_pieces(archive, file_name, chunks, deflate=not MediaKind(item.mime).is_image)
        self.records, self.evidence = len(rows), len(files)

    def _add(self, archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        archive.writestr(self._info(archive, name, deflate=True), data)
        self._names.append(name)

    def _add_pieces(
        self, archive: zipfile.ZipFile, name: str, pieces: Iterable[bytes], *, deflate: bool = True
    ) -> None:
        """A member written a piece at a time: never a whole picture or file in memory twice."""
        with archive.open(self._info(archive, name, deflate=deflate), "w") as member:
            for piece in pieces:
                member.write(piece)
        self._names.append(name)

    def _info(self, archive: zipfile.ZipFile, name: str, *, deflate: bool) -> zipfile.ZipInfo:
        info = _info_class(archive)(name, self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        info.external_attr = (stat.S_IFREG | 0o600) << 16  # unpacked: the owner's alone
        return info


def _zip_time(moment: dt.datetime) -> tuple[int, int, int, int, int, int]:
    """A zip member's time (local, to two seconds), which says when the archive was made."""
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _attachment_row(attachment: Attachment, name: str) -> dict[str, object]:
    return {
        "id": attachment.id,
        "name": attachment.name,
        "type": attachment.kind.value,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "added": time_text(attachment.added),
        "file": name,
    }


@contextlib.contextmanager
def _open_zip(stream: BinaryIO, password: str | None) -> Iterator[zipfile.ZipFile]:
    """A plain zip, or (with a password) one whose every file is AES-256 encrypted."""
    if password is None:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as plain:
            yield plain
        return
    import pyzipper  # noqa: PLC0415 - only for a protected archive

    with pyzipper.AESZipFile(
        stream, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as protected:
        protected.setpassword(password.encode("utf-8"))
        protected.setencryption(pyzipper.WZ_AES, nbits=256)
        yield protected


def _info_class(archive: zipfile.ZipFile) -> type[zipfile.ZipInfo]:
    """The zip's kind of ``ZipInfo`` (a protected zip's carries the encryption's fields)."""
    info_class: type[zipfile.ZipInfo] = getattr(archive, "zipinfo_cls", zipfile.ZipInfo)
    return info_class
