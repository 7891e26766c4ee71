"""Each paragraph of an entry as its reader will see it, for choosing what leaves.

The export dialog lists an entry's blocks (``app.export.paragraphs``) with a
checkbox each. Raw Markdown there ("**Sunday**", "- tea") is noise to someone
deciding what to share, so each block is shown as the exported text reads:
marks gone, list items with bullets, a quote without its "> ", and a kind
(heading, list, quote, code) the list can show with a quiet style of its own.
The words come from the same renderer as the text export, so what the list
shows is what the therapist will read. A paragraph that is only a picture (or
only a linked document) is a block of its own kind, named by its description,
so it can be left out like any paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from app.export.attachments import REFERENCE
from app.export.render import block_text

_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_QUOTE = re.compile(r" {0,3}>")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})")
_BULLET = re.compile(r"^(\s*)- ", re.MULTILINE)
_QUOTE_MARKS = re.compile(r"^(?:> ?)+", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
# Prose with none of Markdown's marks reads exactly as written (spaces aside); it
# skips the renderer, which costs about a millisecond a paragraph.
_MARKS = re.compile(
    r"[\\`*_\[\]<>#|~!&=]|^\s*(?:[-+]|\d{1,9}[.)])(?:\s|$)|^\s*-{2,}|^ {4}|^\t|^\s*:| {2}\n", re.M
)


class BlockKind(Enum):
    """What kind of block a paragraph is, so the list can show it recognisably."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST = "list"
    QUOTE = "quote"
    CODE = "code"
    PICTURE = "picture"
    DOCUMENT = "document"


@dataclass(frozen=True)
class ReadableBlock:
    """A block's kind and its words as they read (lines kept for list items).

    Attributes:
        attachment: for a picture or document on its own, the attachment's id.
    """

    kind: BlockKind
    text: str
    attachment: str | None = None


def readable_block(block: str) -> ReadableBlock:
    """``block`` (Markdown, as split by ``split_paragraphs``) as its reader sees it."""
    alone = REFERENCE.fullmatch(block.strip())
    if alone:
        mark, description, attachment_id = alone.groups()
        kind = BlockKind.PICTURE if mark else BlockKind.DOCUMENT
        return ReadableBlock(kind, " ".join(description.split()), attachment_id)
    kind = block_kind(block)
    if kind is BlockKind.PARAGRAPH and not _MARKS.search(block):
        return ReadableBlock(kind, " ".join(block.split()))
    text = block_text(block)
    if kind is BlockKind.LIST:
        text = _BULLET.sub("\\1\u2022 ", text)
    elif kind is BlockKind.QUOTE:
        text = _QUOTE_MARKS.sub("", text)
    return ReadableBlock(kind, _BLANK_LINES.sub("\n", text).strip() or block.strip())


def block_kind(block: str) -> BlockKind:
    """The kind, from the block's first line (the way Markdown decides it)."""
    first = block.lstrip("\n").split("\n", 1)[0]
    for pattern, kind in (
        (_FENCE, BlockKind.CODE),
        (_HEADING, BlockKind.HEADING),
        (_QUOTE, BlockKind.QUOTE),
        (_LIST_ITEM, BlockKind.LIST),
    ):
        if pattern.match(first):
            return kind
    return BlockKind.PARAGRAPH
