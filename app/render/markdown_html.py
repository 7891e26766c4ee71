"""Markdown to HTML that is safe to show: the preview's and export's one renderer.

An entry is the user's own words, but it can hold anything they pasted: raw HTML,
tracking-pixel images, ``javascript:`` links, text built to make a parser hang.
So rendering happens in two steps, each enough on its own for what matters most:

1. Python-Markdown with its raw-HTML handling switched off, so ``<script>`` typed
   in an entry becomes the visible characters ``<script>``, never a tag.
2. nh3 (ammonia) cleans the rendered HTML against a short allow-list: text
   structure, tables and links only. No images but the journal's own attachments
   (``attachment:ID``, resolved from the encrypted database by whoever shows the
   HTML: a remote image is a tracking pixel, a local one reads files), no styles,
   no scripts, no frames, no event handlers; links keep ``href`` only for http,
   https, mailto and an attachment, and get ``rel="noopener noreferrer"``.

Three defences keep rendering fast on hostile input, all keeping every word.
Lists and quotes nested deeper than :data:`MAX_DEPTH` levels are flattened to
that depth before parsing (Python-Markdown recurses per level and slows down
steeply); the block pass stops nesting at :data:`MAX_BLOCK_DEPTH` and keeps its
searches near-linear within a work budget (:mod:`app.render.block_limits`,
:mod:`app.render.fence_search`); and so does the inline pass (links, code,
entities, emphasis: :mod:`app.render.inline_limits`).
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

import markdown  # type: ignore[import-untyped]  # Python-Markdown ships no type hints
import nh3
from markdown import inlinepatterns

from app.render.block_limits import BlockBudget, bound_block_pass, limit_depth
from app.render.fence_search import FenceSearch
from app.render.inline_limits import (
    BracketEnds,
    InlineBudget,
    ParenEnds,
    TickEnds,
    bound_inline_pass,
)

MAX_DEPTH = 16
"""How many list or quote levels are kept; deeper ones are shown at this depth."""

MAX_BLOCK_DEPTH = 4 * MAX_DEPTH
SMALL_TEXT = 10_000
SMALL_BLOCK = 2000
"""How deep blocks may nest in any mix (a quote in a list in a quote...)."""

TAB_COLUMNS = 4

ALLOWED_TAGS = frozenset(
    {
        *("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("em", "strong", "del", "sup", "sub", "code", "pre", "blockquote"),
        *("ul", "ol", "li", "dl", "dt", "dd", "a", "img"),
        *("table", "thead", "tbody", "tr", "th", "td"),
    }
)
ALLOWED_ATTRIBUTES = {
    "a": frozenset({"href"}),
    "ol": frozenset({"start"}),
    "img": frozenset({"src", "alt"}),
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "attachment"})
ATTACHMENT_TARGET = re.compile(r"attachment:[0-9a-f]{32}")
"""The only image source kept, and the only ``attachment:`` link: one attachment's id."""
LINK_REL = "noopener noreferrer"

# Everything of "extra" except raw HTML in Markdown (md_in_html), attribute lists
# (attr_list: they would only feed the sanitiser attributes to drop), footnotes
# (in-page anchors the preview does not follow) and abbreviations (not allowed).
_EXTENSIONS = ("tables", "fenced_code", "def_list", "sane_lists")
_DEEP_INDENT = re.compile(rf"^[ \t]{{{MAX_DEPTH + 1},}}", re.MULTILINE)
_CONTAINER = r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))"
_DEEP_CONTAINERS = re.compile(rf"^(?:{_CONTAINER}){{{MAX_DEPTH + 1},}}", re.MULTILINE)
_ONE_CONTAINER = re.compile(_CONTAINER)
_SOURCELESS_IMAGE = re.compile(r'<img(?: alt="([^"]*)")?>')
_SURROGATE = re.compile("[\ud800-\udfff]")
# At most 1,000 characters struck through: an opening "~~" that never closes
# scanned to the end of the paragraph each time (4,000 of them: 8 s).
_STRIKETHROUGH = r"(~~)(?=\S)(.{1,1000}?)(?<=\S)~~"


def _only_attachments(tag: str, name: str, value: str) -> str | None:
    """Drop an image source, or an ``attachment:`` link, that is not one attachment's id."""
    if (tag == "img" and name == "src") or value.startswith("attachment:"):
        return value if ATTACHMENT_TARGET.fullmatch(value) else None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags={"script", "style"},
    # "*" must be named: left out, ammonia keeps "lang" and "title" on every tag.
    attributes={"*": set(), **{tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}},
    url_schemes=set(URL_SCHEMES),
    url_relative="deny",
    attribute_filter=_only_attachments,
    link_rel=LINK_REL,
    strip_comments=True,
)


def render_html(markdown_text: str) -> str:
    """Render an entry's Markdown as sanitised HTML.

    Args:
        markdown_text: the entry body, exactly as written.

    Returns:
        An HTML fragment holding only allow-listed tags and safe links.
    """
    text = flatten_deep_nesting(_well_formed(markdown_text))
    rendered = str(_converter(len(text), _needs_guards(text)).convert(text))
    return sanitise_html(rendered)


def _well_formed(text: str) -> str:
    """The text with any lone UTF-16 surrogate shown as U+FFFD.

    Qt can hand over half of a pair (a paste from a broken source); nh3 and the
    journal take only well-formed text. Saving refuses it with a plain message;
    the preview shows the replacement character where it is.
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def sanitise_html(html: str) -> str:
    """Clean an HTML fragment against Threshold's allow-list.

    An image whose source was dropped (a web or file address) becomes its description.
    """
    return _SOURCELESS_IMAGE.sub(r"\1", _CLEANER.clean(html))


def flatten_deep_nesting(text: str) -> str:
    """Cap list and quote nesting at :data:`MAX_DEPTH` levels, keeping every word.

    Only lines nested deeper than that change: their extra indentation or
    extra ``>``/list markers are dropped, so they render at the deepest level.
    """
    text = _DEEP_INDENT.sub(_cap_indent, text)
    return _DEEP_CONTAINERS.sub(_cap_containers, text)


def _cap_indent(match: re.Match[str]) -> str:
    """Leading whitespace no wider than MAX_DEPTH tab stops."""
    columns = len(match.group(0).expandtabs(TAB_COLUMNS))
    return " " * min(columns, MAX_DEPTH * TAB_COLUMNS)


def _cap_containers(match: re.Match[str]) -> str:
    """The first MAX_DEPTH quote or list markers of a line's prefix."""
    markers = _ONE_CONTAINER.findall(match.group(0))
    return "".join(markers[:MAX_DEPTH])


def _needs_guards(text: str) -> bool:
    """Whether ``text`` is long enough for the near-linear guards to matter.

    They give the same HTML. A text of at most :data:`SMALL_TEXT` characters
    whose paragraphs are at most :data:`SMALL_BLOCK` long takes at worst about
    0.2 s without them (35 ms for the worst paragraph found); an ordinary entry
    of that size renders about 7% faster without them (they cost ~50 µs).
    """
    if len(text) > SMALL_TEXT:
        return True
    return len(text) > SMALL_BLOCK and max(map(len, text.split("\n\n"))) > SMALL_BLOCK


def _converter(text_length: int, guarded: bool) -> Any:
    """A fresh Markdown converter (they hold per-document state; no sharing)."""
    # lazy_ol off: a list typed from 3 (or a line starting "1986.") keeps its numbers.
    converter = markdown.Markdown(extensions=list(_EXTENSIONS), output_format="html", lazy_ol=False)
    # "\<" shows "<", as in CommonMark (raw HTML is off, so "<" alone shows too).
    converter.ESCAPED_CHARS.append("<")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    strikethrough = inlinepatterns.SimpleTagInlineProcessor(_STRIKETHROUGH, "del")
    converter.inlinePatterns.register(strikethrough, "strikethrough", 45)
    limit_depth(converter.parser, MAX_BLOCK_DEPTH)
    if guarded:
        _bound_inline_work(converter, InlineBudget(text_length))
        fences = converter.preprocessors["fenced_code_block"]
        fences.FENCED_BLOCK_RE = FenceSearch(fences.FENCED_BLOCK_RE)
        bound_block_pass(converter.parser, BlockBudget(text_length))
    return converter


def _bound_inline_work(converter: Any, budget: InlineBudget) -> None:
    """Near-linear bracket, parenthesis and backtick scans; a budget for the rest.

    See :mod:`app.render.inline_limits` for why each is needed.
    """
    bound_inline_pass(converter.treeprocessors["inline"], budget)
    brackets, parens, ticks = BracketEnds(budget), ParenEnds(budget), TickEnds(budget)
    for processor in converter.inlinePatterns:  # by class: looking up by name costs more
        if isinstance(processor, inlinepatterns.LinkInlineProcessor):
            processor.getText = brackets.get_text
            processor.getLink = partial(parens.get_link, processor.getLink, processor.RE_LINK)
        elif hasattr(processor, "find_code_spans"):  # Python-Markdown 3.11 and later
            processor.find_code_spans = ticks.find_code_spans


__all__: list[str] = ["ALLOWED_TAGS", "MAX_DEPTH", "flatten_deep_nesting", "render_html"]
