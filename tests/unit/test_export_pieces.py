"""Bounded pieces for the PDF: every character kept, in order, and nothing too big."""

from __future__ import annotations

import re

from app.export.pieces import (
    PART_CHARS,
    SEAM,
    TABLE_ROWS,
    TEXT_TABLE_ROWS,
    bounded_batches,
    split_block,
    split_pieces,
)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_small_entries_are_left_alone() -> None:
    blocks = ["One paragraph.", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode\n```"]
    assert bounded_batches(blocks) == [blocks]


def test_long_entries_are_cut_between_blocks_in_order() -> None:
    blocks = [f"Paragraph {n} " + "word " * 400 for n in range(100)]
    batches = bounded_batches(blocks)
    assert len(batches) > 1
    assert [block for batch in batches for block in batch] == blocks
    assert all(sum(len(block) for block in batch) <= PART_CHARS for batch in batches)


def test_one_huge_paragraph_is_cut_at_whitespace() -> None:
    block = " ".join(f"w{n}" for n in range(50_000))
    pieces = split_block(block)
    assert len(pieces) > 1
    assert all(len(piece) <= PART_CHARS for piece in pieces)
    assert " ".join(pieces).split() == block.split()


def test_a_word_longer_than_a_part_is_still_kept_whole_in_characters() -> None:
    block = "x" * (PART_CHARS * 3 + 5)
    assert "".join(split_block(block)) == block


def test_a_big_table_becomes_tables_that_repeat_the_header() -> None:
    header = "| Day | What happened |\n|---|:---|"
    rows = [f"| {n} | said thing {n} |" for n in range(1_000)]
    tables = split_block("\n".join([header, *rows]))
    assert len(tables) >= 1_000 // TABLE_ROWS
    kept: list[str] = []
    for table in tables:
        lines = table.split("\n")
        assert "\n".join(lines[:2]) == header
        assert 0 < len(lines) - 2 <= TABLE_ROWS
        kept += lines[2:]
    assert kept == rows


def test_long_fenced_code_stays_fenced_in_every_piece() -> None:
    code = [f"line {n} " + "x" * 60 for n in range(2_000)]
    pieces = split_block("\n".join(["```python", *code, "```"]))
    assert len(pieces) > 1
    inner: list[str] = []
    for piece in pieces:
        lines = piece.split("\n")
        assert lines[0] == "```python" and lines[-1] == "```"
        inner += lines[1:-1]
    assert inner == code


def test_a_long_list_is_cut_before_an_item_not_inside_one() -> None:
    items = [f"- item {n}\n  continued {n} " + "y" * 80 for n in range(1_000)]
    pieces = split_block("\n".join(items))
    assert len(pieces) > 1
    assert all(piece.startswith("- item") for piece in pieces)
    assert _words(" ".join(pieces)) == _words(" ".join(items))


def test_html_splits_into_its_head_and_parts() -> None:
    head, parts = split_pieces(f"<html><body>one{SEAM}two{SEAM}three</body></html>")
    assert head == "<html><body>"
    assert parts == ["one", "two", "three</body></html>"]
    assert split_pieces("<p>bare</p>") == ("", ["<p>bare</p>"])


def test_a_huge_table_is_set_as_fenced_text_with_every_row() -> None:
    header = "| Day | Said |\n|---|---|"
    rows = [f"| {n} | ``{n}`` said |" for n in range(TEXT_TABLE_ROWS * 3)]
    pieces = split_block("\n".join([header, *rows]))
    kept: list[str] = []
    for piece in pieces:
        lines = piece.split("\n")
        assert lines[0] == lines[-1] == "```"  # longer than any run of backticks inside
        assert "\n".join(lines[1:3]) == header
        kept += lines[3:-1]
    assert kept == rows
