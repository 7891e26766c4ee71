"""Splitting an entry into the blocks the export dialog lets the user leave out."""

from __future__ import annotations

from app.export.paragraphs import split_paragraphs


def test_blocks_are_separated_by_blank_lines() -> None:
    body = "First line\nstill first.\n\n\nSecond.\n\n# A heading\n\nThird."
    assert split_paragraphs(body) == [
        "First line\nstill first.",
        "Second.",
        "# A heading",
        "Third.",
    ]


def test_a_fenced_code_block_with_blank_lines_stays_one_block() -> None:
    body = "Before.\n\n```\ncode\n\nmore code\n```\n\nAfter."
    assert split_paragraphs(body) == ["Before.", "```\ncode\n\nmore code\n```", "After."]


def test_an_unclosed_fence_keeps_the_rest_together() -> None:
    assert split_paragraphs("A.\n\n~~~\nx\n\ny") == ["A.", "~~~\nx\n\ny"]


def test_a_loose_list_stays_one_block() -> None:
    body = "Intro.\n\n- one\n\n- two\n\n    continued\n\n1. other\n\nAfter."
    assert split_paragraphs(body) == [
        "Intro.",
        "- one\n\n- two\n\n    continued\n\n1. other",
        "After.",
    ]


def test_indices_are_stable_and_windows_line_endings_are_the_same() -> None:
    body = "a\r\n\r\nb\r\n\r\nc"
    assert split_paragraphs(body) == split_paragraphs("a\n\nb\n\nc") == ["a", "b", "c"]
    assert split_paragraphs(body) == split_paragraphs(body)


def test_empty_and_blank_bodies_have_no_blocks() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs("\n \n\t\n") == []


def test_many_blank_lines_in_a_list_are_fast() -> None:
    body = "- a" + "\n" * 200_000 + "- b"
    assert len(split_paragraphs(body)) == 1
