"""The export list shows each paragraph as its reader sees it (issue 15, finding 6)."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.export.readable import _MARKS, BlockKind, ReadableBlock, readable_block
from app.export.render import block_text


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


_PROSE = st.text(
    alphabet=st.sampled_from(
        list(string.ascii_letters + string.digits + " .,;:'\"?()/-+%$@^{}\n\t\u00e9\u2026")
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=300)
@given(block=_PROSE)
def test_plain_prose_reads_as_the_renderer_reads_it(block: str) -> None:
    """Property: the shortcut for prose without marks agrees with the full renderer."""
    assume(block.strip() and "\n\n" not in block.strip("\n"))
    block = block.strip("\n")
    shown = readable_block(block)
    if shown.kind is BlockKind.PARAGRAPH:
        assert shown.text == " ".join(block_text(block).split()) or _MARKS.search(block)
