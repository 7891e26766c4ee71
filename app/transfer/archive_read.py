"""Reading Threshold's own archive back (``threshold import FILE.zip``).

Everything comes through ``SafeZip``, which checks every name and caps what
inflates. Each entry keeps its id, its times, its first source and its id
there, its revisions and its attachments (by their own ids), and each incident
record its id, its times, its amendments and its evidence files (by their own
ids), so a journal restored from an archive holds what the archived one held,
and importing the same archive again adds nothing. An attachment's or evidence
file's bytes are read only when the import keeps it, and refused unless they
match the SHA-256 written beside them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

from app.digests import sha256_hexdigest
from app.records.attachments import MAX_ATTACHMENT_BYTES
from app.records.entries import EntryFields, Revision
from app.records.imports import (
    ImportBatch,
    ImportedEntry,
    ImportedExtras,
    ImportedFile,
    ImportedIncident,
    ImportOptions,
    SourceKind,
)
from app.transfer.archive_extras import contact_from_row, incident_from_row, prompt_from_row
from app.transfer.archive_format import (
    ATTACHMENTS,
    CONTACTS,
    ENTRIES,
    EVIDENCE,
    INCIDENTS,
    LINKS,
    MANIFEST,
    PROMPTS,
    REASONS,
    REVISIONS,
    Manifest,
    aware_time,
    count,
    flag,
    loads,
    mapping,
    optional_count,
    optional_text,
    parse_entry_file,
    parse_manifest,
    revision_from_row,
    text,
    texts,
)
from app.transfer.archive_links import links_from_rows
from app.transfer.problems import password_needed, refused
from app.transfer.sources import Stack
from app.transfer.zipsafe import SafeZip
from app.words import QT_TR_NOOP, Said

MAX_MANIFEST_BYTES = 1024 * 1024
MAX_ENTRY_BYTES = 17 * 1024 * 1024  # a 16 MB body and its front matter
MAX_JSON_BYTES = 1024**3  # revisions.json holds every earlier version
_ENTRY_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ATTACHMENT_ID = re.compile(r"^[0-9a-f]{32}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def read_archive(path: Path, options: ImportOptions, stack: Stack) -> ImportBatch:
    """Every entry, attachment and extra of a Threshold archive, checked.

    Raises:
        ImportRefused: protected and no password (or the wrong one), a version
            this app does not read, an entry file that does not parse, an
            attachment missing from the zip, or a count that does not match.
    """
    archive = stack.enter_context(SafeZip(path, options.password))
    manifest = _manifest(archive, options)
    names = sorted(n for n in archive.names() if n.startswith(ENTRIES) and n.endswith(".md"))
    if len(names) != manifest.entries:
        raise refused(
            QT_TR_NOOP(
                "{name} holds {count} entries but its manifest says {said}; it may be damaged."
            ),
            name=path.name,
            count=len(names),
            said=manifest.entries,
        )
    revisions = _revisions(archive)
    entries = [_entry(archive, name, revisions) for name in names]
    _each_once(entries, names, path.name)
    return ImportBatch(kind=SourceKind.ARCHIVE, entries=entries, extras=_extras(archive, manifest))


def _each_once(entries: list[ImportedEntry], names: list[str], shown: str) -> None:
    """Refuse two entries of one id, or two from one entry of their first source.

    Threshold writes each entry once; the journal keeps one entry per id and per
    source id, so two that share one (an archive changed by hand) would fail at
    the end of the import, in the journal's own words.

    Raises:
        ImportRefused: naming both files.
    """
    seen: dict[tuple[str | None, str | None], str] = {}
    for name, entry in zip(names, entries, strict=True):
        keys: list[tuple[str | None, str | None]] = [(None, entry.entry_id)]
        if entry.source:
            keys.append((entry.source, entry.source_id))
        for key in keys:
            if key in seen:
                what = (
                    Said(QT_TR_NOOP("one id"))
                    if key[0] is None
                    else Said(QT_TR_NOOP("the same imported entry"))
                )
                raise refused(
                    QT_TR_NOOP(
                        "The entries {first} and {second} in {archive} both name {what}; "
                        "the archive may have been changed by hand."
                    ),
                    first=seen[key],
                    second=name,
                    archive=shown,
                    what=what,
                )
            seen[key] = name


def _manifest(archive: SafeZip, options: ImportOptions) -> Manifest:
    member = archive.members.get(MANIFEST)
    if member is None:
        raise refused(
            QT_TR_NOOP("{name} has no {manifest}; it is not a Threshold archive."),
            name=archive.path.name,
            manifest=MANIFEST,
        )
    if member.encrypted and options.password is None:
        raise password_needed(
            QT_TR_NOOP("{name} is protected by a password."), name=archive.path.name
        )
    try:
        return parse_manifest(archive.read(MANIFEST, MAX_MANIFEST_BYTES))
    except (ValueError, UnicodeDecodeError) as error:
        raise refused(
            QT_TR_NOOP("{name} can't be read: {reason}."), name=archive.path.name, reason=error
        ) from None


def _json(archive: SafeZip, name: str) -> object:
    """One of the archive's JSON files (an archive made without it reads as empty)."""
    if name not in archive.members:
        return {} if name == REVISIONS else []
    try:
        return loads(archive.read(name, MAX_JSON_BYTES))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise refused(
            QT_TR_NOOP("{name} in {archive} is not valid JSON ({reason})."),
            name=name,
            archive=archive.path.name,
            reason=error,
        ) from None
    except ValueError as error:  # deep, a number too long, a broken character
        raise refused(
            QT_TR_NOOP("{name} in {archive} can't be read: {reason}."),
            name=name,
            archive=archive.path.name,
            reason=error,
        ) from None


def _revisions(archive: SafeZip) -> dict[str, tuple[Revision, ...]]:
    try:
        rows = mapping(_json(archive, REVISIONS))
        return {
            entry_id: tuple(revision_from_row(row) for row in _list(versions))
            for entry_id, versions in rows.items()
        }
    except ValueError as error:
        raise refused(
            QT_TR_NOOP("{name} in {archive} can't be read: {reason}."),
            name=REVISIONS,
            archive=archive.path.name,
            reason=error,
        ) from None


def _extras(archive: SafeZip, manifest: Manifest) -> ImportedExtras:
    name = archive.path.name
    try:
        reasons = texts(_json(archive, REASONS))
        contacts = tuple(mapping(row) for row in _list(_json(archive, CONTACTS)))
        prompts = tuple(mapping(row) for row in _list(_json(archive, PROMPTS)))
        for row in contacts:
            contact_from_row(row)
        for row in prompts:
            prompt_from_row(row)
    except ValueError as error:
        raise refused(
            QT_TR_NOOP("The reasons, contacts or prompts in {name} can't be read: {reason}."),
            name=name,
            reason=error,
        ) from None
    try:
        links = links_from_rows(_list(_json(archive, LINKS)))
    except ValueError as error:
        raise refused(
            QT_TR_NOOP("{name} in {archive} can't be read: {reason}."),
            name=LINKS,
            archive=name,
            reason=error,
        ) from None
    return ImportedExtras(reasons, contacts, prompts, _records(archive, manifest), links)


def _records(archive: SafeZip, manifest: Manifest) -> tuple[ImportedIncident, ...]:
    """Every record of ``incidents.json`` (none in an archive older than records), checked.

    Raises:
        ImportRefused: naming the record that does not read, two records or two
            evidence files of one id, or counts the manifest does not agree with.
    """
    shown = archive.path.name
    try:
        rows = _list(_json(archive, INCIDENTS))
    except ValueError as error:
        raise refused(
            QT_TR_NOOP("{name} in {archive} can't be read: {reason}."),
            name=INCIDENTS,
            archive=shown,
            reason=error,
        ) from None
    records = tuple(_record(archive, number, row) for number, row in enumerate(rows, 1))
    _records_once(records, shown)
    found = (len(records), sum(len(record.files) for record in records))
    said = (manifest.records, manifest.evidence)
    if said not in ((None, None), found):
        raise refused(
            QT_TR_NOOP("{name} holds {found}, but its manifest says {said}; it may be damaged."),
            name=shown,
            found=_records_and_files(*found),
            said=_records_and_files(said[0] or 0, said[1] or 0),
        )
    return records


def _records_and_files(records: int, files: int) -> Said:
    """Counted in plain words: "1 incident record with 2 evidence files"."""
    counts = {"records": records, "files": files}
    if records == 1 and files == 1:
        return Said(QT_TR_NOOP("{records} incident record with {files} evidence file"), counts)
    if records == 1:
        return Said(QT_TR_NOOP("{records} incident record with {files} evidence files"), counts)
    if files == 1:
        return Said(QT_TR_NOOP("{records} incident records with {files} evidence file"), counts)
    return Said(QT_TR_NOOP("{records} incident records with {files} evidence files"), counts)


def _record(archive: SafeZip, number: int, value: object) -> ImportedIncident:
    try:
        incident, rows = incident_from_row(value)
        files = tuple(_evidence_file(archive, row) for row in rows)
    except ValueError as error:
        raise refused(
            QT_TR_NOOP("Record {number} of {name} in {archive} can't be read: {reason}."),
            number=number,
            name=INCIDENTS,
            archive=archive.path.name,
            reason=error,
        ) from None
    return ImportedIncident(incident, files)


def _evidence_file(archive: SafeZip, row: dict[str, object]) -> ImportedFile:
    file_name = text(row.get("file"))
    if not file_name.startswith(EVIDENCE) or file_name not in archive.members:
        raise ValueError(
            Said(
                QT_TR_NOOP("its evidence file {name} is not in the archive"),
                {"name": repr(file_name)},
            )
        )
    sha256 = _id(row.get("sha256"), _SHA256)
    return ImportedFile(
        ref=_id(row.get("attachment"), _ATTACHMENT_ID),
        name=text(row.get("name")),
        size=count(row.get("size")),
        read=_checked_reader(archive, file_name, sha256, Said(QT_TR_NOOP("its record"))),
    )


def _records_once(records: tuple[ImportedIncident, ...], shown: str) -> None:
    """Refuse two records of one id, or two evidence files of one id (changed by hand).

    Raises:
        ImportRefused: naming the id.
    """
    seen: set[str] = set()
    for record in records:
        for key in (record.incident.id, *(file.ref for file in record.files)):
            if key in seen:
                raise refused(
                    QT_TR_NOOP(
                        "Two incident records or evidence files in {archive} have the id {id}; "
                        "the archive may have been changed by hand."
                    ),
                    archive=shown,
                    id=key,
                )
            seen.add(key)


def _entry(
    archive: SafeZip, name: str, revisions: dict[str, tuple[Revision, ...]]
) -> ImportedEntry:
    try:
        front, body = parse_entry_file(archive.read(name, MAX_ENTRY_BYTES))
        entry_id = _id(front.get("id"), _ENTRY_ID)
        files = tuple(_file(archive, row) for row in _list(front.get("attachments")))
        source = optional_text(front.get("source"))
        return ImportedEntry(
            source_id=optional_text(front.get("source_id")) or entry_id,
            fields=_fields(front, body),
            created=aware_time(front.get("created")),
            updated=aware_time(front.get("updated")),
            files=files,
            entry_id=entry_id,
            source=source,
            revisions=revisions.get(entry_id, ()),
        )
    except (ValueError, UnicodeDecodeError) as error:
        raise refused(
            QT_TR_NOOP("The entry {name} in {archive} can't be read: {reason}."),
            name=name,
            archive=archive.path.name,
            reason=error,
        ) from None


def _fields(front: dict[str, object], body: str) -> EntryFields:
    return EntryFields(
        body=body,
        title=text(front.get("title")),
        date=dt.date.fromisoformat(text(front.get("date"))),
        tags=texts(front.get("tags")),
        mood=optional_count(front.get("mood")),
        theme=optional_text(front.get("theme")),
        prompt=optional_text(front.get("prompt")),
        marked=flag(front.get("marked")),
        heavy=flag(front.get("heavy")),
        energy=optional_count(front.get("energy")),
        feeling=optional_text(front.get("feeling")),
        pulls=texts(front.get("pulls")),
    )


def _file(archive: SafeZip, value: object) -> ImportedFile:
    row = mapping(value)
    file_name = text(row.get("file"))
    if not file_name.startswith(ATTACHMENTS) or file_name not in archive.members:
        raise ValueError(
            Said(
                QT_TR_NOOP("its attachment {name} is not in the archive"), {"name": repr(file_name)}
            )
        )
    return ImportedFile(
        ref=_id(row.get("id"), _ATTACHMENT_ID),
        name=text(row.get("name")),
        size=count(row.get("size")),
        read=_checked_reader(
            archive, file_name, _id(row.get("sha256"), _SHA256), Said(QT_TR_NOOP("its entry"))
        ),
        added=aware_time(row["added"]) if row.get("added") is not None else None,
    )


def _checked_reader(archive: SafeZip, name: str, sha256: str, lister: Said) -> Callable[[], bytes]:
    """Reads a file when it is kept, refused unless it is the file that was archived.

    ``lister`` says whose list gave the SHA-256 ("its entry", "its record").
    """

    def read() -> bytes:
        data = archive.read(name, MAX_ATTACHMENT_BYTES)
        if sha256_hexdigest(data) != sha256:
            raise refused(
                QT_TR_NOOP(
                    "{name} in {archive} is damaged: its SHA-256 is not the one {lister} lists."
                ),
                name=name,
                archive=archive.path.name,
                lister=lister,
            )
        return data

    return read


def _id(value: object, pattern: re.Pattern[str]) -> str:
    found = text(value)
    if not pattern.match(found):
        raise ValueError(
            Said(QT_TR_NOOP("{value} is not an id Threshold writes"), {"value": repr(found[:40])})
        )
    return found


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise ValueError(
            Said(QT_TR_NOOP("expected a list, found {value}"), {"value": f"{value!r:.40}"})
        )
    return value
