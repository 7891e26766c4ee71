"""Day One's photos and PDFs found in the export, and what each entry's text says of them.

An entry lists its media (``photos``, ``pdfAttachments``, ``videos``, ``audios``),
each with an ``identifier`` its text links to and the ``md5`` that names its file
in the zip (``photos/<md5>.jpeg``, ``pdfs/<md5>.pdf``). Pictures Threshold keeps
and PDFs become ``ImportedFile`` values, read from the zip only when the import
keeps them; everything else leaves a plain line where it was. A file the export
lists but does not hold refuses the import: that export is incomplete.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass

from app.records.attachments import MAX_ATTACHMENT_BYTES, SCHEME
from app.records.imports import ImportedFile
from app.transfer.dayone_notes import Tally, absent_line, not_kept_line
from app.transfer.dayone_text import MomentRef
from app.transfer.problems import refused
from app.transfer.zipsafe import SafeZip
from app.words import QT_TR_NOOP, Said

ARRAYS = {
    "photos": "photo",
    "pdfAttachments": "pdfAttachment",
    "videos": "video",
    "audios": "audio",
}
"""An entry's media arrays and the kind of item each holds."""
_FOLDERS = {"photo": "photos", "pdfAttachment": "pdfs"}
_PICTURE_TYPES = frozenset({"jpeg", "jpg", "png", "gif", "webp", "bmp"})


@dataclass(frozen=True)
class MediaItem:
    """One item of an entry's media arrays, as far as importing needs it."""

    kind: str
    identifier: str
    md5: str | None
    type: str
    name: str | None = None  # a PDF's own name, when Day One gave one


def media_items(raw: dict[str, object], where: Said) -> list[MediaItem]:
    """The media an entry lists, photos first, in their arrays' order.

    Raises:
        ImportRefused: an array is not a list of objects (``where`` names the entry).
    """
    items: list[MediaItem] = []
    for key, kind in ARRAYS.items():
        listed = raw.get(key) or []
        if not isinstance(listed, list) or not all(isinstance(i, dict) for i in listed):
            raise refused(
                QT_TR_NOOP("{where} has a {key} list Threshold cannot read."), where=where, key=key
            )
        items.extend(_item(kind, found) for found in listed)
    return items


def _item(kind: str, found: dict[str, object]) -> MediaItem:
    def text(key: str) -> str | None:
        value = found.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else None

    return MediaItem(
        kind, text("identifier") or "", text("md5"), (text("type") or "").lower(), text("pdfName")
    )


class MediaLibrary:
    """The export's photo and PDF files by md5; empty for a bare JSON file.

    Args:
        archive: the open export, or None when only its JSON was given.
    """

    def __init__(self, archive: SafeZip | None) -> None:
        self.archive = archive
        self._files: dict[tuple[str, str], str] = {}
        for name in archive.names() if archive else ():
            folder, _, file = name.rpartition("/")
            if folder in _FOLDERS.values():
                self._files.setdefault((folder, file.partition(".")[0].lower()), name)

    def member(self, item: MediaItem) -> str | None:
        """The zip member holding ``item`` (found by its md5), or None."""
        return self._files.get((_FOLDERS[item.kind], (item.md5 or "").lower()))


class EntryMedia:
    """One entry's media, turned into attachments and the Markdown that shows them.

    Args:
        items: the entry's media (``media_items``).
        library: the export's files.
        tally: counts what could not come over.
        where: the entry, for a refusal ("the Day One entry of 2024-05-01 in Journal.json").
    """

    def __init__(
        self, items: list[MediaItem], library: MediaLibrary, tally: Tally, where: Said
    ) -> None:
        self._items = items
        self._library = library
        self._tally = tally
        self._where = where
        self._by_id = {item.identifier: n for n, item in enumerate(items) if item.identifier}
        self._shown: dict[int, str] = {}
        self.files: list[ImportedFile] = []

    def place(self, ref: MomentRef) -> str:
        """The Markdown to put where the text referred to a media item."""
        index = self._by_id.get(ref.identifier)
        if index is None and ref.kind in ("video", "audio"):
            self._tally[ref.kind] += 1
            return not_kept_line(ref.kind)
        if index is None:  # the text links to something the entry does not list
            self._tally["no_file"] += 1
            return absent_line(ref.kind, "no_file")
        if index not in self._shown:
            self._shown[index] = self._markdown(self._items[index], ref.alt)
        return self._shown[index]

    def rest(self) -> list[str]:
        """The Markdown of every item the text never referred to, in order."""
        lines = []
        for index, item in enumerate(self._items):
            if index not in self._shown:
                self._shown[index] = self._markdown(item, "")
                lines.append(self._shown[index])
        return lines

    def _markdown(self, item: MediaItem, alt: str) -> str:
        if item.kind in ("video", "audio"):
            self._tally[item.kind] += 1
            return not_kept_line(item.kind)
        if item.kind == "photo" and item.type and item.type not in _PICTURE_TYPES:
            return self._not_kept(item.type)
        if item.md5 is None:
            self._tally["no_file"] += 1
            return absent_line(item.kind, "no_file")
        if self._library.archive is None:
            self._tally["not_in_json"] += 1
            return absent_line(item.kind, "not_in_json")
        return self._attach(item, alt)

    def _attach(self, item: MediaItem, alt: str) -> str:
        archive = self._library.archive
        assert archive is not None
        name = self._library.member(item)
        if name is None:
            expected = f"{_FOLDERS[item.kind]}/{item.md5}" + (f".{item.type}" if item.type else "")
            raise refused(
                QT_TR_NOOP("{name} is not in {archive}, though {where} shows it."),
                name=expected,
                archive=archive.path.name,
                where=self._where,
            )
        extension = name.rpartition("/")[2].partition(".")[2].lower()
        if item.kind == "photo" and extension not in _PICTURE_TYPES:
            return self._not_kept(extension or "unknown")
        size = archive.members[name].size
        if size > MAX_ATTACHMENT_BYTES:
            self._tally["too_large"] += 1
            return absent_line(item.kind, "too_large")
        shown = _file_name(item, name)
        file = ImportedFile(
            ref=uuid.uuid4().hex,
            name=shown,
            size=size,
            read=functools.partial(archive.read, name, MAX_ATTACHMENT_BYTES),
        )
        self.files.append(file)
        if item.kind == "photo":
            return f"![{_bracketless(alt)}]({SCHEME}{file.ref})"
        return f"[{_bracketless(shown)}]({SCHEME}{file.ref})"

    def _not_kept(self, photo_type: str) -> str:
        self._tally[f"photo_type:{photo_type}"] += 1
        return not_kept_line("photo", photo_type)


def _file_name(item: MediaItem, member: str) -> str:
    """A PDF's own name when Day One kept one, else the file's name in the export."""
    plain = member.rpartition("/")[2]
    if item.kind == "pdfAttachment" and item.name:
        own = item.name.replace("/", " ").replace("\\", " ")
        return own if own.lower().endswith(".pdf") else f"{own}.pdf"
    return plain


def _bracketless(text: str) -> str:
    """Brackets and line breaks dropped, so the Markdown link stays one piece."""
    return " ".join(text.replace("[", "").replace("]", "").split())
