"""Check a TOML file's shape before Python's TOML reader sees it.

``tomllib`` reads nested arrays and inline tables by recursion, so a pack of
``[[[[...`` a few thousand deep raises RecursionError; and it keeps every prefix
of a dotted key (``a.a.a...``), so one line of 100,000 parts needs gigabytes
(issue 14 found both, through the importer). No prompt pack needs more than a
list of strings in a table, so this one pass over the text refuses anything
nested or dotted beyond generous bounds, naming the line.
"""

from __future__ import annotations

import re

from app.words import QT_TR_NOOP

MAX_NESTING = 8
"""Arrays and inline tables inside one another (a pack needs one: a list of strings)."""
MAX_KEY_PARTS = 8
"""Parts of one dotted key or table name (``[a.b.c]`` has three; a pack needs one)."""
TOO_DEEP = QT_TR_NOOP(
    "lists or tables are nested more than {depth} deep here; a pack needs no nesting."
)
TOO_DOTTED = QT_TR_NOOP("a key here has more than {parts} dotted parts; a pack's keys have one.")

_MARK = re.compile(r"\"\"\"|'''|[\"'#\n\[\]{}=,.]")
_STRING_END = {
    '"': re.compile(r'(?:[^"\\\n]|\\.)*"'),
    "'": re.compile(r"[^'\n]*'"),
    # A multi-line string may end with one or two more quotes than its closing three.
    '"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""(?:"{1,2})?', re.DOTALL),
    "'''": re.compile(r"(?:[^']|'(?!''))*'''(?:'{1,2})?"),
}


class ShapeError(ValueError):
    """The text nests or dots deeper than a pack may.

    The reader says which, in the person's words (``TOO_DEEP``, ``TOO_DOTTED``).

    Attributes:
        line: where (1-based).
    """

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}")
        self.line = line


class TooDeep(ShapeError):
    """Arrays or inline tables nest more than ``MAX_NESTING`` deep."""


class TooDotted(ShapeError):
    """A key or table name has more than ``MAX_KEY_PARTS`` dotted parts."""


def check_shape(text: str) -> None:
    """Raise ``ShapeError`` if ``text`` nests or dots keys beyond the bounds.

    Strings and comments are skipped as TOML reads them; a string left open
    ends the scan (the TOML reader then names the real problem).
    """
    scan = _Scan(text)
    position = 0
    while found := _MARK.search(text, position):
        position = scan.take(found.group(), found.start(), found.end())
        if position < 0:
            return


class _Scan:
    """Where the scan is: inside which brackets, and in a key or a value."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._open: list[str] = []  # "[" and "{" of values, innermost last
        self._in_value = False
        self._key_parts = 1

    def take(self, mark: str, start: int, end: int) -> int:
        """Take one mark; return where to scan from next (-1: stop)."""
        if mark in _STRING_END:
            found = _STRING_END[mark].match(self._text, end)
            return found.end() if found else -1
        if mark == "#":
            newline = self._text.find("\n", end)
            return newline if newline >= 0 else -1
        self._structure(mark, start)
        return end

    def _structure(self, mark: str, start: int) -> None:
        if mark == "\n" and not self._open:
            self._in_value, self._key_parts = False, 1
        elif mark == "=" and not self._in_value:
            self._in_value = True
        elif mark == "." and not self._in_value:
            self._key_parts += 1
            if self._key_parts > MAX_KEY_PARTS:
                raise TooDotted(self._line(start))
        elif mark in "[{" and self._in_value:
            self._open.append(mark)
            if len(self._open) > MAX_NESTING:
                raise TooDeep(self._line(start))
            if mark == "{":
                self._in_value, self._key_parts = False, 1
        elif mark in "]}" and self._open:
            self._open.pop()
            self._in_value = True
        elif mark == "," and self._open and self._open[-1] == "{":
            self._in_value, self._key_parts = False, 1

    def _line(self, position: int) -> int:
        return self._text.count("\n", 0, position) + 1
