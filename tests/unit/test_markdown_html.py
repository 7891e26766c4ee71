"""The Markdown renderer: plain Markdown renders, hostile input never runs or fetches."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.render.markdown_html import (
    MAX_DEPTH,
    flatten_deep_nesting,
    render_html,
    sanitise_html,
)
from tests.helpers.markdown import MARKDOWN_PIECES, Collected, assert_safe

# ------------------------------------------------------------------ plain Markdown


def test_plain_markdown_renders() -> None:
    text = (
        "# Tonight\n\n## Smaller\n\nI said *no* and it was **mine** to say. ~~Sorry~~\n\n"
        "> You don't owe anyone an explanation.\n\n"
        "- one\n- two\n\n1. first\n2. second\n\n"
        "Some `inline code` here.\n\n```\nfenced <b>code</b>\n```\n\n---\n\n"
        "Term\n: What it means\n"
    )
    found = assert_safe(render_html(text))
    for tag in ("h1", "h2", "em", "strong", "del", "blockquote", "ul", "ol", "li"):
        assert tag in found.tags
    for tag in ("code", "pre", "hr", "dl", "dt", "dd"):
        assert tag in found.tags
    assert "fenced <b>code</b>" in found.plain
    assert "You don't owe anyone an explanation." in found.plain


def test_web_and_mail_links_stay_and_never_open_a_new_context() -> None:
    html = render_html("[a](https://example.org) [b](http://e.org) <me@example.org>")
    found = assert_safe(html)
    hrefs = [value for _, name, value in found.attributes if name == "href"]
    assert hrefs == ["https://example.org", "http://e.org", "mailto:me@example.org"]
    assert html.count('rel="noopener noreferrer"') == 3


def test_a_list_keeps_the_number_it_starts_from() -> None:
    """Found by issue 14's fuzzing: "1986. The year..." showed as "1." everywhere."""
    found = assert_safe(render_html("1986. The year it started.\n\nThen\n\n3. three\n4. four"))
    assert ("ol", "start", "1986") in found.attributes and ("ol", "start", "3") in found.attributes


def test_an_escaped_angle_bracket_shows_without_its_backslash() -> None:
    """``\\<`` is "<" in Markdown (CommonMark); the exports write words in brackets so."""
    assert Collected(render_html("Dear \\<name>, \\<you>")).plain == "Dear <name>, <you>"


def test_half_of_a_surrogate_pair_shows_as_a_replacement_character() -> None:
    """Found by issue 14's corpus: Qt can hand the preview a lone surrogate; nh3 raised."""
    found = assert_safe(render_html("before \ud800 after \ud83d\ude00"))
    assert found.plain == "before \ufffd after \U0001f600"


def test_a_table_renders_without_styles() -> None:
    found = assert_safe(render_html("|a|b|\n|:-|-:|\n|1|2|\n"))
    assert {"table", "thead", "tbody", "tr", "th", "td"} <= set(found.tags)


def test_rtl_text_and_emoji_survive() -> None:
    # Arabic and Hebrew letters look like Latin ones to the linter; they are meant.
    text = "שלום, אני כאן 🌱\n\nمرحبا بك 👩🏽‍🦱 and 🏳️‍🌈 family emoji 👨‍👩‍👧"  # noqa: RUF001
    found = assert_safe(render_html(text))
    for part in ("שלום, אני כאן 🌱", "مرحبا بك 👩🏽‍🦱", "🏳️‍🌈", "👨‍👩‍👧"):
        assert part in found.plain


# ------------------------------------------------------------------ hostile input

RAW_HTML = [
    "<script>alert('x')</script>",
    '<img src="x" onerror="alert(1)">',
    "<img src=http://tracker.example/pixel.gif>",
    "<img src=/etc/passwd>",
    '<iframe src="http://evil.example"></iframe>',
    "<style>body { display: none }</style>",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    '<a href="javascript:alert(1)">click</a>',
    '<p onclick="alert(1)">hi</p>',
    '<object data="file:///etc/passwd"></object>',
    '<div style="background:url(http://t.example/p)">x</div>',
    "<!-- a comment -->",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
]


@pytest.mark.parametrize("raw", RAW_HTML)
def test_raw_html_shows_as_text_and_never_becomes_a_tag(raw: str) -> None:
    for text in (raw, f"Before {raw} after", f"- item {raw}", f"> {raw}"):
        found = assert_safe(render_html(text))
        assert raw in found.plain


@pytest.mark.parametrize(
    "text",
    [
        "![pixel](http://tracker.example/p.gif)",
        "![file](/etc/passwd)",
        "![file](file:///home/me/secret.png)",
        "![data](data:image/png;base64,iVBORw0KGgo=)",
        "![ref][p]\n\n[p]: http://tracker.example/p.gif",
        "![p]\n\n[p]: http://tracker.example/p.gif",
        '[![img](http://t.example/a.png)](http://t.example "title")',
    ],
)
def test_markdown_images_are_dropped(text: str) -> None:
    found = assert_safe(render_html(text))
    assert "img" not in found.tags


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java&#115;cript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "/etc/passwd",
        "../../secret.txt",
        "//evil.example/x",
        "#anchor",
    ],
)
def test_links_keep_their_words_but_lose_unsafe_targets(url: str) -> None:
    for text in (f"[words]({url})", f"[words][r]\n\n[r]: {url}"):
        found = assert_safe(render_html(text))
        assert "words" in found.plain
        assert not [a for a in found.attributes if a[1] == "href"]


def test_link_titles_and_other_attributes_are_dropped() -> None:
    found = assert_safe(render_html('[a](https://e.org "a title")\n\n```python\nx\n```'))
    assert ("a", "href", "https://e.org") in found.attributes


def test_the_sanitiser_alone_holds_the_line() -> None:
    """Even HTML that did not come from Markdown is cut down to the allow-list."""
    hostile = (
        '<p onclick="x" title="t" lang="en">a<script>b()</script><img src=x onerror=y>'
        '<a href="javascript:x" target="_blank">c</a><iframe></iframe>'
        '<style>p{}</style><svg onload=z></svg><table style="x"><tr><td>d</td></tr></table></p>'
    )
    found = assert_safe(sanitise_html(hostile))
    assert "b()" not in found.plain
    assert "p{}" not in found.plain
    assert {"a", "c", "d"} <= set(found.plain)


# ------------------------------------------------------------------ size and depth


def test_a_thousand_nested_list_levels_render_quickly() -> None:
    for indent in ("    ", "  ", "\t"):
        text = "\n".join(f"{indent * level}- level {level}" for level in range(1000))
        started = time.perf_counter()
        found = assert_safe(render_html(text))
        assert time.perf_counter() - started < 1.0
        assert "level 999" in found.plain
        assert found.tags.count("ul") <= MAX_DEPTH + 1


@pytest.mark.parametrize(
    "text",
    [
        ">" * 5000 + " deep",
        "> " * 5000 + "deep",
        "> - " * 3000 + "deep",
        "1. " * 3000 + "deep",
        "\n".join(">" * level + " deep" for level in range(1000)),
        "term\n: deep\n" * 3000,
        "[" * 50000 + "deep",
        "[" * 25000 + "deep" + "]" * 25000,
        "![" * 20000 + "deep",
        "[a](https://e.org) " * 5000 + "deep",
        "*deep" * 20000,
        "`deep" * 20000,
    ],
    ids=[
        "quotes",
        "spaced-quotes",
        "quote-list",
        "ordered",
        "quote-lines",
        "definitions",
        "open-brackets",
        "balanced-brackets",
        "images",
        "many-links",
        "stars",
        "backticks",
    ],
)
def test_pathological_input_stays_fast_and_keeps_its_words(text: str) -> None:
    started = time.perf_counter()
    found = assert_safe(render_html(text))
    assert time.perf_counter() - started < 1.5
    assert "deep" in found.plain


def test_a_huge_table_renders() -> None:
    rows = "\n".join(f"| day {n} | calm | {n * 3} |" for n in range(5000))
    started = time.perf_counter()
    found = assert_safe(render_html(f"| day | feeling | minutes |\n|---|---|---|\n{rows}\n"))
    assert time.perf_counter() - started < 3.0
    assert found.tags.count("tr") == 5001
    assert "day 4999" in found.plain


def test_flattening_changes_only_lines_deeper_than_the_limit() -> None:
    shallow = "- a\n    - b\n        - c\n> > quote\n"
    assert flatten_deep_nesting(shallow) == shallow
    deep = " " * 400 + "- x\n" + "> " * 40 + "y"
    flattened = flatten_deep_nesting(deep).splitlines()
    assert flattened[0] == " " * (MAX_DEPTH * 4) + "- x"
    assert flattened[1].count(">") == MAX_DEPTH and flattened[1].endswith("y")


def test_brackets_match_as_python_markdown_would() -> None:
    html = render_html("[a [b] c](https://e.org) [[x]](https://f.org) [open [ no](https://g.org)")
    found = assert_safe(html)
    assert ("a", "href", "https://e.org") in found.attributes
    assert ("a", "href", "https://f.org") in found.attributes
    assert "a [b] c" in found.plain and "[x]" in found.plain


@settings(max_examples=300, deadline=2000)
@given(st.lists(MARKDOWN_PIECES, max_size=60).map("".join))
def test_any_mix_of_markdown_and_html_renders_safely(text: str) -> None:
    assert_safe(render_html(text))


def test_only_the_journals_own_attachments_become_images() -> None:
    picture, document = "a" * 32, "b" * 32
    html = render_html(
        f"![the message](attachment:{picture}) ![tracker](https://example.com/p.png)"
        f" ![](file:///etc/passwd) [the deed](attachment:{document}) [odd](attachment:zz)"
        ' <img src="attachment:aaaa">'
    )
    assert f'<img alt="the message" src="attachment:{picture}">' in html
    assert "tracker" in html and "example.com" not in html and "passwd" not in html
    assert html.count("<img") == 1
    assert f'<a href="attachment:{document}"' in html
    assert "attachment:zz" not in html and "&lt;img" in html
