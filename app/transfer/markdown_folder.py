"""A folder of Markdown notes (one file per entry, or Obsidian and Logseq daily notes).

The folder is walked without following a link (a linked note or folder is
skipped and counted) and without its hidden folders (``.obsidian``, ``.trash``,
``.git``) or Logseq's own ``logseq`` folder of settings and backups. Every
``.md`` or ``.markdown`` file is a note; a single such file is a source too. The
sizes are judged before a note is read: more than ``MAX_NOTES`` notes, a note
over ``MAX_BODY_BYTES`` or more than ``MAX_TOTAL_BYTES`` in all is refused.

Each note keeps its text exactly as written, without front matter whose every
field the entry keeps (title, date, tags, star; see ``markdown_notes.left_out``
for why other front matter stays); its date is the front matter's, else the one
in its name, else the file's time; its id is a digest of its file's name and its
words (``_source_id``), so importing the folder again, or another holding the
same note, adds only new notes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import posixpath
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.records.entries import EntryFields
from app.records.imports import (
    ImportBatch,
    ImportedEntry,
    ImportNotice,
    ImportOptions,
    SourceKind,
)
from app.storage.validation import MAX_BODY_BYTES
from app.transfer import markdown_notes as notes
from app.transfer.local_files import (
    MIB,
    notice,
    read_text,
    tags_left_in_text,
    too_large,
    usable_tags,
)
from app.transfer.markdown_pictures import PICTURE_SUFFIXES, FolderPictures
from app.transfer.problems import refused
from app.transfer.sources import MARKDOWN_SUFFIXES, Stack
from app.words import QT_TR_NOOP, Said

MAX_NOTES = 100_000
MAX_TOTAL_BYTES = 1024 * MIB


@dataclass(frozen=True)
class _Note:
    relative: str  # its path in the folder, POSIX: how a refusal names it
    path: Path
    status: os.stat_result


@dataclass
class _Walk:
    """What walking the folder found: notes, pictures by name, links skipped."""

    notes: list[_Note] = field(default_factory=list)
    pictures: dict[str, list[str]] = field(default_factory=dict)
    links: int = 0
    total: int = 0


@dataclass
class _Counts:
    unreadable_dates: int = 0
    crowded_tags: int = 0
    front_matter_in_text: int = 0


def read_markdown(path: Path, options: ImportOptions, stack: Stack) -> ImportBatch:
    """Every note in the folder at ``path`` (or the one note ``path`` is).

    Raises:
        ImportRefused: no notes, over a limit, or a note that cannot be read or is
            not UTF-8 text.
    """
    del options, stack  # nothing to choose; files are opened only while read
    chosen = path.resolve()  # the person chose it, link or not; nothing inside is followed
    if chosen.is_dir():
        walk = _walk(chosen)
        root = chosen
    else:
        walk = _one_note(chosen)
        root = chosen.parent
    if not walk.notes:
        raise refused(
            QT_TR_NOOP("{name} holds no Markdown notes (.md or .markdown files)."), name=path.name
        )
    pictures = FolderPictures(root, walk.pictures)
    counts = _Counts()
    batch = ImportBatch(SourceKind.MARKDOWN)
    for note in sorted(walk.notes, key=lambda note: note.relative):
        batch.entries.append(_entry(note, pictures, counts))
    batch.notices.extend(_notices(walk, pictures, counts))
    return batch


def _one_note(path: Path) -> _Walk:
    if path.suffix.lower() not in MARKDOWN_SUFFIXES or not path.is_file():
        return _Walk()
    status = path.stat()
    _check_size(path.name, status.st_size)
    return _Walk(notes=[_Note(path.name, path, status)], total=status.st_size)


def _walk(root: Path) -> _Walk:
    found = _Walk()
    folders = [("", root)]
    while folders:
        relative, folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                items = list(listing)
        except OSError as error:
            raise refused(
                QT_TR_NOOP("The folder {name} could not be read."), name=relative or root.name
            ) from error
        for item in items:
            if not item.name.startswith("."):
                _visit(item, f"{relative}/{item.name}" if relative else item.name, found, folders)
    for places in found.pictures.values():
        places.sort(key=lambda place: (place.count("/"), place))  # nearest the top first
    return found


def _visit(
    item: os.DirEntry[str], relative: str, found: _Walk, folders: list[tuple[str, Path]]
) -> None:
    """Take in one thing the folder holds: a note, a picture, a folder to walk, a link."""
    suffix = os.path.splitext(item.name)[1].lower()
    if item.is_symlink():
        found.links += suffix in MARKDOWN_SUFFIXES or item.is_dir()
    elif item.is_dir(follow_symlinks=False):
        if not _is_settings_folder(item):
            folders.append((relative, Path(item.path)))
    elif not item.is_file(follow_symlinks=False):
        return
    elif suffix in MARKDOWN_SUFFIXES:
        status = item.stat(follow_symlinks=False)
        _check_size(relative, status.st_size)
        found.notes.append(_Note(relative, Path(item.path), status))
        found.total += status.st_size
        if len(found.notes) > MAX_NOTES or found.total > MAX_TOTAL_BYTES:
            raise refused(
                QT_TR_NOOP(
                    "The folder holds more than {count} notes or {size} MB of them; "
                    "import its folders one at a time."
                ),
                count=MAX_NOTES,
                size=MAX_TOTAL_BYTES // MIB,
            )
    elif suffix in PICTURE_SUFFIXES:
        found.pictures.setdefault(item.name, []).append(relative)


def _is_settings_folder(item: os.DirEntry[str]) -> bool:
    """Logseq's ``logseq`` folder: its settings, and backups of notes (not notes)."""
    return item.name == "logseq" and os.path.isfile(os.path.join(item.path, "config.edn"))


def _check_size(shown: str, size: int) -> None:
    if size > MAX_BODY_BYTES:
        raise too_large(shown, size, Said(QT_TR_NOOP("a note")), MAX_BODY_BYTES)


def _entry(note: _Note, pictures: FolderPictures, counts: _Counts) -> ImportedEntry:
    text = read_text(
        note.path, note.relative, what=Said(QT_TR_NOOP("a note")), limit=MAX_BODY_BYTES
    )
    front = notes.split_front_matter(text)
    fields = front.fields
    masked = notes.code_masked(front.text)
    body, files = pictures.attach(front.text, masked, posixpath.dirname(note.relative))
    if front.not_yaml or notes.left_out(front):
        body = front.block + body  # words the entry has no field for stay where written
        counts.front_matter_in_text += 1
    tags, crowded = usable_tags([*notes.front_matter_tags(fields), *notes.text_tags(masked)])
    counts.crowded_tags += crowded
    when, unreadable = notes.front_matter_time(fields)
    counts.unreadable_dates += unreadable
    modified = dt.datetime.fromtimestamp(note.status.st_mtime).astimezone()
    stem = posixpath.splitext(posixpath.basename(note.relative))[0]
    if isinstance(when, dt.datetime):
        day, created = when.date(), when
    else:
        day, created = when or notes.date_in_name(stem) or modified.date(), modified
    entry_fields = EntryFields(
        body=body,
        title=notes.note_title(fields, stem),
        date=day,
        tags=tags,
        marked=notes.is_marked(fields),
    )
    source_id = _source_id(note.relative, day, text)
    return ImportedEntry(source_id, entry_fields, created, modified, files)


def _source_id(relative: str, day: dt.date, text: str) -> str:
    """32 hex digits naming a note by its file's name, its day and its words.

    Its path cannot name it: two vaults (or a folder and, later, its parent) both
    hold ``2024-01-05.md``, and the path from the chosen folder changes with the
    folder chosen. The name, the day and the words do not: the same note is
    skipped wherever it is found again, while a different note of the same name
    comes in, and so does an ``Untitled.md`` with the same words written on
    another day (two incidents, not one). A note whose words changed since is
    new, and comes in beside the first: the new words are kept rather than
    skipped as "already in the journal".
    """
    name = unicodedata.normalize("NFC", posixpath.basename(relative))  # as macOS or Linux spells it
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass"))  # a name not UTF-8, too
    for part in (day.isoformat(), text):  # "\x00" is in no file name and no note
        digest.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _notices(walk: _Walk, pictures: FolderPictures, counts: _Counts) -> list[ImportNotice]:
    counted = {
        "links": walk.links,
        "missing": pictures.missing,
        "outside": pictures.outside,
        "dates": counts.unreadable_dates,
        "front_matter": counts.front_matter_in_text,
    }
    notices = [notice(_NOTICES[key], count=count) for key, count in counted.items() if count]
    if counts.crowded_tags:
        notices.append(tags_left_in_text(counts.crowded_tags))
    return notices


_NOTICES = {
    "links": QT_TR_NOOP("Links to other notes or folders skipped (no link is followed): {count}."),
    "missing": QT_TR_NOOP(
        "Pictures the notes show that are not in the folder: {count}; "
        "their references stay as written."
    ),
    "outside": QT_TR_NOOP(
        "Pictures outside the folder or behind a link, not attached: {count}; "
        "their references stay as written."
    ),
    "dates": QT_TR_NOOP(
        "Notes whose front matter date could not be read: {count}; "
        "the date in the file's name, or the file's time, is used."
    ),
    "front_matter": QT_TR_NOOP(
        "Notes whose front matter holds more than a title, date, tags and star, "
        "or is not YAML names and values: {count}; it stays at the top of their text, as written."
    ),
}
