r"""Where a Markdown block's code spans, escapes and autolinks are, as CommonMark reads them.

The export must tell text, where a ``<`` could start a tag in another program,
from code and links, which are kept exactly as written. CommonMark decides
left to right: a backslash escape, a code span, an autolink or a raw HTML tag,
whichever starts first, takes its characters; so a backtick after ``\`` opens
nothing, and a backtick inside an autolink opens nothing. This module follows
that order in one pass (closing backticks are looked up, not searched for), so
a block is judged the way the programs that open the exported file read it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from enum import Enum

_ESCAPABLE = r"!-/:-@\[-`{-~"  # every ASCII punctuation character
_SCAN = re.compile(rf"\\[{_ESCAPABLE}]|`+|<")
_TICKS = re.compile(r"`+")
URI_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^<>\x00-\x20]*>")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
EMAIL_AUTOLINK = re.compile(rf"<[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})*>")


class Kind(Enum):
    """What a token is; everything between tokens is plain text."""

    ESCAPE = "escape"  # a backslash and the punctuation character it escapes
    CODE = "code"  # a code span, backticks included
    TICKS = "ticks"  # backticks that close nothing: plain text
    AUTOLINK = "autolink"  # <scheme:...> or <name@domain>
    HTML = "html"  # a raw HTML construct the caller recognised
    ANGLE = "angle"  # any other "<"


Token = tuple[Kind, int, int]
HtmlEnd = Callable[[str, int], int | None]
KeepLink = Callable[[str], bool]


def tokens(
    text: str, html_end: HtmlEnd | None = None, keep_link: KeepLink | None = None
) -> Iterator[Token]:
    """The block's tokens in order, each as (kind, start, end).

    Args:
        text: one Markdown block.
        html_end: given the text and the index of a ``<``, the end of a raw HTML
            construct starting there, or None; such a construct is one token.
        keep_link: given an autolink's address, whether it stays a link; one
            that does not is scanned as text (its ``<`` an ANGLE token).
    """
    closers = _Closers(text)
    position = 0
    while found := _SCAN.search(text, position):
        start, end = found.span()
        if text[start] == "\\":
            yield Kind.ESCAPE, start, end
        elif text[start] == "`":
            closing = closers.after(end, end - start)
            yield (Kind.TICKS, start, end) if closing is None else (Kind.CODE, start, closing)
            end = closing or end
        else:
            kind, end = _angle(text, start, html_end, keep_link)
            yield kind, start, end
        position = end


def code_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every code span in a block."""
    return [(start, end) for kind, start, end in tokens(text) if kind is Kind.CODE]


def plain_parts(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (part, is code span) pieces, in order."""
    parts: list[tuple[str, bool]] = []
    position = 0
    for start, end in code_spans(text):
        parts += [(text[position:start], False), (text[start:end], True)]
        position = end
    parts.append((text[position:], False))
    return [part for part in parts if part[0]]


def _angle(
    text: str, start: int, html_end: HtmlEnd | None, keep_link: KeepLink | None
) -> tuple[Kind, int]:
    link = URI_AUTOLINK.match(text, start) or EMAIL_AUTOLINK.match(text, start)
    if link and (keep_link is None or keep_link(link.group()[1:-1])):
        return Kind.AUTOLINK, link.end()
    end = html_end(text, start) if html_end else None
    if end is not None:
        return Kind.HTML, end
    return Kind.ANGLE, start + 1


class _Closers:
    """The backtick runs of a text by length, to find a code span's closing run at once."""

    def __init__(self, text: str) -> None:
        self._starts: dict[int, list[int]] = {}
        for run in _TICKS.finditer(text):
            self._starts.setdefault(len(run.group()), []).append(run.start())

    def after(self, position: int, length: int) -> int | None:
        """The end of the first run of exactly ``length`` backticks at or after ``position``."""
        starts = self._starts.get(length, [])
        index = bisect_left(starts, position)
        return starts[index] + length if index < len(starts) else None
