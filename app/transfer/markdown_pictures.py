"""Pictures a note shows from its folder: found, kept inside the folder, referred to anew.

A note shows a local picture as ``![alt](relative/path.png "title")`` (the path
URL-encoded, ``%20`` for a space) or, in Obsidian, ``![[file.png]]`` and
``![[file.png|300]]``. The path is tried next to the note, then from the chosen
folder, then (for a path that does not climb) by its name anywhere in the folder,
as Obsidian finds it. Nothing is followed out of the folder: a path that climbs
out, an absolute one or one through a link is left as written and counted, as is
a picture that is not there (notes often keep stale links). A picture found
becomes an ``ImportedFile`` read only when the import keeps it, and its reference
becomes ``![alt](attachment:REF)`` (a PDF: ``[name](attachment:REF)``).
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
import stat
import uuid
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from app.media.intake import read_regular_file
from app.records.imports import ImportedFile

PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".pdf"})
# No part of a reference holds "[" (nor a line break): every search stops at the next
# "![", so a line of ten million of them is read once, not once per "![".
_PICTURE = re.compile(
    r"!\[(?P<alt>[^\[\]\n]*)\]\(\s*(?:<(?P<angled>[^\[<>\n]+)>|(?P<plain>[^\[\s)]+))"
    r"(?:\s+(?:\"[^\[\"\n]*\"|'[^\['\n]*'|\([^\[)\n]*\)))?\s*\)"
    r"|!\[\[(?P<wiki>[^\[\]|\n]+)(?:\|(?P<label>[^\[\]\n]*))?\]\]"
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_DRIVE = re.compile(r"[A-Za-z]:[\\/]")
_SIZE = re.compile(r"\s*\d+(?:\s*x\s*\d+)?\s*")
_MISSING = "missing"
_OUTSIDE = "outside"


@dataclass(frozen=True)
class _Found:
    path: Path
    size: int


@dataclass
class FolderPictures:
    """Finds the pictures notes show, inside ``root`` only, and counts those left as written.

    Args:
        root: the chosen folder (a single note's own folder).
        by_name: each picture's file name → its paths in the folder, nearest the top first.
    """

    root: Path
    by_name: dict[str, list[str]] = field(default_factory=dict)
    missing: int = 0
    outside: int = 0

    def attach(self, text: str, masked: str, folder: str) -> tuple[str, tuple[ImportedFile, ...]]:
        """``text`` with every local picture referred to as an attachment, and those files.

        Args:
            text: the note's text.
            masked: the same text with its code blanked (a picture in code stays code).
            folder: the note's folder, relative to ``root`` as POSIX ("" at the top).
        """
        files: dict[Path, ImportedFile] = {}
        pieces: list[str] = []
        done = 0
        for found in _PICTURE.finditer(masked):
            replaced = self._replacement(found, folder, files)
            if replaced is not None:
                pieces += [text[done : found.start()], replaced]
                done = found.end()
        return "".join([*pieces, text[done:]]), tuple(files.values())

    def _replacement(
        self, found: re.Match[str], folder: str, files: dict[Path, ImportedFile]
    ) -> str | None:
        wiki = found["wiki"] is not None
        target = _target(found["wiki"] if wiki else found["angled"] or found["plain"], wiki)
        if target is None:
            return None
        where = self._resolve(target, folder)
        if where == _MISSING:
            self.missing += 1
            return None
        if where == _OUTSIDE:
            self.outside += 1
            return None
        assert isinstance(where, _Found)
        if where.path not in files:
            files[where.path] = ImportedFile(
                ref=uuid.uuid4().hex,
                name=where.path.name,
                size=where.size,
                read=functools.partial(read_regular_file, where.path),
            )
        ref = files[where.path].ref
        if where.path.suffix.lower() == ".pdf":
            return f"[{where.path.name}](attachment:{ref})"
        return f"![{_alt(found)}](attachment:{ref})"

    def _resolve(self, target: str, folder: str) -> _Found | str:
        """The picture ``target`` names, or why there is none (missing, outside)."""
        if target.startswith(("/", "\\", "~")) or _DRIVE.match(target):
            return _OUTSIDE
        beside = posixpath.normpath(posixpath.join(folder, target))
        if beside == ".." or beside.startswith("../"):
            return _OUTSIDE
        seen_link = False
        for relative in dict.fromkeys([beside, posixpath.normpath(target)]):
            if relative == ".." or relative.startswith("../"):
                continue
            where = self._lookup(relative)
            if isinstance(where, _Found):
                return where
            seen_link = seen_link or where == _OUTSIDE
        for relative in self.by_name.get(PurePosixPath(target).name, []):
            where = self._lookup(relative)
            if isinstance(where, _Found):
                return where
        return _OUTSIDE if seen_link else _MISSING

    def _lookup(self, relative: str) -> _Found | str:
        """The regular file at ``relative`` under the root, reached through no link."""
        path = self.root
        status = None
        for part in relative.split("/"):
            path = path / part
            try:
                status = os.lstat(path)
            except (OSError, ValueError):  # ValueError: a NUL (``%00``) no file name holds
                return _MISSING
            if stat.S_ISLNK(status.st_mode):
                return _OUTSIDE
        if status is None or not stat.S_ISREG(status.st_mode):
            return _MISSING
        return _Found(path, status.st_size)


def _target(raw: str, wiki: bool) -> str | None:
    """The file path a reference names, or None when it is no local picture of ours."""
    raw = raw.strip().replace("\\", "/") if wiki else raw.strip()
    if raw[:5].lower() == "file:":
        raw = raw[5:]  # a file address is a path from the disk's top: outside
    elif not wiki and _SCHEME.match(raw) and not _DRIVE.match(raw):
        return None  # a web address, data: or attachment: (already ours)
    target = raw.partition("#")[0]
    target = target if wiki else unquote(target)
    if PurePosixPath(target).suffix.lower() not in PICTURE_SUFFIXES:
        return None
    return target


def _alt(found: re.Match[str]) -> str:
    """The description kept: the Markdown alt text, or an Obsidian label that is no size."""
    if found["wiki"] is None:
        return str(found["alt"])
    label = found["label"] or ""
    return "" if _SIZE.fullmatch(label) else label.strip()
