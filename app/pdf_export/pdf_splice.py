"""Replace whole objects of a PDF pypdf wrote, in one pass over its bytes.

A PDF is a header, numbered objects, a cross-reference table giving each
object's byte offset, and a trailer. pypdf writes one table of one section
after the objects, each object once, in order; so an object can be swapped
for another of any length by copying every other object as it is and writing
the table again with the offsets moved. Nothing else changes: the same
object numbers, the same trailer (title, identifiers), no incremental update
left behind for a reader to wonder about.

It refuses (returns None) anything laid out otherwise, for the caller to take
its slower way: this is not a general PDF rewriter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SECTION = re.compile(rb"(\d+) (\d+)\s*?\n")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \n| \r|\r\n)")
_ENTRY_BYTES = 20
_TAIL_BYTES = 1024


def replace_objects(pdf: bytes, bodies: Mapping[int, Sequence[bytes]]) -> bytes | None:
    """``pdf`` with each object numbered in ``bodies`` given that body; None if it can't.

    Args:
        pdf: a PDF as pypdf writes it (one cross-reference table, objects in order).
        bodies: for each object number, what goes between ``N G obj`` and ``endobj``
            (in pieces, joined once with the rest).
    """
    xref_at = _xref_offset(pdf)
    if xref_at is None:
        return None
    table = _table(pdf, xref_at)
    if table is None:
        return None
    entries, trailer_at = table
    order = sorted((offset, number) for number, (offset, _, used) in entries.items() if used)
    if not _laid_out_in_order(pdf, entries, order, xref_at) or not bodies.keys() <= {
        number for _, number in order
    }:
        return None
    pieces: list[bytes | memoryview] = [memoryview(pdf)[: order[0][0]]]
    at = order[0][0]
    moved: dict[int, int] = {}
    ends = [offset for offset, _ in order[1:]] + [xref_at]
    for (offset, number), end in zip(order, ends, strict=True):
        moved[number] = at
        if number in bodies:
            opening = b"%d %d obj\n" % (number, entries[number][1])
            piece: list[bytes | memoryview] = [opening, *bodies[number], b"\nendobj\n"]
        else:
            piece = [memoryview(pdf)[offset:end]]
        pieces += piece
        at += sum(len(part) for part in piece)
    pieces += [_new_table(entries, moved), memoryview(pdf)[trailer_at : _startxref_at(pdf)]]
    pieces.append(b"startxref\n%d\n%%%%EOF\n" % at)
    return b"".join(pieces)


def _xref_offset(pdf: bytes) -> int | None:
    """Where the cross-reference table starts, if the file ends by saying so."""
    found = _STARTXREF.search(pdf, max(0, len(pdf) - _TAIL_BYTES))
    if found is None:
        return None
    at = int(found.group(1))
    return at if pdf[at : at + 4] == b"xref" else None


def _startxref_at(pdf: bytes) -> int:
    return pdf.rindex(b"startxref")


def _table(pdf: bytes, xref_at: int) -> tuple[dict[int, tuple[int, int, bool]], int] | None:
    """Each object number's (offset, generation, in use), and where the trailer starts."""
    entries: dict[int, tuple[int, int, bool]] = {}
    at = xref_at + 4
    while pdf[at : at + 1] in (b"\n", b"\r", b" "):
        at += 1
    while not pdf.startswith(b"trailer", at):
        section = _SECTION.match(pdf, at)
        if section is None:
            return None
        first, count = int(section.group(1)), int(section.group(2))
        at = section.end()
        for index in range(count):
            entry = _ENTRY.match(pdf, at)
            if entry is None:
                return None
            offset, generation, kind = entry.groups()
            entries[first + index] = (int(offset), int(generation), kind == b"n")
            at += _ENTRY_BYTES
        while pdf[at : at + 1] in (b"\n", b"\r", b" "):
            at += 1
    return entries, at


def _laid_out_in_order(
    pdf: bytes,
    entries: Mapping[int, tuple[int, int, bool]],
    order: Sequence[tuple[int, int]],
    xref_at: int,
) -> bool:
    """Whether every object in use starts where the table says, before the table."""
    if not order or order[-1][0] >= xref_at:
        return False
    offsets = [offset for offset, _ in order]
    if len(set(offsets)) != len(offsets):
        return False
    return all(
        pdf.startswith(b"%d %d obj" % (number, entries[number][1]), offset)
        for offset, number in order
    )


def _new_table(entries: Mapping[int, tuple[int, int, bool]], moved: Mapping[int, int]) -> bytes:
    """The cross-reference table again, in one section, with the objects' new offsets."""
    size = max(entries) + 1
    lines = [b"xref\n0 %d\n" % size]
    for number in range(size):
        offset, generation, used = entries.get(number, (0, 65535, False))
        if used:
            lines.append(b"%010d %05d n \n" % (moved[number], generation))
        else:
            lines.append(b"%010d %05d f \n" % (offset, generation))
    return b"".join(lines)
