"""Plain text from the sanitised HTML of an entry: Markdown marks removed sensibly.

Going through the renderer's HTML (rather than stripping ``*`` and ``#`` with
patterns) means lists, quotes, tables and code come out the way they read:
bullets and numbers, "> " quotes, cells separated by " | ", code as written.
Only allow-listed tags reach this parser, so it knows each of them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from app.export.markdown_safety import is_safe_url

_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "dl", "hr"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
INDENT = "  "


def _start(value: str | None) -> int:
    """An ordered list's first number (``start``), 1 when missing or odd."""
    return int(value) if value and value.isdecimal() and len(value) < 10 else 1


def html_to_text(html: str) -> str:
    """The text of an HTML fragment, one blank line between blocks."""
    writer = _TextWriter()
    writer.feed(html)
    writer.close()
    return writer.text()


class _TextWriter(HTMLParser):
    """Collects lines while walking the allow-listed tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[str] = []
        self._line = _Line()
        self._lists: list[int | None] = []  # None for bullets, else the next number
        self._quote = 0
        self._pre = 0
        self._cells: list[str] | None = None
        self._href: list[tuple[str | None, int]] = []  # each open link's address and start
        self._fresh_item = False  # a list item's marker is written, none of its words yet

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p" and self._fresh_item:
            return  # a loose list's item: its first paragraph goes after the marker
        if tag in _BLOCKS or tag in {"ul", "ol", "blockquote"}:
            self._break(blank=not self._lists)
        if tag == "pre":
            self._pre += 1
        elif tag == "ul":
            self._lists.append(None)
        elif tag == "ol":
            self._lists.append(_start(dict(attrs).get("start")))
        elif tag == "li":
            self._start_item()
        elif tag == "blockquote":
            self._quote += 1
        elif tag in {"br", "dt", "dd"}:
            self._break()
        elif tag == "tr":
            self._cells = []
        elif tag in {"td", "th"} and self._cells is not None:
            self._flush_cell()
        elif tag == "a":
            self._href.append((dict(attrs).get("href"), self._line.mark()))
        elif tag == "hr":
            self._lines.append("* * *")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._end_link()
        elif tag in {"td", "th"} and self._cells is not None:
            self._flush_cell()
        elif tag == "tr" and self._cells is not None:
            row, self._cells = self._cells, None
            self._line.set(" | ".join(cell for cell in row))
            self._break()
        elif tag in {"ul", "ol"} and self._lists:
            self._break()
            self._lists.pop()
        elif tag == "blockquote":
            self._break()
            self._quote = max(0, self._quote - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
            self._break()
        elif tag in _BLOCKS or tag == "li":
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._pre:
            data = _SPACES.sub(" ", data)
            if self._line.blank or self._fresh_item:
                data = data.lstrip()
        self._fresh_item = self._fresh_item and not data.strip()
        if self._pre and "\n" in data:
            *complete, rest = data.split("\n")
            for part in complete:
                self._line.add(part)
                self._break()
            data = rest
        self._line.add(data)

    def text(self) -> str:
        """Everything written, without trailing blank lines."""
        self._break()
        return "\n".join(self._lines).strip("\n")

    def _start_item(self) -> None:
        self._break()
        depth = max(0, len(self._lists) - 1)
        number = self._lists[-1] if self._lists else None
        if number is None:
            marker = "- "
        else:
            marker = f"{number}. "
            self._lists[-1] = number + 1
        self._line.set(INDENT * depth + marker)
        self._fresh_item = True

    def _flush_cell(self) -> None:
        assert self._cells is not None
        cell = self._line.take().strip()
        if cell:
            self._cells.append(cell)

    def _end_link(self) -> None:
        href, start = self._href.pop() if self._href else (None, 0)
        if not href or not is_safe_url(href) or href.startswith("mailto:"):
            return
        if href not in self._line.since(start):
            self._line.add(f" ({href})")

    def _break(self, blank: bool = False) -> None:
        """End the current line; ``blank`` also leaves an empty line before the next."""
        self._fresh_item = False
        line = self._line.take()
        line = line if self._pre else line.rstrip()
        if line.strip() or (self._pre and line):
            prefix = "> " * self._quote
            self._lines.append(prefix + line)
        if blank and self._lines and self._lines[-1] != "":
            self._lines.append("")


class _Line:
    """The line being written, kept in pieces: joined once, not once per piece.

    A paragraph of 100,000 emphasised words arrives in 200,000 pieces; adding
    each to a growing string copied the whole line every time.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.blank = True  # nothing but white space so far

    def add(self, text: str) -> None:
        """Append ``text``."""
        if text:
            self._parts.append(text)
            self.blank = self.blank and not text.strip()

    def set(self, text: str) -> None:
        """Start the line again with ``text``."""
        self._parts = []
        self.blank = True
        self.add(text)

    def take(self) -> str:
        """The whole line; the line is empty afterwards."""
        text = "".join(self._parts)
        self.set("")
        return text

    def mark(self) -> int:
        """A position to ask ``since`` about later."""
        return len(self._parts)

    def since(self, mark: int) -> str:
        """What was added after ``mark``."""
        return "".join(self._parts[mark:])
