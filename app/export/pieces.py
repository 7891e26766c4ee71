"""Bounded pieces of an export, so no single PDF layout grows past what Qt can hold.

Qt lays a text document out in fixed-point numbers: at the PDF's 1,200 dpi one
document stops at about 675 A4 pages, silently. So the HTML given to
``app.pdf_export`` is cut into parts at ``SEAM`` markers (between entries, and
inside an entry every ``PART_CHARS`` characters of Markdown), and the PDF side
lays out a few parts at a time. A block too big for one part is split where it
keeps its meaning: a table into tables of at most ``TABLE_ROWS`` rows that repeat
the header (a table of more than ``TEXT_TABLE_ROWS`` rows is set as fenced text,
header repeated), fenced code into fenced pieces, anything else between lines
or, for one huge line, at whitespace. No character is dropped or repeated,
except a table's header and a code fence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

SEAM = "<!--seam-->"
"""Where the PDF may start a new layout. An HTML comment: it shows nowhere, and
entry text can't hold one (the sanitiser removes comments, titles are escaped)."""

PART_CHARS = 24_000
"""Markdown characters per part: about seven pages of prose, far below Qt's limit
even for text that needs a line per character (a narrow table column)."""

TABLE_ROWS = 150
"""Rows per table: Qt's table layout and painting grow faster than the row count."""

TEXT_TABLE_ROWS = 1_000
"""Above this many rows a table is set as monospaced text: still every word, in
seconds rather than minutes (a pasted spreadsheet of 100,000 rows)."""

_BACKTICKS = re.compile(r"`+")
_TABLE_RULE = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-*:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def bounded_batches(blocks: Sequence[str], limit: int = PART_CHARS) -> list[list[str]]:
    """``blocks`` in order, grouped so each group holds at most about ``limit`` characters.

    A block over the limit (or a table over ``TABLE_ROWS`` rows) is split into
    several blocks first. Small inputs come back as one group, untouched.
    """
    batches: list[list[str]] = []
    current: list[str] = []
    size = 0
    for block in (piece for whole in blocks for piece in split_block(whole, limit)):
        if current and size + len(block) > limit:
            batches.append(current)
            current, size = [], 0
        current.append(block)
        size += len(block) + 2
    if current:
        batches.append(current)
    return batches


def split_block(block: str, limit: int = PART_CHARS) -> list[str]:
    """One Markdown block as blocks of at most about ``limit`` characters each."""
    lines = block.split("\n")
    if _is_table(lines) and len(lines) - 2 > TEXT_TABLE_ROWS:
        return _table_as_text(lines, limit)
    if _is_table(lines) and (len(lines) - 2 > TABLE_ROWS or len(block) > limit):
        return _split_table(lines, limit)
    if len(block) <= limit:
        return [block]
    fence = _FENCE.match(lines[0])
    if fence and len(lines) > 2:
        return _split_fenced(lines, fence.group(1), limit)
    return ["\n".join(group) for group in _line_groups(lines, limit)]


def _is_table(lines: list[str]) -> bool:
    """A pipe table: a header line with a pipe, then a rule line of dashes and pipes."""
    return len(lines) > 2 and "|" in lines[0] and bool(_TABLE_RULE.match(lines[1]))


def _split_table(lines: list[str], limit: int) -> list[str]:
    """Tables of at most ``TABLE_ROWS`` rows and about ``limit`` characters, each headed."""
    header = lines[:2]
    budget = max(1, limit - sum(len(line) + 1 for line in header))
    tables: list[str] = []
    for group in _line_groups(lines[2:], budget, max_lines=TABLE_ROWS, anywhere=True):
        tables.append("\n".join([*header, *group]))
    return tables


def _table_as_text(lines: list[str], limit: int) -> list[str]:
    """A huge table as fenced text, its header at the top of each piece.

    Qt needs about 0.7 ms a row to lay out and paint a table; as text, a row
    costs a few microseconds, and every cell's words are still there.
    """
    longest = max((len(run) for line in lines for run in _BACKTICKS.findall(line)), default=0)
    fence = "`" * max(3, longest + 1)
    header = lines[:2]
    budget = max(1, limit - sum(len(line) + 1 for line in header))
    return [
        "\n".join([fence, *header, *group, fence])
        for group in _line_groups(lines[2:], budget, anywhere=True)
    ]


def _split_fenced(lines: list[str], fence: str, limit: int) -> list[str]:
    """Fenced code as several fenced blocks with the same opening line."""
    opening = lines[0]
    closed = lines[-1].strip().startswith(fence) and not lines[-1].strip().strip(fence[0])
    inner = lines[1:-1] if closed else lines[1:]
    closing = fence
    return [
        "\n".join([opening, *group, closing]) for group in _line_groups(inner, limit, anywhere=True)
    ]


def _line_groups(
    lines: list[str], limit: int, *, max_lines: int = 0, anywhere: bool = False
) -> Iterator[list[str]]:
    """Consecutive lines, at most ``limit`` characters (and ``max_lines``) per group.

    Unless ``anywhere``, a group ends before a line that starts at the margin when
    it can, so a list item's indented continuation stays with its item. A single
    line over the limit becomes several lines, cut at whitespace.
    """
    current: list[str] = []
    size = 0
    for line in (piece for whole in lines for piece in _cut_line(whole, limit)):
        full = (current and size + len(line) > limit) or (max_lines and len(current) >= max_lines)
        if full:
            keep = len(current) if anywhere else _last_margin_start(current)
            yield current[:keep]
            current = current[keep:]
            size = sum(len(kept) + 1 for kept in current)
        current.append(line)
        size += len(line) + 1
    if current:
        yield current


def _last_margin_start(lines: list[str]) -> int:
    """Where to end a group: before its last line that starts at the margin (not first)."""
    for index in range(len(lines) - 1, 0, -1):
        if lines[index][:1] and not lines[index][:1].isspace():
            return index
    return len(lines)


def _cut_line(line: str, limit: int) -> Iterator[str]:
    """A line as pieces of at most ``limit`` characters, cut after whitespace when it can."""
    while len(line) > limit:
        cut = max(line.rfind(" ", 0, limit), line.rfind("\t", 0, limit))
        cut = cut + 1 if cut > 0 else limit
        yield line[:cut].rstrip()
        line = line[cut:]
    yield line


def split_pieces(html: str) -> tuple[str, list[str]]:
    """``html`` as its head (through ``<body>``) and the body's parts between seams."""
    start = html.find("<body>")
    head_end = start + len("<body>") if start >= 0 else 0
    return html[:head_end], html[head_end:].split(SEAM)
