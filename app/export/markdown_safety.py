r"""Make an entry's Markdown safe to leave the vault, in every format.

An entry can hold raw HTML, ``javascript:`` links, remote images (tracking
pixels when the file is opened) and local file references. The export renders
Markdown through the preview's sanitiser too, but a Markdown file is opened by
other programs, which would run or fetch what it holds. So before rendering,
each block is neutralised here:

- raw HTML tags, comments and declarations are removed; ``script``, ``style``,
  frames and similar elements go with their content (it is code, not words);
  a bare tag that is no HTML element, as people write ``<sigh>`` or ``</rant>``,
  is words and stays, shown as written;
- an image becomes its alt text;
- a link keeps its address only if it is http, https or mailto; any other link
  (``javascript:``, ``file:``, a relative path) becomes its text alone, and
  reference definitions pointing anywhere else are dropped;
- any ``<`` that could still start a tag is escaped as ``\<``.

Code (fenced, indented or in backticks) is left exactly as written: every
Markdown renderer shows it as text. Each pattern runs in linear time, so a
hostile entry cannot make an export hang.
"""

from __future__ import annotations

import re

SAFE_SCHEMES = ("http", "https", "mailto")
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
_INDENTED_LINE = re.compile(r"^(?: {4}|\t)")
_LIST_START = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_TICKS = re.compile(r"`+")
_CODE_ELEMENTS = (
    "script|style|iframe|frame|frameset|object|embed|applet|noscript|noembed|noframes"
    "|template|textarea|title|svg|math|xmp|plaintext|select|canvas|audio|video"
)
_CODE_OPEN = re.compile(rf"<({_CODE_ELEMENTS})\b", re.IGNORECASE)
_ATTRIBUTES = r"""(?:\s(?:[^<>"']|"[^"<]*"|'[^'<]*')*)?"""
_TAG = re.compile(rf"</?([A-Za-z][A-Za-z0-9-]*)({_ATTRIBUTES})/?>")
_HTML_ELEMENTS = frozenset(
    [
        "a",
        "abbr",
        "acronym",
        "address",
        "area",
        "article",
        "aside",
        "audio",
        "b",
        "base",
        "basefont",
        "bdi",
        "bdo",
        "big",
        "blink",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "data",
        "datalist",
        "dd",
        "del",
        "details",
        "dfn",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "i",
        "iframe",
        "image",
        "img",
        "input",
        "ins",
        "isindex",
        "kbd",
        "keygen",
        "label",
        "legend",
        "li",
        "link",
        "listing",
        "main",
        "map",
        "mark",
        "marquee",
        "math",
        "menu",
        "menuitem",
        "meta",
        "meter",
        "multicol",
        "nav",
        "nextid",
        "nobr",
        "noembed",
        "noframes",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "output",
        "p",
        "param",
        "picture",
        "plaintext",
        "portal",
        "pre",
        "progress",
        "q",
        "rb",
        "rp",
        "rt",
        "rtc",
        "ruby",
        "s",
        "samp",
        "script",
        "search",
        "section",
        "select",
        "slot",
        "small",
        "source",
        "spacer",
        "span",
        "strike",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
        "xmp",
    ]
)
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^<>\s]*>")
_IMAGE_INLINE = re.compile(r"!\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_IMAGE_REFERENCE = re.compile(r"!\[([^\[\]\n]*)\](?:\[[^\[\]\n]*\])?")
_LINK = re.compile(
    r"\[([^\[\]\n]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\S*?)>?(?:[ \t].*)?$", re.MULTILINE)
_TAG_START = re.compile(
    r"<(?=[A-Za-z/!?])(?!(?:https?|mailto):[^<>\s]*>)(?![^<>\s@/]+@[^<>\s]+>)", re.IGNORECASE
)
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)", re.MULTILINE)


def neutralise(block: str) -> str:
    """One Markdown block with nothing left that could run, fetch or read a file."""
    if is_code_block(block):
        return block
    return "".join(
        part if is_code else _neutralise_text(part) for part, is_code in split_code_spans(block)
    )


def shift_headings(block: str, levels: int) -> str:
    """Move the block's ATX headings down (``#`` -> ``###``), at most to level 6.

    In an export the entry's title is the top heading; the user's own headings
    sit below it.
    """
    if is_code_block(block):
        return block
    return _HEADING.sub(lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + levels), block)


def is_safe_url(url: str) -> bool:
    """Whether a link address may be kept: http, https or mailto, nothing else."""
    scheme, colon, _ = url.strip().partition(":")
    return bool(colon) and scheme.lower() in SAFE_SCHEMES


def is_code_block(block: str) -> bool:
    """A fenced block, or an indented one (that is not a list's continuation)."""
    if _FENCE.match(block):
        return True
    lines = [line for line in block.split("\n") if line.strip()]
    return (
        bool(lines)
        and not _LIST_START.match(lines[0])
        and all(_INDENTED_LINE.match(line) for line in lines)
    )


def split_code_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (part, is code span) pieces, in one linear pass.

    A code span opens with a run of backticks and closes at the next run of the
    same length; a run with no partner is plain text.
    """
    runs = list(_TICKS.finditer(text))
    partner = _next_same_length(runs)
    parts: list[tuple[str, bool]] = []
    start = index = 0
    while index < len(runs):
        closing = partner[index]
        if closing is None:
            index += 1
            continue
        opening = runs[index].start()
        parts.append((text[start:opening], False))
        parts.append((text[opening : runs[closing].end()], True))
        start = runs[closing].end()
        index = closing + 1
    parts.append((text[start:], False))
    return [part for part in parts if part[0]]


def _next_same_length(runs: list[re.Match[str]]) -> list[int | None]:
    """For each backtick run, the index of the next run as long as it."""
    partner: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = len(runs[index].group(0))
        partner[index] = latest.get(length)
        latest[length] = index
    return partner


def _neutralise_text(text: str) -> str:
    text = _drop_comments(text)
    text = _drop_code_elements(text)
    text = _IMAGE_INLINE.sub(lambda m: m.group(1), text)
    text = _IMAGE_REFERENCE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(_link, text)
    text = _DEFINITION.sub(lambda m: m.group(0) if is_safe_url(m.group(1)) else "", text)
    text = _AUTOLINK.sub(lambda m: m.group(0) if is_safe_url(m.group(0)[1:]) else "", text)
    text = _DECLARATION.sub("", text)
    text = _TAG.sub(_tag, text)
    return _TAG_START.sub(r"\\<", text)


def _tag(found: re.Match[str]) -> str:
    """An HTML tag goes; a bare made-up one (``<sigh>``) is words and stays, escaped later."""
    is_html = found.group(1).lower() in _HTML_ELEMENTS or found.group(2).strip()
    return "" if is_html else found.group(0)


def _link(found: re.Match[str]) -> str:
    return found.group(0) if is_safe_url(found.group(2)) else found.group(1)


def _drop_comments(text: str) -> str:
    """Remove ``<!-- ... -->`` comments; an unclosed one loses only its opening."""
    pieces: list[str] = []
    position = 0
    while (opening := text.find("<!--", position)) >= 0:
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break
        pieces.append(text[position:opening])
        position = closing + 3
    pieces.append(text[position:])
    return "".join(pieces)


def _drop_code_elements(text: str) -> str:
    """Remove ``<script>...</script>`` and kin with their content.

    Each kind of element is searched for its closing tag at most once past any
    point where none was found, so thousands of unclosed ``<script>`` cost one
    scan, not one each. An unclosed one loses only its tag (removed later).
    """
    pieces: list[str] = []
    position = 0
    no_close_after: dict[str, int] = {}
    for opening in _CODE_OPEN.finditer(text):
        if opening.start() < position:
            continue
        name = opening.group(1).lower()
        if no_close_after.get(name, len(text) + 1) <= opening.start():
            continue
        closing = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, opening.end())
        if closing is None:
            no_close_after[name] = opening.start()
            continue
        pieces.append(text[position : opening.start()])
        position = closing.end()
    pieces.append(text[position:])
    return "".join(pieces)
