r"""Make an entry's Markdown safe to leave the vault, in every format, keeping its words.

An entry can hold raw HTML, ``javascript:`` links, remote images (tracking
pixels when the file is opened) and local file references. The exported
Markdown file is opened by other programs, which would run or fetch what it
holds; the text and HTML exports are rendered from the same neutralised
Markdown. So each block is neutralised here, in three passes over text (code
is left alone):

1. Real HTML is removed: tags as :mod:`app.export.html_names` defines them,
   comments, doctypes and processing instructions; ``script``, ``style``,
   frames and similar elements go with their content (it is code, not words).
   Words in angle brackets (``<you are nothing>``, ``Dear <name>,``,
   ``If x<y and y>z``) are not HTML and stay.
2. An image becomes its alt text; a link keeps its address only if it is http,
   https or mailto, otherwise it becomes its text; reference definitions
   pointing anywhere else are dropped. The one exception is the journal's own
   reference, ``![description](attachment:ID)`` (or a link to one), written
   exactly so: it names nothing another program could fetch or read, and each
   format resolves it (``app.export.attachment_refs``).
3. Every ``<`` left that another program could read as the start of a tag is
   written ``&lt;``, which every Markdown program shows as ``<``; an image
   mark left over is escaped, and so is a link to any other scheme.

Code (fenced, indented or in backticks) is kept exactly as written, found the
way CommonMark finds it (see :mod:`app.export.inline_scan`). Where that is in
doubt (a fence inside a quote or list), the block is treated as text, so
nothing in it can become a tag. Every pass runs in linear time.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right

from app.export.inline_scan import Kind, code_spans, plain_parts, tokens
from app.export.raw_html import remove_html

SAFE_SCHEMES = ("http", "https", "mailto")
_FENCE = re.compile(r"^ {0,3}(`{3,}(?=[^`]*$)|~{3,})")
_ANY_FENCE = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t>]+)*(?:`{3,}|~{3,})")
_LIST_START = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_TAG_LIKE = re.compile(r"<[A-Za-z/!?]")
_TICKS = re.compile(r"`+")
_UNESCAPED_TICK = re.compile(r"(?<!\\)((?:\\\\)*)`")  # a backtick no backslash escapes
_MARKUP = re.compile(r"[<`\\\[\]]|~~~|&#")
_INFO = re.compile(r"\.?[\w#.+-]*")  # what Python-Markdown takes as a language
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)", re.MULTILINE)


_IMAGE_INLINE = re.compile(r"(?<!\\)!\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_IMAGE_REFERENCE = re.compile(
    r"(?<!\\)!\[([^\[\]\n]*)\](?:\[[^\[\]\n]*\])?(?!\(attachment:[0-9a-f]{32}\))"
)
# The journal's own reference, kept for the export to resolve (app.export.attachment_refs):
# it names no place another program could fetch or read.
_ATTACHMENT_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\(attachment:[0-9a-f]{32}\)")
_ATTACHMENT_LINK = re.compile(r"\[[^\[\]\n]*\]\(attachment:[0-9a-f]{32}\)")
_ATTACHMENT_DESTINATION = re.compile(r"\(attachment:[0-9a-f]{32}\)")
# White space is taken possessively (*+, ++): giving it back could never help,
# and trying to made a "(" followed by 20,000 spaces take seconds.
_LINK = re.compile(
    r"(?<!\\)\[([^\[\]\n]*)\]\(\s*+<?((?:[^()\s<>]|\([^()\s]*\))*)>?"
    r"(?:\s++(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*+\)"
)
_DEFINITION = re.compile(
    r"^([ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*)\[(?:[^\[\]\\]|\\.){1,999}\]:"
    r"[ \t]*+(?:\n[ \t]*+)?(<[^<>\n]*>|\S+)[^\n]*",
    re.MULTILINE | re.DOTALL,
)
_LINK_OR_IMAGE = re.compile(r"(?<!\\)(?:\\\\)*(!\[)|\]\(")
# A line that can start a block of its own, or end one (a heading): a code span
# across it may be two pieces of text to another program.
_BLOCK_BOUNDARY = re.compile(r"\n[ \t]*(?:[\n>#*+\-_=|<`~:\d]|$)")
_TABLE_RULE = re.compile(r"^[ \t|:]*-[ \t|:-]*$", re.MULTILINE)
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
# "&#65" without its ";": CommonMark shows it as typed, Python-Markdown's family as "A"
# (and "&#1" as an invisible control character), so its "&" is written "&amp;".
_BARE_NUMBER = re.compile(r"&(?=#(?:[0-9]+(?![0-9;])|[xX][0-9a-fA-F]+(?![0-9a-fA-F;])))")
_BACKSLASH_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_DESTINATION = re.compile(r"\(\s*<?([^\s<>)]{0,512})")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def neutralise(block: str) -> str:
    """One Markdown block with nothing left that could run, fetch or read a file."""
    if not _MARKUP.search(block):
        return block  # most prose: nothing a tag, link, image or code could start with
    lines = block.split("\n")
    parts: list[str] = []
    start = 0
    while start < len(lines):
        end = _fenced_end(lines, start)
        if end is not None:
            parts.append(_fenced_code(lines[start:end]))
        else:
            end = _next_fence(lines, start)
            parts.append(_neutralise_lines(lines[start:end]))
        start = end
    return "\n".join(parts)


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
    lines = block.split("\n")
    return _fenced_end(lines, 0) is not None or _is_indented_code(lines)


def split_code_spans(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (part, is code span) pieces, in one linear pass."""
    return plain_parts(text)


# ---------------------------------------------------------------- block structure


def _fenced_end(lines: list[str], start: int) -> int | None:
    """If a fenced code block opens at ``lines[start]``, the index just past it."""
    opening = _FENCE.match(lines[start])
    if opening is None:
        return None
    fence = opening.group(1)
    for index in range(start + 1, len(lines)):
        if _closes(lines[index], fence):
            return index + 1
    return len(lines)


def _fenced_code(lines: list[str]) -> str:
    """A fenced block, written so that every Markdown program reads it as code.

    A plain one (closed, at the margin, a one-word info string) is kept as typed.
    Any other (unclosed, indented, ``~~~`` closed by ``~~~~``, words after the
    fence) some programs read as text, with tags in it, while others hide its
    info string: it is shown as typed, fence lines included, inside a fence.
    """
    opening = _FENCE.match(lines[0])
    assert opening is not None
    fence = opening.group(1)
    plain = (
        opening.group(0) == fence
        and len(lines) > 1
        and lines[-1].rstrip(" ") == fence
        and _INFO.fullmatch(lines[0][opening.end() :].strip(" ")) is not None
    )
    if plain:
        return "\n".join(lines)
    longest = max((len(run) for line in lines for run in _TICKS.findall(line)), default=0)
    ticks = "`" * max(3, longest + 1)
    return "\n".join([ticks, *lines, ticks])


def _closes(line: str, fence: str) -> bool:
    return bool(re.match(rf" {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", line))


def _outdent(line: str, spaces: int) -> str:
    """The line without up to ``spaces`` leading spaces (as CommonMark reads fenced code)."""
    return line[min(spaces, len(line) - len(line.lstrip(" "))) :]


def _next_fence(lines: list[str], start: int) -> int:
    """The index of the next line that opens a fenced block (fences interrupt text)."""
    for index in range(start + 1, len(lines)):
        if _FENCE.match(lines[index]):
            return index
    return len(lines)


def _is_indented_code(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    return (
        bool(filled)
        and not _LIST_START.match(filled[0])
        and all(_indent(line) >= 4 for line in filled)
    )


def _leading_code_lines(lines: list[str]) -> int:
    """How many lines at the start are indented code (0 when the first is not)."""
    if not lines or _indent(lines[0]) < 4 or not lines[0].strip():
        return 0
    count = 0
    for line in lines:
        if line.strip() and _indent(line) < 4:
            break
        count += 1
    return count


def _indent(line: str) -> int:
    """How many columns of white space a line starts with (tabs stop every 4)."""
    return len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs(4))


def _neutralise_lines(lines: list[str]) -> str:
    """Lines between fenced blocks: indented code, or text to neutralise."""
    if _is_indented_code(lines):
        return _indented_code(lines)
    lead = _leading_code_lines(lines)
    if lead:  # indented code, then a paragraph: every program reads the two apart
        return _indented_code(lines[:lead]) + "\n" + _neutralise_lines(lines[lead:])
    text = "\n".join(lines)
    if any(_ANY_FENCE.match(line) for line in lines):
        # A fence inside a quote or list: whether it is code depends on how
        # each program reads the containers, so nothing in it is trusted.
        return _escape_markup(text, trust_code=False)
    return _escape_markup(_links_and_images(remove_html(text)), trust_code=True)


def _indented_code(lines: list[str]) -> str:
    """Indented code as written; as a fenced block if it holds anything tag-like.

    Indented lines after a list continue the list in some programs and are code
    in others; a fence is code in every one.
    """
    text = "\n".join(lines)
    if not _TAG_LIKE.search(text):
        return text
    longest = max((len(run) for run in _TICKS.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    body = [_outdent(line, 4) for line in lines]
    body = [line[1:] if line.startswith("\t") else line for line in body]
    return "\n".join([fence, *body, fence])


# ---------------------------------------------------------------- pass 2: links and images


def _links_and_images(text: str) -> str:
    """Images as their alt text; links to anything but the web or mail as their text."""
    return "".join(part if code else _link_text(part) for part, code in plain_parts(text))


def _link_text(text: str) -> str:
    text = _IMAGE_INLINE.sub(_image_or_text, text)
    text = _IMAGE_REFERENCE.sub(lambda m: m.group(1), text)
    return _LINK.sub(_link_or_text, text)


def _image_or_text(found: re.Match[str]) -> str:
    """An image of the journal's own attachment stays; any other becomes its alt text."""
    return found.group(0) if _ATTACHMENT_IMAGE.fullmatch(found.group(0)) else found.group(1)


def _link_or_text(found: re.Match[str]) -> str:
    """A link to the web, mail or an attachment stays; any other becomes its text."""
    kept = is_safe_url(found.group(2)) or _ATTACHMENT_LINK.fullmatch(found.group(0))
    return found.group(0) if kept else found.group(1)


# ---------------------------------------------------------------- pass 3: escaping


def _escape_markup(text: str, *, trust_code: bool) -> str:
    """No ``<`` that starts a tag, image mark or link elsewhere than the web and mail.

    With ``trust_code``, code spans and web autolinks are kept as written;
    without, the whole text is treated as text.
    """
    if not trust_code:
        escaped = _TAG_START.sub("&lt;", _escape_region(text, 0, len(text)))
        # No reader may see code here either: an entity in code would show as typed.
        return _drop_unsafe_definitions(_UNESCAPED_TICK.sub(r"\1\\`", escaped), [])
    found = list(tokens(text, keep_link=_is_kept_link))
    table = _TABLE_RULE.search(text) is not None
    if any(_is_doubtful(text, *token, table=table) for token in found):
        return _escape_markup(text, trust_code=False)
    pieces: list[str] = []
    position = 0
    for kind, start, end in found:
        pieces.append(_escape_region(text, position, start))
        tag_like = _TAG_START.match(text, end - 1) if kind is Kind.ESCAPE else None
        if (kind is Kind.ANGLE and _TAG_START.match(text, start)) or tag_like:
            pieces.append("&lt;")
        else:
            pieces.append(text[start:end])
        position = end
    pieces.append(_escape_region(text, position, len(text)))
    escaped = "".join(pieces)
    return _drop_unsafe_definitions(escaped, code_spans(escaped))


def _is_doubtful(text: str, kind: Kind, start: int, end: int, *, table: bool) -> bool:
    """Whether other programs may read code where this reads text, around this token.

    A code span over a line that may start a block or that is a heading, or
    over table cells (they may see a boundary in it), or two or more backticks
    that close nothing (Python-Markdown then tries fewer of them, and pairs
    backticks differently from then on).
    """
    if kind is Kind.TICKS:
        return end - start > 1
    if kind is not Kind.CODE:
        return False
    if table and "|" in text[start:end]:
        return True
    if "\n" not in text[start:end]:
        return False
    heading = _HEADING.match(text, text.rfind("\n", 0, start) + 1)
    return heading is not None or _BLOCK_BOUNDARY.search(text, start, end) is not None


def _is_kept_link(address: str) -> bool:
    """An autolink kept as a link: to the web, or a mail address."""
    return is_safe_url(address) or ":" not in address


def _escape_region(text: str, start: int, end: int) -> str:
    """Plain text with image marks and links to other schemes escaped."""
    pieces: list[str] = []
    position = start
    for found in _LINK_OR_IMAGE.finditer(text, start, end):
        if found.group(1):
            if _ATTACHMENT_IMAGE.match(text, found.start(1)):
                continue
            cut, replacement = found.start(1), "\\!["
        elif _ATTACHMENT_DESTINATION.match(text, found.start() + 1):
            continue
        elif _scheme_is_unsafe(text, found.start() + 1):
            cut, replacement = found.start(), "]\\("
        else:
            continue
        pieces += [text[position:cut], replacement]
        position = found.end()
    pieces.append(text[position:end])
    return _BARE_NUMBER.sub("&amp;", "".join(pieces))


def _scheme_is_unsafe(text: str, paren: int) -> bool:
    """Whether the link destination after ``text[paren]`` names a scheme other than ours."""
    destination = _DESTINATION.match(text, paren)
    if destination is None:
        return False
    scheme = _SCHEME.match(_decoded(destination.group(1)))
    return scheme is not None and scheme.group(1).lower() not in SAFE_SCHEMES


def _decoded(address: str) -> str:
    """An address as a browser reads it: escapes and entities resolved, no white space."""
    return _INVISIBLE.sub("", html.unescape(_BACKSLASH_ESCAPE.sub(r"\1", address)))


def _drop_unsafe_definitions(text: str, spans: list[tuple[int, int]]) -> str:
    """Remove reference definitions whose address is not http, https or mailto."""

    def keep_or_drop(found: re.Match[str]) -> str:
        if _overlaps(spans, found.start(), found.end()) or is_safe_url(_decoded(found.group(2))):
            return found.group(0)
        return found.group(1)

    return _DEFINITION.sub(keep_or_drop, text)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted, disjoint ``spans``."""
    index = bisect_right([span_end for _, span_end in spans], start)
    return index < len(spans) and spans[index][0] < end
