"""Words in angle brackets reach every export; real HTML does not; the Markdown file is safe.

People quote what was said to them: ``He said <you are nothing>``. Issue 14 found
such words gone from every export format. These tests pin the line between words
and HTML (see ``app.export.html_names``), check each format shows exactly what was
typed, and open the exported Markdown in two other programs' renderers — a
CommonMark one (markdown-it, when installed) and Python-Markdown with raw HTML on —
to check nothing in it would run or fetch.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from html.parser import HTMLParser

import markdown  # type: ignore[import-untyped]  # Python-Markdown ships no type hints
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.export.markdown_safety import neutralise
from app.export.model import ExportDocument, ExportEntry
from app.export.paragraphs import split_paragraphs
from app.export.render import to_html, to_markdown, to_text

WORD = re.compile(r"[^\W_]+")
SAFE_TAGS = {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre"}
SAFE_TAGS |= {"blockquote", "ul", "ol", "li", "a", "del", "s", "dl", "dt", "dd", "sup", "sub"}
SAFE_TAGS |= {"table", "thead", "tbody", "tr", "th", "td"}


def _doc(body: str) -> ExportDocument:
    entry = ExportEntry(
        "id", "Q", dt.date(2026, 1, 1), None, (), None, (), tuple(split_paragraphs(body))
    )
    return ExportDocument(cover_note="", entries=(entry,), include_date=False)


def _body_markdown(body: str) -> str:
    return to_markdown(_doc(body)).split("\n\n", 1)[1]


def _body_text(body: str) -> str:
    return to_text(_doc(body)).split("\n\n", 1)[1]


class _Page(HTMLParser):
    """A page's tags, attributes and text, as a browser shows them (list numbers too)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self._numbers: list[int] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "ol":
            self._numbers.append(int(dict(attrs).get("start") or 1))
        elif tag == "li" and self._numbers:
            self.text.append(f"{self._numbers[-1]}. ")
            self._numbers[-1] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "ol" and self._numbers:
            self._numbers.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _html_text(page: str) -> str:
    body = page.split("<body>", 1)[-1]
    return "".join(_Page(body).text)


# ------------------------------------------------------------------ the found cases


@pytest.mark.parametrize(
    ("typed", "markdown_file"),
    [
        (
            "He said <you are nothing> and walked out.",
            "He said &lt;you are nothing> and walked out.",
        ),
        ("If x<y and y>z", "If x&lt;y and y>z"),
        ("Dear <name>,", "Dear &lt;name>,"),
        ("<b and c> and <i love you>", "&lt;b and c> and &lt;i love you>"),
        ("I <3 walks; a < b and c > d", "I <3 walks; a < b and c > d"),
        ("</rant> <sigh>", "&lt;/rant> &lt;sigh>"),
        ("5 > 4 & 3 < 4", "5 > 4 & 3 < 4"),
    ],
)
def test_words_in_angle_brackets_reach_every_format(typed: str, markdown_file: str) -> None:
    assert _body_markdown(typed).strip() == markdown_file
    assert _body_text(typed).strip() == typed  # exactly as typed: no backslash, no gap
    assert typed in _html_text(to_html(_doc(typed)))


@pytest.mark.parametrize("typed", ["``</`", "a ``<b` c", "```x < y``"])
def test_a_code_span_opened_by_fewer_ticks_than_typed_keeps_its_angle(typed: str) -> None:
    """Python-Markdown opens "``</`" as the code "`</" (found by the property below):
    the "<" inside must not be escaped twice ("&amp;lt;" showed as "&lt;")."""
    for shown in (_body_text(typed), _html_text(to_html(_doc(typed)))):
        assert "&" not in shown and "<" in shown, shown


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Say <b>no</b> out loud.", "Say no out loud."),
        ('<img src=x onerror="alert(1)">gone', "gone"),
        ('<a href="https://e.org">a link</a>', "a link"),
        ("<p>para</p>", "para"),
        ("<span onclick=x>ok</span>", "ok"),
        ("<foo onclick=alert(1)>made up, with a handler</foo>", "made up, with a handler"),
        ("<details open>kept words</details>", "kept words"),
        ("<br/>after", "after"),
        ("<script>alert(1)</script>after", "after"),
        ("<!DOCTYPE html>after", "after"),
        ("<?xml version='1.0'?>after", "after"),
        ("a<!-- hidden -->b", "ab"),
    ],
)
def test_real_html_is_removed_and_its_words_kept(typed: str, shown: str) -> None:
    assert _body_text(typed).strip() == shown
    assert shown in _html_text(to_html(_doc(typed)))
    assert "<" not in _body_markdown(typed).replace("&lt;", "")


@pytest.mark.parametrize(
    "typed",
    [
        "`<you>` and `<b>bold</b>`",
        "```\n<b>code</b> <you>\n```",
        "    <b>indented</b> <you>",
        "<https://example.org/a?b=1&c=2>",
        "<me@example.org>",
        "a &amp; b",
    ],
)
def test_code_links_and_entities_are_kept(typed: str) -> None:
    markdown_file = _body_markdown(typed)
    assert typed in markdown_file or typed.replace("    ", "") in markdown_file
    text = _body_text(typed)
    assert "\\" not in text and "&lt;" not in text


def test_code_shows_as_written_in_text_and_html() -> None:
    doc = _doc("`<you>` then\n\n```\n<b>x</b>\n```")
    assert "<you> then" in to_text(doc) and "<b>x</b>" in to_text(doc)
    assert "&lt;you&gt;" in to_html(doc) and "&lt;b&gt;x&lt;/b&gt;" in to_html(doc)


def test_entities_mean_what_they_mean_in_every_markdown_program() -> None:
    """``&amp;`` typed literally shows "&", as in the preview and any Markdown program."""
    assert _body_text("a &amp; b &lt;x&gt;").strip() == "a & b <x>"
    assert _body_markdown("a &amp; b").strip() == "a &amp; b"


def test_a_typed_escape_is_one_character() -> None:
    """``\\<`` is an escaped "<" in Markdown: shown as "<" everywhere, never as "\\<"."""
    assert _body_text("\\<you>").strip() == "<you>"
    assert _body_markdown("\\<you>").strip() == "&lt;you>"


def test_numbered_lists_keep_their_numbers() -> None:
    assert _body_text("1986. The year it started.").strip() == "1986. The year it started."
    assert _body_text("3. three\n4. four").strip() == "3. three\n4. four"


# ------------------------------------------------------------------ other programs


def _other_renderers() -> list[object]:
    """Two other programs' readings: Python-Markdown as MkDocs sets it up (raw HTML on),
    and CommonMark (markdown-it, as VS Code, Joplin and others use it), raw HTML on.

    Markdown.pl-era programs, which know no fenced code, are not among them.
    """
    extensions = ["fenced_code", "tables"]
    renderers: list[object] = [lambda text: markdown.markdown(text, extensions=extensions)]
    try:
        from markdown_it import MarkdownIt
    except ImportError:  # pragma: no cover - markdown-it comes with the test tools
        return renderers
    commonmark = MarkdownIt("commonmark", {"html": True})
    renderers.append(commonmark.render)
    return renderers


def assert_opens_safely(markdown_file: str) -> None:
    """No tag beyond Markdown's own, no image, no handler, no link but the web's."""
    for render in _other_renderers():
        page = _Page(render(markdown_file))  # type: ignore[operator]
        for tag, attrs in page.tags:
            assert tag in SAFE_TAGS, (tag, markdown_file)
            for name, value in attrs:
                assert name in {"href", "title", "class", "start", "align", "style"}, name
                if name == "style":
                    assert tag in {"th", "td"} and re.fullmatch(r"text-align: \w+;?", value or "")
                if name == "href":
                    scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", value or "")
                    assert scheme is None or scheme.group(1).lower() in {"http", "https", "mailto"}


HOLES = [
    "\\`<img src=x onerror=alert(1)>`",
    "para\n- item\n\n    <img src=x onerror=alert(1)>",
    "```\ncode\n```\n<img src=x onerror=alert(1)>",
    "```a`\n<img src=x onerror=alert(1)>",
    "> [r]: javascript:alert(1)\n>\n> [r]",
    "- [r]: javascript:alert(1)\n\n[r]",
    "[a\\]b]: javascript:alert(1)\n\n[a\\]b]",
    "[a `b` c](javascript:alert(1))",
    "[a](java&#115;cript:alert(1))",
    "[a](javascript:alert((1)))",
    "![a `b` c](http://tracker.example/p.gif)",
    "<https://e.org/`> <img src=x onerror=alert(1)> `",
    "> x ```\n> ```\n> y\n> ```\n> <img src=x onerror=alert(1)>\n> ```",
    '<img alt="`<`" src=x onerror=alert(1)>',
    "<Re:a`b> `<img src=x onerror=alert(1)>`",
    "\\<img src=x onerror=alert(1)>",
]


@pytest.mark.parametrize("typed", HOLES)
def test_the_markdown_file_is_safe_in_other_programs(typed: str) -> None:
    """Each of these once left live HTML or a script link for a CommonMark program."""
    assert_opens_safely(to_markdown(_doc(typed)))


HOSTILE_PIECES = st.sampled_from(
    [
        "<", ">", "</", "/>", "`", "``", "```", "~~~", "\\", "[", "]", "(", ")", "![", "](",
        "]: ", "\n", "\n\n", "    ", "> ", "- ", "1. ", "!", "&", "&#115;", "&lt;", "\"", "'",
        "=", " ", ":", "@", "<img src=x onerror=alert(1)>", "<script>", "</script>",
        "javascript:", "JaVaScRiPt:", "data:", "file://", "http://e.org", "<https://e.org>",
        "<!--", "-->", "<you>", "<b>", "<a href='", "'>", "word", "shalom",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(HOSTILE_PIECES, max_size=40).map("".join))
def test_any_hostile_markdown_opens_safely_elsewhere(typed: str) -> None:
    assert_opens_safely(to_markdown(_doc(typed)))


# ------------------------------------------------------------------ every word, every format

PROSE_PIECES = st.sampled_from(
    [
        "you", "are", "nothing", "name", "love", "walked", "Dear", "x", "y", "z", "b", "i",
        "and", "c", "1", "1986", "שלום", "مرحبا", "🌱", "Zoë",
        "<", ">", "</", "/>", "&", "[", "]", "*", "_", "`", "#", "-", "|", "!", "\\", ":", ";",
        ".", ",", "?", " ", "  ", "\n", "\n\n", "    ", "> ", "- ", "~~", "<3",
    ]
)  # fmt: skip
# Real HTML, link addresses, list numbers (Markdown renumbers a list), entities
# (&amp; means "&" in every Markdown program) and a code fence's info string
# ("~~~~you" opens a block of code in the language "you") are not words.
NOT_WORDS = re.compile(
    r"&#?\w+;|</?[bi]\s*/?>|<!--|\]\(|\]:|^[ \t>-]*\d+[.)]|^[ \t>-]*(?:~{3,}|`{3,})[ \t]*\w",
    re.IGNORECASE | re.MULTILINE,
)


def _letters(text: str) -> str:
    """The letters and digits of a text, in order (Markdown may glue words: ``a*b*``)."""
    return "".join(WORD.findall(text))


def assert_all_there(typed: str, shown: str) -> None:
    """Every letter typed is shown, in order."""
    wanted, seen = _letters(typed), iter(_letters(shown))
    assert all(letter in seen for letter in wanted), (typed, shown)
    assert not Counter(wanted) - Counter(_letters(shown)), (typed, shown)


@settings(max_examples=300, deadline=None)
@given(st.lists(PROSE_PIECES, max_size=50).map("".join))
def test_every_word_typed_appears_in_every_format(typed: str) -> None:
    """Without real HTML (or link addresses, which are not words), nothing is lost."""
    assume(not NOT_WORDS.search(typed))
    doc = _doc(typed)
    for shown in (to_text(doc), _html_text(to_html(doc))):
        assert_all_there(typed, shown)
        assert shown.count("\\") <= typed.count("\\"), (typed, shown)  # no stray backslash
        assert shown.count("&") <= typed.count("&"), (typed, shown)  # no stray entity
    markdown_file = to_markdown(doc)
    for render in _other_renderers():
        assert_all_there(typed, "".join(_Page(render(markdown_file)).text))  # type: ignore[operator]


def test_neutralise_keeps_ordinary_text_untouched() -> None:
    text = "I said no. It was mine to say; 3 < 4, and that's fine."
    assert neutralise(text) == text


@pytest.mark.parametrize(
    "typed",
    [
        "[a](" + " " * 100_000,
        "[a]:" + " " * 100_000 + "\n" + " " * 100_000,
        "`a|b`\n" + "-" * 200_000 + "x",
        "> - " * 50_000 + "[a]: javascript:x",
    ],
    ids=["link", "definition", "rule", "prefixes"],
)
def test_neutralising_long_runs_takes_linear_time(typed: str) -> None:
    """Found by issue 14's corpus: white space a pattern could split two ways took seconds."""
    started = time.perf_counter()
    neutralise(typed)
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("title", ["<img src=x onerror=alert(1)>", "<b>loud</b> and <you>"])
def test_a_title_holding_html_is_text_in_every_program(title: str) -> None:
    """Titles were escaped "\\<", which only CommonMark reads; MkDocs ran the tag."""
    entry = ExportEntry("id", title, dt.date(2026, 1, 1), None, (), None, (), ("words",))
    markdown_file = to_markdown(ExportDocument(cover_note="", entries=(entry,), include_date=False))
    assert_opens_safely(markdown_file)
    for render in _other_renderers():
        shown = "".join(_Page(render(markdown_file)).text)  # type: ignore[operator]
        assert title in shown
