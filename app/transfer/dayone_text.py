r"""Day One's words as the person wrote them: escapes undone, media references found.

Day One exports Markdown with punctuation escaped (``1\. item``, ``\- not a
list``) and a real backslash doubled (``\\``). Read left to right, a backslash
before ASCII punctuation stands for that character, so one pass undoes exactly
what the export did: ``\\.`` is a backslash and a dot, never an escaped dot.
The same pass finds ``![](dayone-moment://ID)`` references, so an escaped
``\![]…`` the person typed is text, not a picture. An entry with no ``text``
key may still carry ``richText`` (a JSON document); its words are plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeAlias

from app.transfer.local_files import json_value

_PUNCTUATION = r"!-/:-@\[-`{-~"  # every ASCII punctuation character, as a regex class body
_ESCAPE = re.compile(rf"\\([{_PUNCTUATION}])")
_TOKEN = re.compile(
    rf"\\(?P<char>[{_PUNCTUATION}])"
    r"|!\[(?P<alt>(?:[^\[\]\\]|\\.)*)\]"  # an alt stops at a bracket: linear on "![![…"
    r"\(dayone-moment:/{1,2}(?:(?P<kind>photo|video|audio|pdfAttachment)/)?"
    r"(?P<id>[A-Za-z0-9_-]+)\)"
)


@dataclass(frozen=True)
class MomentRef:
    """Where an entry's text shows one of its media items.

    Attributes:
        kind: ``photo``, ``video``, ``audio`` or ``pdfAttachment``, as the link said.
        identifier: the item's ``identifier`` in the entry's media arrays.
        alt: the description the link gave (unescaped; usually empty).
    """

    kind: str
    identifier: str
    alt: str = ""


Part: TypeAlias = str | MomentRef
"""A piece of an entry's text: plain words, or a reference to a media item."""


def unescape(text: str) -> str:
    """``text`` with Day One's backslash escapes undone (a doubled backslash is one)."""
    return _ESCAPE.sub(r"\1", text)


def markdown_parts(text: str) -> list[Part]:
    """Day One's Markdown as unescaped words and the media references between them."""
    parts: list[Part] = []
    words: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        words.append(text[position : match.start()])
        position = match.end()
        if match["char"] is not None:
            words.append(match["char"])
            continue
        parts.append("".join(words))
        words = []
        parts.append(MomentRef(match["kind"] or "photo", match["id"], unescape(match["alt"])))
    words.append(text[position:])
    parts.append("".join(words))
    return [part for part in parts if part != ""]


def rich_parts(rich: str) -> list[Part] | None:
    """The words (and embedded media) of Day One's ``richText``; None when unreadable.

    Its ``contents`` are pieces with ``text``, or ``embeddedObjects`` naming media
    by ``type`` and ``identifier``; nothing in it is escaped.
    """
    try:
        document = json_value(rich)
    except ValueError:  # not JSON, too deep, a number too long, a broken character
        return None
    contents = document.get("contents") if isinstance(document, dict) else None
    if not isinstance(contents, list):
        return None
    parts: list[Part] = []
    for piece in contents:
        if not isinstance(piece, dict):
            continue
        if isinstance(piece.get("text"), str):
            parts.append(piece["text"])
        for thing in piece.get("embeddedObjects") or ():
            if isinstance(thing, dict) and isinstance(thing.get("identifier"), str):
                parts.append(MomentRef(_rich_kind(thing.get("type")), thing["identifier"]))
    return parts


def _rich_kind(kind: object) -> str:
    return {"video": "video", "audio": "audio", "pdf": "pdfAttachment"}.get(str(kind), "photo")
