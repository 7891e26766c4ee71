"""Split an entry's Markdown into the blocks the user can leave out of an export.

The dialog shows one checkbox per block and stores exclusions by index, so the
split must be deterministic for the same body. A fenced code block and a list
stay one block even when they hold blank lines: cutting one in half would
change how the rest renders.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_INDENTED = re.compile(r"^(?: {2,}|\t)\S")


def split_paragraphs(body: str) -> list[str]:
    """Markdown blocks separated by blank lines, without surrounding blank lines.

    Args:
        body: an entry's text, exactly as stored.

    Returns:
        The blocks in order; joining them with blank lines gives the same Markdown.
    """
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[str] = []
    current: list[str] = []
    fence: str | None = None
    following = _next_text(lines)
    for index, line in enumerate(lines):
        if fence is not None:
            current.append(line)
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening.group(1)
            current.append(line)
        elif line.strip():
            current.append(line)
        elif current and not _list_continues(current, following[index]):
            blocks.append(_finish(current))
            current = []
        elif current:
            current.append(line)
    if current:
        blocks.append(_finish(current))
    return [block for block in blocks if block]


def _next_text(lines: list[str]) -> list[str | None]:
    """For each line, the next non-blank line after it (one pass, not one per blank)."""
    following: list[str | None] = [None] * len(lines)
    upcoming: str | None = None
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if lines[index].strip():
            upcoming = lines[index]
    return following


def _list_continues(current: list[str], following: str | None) -> bool:
    """Whether a blank line sits inside a list (the next text is an item or indented)."""
    if following is None or not _LIST_ITEM.match(current[0]):
        return False
    return bool(_LIST_ITEM.match(following) or _INDENTED.match(following))


def _finish(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n").rstrip()
