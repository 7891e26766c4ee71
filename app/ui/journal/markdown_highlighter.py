"""Gentle Markdown highlighting for the writing surface.

The editor shows the user's own Markdown, so the marks stay visible; this only
hints at what they will do: headings a little larger and bolder, emphasis as
emphasis, quotes and markers in a muted colour, links and list markers in the
soft accent. Nothing loud, nothing that competes with the words.

An attachment's reference, ``![the message](attachment:ID)``, would otherwise be
a long line of hex in the middle of the writing: its description reads as a
link's, and its ``(attachment:…)`` target is set smaller and muted. Only the
format changes; every character stays as it was typed.

Positions: Python counts characters, Qt counts UTF-16 units, so every range is
converted before it is applied (an emoji early in a line would otherwise shift
every format after it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from app.ui.widgets.colours import Colours, current_colours

IN_FENCE = 1
MAX_INLINE_CHARS = 5_000
"""Longer lines get only line-level highlighting, so typing in them stays cheap."""
HEADING_SCALE = {1: 1.25, 2: 1.15, 3: 1.08}
ATTACHMENT_TARGET_SCALE = 0.8
"""An attachment reference's target, relative to the editor's font: there, but quiet."""

# Inline spans are bounded (``{1,300}``), so a line full of unclosed marks costs
# a few milliseconds per keystroke instead of a scan to the end from every mark.
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
_QUOTE = re.compile(r"^ {0,3}>")
_LIST_MARKER = re.compile(r"^[ \t]*([-*+]|\d{1,9}[.)])[ \t]")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_ITALIC = re.compile(
    r"(?<![*\w])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*])\*(?!\*)"  # *italic*
    r"|(?<!\w)_(?=\S)(.{1,300}?)(?<=\S)_(?!\w)"  # _italic_
)
_STRIKE = re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~")
_LINK = re.compile(r"(\[[^\]\n]{1,300}\])(\([^)\s]{0,500}(?:\s+\"[^\"\n]{0,300}\")?\))")
_ATTACHMENT = re.compile(r"(!?\[)([^\]\n]{0,300})(\])(\(attachment:[0-9a-fA-F]{32}\))")
_BARE_URL = re.compile(r"<?(?:https?://|mailto:)[^\s<>]+>?")
_CODE = re.compile(r"(`+)(.{1,300}?)\1")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

_Span = tuple[int, int, QTextCharFormat]


@dataclass
class HighlightFormats:
    """The character formats for one colour scheme."""

    marker: QTextCharFormat
    quote: QTextCharFormat
    accent: QTextCharFormat
    link: QTextCharFormat
    bold: QTextCharFormat
    italic: QTextCharFormat
    strike: QTextCharFormat
    code: QTextCharFormat
    headings: dict[int, QTextCharFormat]
    attachment: QTextCharFormat
    attachment_target: QTextCharFormat


def _coloured(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    return fmt


def build_formats(colours: Colours, base_point_size: float) -> HighlightFormats:
    """Formats from the palette; headings scale from the editor's font size."""
    bold, italic, strike = QTextCharFormat(), QTextCharFormat(), _coloured(colours.muted_text)
    bold.setFontWeight(QFont.Weight.DemiBold)
    italic.setFontItalic(True)
    strike.setFontStrikeOut(True)
    link = _coloured(colours.accent)
    link.setFontUnderline(True)
    code = _coloured(colours.muted_text)
    code.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    headings = {}
    for level in range(1, 7):
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.DemiBold)
        heading.setFontPointSize(base_point_size * HEADING_SCALE.get(level, 1.0))
        headings[level] = heading
    target = _coloured(colours.muted_text)
    target.setFontPointSize(base_point_size * ATTACHMENT_TARGET_SCALE)
    return HighlightFormats(
        marker=_coloured(colours.muted_text),
        quote=_coloured(colours.muted_text),
        accent=_coloured(colours.accent),
        link=link,
        bold=bold,
        italic=italic,
        strike=strike,
        code=code,
        headings=headings,
        attachment=_coloured(colours.accent),
        attachment_target=target,
    )


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown in a document with the theme's quiet colours.

    Args:
        document: the text to highlight.
        base_point_size: the editor font's size, so headings grow from it.
    """

    def __init__(self, document: QTextDocument, base_point_size: float) -> None:
        super().__init__(document)
        self._base_point_size = base_point_size
        self._formats = build_formats(current_colours(), base_point_size)

    def refresh_colours(self) -> None:
        """Pick up the current light or dark colours and highlight again."""
        self._formats = build_formats(current_colours(), self._base_point_size)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Qt calls this for each changed line (a block) of the document."""
        self.setCurrentBlockState(0)
        units = _Utf16(text)
        if self._fenced(text, units) or not text:
            return
        spans = self._line_spans(text)
        if len(text) <= MAX_INLINE_CHARS:
            spans.extend(self._inline_spans(text))
        self._paint(units, spans)

    def _fenced(self, text: str, units: _Utf16) -> bool:
        """Code fences: the fence lines and everything between them, as code."""
        inside = self.previousBlockState() == IN_FENCE
        opens_or_closes = _FENCE.match(text) is not None
        if not (inside or opens_or_closes):
            return False
        if inside != opens_or_closes:
            self.setCurrentBlockState(IN_FENCE)
        self._paint(units, [(0, len(text), self._formats.code)])
        return True

    def _line_spans(self, text: str) -> list[_Span]:
        """Formats that depend on how the line starts: heading, quote, list."""
        formats = self._formats
        heading = _HEADING.match(text)
        if heading:
            level = len(heading.group(1))
            return [
                (0, len(text), formats.headings[level]),
                (heading.start(1), heading.end(1), formats.marker),
            ]
        if _QUOTE.match(text):
            return [(0, len(text), formats.quote)]
        marker = _LIST_MARKER.match(text)
        return [(marker.start(1), marker.end(1), formats.accent)] if marker else []

    def _inline_spans(self, text: str) -> list[_Span]:
        """Emphasis, links and code; nothing inside a code span but the code."""
        formats = self._formats
        code = [(m.start(), m.end(), formats.code) for m in _CODE.finditer(text)]
        masked = _mask(text, code)
        spans: list[_Span] = []
        for pattern, fmt, marks in (
            (_BOLD, formats.bold, 2),
            (_ITALIC, formats.italic, 1),
            (_STRIKE, formats.strike, 2),
        ):
            for found in pattern.finditer(masked):
                start, end = found.span()
                spans.append((start, end, fmt))
                spans.append((start, start + marks, formats.marker))
                spans.append((end - marks, end, formats.marker))
        spans.extend((m.start(), m.end(), formats.accent) for m in _BARE_URL.finditer(masked))
        attachments = self._attachment_spans(masked)
        for found in _LINK.finditer(_mask(masked, attachments)):
            spans.append((found.start(1), found.end(1), formats.link))
            spans.append((found.start(2), found.end(2), formats.marker))
        return spans + attachments + code

    def _attachment_spans(self, text: str) -> list[_Span]:
        """An attachment's reference: its description first, its target small and quiet."""
        formats = self._formats
        spans: list[_Span] = []
        for found in _ATTACHMENT.finditer(text):
            spans.append((found.start(1), found.end(1), formats.marker))
            spans.append((found.start(2), found.end(2), formats.attachment))
            spans.append((found.start(3), found.end(3), formats.marker))
            spans.append((found.start(4), found.end(4), formats.attachment_target))
        return spans

    def _paint(self, units: _Utf16, spans: list[_Span]) -> None:
        """Apply spans, merging where they overlap (later spans win)."""
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        for order, (start, end, _) in enumerate(spans):
            if start >= end:
                continue
            starts.setdefault(start, []).append(order)
            ends.setdefault(end, []).append(order)
        points = sorted(starts.keys() | ends.keys())
        active: set[int] = set()
        for here, following in pairwise(points):
            active.difference_update(ends.get(here, ()))
            active.update(starts.get(here, ()))
            if active:
                fmt = QTextCharFormat()
                for order in sorted(active):
                    fmt.merge(spans[order][2])
                first = units.at(here)
                self.setFormat(first, units.at(following) - first, fmt)


def _mask(text: str, spans: list[_Span]) -> str:
    """The text with the given ranges blanked out, so no pattern matches there."""
    if not spans:
        return text
    pieces, last = [], 0
    for start, end, _ in spans:
        pieces += [text[last:start], " " * (end - start)]
        last = end
    return "".join([*pieces, text[last:]])


class _Utf16:
    """Maps positions in a Python string to positions in its UTF-16 form."""

    def __init__(self, text: str) -> None:
        self._astral = [found.start() for found in _ASTRAL.finditer(text)]

    def at(self, index: int) -> int:
        """The UTF-16 position of the character at ``index``."""
        return index + bisect_left(self._astral, index) if self._astral else index
