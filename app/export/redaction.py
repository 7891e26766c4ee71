"""Replace names with initials or pseudonyms before anything is exported.

A person leaving an abusive relationship may want to share an entry without
naming the people in it. Names are matched as whole words, in any case, in any
script ("Zoë", "ZOË"), and the longest name wins, so "Margaret Smith" becomes
"M. S." rather than "M. Smith". Possessives keep their ending ("Margaret's" ->
"M. S.'s") because the apostrophe is not part of a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.errors import InvalidInput
from app.export.model import Redaction

MAX_NAME_CHARS = 200
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


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
    return pattern.sub(lambda found: _replacement(found.group(0), table), text)


def initials(name: str) -> str:
    """A name's initials: "Margaret Smith" -> "M. S.", "Anne-Marie" -> "A.-M."."""
    words = unicodedata.normalize("NFC", name).split()
    return " ".join("-".join(f"{part[0].upper()}." for part in w.split("-") if part) for w in words)


def parse_redaction(value: str) -> Redaction:
    """Parse the CLI's ``NAME=PSEUDONYM`` (``NAME=`` means initials).

    Raises:
        InvalidInput: no "=", an empty name, or control characters.
    """
    name, equals, replacement = value.partition("=")
    if _CONTROLS.search(value):
        raise InvalidInput("A name to redact must be one short line. Nothing was exported.")
    name, replacement = name.strip(), replacement.strip()
    if not equals or not name:
        raise InvalidInput(
            "--redact takes NAME=PSEUDONYM, for example --redact 'Margaret Smith=M', "
            "or NAME= for initials. Nothing was exported."
        )
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput("A name to redact must be one short line. Nothing was exported.")
    return Redaction(name, replacement)


def _table(redactions: Iterable[Redaction]) -> dict[str, str]:
    """Matching key -> replacement; a later entry for the same name wins."""
    table: dict[str, str] = {}
    for redaction in redactions:
        name = " ".join(unicodedata.normalize("NFC", redaction.name).split())
        if name:
            table[_key(name)] = redaction.replacement or initials(name)
    return table


def _key(name: str) -> str:
    """Names compare case-insensitively and with any run of spaces as one."""
    return " ".join(name.split()).casefold()


def _replacement(matched: str, table: dict[str, str]) -> str:
    """The replacement for a matched name (casefolding and ``re`` rarely disagree)."""
    found = table.get(_key(matched))
    if found is not None:
        return found
    for name, replacement in table.items():
        if _pattern({name: replacement}).fullmatch(matched):
            return replacement
    return matched  # pragma: no cover - every match comes from the table


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    """One alternation, longest name first, bounded by non-word characters."""
    names = sorted(table, key=len, reverse=True)
    alternatives = (r"\s+".join(re.escape(word) for word in name.split()) for name in names)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
