"""The renderer's near-linear scans give Python-Markdown's own answers; the budget keeps words.

``app.render.inline_limits`` replaces three of Python-Markdown's scans (closing
``]``, closing ``)``, closing backticks) that were quadratic on hostile text. Each
is checked here against the original on random text, both when it settles
nearby and when it answers from its per-text table.
"""

from __future__ import annotations

import re
import time

import markdown  # type: ignore[import-untyped]  # Python-Markdown ships no type hints
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown import inlinepatterns
from markdown.extensions.fenced_code import FencedBlockPreprocessor  # type: ignore[import-untyped]

from app.render import block_limits, inline_limits, markdown_html
from app.render.fence_search import FenceSearch
from app.render.inline_limits import BracketEnds, InlineBudget, ParenEnds, TickEnds
from app.render.markdown_html import render_html
from tests.helpers.markdown import assert_safe

TEXT = st.text(st.sampled_from("[]()'\"` a\n"), max_size=60)
NEARBY = st.sampled_from([0, 1, 2, inline_limits.NEARBY])
_MD = markdown.Markdown()
_MD.convert("ready")  # getLink unescapes through the inline pass's stash, made by a first run


def _positions(text: str, character: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(character), text)]


@settings(max_examples=400, deadline=None)
@given(TEXT, NEARBY)
def test_closing_brackets_are_found_as_python_markdown_finds_them(text: str, nearby: int) -> None:
    original = inlinepatterns.LinkInlineProcessor(inlinepatterns.LINK_RE, _MD).getText
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inline_limits, "NEARBY", nearby)
        ours = BracketEnds(InlineBudget(len(text)))
        for opening in _positions(text, "["):
            expected, found = original(text, opening + 1), ours.get_text(text, opening + 1)
            assert found[2] == expected[2], (text, opening)
            if expected[2]:
                assert found == expected, (text, opening)


@settings(max_examples=400, deadline=None)
@given(TEXT, NEARBY)
def test_link_addresses_end_where_python_markdown_ends_them(text: str, nearby: int) -> None:
    processor = inlinepatterns.LinkInlineProcessor(inlinepatterns.LINK_RE, _MD)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inline_limits, "NEARBY", nearby)
        ours = ParenEnds(InlineBudget(len(text)))
        for opening in _positions(text, "("):
            expected = processor.getLink(text, opening)
            found = ours.get_link(processor.getLink, processor.RE_LINK, text, opening)
            assert found[3] == expected[3], (text, opening)
            if expected[3]:
                assert found == expected, (text, opening)


@pytest.mark.skipif(
    not hasattr(inlinepatterns.BacktickInlineProcessor, "find_code_spans"),
    reason="Python-Markdown before 3.11 pairs backticks with a regular expression",
)
@settings(max_examples=400, deadline=None)
@given(TEXT, NEARBY)
def test_code_spans_close_where_python_markdown_closes_them(text: str, nearby: int) -> None:
    original = inlinepatterns.BacktickInlineProcessor(inlinepatterns.BACKTICK_RE).find_code_spans
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inline_limits, "NEARBY", nearby)
        ours = TickEnds(InlineBudget(len(text)))
        for opening in _positions(text, "`"):
            assert ours.find_code_spans(opening, text) == original(opening, text), (text, opening)


FENCE_TEXT = st.lists(
    st.sampled_from(["```", "````", "~~~", "~~~~", "a", "py", " ", "\n", "{.x}", "`", "~"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(FENCE_TEXT)
def test_fenced_blocks_are_found_as_python_markdown_finds_them(text: str) -> None:
    pattern = FencedBlockPreprocessor.FENCED_BLOCK_RE
    ours = FenceSearch(pattern)
    for index in range(len(text) + 1):
        expected, found = pattern.search(text, index), ours.search(text, index)
        assert (found and found.span()) == (expected and expected.span()), (text, index)


BLOCK_TEXT = st.lists(
    st.sampled_from(
        ["# h", "## h", "***", "---", "===", "> q", ": d", "- i", "1. o", "    c", "[r]: /u",
         "[r]", "text", "|a|b|", "|-|-|", "", " ", "#", ">", "\\#"]
    ),
    max_size=25,
).map("\n".join)  # fmt: skip


def _guarded(patch: pytest.MonkeyPatch) -> None:
    """Render every text with the guards, however short."""
    patch.setattr(markdown_html, "SMALL_TEXT", 0)
    patch.setattr(markdown_html, "SMALL_BLOCK", 0)


@settings(max_examples=300, deadline=None)
@given(BLOCK_TEXT)
def test_block_searches_that_remember_give_the_same_html(text: str) -> None:
    """Skipping the rest of a block already searched changes nothing but the time."""
    with pytest.MonkeyPatch.context() as patch:
        _guarded(patch)
        remembered = render_html(text)
        patch.setattr(block_limits, "SEARCHING_TESTS", ())
        patch.setattr(block_limits, "SEARCHING_RUNS", ())
        assert render_html(text) == remembered


ANY_MARKDOWN = st.lists(
    st.sampled_from(
        ["[", "]", "(", ")", "![", "](", '"', "'", "`", "``", "```", "~~~", "~~", "*", "_",
         "&#x1F600;", "&amp;", "\\", "<", ">", "# ", "> ", "- ", "1. ", "***", "===", ": ",
         "|", "|-|", "    ", "\n", "\n\n", "a", "https://e.org", "[r]: /u "]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(ANY_MARKDOWN)
def test_the_guards_give_the_same_html(text: str) -> None:
    """Short texts are rendered without the guards: it must not show."""
    plain = render_html(text)
    with pytest.MonkeyPatch.context() as patch:
        _guarded(patch)
        assert render_html(text) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(BLOCK_TEXT, max_size=8).map("\n\n".join))
def test_blocks_taken_from_the_front_give_the_same_html(text: str) -> None:
    taken_from_front = render_html(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(block_limits, "MANY_BLOCKS", 0)
        assert render_html(text) == taken_from_front


@given(st.lists(st.tuples(st.sampled_from(["pop", "insert", "get"]), st.integers(-4, 4))))
def test_front_first_behaves_as_a_list(operations: list[tuple[str, int]]) -> None:
    plain, ours = ["a", "b", "c"], block_limits.FrontFirst(["a", "b", "c"])
    for number, (operation, index) in enumerate(operations):
        if operation == "insert":
            plain.insert(index, str(number))
            ours.insert(index, str(number))
        elif not -len(plain) <= index < len(plain):
            with pytest.raises(IndexError):
                ours.pop(index) if operation == "pop" else ours[index]
        elif operation == "pop":
            assert ours.pop(index) == plain.pop(index)
        else:
            assert ours[index] == plain[index]
        assert list(ours) == plain and bool(ours) == bool(plain) and len(ours) == len(plain)


@pytest.mark.slow
def test_hundreds_of_thousands_of_paragraphs_render_in_linear_time() -> None:
    """Found by issue 14's corpus: each paragraph taken with list.pop(0); 400,000 took 25 s."""
    started = time.perf_counter()
    render_html("a\n\n" * 400_000)
    assert time.perf_counter() - started < 20


def test_past_the_block_budget_the_rest_is_one_paragraph_of_its_words() -> None:
    text = "\n".join(f"# w{n}" for n in range(2000))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(block_limits, "WORK_PER_CHARACTER", 0)
        patch.setattr(block_limits, "WORK_FLOOR", 200_000)
        found = assert_safe(render_html(text))
    assert 0 < found.tags.count("h1") < 2000
    assert all(f"w{n}" in found.plain for n in range(2000))


def test_past_the_budget_the_rest_is_shown_as_written() -> None:
    """Formatting stops; no word is lost, and the start is still formatted."""
    text = " ".join(f"*w{n}*" for n in range(3000))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inline_limits, "WORK_PER_CHARACTER", 0)
        patch.setattr(inline_limits, "WORK_FLOOR", 2_000_000)
        found = assert_safe(render_html(text))
    assert found.tags.count("em") < 3000
    assert found.plain.startswith("w0 w1")
    assert all(f"w{n}" in found.plain for n in range(3000))


@pytest.mark.parametrize(
    "text",
    [
        "[" * 60_000 + "](" * 15_000,
        "![a](" * 10_000,
        ']("' * 10_000 + ")",
        "``a`" * 20_000,
        "&#x1F600;" * 100_000,
        "*a* " * 100_000,
        "`a` " * 100_000,
        "x ~~d " * 20_000,
        "~~~~a\n" * 20_000,
        "```\n<b>\n" * 50_000,
        "***\n" * 80_000,
        "x\n===\n" * 100_000,
        "# h\n" * 300_000,
        "> q\nx\n" * 20_000,
    ],
    ids=[
        "brackets", "images", "quoted", "backticks", "entities", "emphasis", "code", "strike",
        "fences", "fenced-blocks", "rules", "setext", "headings", "quotes",
    ],
)  # fmt: skip
def test_thousands_of_matches_render_quickly(text: str) -> None:
    """Each took 9 s to minutes before (quadratic); now a fraction of a second (fenced
    blocks about two: Python-Markdown's own cost per block)."""
    started = time.perf_counter()
    assert_safe(render_html(text))
    assert time.perf_counter() - started < 6.0
