"""Day One's media references are found in one pass, however many ``![`` the text holds."""

from __future__ import annotations

from app.transfer.dayone_text import MomentRef, markdown_parts


def test_an_alt_with_escaped_brackets_is_still_a_reference() -> None:
    parts = markdown_parts(r"a ![my \[x\] pic](dayone-moment://P1) b")
    assert parts == ["a ", MomentRef("photo", "P1", "my [x] pic"), " b"]


def test_openings_that_never_close_stay_as_text() -> None:
    text = "![a" * 1000 + "![](dayone-moment://P1)"
    assert markdown_parts(text) == ["![a" * 1000, MomentRef("photo", "P1")]
