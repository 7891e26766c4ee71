"""Rendering exports: a hostile-Markdown corpus comes out clean in every format.

Decision for Markdown (and every other format): raw HTML in an entry is removed
before rendering, and ``script``/``style``/frame-like elements go with their
content; images become their alt text; links other than http(s)/mailto become
their text. Code (fenced, indented, backticks) is kept exactly: every Markdown
renderer shows it as text, and the HTML renderer escapes it.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from html.parser import HTMLParser

import pytest

from app.export.markdown_safety import neutralise, split_code_spans
from app.export.model import ExportDocument, ExportEntry
from app.export.paragraphs import split_paragraphs
from app.export.render import format_date, to_html, to_markdown, to_text
from tests.helpers.exports import HOSTILE, RTL_AND_EMOJI, document_of

FORBIDDEN_HTML = [
    "<script",
    "onerror",
    "onclick",
    "onload",
    "ontoggle",
    "javascript:",
    "<iframe",
    "url(",
    "@import",
    "<img",
    "file:",
    "evil.example",
    "<object",
    "<embed",
    "<svg",
    "<math",
    "<form",
    "<input",
    "<base",
    "<link",
    "<meta http-equiv='refresh'",
]


def _body(html: str) -> str:
    """The page's body: the head legitimately holds one inline <style>."""
    return html.split("<body>", 1)[1]


@pytest.fixture(scope="module")
def hostile() -> ExportDocument:
    return document_of(*HOSTILE, RTL_AND_EMOJI, cover_note="Cover <script>alert(1)</script>")


@pytest.mark.parametrize("for_pdf", [False, True])
def test_hostile_markdown_is_clean_in_html(hostile: ExportDocument, for_pdf: bool) -> None:
    html = to_html(hostile, for_pdf=for_pdf)
    body = _body(html).lower()
    for forbidden in FORBIDDEN_HTML:
        assert forbidden.lower() not in body, forbidden
    assert "<style" not in body
    assert html.lower().count("<style") == 1
    head = html.split("<body>", 1)[0]
    assert "url(" not in head and "@import" not in head and "http:" not in head


def test_every_tag_in_the_html_is_allow_listed(hostile: ExportDocument) -> None:
    seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            seen.append((tag, attrs))

    Tags().feed(to_html(hostile, for_pdf=True))
    allowed = {"html", "head", "meta", "title", "style", "body", "section"}
    allowed |= {"p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre"}
    allowed |= {"ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td"}
    allowed |= {"br", "hr", "del", "dl", "dt", "dd", "sup", "sub"}
    assert {tag for tag, _ in seen} <= allowed
    for tag, attrs in seen:
        for name, _ in attrs:
            assert name in {"charset", "http-equiv", "content", "name", "lang", "class", "style"}
            assert not name.startswith("on")
            if name == "style":
                assert tag == "h1"


def _outside_code(markdown: str) -> str:
    """Markdown without fenced blocks and code spans (code renders as text)."""
    blocks = [b for b in split_paragraphs(markdown) if not b.lstrip().startswith("```")]
    return "\n\n".join(
        part for block in blocks for part, code in split_code_spans(block) if not code
    )


def test_hostile_markdown_output_holds_no_raw_html(hostile: ExportDocument) -> None:
    markdown = to_markdown(hostile)
    prose = _outside_code(markdown)
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", prose), prose
    assert "![" not in prose
    # An http(s) reference definition is an ordinary link target, kept like inline links.
    prose = re.sub(r"(?m)^\[[^\]]+\]: https?://\S+$", "", prose)
    for forbidden in ("javascript:", "file:", "evil.example", "onerror", "url(", "@import"):
        assert forbidden not in prose.lower(), forbidden
    assert "[docs](https://example.org/help?a=1&b=2)" in markdown


def test_hostile_markdown_in_text_runs_nothing(hostile: ExportDocument) -> None:
    text = to_text(hostile)
    for forbidden in ("<script", "javascript:", "file:", "evil.example", "onerror", "<img"):
        assert forbidden not in text.lower(), forbidden
    assert "docs (https://example.org/help?a=1&b=2) stays." in text
    assert "visible" in text and "Hello  there." not in text


def test_code_is_kept_as_written_and_shown_as_text() -> None:
    body = "Use `<b>bold</b>` here.\n\n```html\n<script>alert(1)</script>\n```"
    doc = document_of(body)
    assert "`<b>bold</b>`" in to_markdown(doc)
    assert "```html\n<script>alert(1)</script>\n```" in to_markdown(doc)
    html = _body(to_html(doc))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert "<script>alert(1)</script>" in to_text(doc)


@pytest.mark.parametrize("render", [to_markdown, to_text, to_html])
def test_rtl_and_emoji_survive(render: object) -> None:
    output = render(document_of(RTL_AND_EMOJI))  # type: ignore[operator]
    assert "שלום, אני כאן." in output and "مرحبا بك" in output
    assert "🌱👩🏽‍🦱" in output and "Zoë\u200f" in output


def _table(rows: int) -> str:
    lines = ["| day | note |", "|---|---|"]
    lines += [f"| {n} | row {n} <b onmouseover=x>bold</b> |" for n in range(rows)]
    return "\n".join(lines)


def _nested_list(levels: int) -> str:
    return "\n".join("    " * depth + f"- level {depth}" for depth in range(levels))


@pytest.mark.parametrize("render", [to_markdown, to_text, to_html])
def test_huge_tables_and_deep_lists_are_quick(render: object) -> None:
    doc = document_of(_table(300), _nested_list(50), "[" * 5000 + "<script>" * 2000)
    started = time.perf_counter()
    output = render(doc)  # type: ignore[operator]
    assert time.perf_counter() - started < 5
    assert "row 299" in output and "level 49" in output
    assert "onmouseover" not in output


def test_links_show_their_http_address_only() -> None:
    doc = document_of("[site](https://example.org) [mail](mailto:a@b.c) <https://example.org/x>")
    html = _body(to_html(doc))
    assert "site (https://example.org)" in html
    assert "mail" in html and "mailto" not in html
    assert "<a " not in html
    assert "site (https://example.org) mail https://example.org/x" in to_text(doc)
    assert "<https://example.org/x>" in to_markdown(doc)


def test_the_page_is_neutral_and_self_contained() -> None:
    html = to_html(document_of("words"))
    assert "<title>Journal entries</title>" in html
    assert "threshold" not in html.lower()
    assert 'name="generator"' not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_pdf_html_breaks_pages_between_entries_only() -> None:
    html = to_html(document_of("one", "two", "three"), for_pdf=True)
    assert html.count("page-break-before: always") == 2
    assert "page-break" not in to_html(document_of("one", "two"))


def test_options_shape_the_entry() -> None:
    entry = ExportEntry(
        "id",
        "",
        dt.date(2026, 11, 25),
        "Mood 2 of 5",
        ("care", "sleep"),
        "What pulled at you?",
        ("And then?",),
        ("# My heading", "Text."),
    )
    doc = ExportDocument("Talk about *sleep*.", (entry,))
    markdown = to_markdown(doc)
    assert markdown.startswith("Talk about *sleep*.\n\n* * *\n\n# Wednesday, 25 November 2026")
    assert "*Mood 2 of 5*" in markdown and "Tags: care, sleep" in markdown
    assert "## What pulled at you?\n\n### And then?\n\n### My heading" in markdown
    text = to_text(ExportDocument("", (entry,), include_date=False))
    assert text.startswith("Untitled\n========\nMood 2 of 5\nTags: care, sleep")
    assert "2026" not in text
    html = to_html(doc)
    assert "<h3>My heading</h3>" in html and "<h2>What pulled at you?</h2>" in html


def test_format_date_ignores_the_locale() -> None:
    assert format_date(dt.date(2026, 11, 25)) == "Wednesday, 25 November 2026"


def test_neutralise_keeps_ordinary_angle_brackets() -> None:
    assert neutralise("I <3 walks; a < b and c > d") == "I <3 walks; a < b and c > d"


def test_made_up_tags_are_words_and_stay_but_html_goes() -> None:
    """Found by the fuzzer: "<sigh>" vanished from exports, as if it were HTML."""
    doc = document_of("I paused <sigh> and wrote on. </rant> <b>bold</b> <span onclick=x>ok</span>")
    text, markdown = to_text(doc), to_markdown(doc)
    assert "<sigh>" in text and "</rant>" in text
    assert "&lt;sigh>" in markdown
    assert "<b>" not in text and "onclick" not in text and "span" not in text
    assert "&lt;sigh&gt;" in to_html(doc)
