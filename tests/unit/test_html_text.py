"""Plain text from sanitised HTML: numbered lists keep their numbers; long lines stay linear."""

from __future__ import annotations

import time

from app.export.html_text import html_to_text


def test_a_numbered_list_starts_where_it_was_typed() -> None:
    assert html_to_text('<ol start="1986"><li>The year</li><li>after</li></ol>') == (
        "1986. The year\n1987. after"
    )
    assert html_to_text('<ol start="x"><li>odd</li></ol>') == "1. odd"


def test_a_loose_list_keeps_each_item_on_its_marker_line() -> None:
    """A blank line between items wraps each in <p>: the words stay beside their "-"."""
    from app.export.render import block_text

    assert block_text("- tea\n- the long way home\n\n- writing this down") == (
        "- tea\n- the long way home\n- writing this down"
    )
    assert html_to_text("<ol><li>\n<p>one</p>\n</li><li><p>two</p><p>more</p></li></ol>") == (
        "1. one\n2. two\nmore"
    )


def _seconds(html: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        html_to_text(html)
        best = min(best, time.perf_counter() - started)
    return best


def test_a_line_of_many_pieces_takes_time_in_proportion_to_its_length() -> None:
    """Found by issue 14: each piece was added to a growing string, copying it each time.

    100,000 emphasised words in one paragraph took ~1.5 s; linear, four times the
    text takes about four times as long (it took nine: quadratic).
    """
    piece = "<em>word</em> "
    small = _seconds(f"<p>{piece * 25_000}</p>")
    large = _seconds(f"<p>{piece * 100_000}</p>")
    assert large < 6 * small + 0.05, (small, large)
