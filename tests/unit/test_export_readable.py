"""The export list shows each paragraph as its reader sees it (issue 15, finding 6)."""

from __future__ import annotations

import pytest

from app.export.readable import BlockKind, ReadableBlock, readable_block


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "**Sunday** was _hard_,\nand long.",
            ReadableBlock(BlockKind.PARAGRAPH, "Sunday was hard, and long."),
        ),
        ("## What I *noticed*", ReadableBlock(BlockKind.HEADING, "What I noticed")),
        (
            "- tea\n- the long way home\n\n- *writing*",
            ReadableBlock(BlockKind.LIST, "\u2022 tea\n\u2022 the long way home\n\u2022 writing"),
        ),
        ("1. one\n2. two", ReadableBlock(BlockKind.LIST, "1. one\n2. two")),
        (
            "> Acting in my own interest\n> is **allowed**.",
            ReadableBlock(BlockKind.QUOTE, "Acting in my own interest is allowed."),
        ),
        ("```\nkeep **this**\n```", ReadableBlock(BlockKind.CODE, "keep **this**")),
        (
            "a [note](javascript:alert(1)) <b>bold</b> ![x](file:///etc/passwd)",
            ReadableBlock(BlockKind.PARAGRAPH, "a note bold x"),
        ),
    ],
)
def test_markdown_marks_are_gone_and_the_kind_is_kept(block: str, expected: ReadableBlock) -> None:
    assert readable_block(block) == expected


def test_a_block_of_marks_only_still_shows_something() -> None:
    assert readable_block("---").text == "* * *"
    assert readable_block("<br>").text  # never an empty, unrecognisable row
