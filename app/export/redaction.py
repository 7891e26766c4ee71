"""Replace names with initials or pseudonyms before anything is exported.

A person leaving an abusive relationship may want to share an entry without
naming the people in it. Names are matched as whole words, in any case, in any
script ("Zoë", "ZOË"), and the longest name wins, so "Margaret Smith" becomes
"M. S." rather than "M. Smith". Possessives keep their ending ("Margaret's" ->
"M. S.'s") because the apostrophe is not part of a word.

A replacement keeps the case shape of what it replaces, so the export still
reads as written: a name that starts a sentence gives a pseudonym that starts
with a capital ("Margaret called." -> "My mother called."), and a name in
capitals gives one in capitals ("MARGARET" -> "MY MOTHER"). Anywhere else the
pseudonym is used exactly as typed: a capital on a name in mid-sentence
belongs to the name, and "I told my mother" must not become "I told My mother".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.errors import InvalidInput
from app.export.model import Redaction
from app.words import QT_TR_NOOP

MAX_NAME_CHARS = 200
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
# What may stand between a sentence's end (or a line's start) and its first word.
_OPENERS = " \t\"'\u201c\u2018\u00ab\u201e\u201a([{*_~`"
_CLOSERS = " \t\"'\u201d\u2019\u00bb)]}*_~`"
_SENTENCE_ENDS = (".", "!", "?", "\u2026")
# A line's start up to its first word: Markdown's marks (headings, quotes, list
# items; group 1) and any opening quotes, brackets or emphasis.
_LINE_HEAD = re.compile(
    r"[ \t]*((?:(?:#{1,6}|[-+*]|\d{1,9}[.)])[ \t]+|>[ \t]*)*)[" + re.escape(_OPENERS) + "]*"
)


def apply(text: str, redactions: Iterable[Redaction]) -> str:
    """``text`` with every redacted name replaced, in one pass.

    One pass matters: a pseudonym that contains another name on the list is
    never replaced again. The text is put in NFC form first, so a name typed
    with a precomposed "ë" also matches one written as "e" plus a diaeresis.
    """
    table = _table(redactions)
    if not table or not text:
        return text
    pattern = _pattern(table)
    text = unicodedata.normalize("NFC", text)
    return pattern.sub(lambda found: _shaped(found, table), text)


def same_name(first: str, second: str) -> bool:
    """Whether two names would match the same words (case and spacing aside)."""
    return _key(unicodedata.normalize("NFC", first)) == _key(unicodedata.normalize("NFC", second))


def match_case(matched: str, name: str, replacement: str, *, sentence_start: bool) -> str:
    """``replacement`` in the case shape of ``matched`` (see the module's docstring).

    Args:
        matched: the words found in the text.
        name: the name as the user typed it: a name typed in capitals ("JJ")
            says nothing when it is found in capitals.
        replacement: the pseudonym as the user typed it.
        sentence_start: whether ``matched`` starts a sentence, a heading or a list item.
    """
    if _all_capitals(matched) and not _all_capitals(name):
        return replacement.upper()
    if sentence_start and _first_letter(matched).isupper():
        return _capitalised(replacement)
    return replacement


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``text[start]`` begins a sentence.

    True at the start of the text, of a paragraph, heading, quote or list item,
    and after ".", "!", "?" or "…" (with any quotes, brackets or emphasis marks
    between). A line that merely continues a paragraph is not a new sentence.
    """
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    at_line_start = _LINE_HEAD.fullmatch(head)
    if at_line_start is None:
        return head.rstrip(_OPENERS).rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
    if at_line_start.group(1):
        return True
    before = text[:line_start]
    if not before.strip() or re.search(r"\n[ \t]*\n[ \t]*$", before):
        return True
    return before.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


def initials(name: str) -> str:
    """A name's initials: "Margaret Smith" -> "M. S.", "Anne-Marie" -> "A.-M."."""
    words = unicodedata.normalize("NFC", name).split()
    return " ".join("-".join(f"{part[0].upper()}." for part in w.split("-") if part) for w in words)


NOT_ONE_LINE = QT_TR_NOOP("A name to redact must be one short line. Nothing was exported.")


def parse_redaction(value: str) -> Redaction:
    """Parse the CLI's ``NAME=PSEUDONYM`` (``NAME=`` means initials).

    Raises:
        InvalidInput: no "=", an empty name, or control characters.
    """
    name, equals, replacement = value.partition("=")
    if _CONTROLS.search(value):
        raise InvalidInput(NOT_ONE_LINE)
    name, replacement = name.strip(), replacement.strip()
    if not equals or not name:
        raise InvalidInput(
            QT_TR_NOOP(
                "--redact takes NAME=PSEUDONYM, for example --redact 'Margaret Smith=M', "
                "or NAME= for initials. Nothing was exported."
            )
        )
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput(NOT_ONE_LINE)
    return Redaction(name, replacement)


Table = dict[str, tuple[str, str]]
"""Matching key -> (the name as typed, its replacement)."""


def _table(redactions: Iterable[Redaction]) -> Table:
    """Each name's key, name and replacement; a later entry for the same name wins."""
    table: Table = {}
    for redaction in redactions:
        name = " ".join(unicodedata.normalize("NFC", redaction.name).split())
        if name:
            table[_key(name)] = (name, redaction.replacement or initials(name))
    return table


def _shaped(found: re.Match[str], table: Table) -> str:
    """The replacement for one match, in the match's case shape."""
    matched = found.group(0)
    name, replacement = _replacement(matched, table)
    start = starts_sentence(found.string, found.start())
    return match_case(matched, name, replacement, sentence_start=start)


def _all_capitals(text: str) -> bool:
    """Capitals only, and at least two letters ("MARGARET"; not "M" or "M.")."""
    return text.isupper() and sum(char.isalpha() for char in text) >= 2


def _first_letter(text: str) -> str:
    return next((char for char in text if char.isalpha()), "")


def _capitalised(text: str) -> str:
    """``text`` with its first letter a capital, the rest as typed ("my Mum" -> "My Mum").

    Only a letter at the very start (after any opening quote or bracket) is
    changed: "(my aunt)" -> "(My aunt)", but "3 cousins" stays as typed.
    """
    index = len(text) - len(text.lstrip(_OPENERS))
    if index < len(text) and text[index].isalpha():
        return text[:index] + text[index].upper() + text[index + 1 :]
    return text


def _key(name: str) -> str:
    """Names compare case-insensitively and with any run of spaces as one."""
    return " ".join(name.split()).casefold()


def _replacement(matched: str, table: Table) -> tuple[str, str]:
    """The name and replacement for a match (casefolding and ``re`` rarely disagree)."""
    found = table.get(_key(matched))
    if found is not None:
        return found
    for key, value in table.items():
        if _pattern({key: value}).fullmatch(matched):
            return value
    return matched, matched  # pragma: no cover - every match comes from the table


def _pattern(table: Table) -> re.Pattern[str]:
    """One alternation, longest name first, bounded by non-word characters."""
    names = sorted(table, key=len, reverse=True)
    alternatives = (r"\s+".join(re.escape(word) for word in name.split()) for name in names)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
