"""Find and remove the real HTML in a piece of Markdown text, keeping words.

Markdown programs read raw HTML left to right as CommonMark does (see
:mod:`app.export.inline_scan`): a tag, comment, doctype or processing
instruction is one piece, and ``script``, ``style`` and other code elements
take everything up to their closing tag. What is real HTML, rather than words
in angle brackets, is decided by :mod:`app.export.html_names`.
"""

from __future__ import annotations

import re

from app.export import html_names
from app.export.inline_scan import Kind, tokens

_DANGEROUS_SCHEMES = frozenset({"javascript", "vbscript", "data", "file"})
_ATTRIBUTE_VALUE = r"""\s*=\s*(?:[^\s"'=<>`]+|'[^'<]*'|"[^"<]*")"""
_ATTRIBUTE = re.compile(rf"\s+([A-Za-z_:][A-Za-z0-9_.:-]*)({_ATTRIBUTE_VALUE})?")
_OPEN_TAG = re.compile(
    rf"<([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:{_ATTRIBUTE_VALUE})?)*)\s*/?>"
)
_CLOSE_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9-]*)\s*>")
_DOCTYPE = re.compile(r"<!doctype\b", re.IGNORECASE)
_INSTRUCTION = re.compile(r"<\?(?:xml|php)\b", re.IGNORECASE)


def remove_html(text: str) -> str:
    """The text without real HTML, comments, doctypes, instructions or code links."""
    finder = _HtmlFinder()
    pieces: list[str] = []
    position = 0
    for kind, start, end in tokens(text, finder.end):
        if kind is Kind.HTML or (kind is Kind.AUTOLINK and _is_code_link(text[start + 1 : end])):
            pieces.append(text[position:start])
            position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _is_code_link(address: str) -> bool:
    scheme = address.partition(":")[0].lower()
    return "@" not in scheme and scheme in _DANGEROUS_SCHEMES


class _HtmlFinder:
    """Finds the end of the real HTML construct at a ``<``, if there is one.

    Remembers closings it did not find (``-->``, ``</script>``...), so a
    thousand unclosed openings cost one search, not one each.
    """

    def __init__(self) -> None:
        self._absent_from: dict[str, int] = {}
        self._opened: set[str] = set()  # made-up elements opened as HTML (<foo onclick=x>)

    def end(self, text: str, start: int) -> int | None:
        """Where the construct starting at ``text[start]`` (a ``<``) ends."""
        if text.startswith("<!--", start):
            return self._through(text, "-->", start + 2)
        if text.startswith("<![CDATA[", start):
            return self._through(text, "]]>", start + 9)
        if _DOCTYPE.match(text, start):
            return self._through(text, ">", start + 2)
        if _INSTRUCTION.match(text, start):
            return self._through(text, "?>", start + 2)
        closing = _CLOSE_TAG.match(text, start)
        if closing:
            name = closing.group(1).lower()
            real = name in self._opened or html_names.is_real_tag(name, (), closing=True)
            return closing.end() if real else None
        return self._open_tag(text, start)

    def _open_tag(self, text: str, start: int) -> int | None:
        tag = _OPEN_TAG.match(text, start)
        if tag is None:
            return None
        attributes = [(m.group(1), bool(m.group(2))) for m in _ATTRIBUTE.finditer(tag.group(2))]
        name = tag.group(1).lower()
        if not html_names.is_real_tag(name, attributes, closing=False):
            return None
        self._opened.add(name)
        if name in html_names.CODE_ELEMENTS and not tag.group(0).endswith("/>"):
            return self._through(text, f"</{name}", tag.end()) or tag.end()
        return tag.end()

    def _through(self, text: str, closing: str, start: int) -> int | None:
        """The index just past the next ``closing`` from ``start``, or None.

        A closing tag (``</script``) is matched in any case, up to its ``>``.
        """
        if start >= self._absent_from.get(closing, len(text) + 1):
            return None
        if closing.startswith("</"):
            pattern = rf"{re.escape(closing)}\s*>"
            found = re.compile(pattern, re.IGNORECASE).search(text, start)
            end = found.end() if found else None
        else:
            index = text.find(closing, start)
            end = index + len(closing) if index >= 0 else None
        if end is None:
            self._absent_from[closing] = start
        return end
