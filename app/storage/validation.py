"""Check and tidy what a person typed before it is stored.

Text is kept exactly as written (no Unicode normalisation of the body: it is the
user's words). Only what cannot be stored faithfully is refused, with a message
that says what to change; tags and titles are tidied so filters behave.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.errors import InvalidInput
from app.records.entries import EntryFields
from app.words import QT_TR_NOOP, Said

MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_TITLE_CHARS = 300
MAX_TAG_CHARS = 64
MAX_TAGS = 50
HEADLINE_CHARS = 120
MOODS = range(1, 6)
ENERGIES = range(1, 4)
MAX_FEELING_CHARS = 40
MAX_PULL_CHARS = 120
MAX_PULLS = 20
_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # C0 and C1: never shown in a one-line field
_MARKDOWN_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+")


def check_text(text: str, what: str) -> None:
    """Refuse text that cannot be stored faithfully; ``what`` names it (a marked template).

    Raises:
        InvalidInput: the text holds a NUL character or a lone surrogate.
    """
    if "\x00" in text:
        raise InvalidInput(
            QT_TR_NOOP(
                "The {what} contains a NUL character, which usually means it came from a "
                "binary file. Nothing was saved."
            ),
            what=Said(what),
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidInput(
            QT_TR_NOOP(
                "The {what} contains a broken character that can't be stored. Nothing was saved."
            ),
            what=Said(what),
        ) from error


def clean_fields(fields: EntryFields) -> EntryFields:
    """Validate an entry's fields and return them tidied.

    Raises:
        InvalidInput: something cannot be stored; nothing was changed.
    """
    check_text(fields.body, QT_TR_NOOP("entry text"))
    size = len(fields.body.encode("utf-8"))
    if size > MAX_BODY_BYTES:
        raise InvalidInput(
            QT_TR_NOOP(
                "That text is {size} MB; one entry can hold up to {limit} MB. Nothing was "
                "saved. You could split it into several entries."
            ),
            size=f"{size / 1_048_576:.1f}",
            limit=MAX_BODY_BYTES // 1_048_576,
        )
    if fields.mood is not None and fields.mood not in MOODS:
        raise InvalidInput(QT_TR_NOOP("Mood is a number from 1 to 5, or left empty."))
    if fields.energy is not None and fields.energy not in ENERGIES:
        raise InvalidInput(QT_TR_NOOP("Energy is a number from 1 to 3, or left empty."))
    feeling = _clean_optional(fields.feeling, QT_TR_NOOP("feeling"))
    if feeling is not None:
        feeling = _one_line(feeling)
        if len(feeling) > MAX_FEELING_CHARS:
            raise InvalidInput(
                QT_TR_NOOP("A feeling word can be up to {limit} characters."),
                limit=MAX_FEELING_CHARS,
            )
    return replace(
        fields,
        title=clean_title(fields.title),
        tags=clean_tags(fields.tags),
        theme=_clean_optional(fields.theme, QT_TR_NOOP("theme")),
        prompt=_clean_optional(fields.prompt, QT_TR_NOOP("prompt id")),
        feeling=feeling,
        pulls=clean_pulls(fields.pulls),
    )


def clean_pulls(pulls: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trim, fold spaces and drop repeats; preset ids and the user's own words alike."""
    cleaned: list[str] = []
    for raw in pulls:
        check_text(raw, QT_TR_NOOP("pull"))
        pull = _one_line(raw)
        if len(pull) > MAX_PULL_CHARS:
            raise InvalidInput(
                QT_TR_NOOP("What pulled at you can be up to {limit} characters."),
                limit=MAX_PULL_CHARS,
            )
        if pull and pull.casefold() not in {p.casefold() for p in cleaned}:
            cleaned.append(pull)
    if len(cleaned) > MAX_PULLS:
        raise InvalidInput(QT_TR_NOOP("An entry can hold up to {limit} pulls."), limit=MAX_PULLS)
    return tuple(cleaned)


def clean_title(title: str) -> str:
    """One line, trimmed, at most ``MAX_TITLE_CHARS`` characters."""
    check_text(title, QT_TR_NOOP("title"))
    return _one_line(title)[:MAX_TITLE_CHARS]


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trim, drop a leading '#', fold spaces and drop repeats (ignoring case)."""
    cleaned: list[str] = []
    seen: set[str] = set()
    for raw in tags:
        check_text(raw, QT_TR_NOOP("tag"))
        tag = _one_line(raw).lstrip("#").strip()
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS:
            raise InvalidInput(
                QT_TR_NOOP("A tag can be up to {limit} characters long."), limit=MAX_TAG_CHARS
            )
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            cleaned.append(tag)
    if len(cleaned) > MAX_TAGS:
        raise InvalidInput(QT_TR_NOOP("An entry can have up to {limit} tags."), limit=MAX_TAGS)
    return tuple(cleaned)


def headline(title: str, body: str) -> str:
    """What a list shows: the title, or else the first line of text."""
    if title:
        return title[:HEADLINE_CHARS]
    for line in body.splitlines():
        text = _SPACES.sub(" ", _MARKDOWN_LEAD.sub("", line)).strip()
        if text:
            return text if len(text) <= HEADLINE_CHARS else text[: HEADLINE_CHARS - 1] + "…"
    return ""


def _one_line(text: str) -> str:
    """Control characters and runs of white space become single spaces."""
    return _SPACES.sub(" ", _CONTROLS.sub(" ", text)).strip()


def _clean_optional(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    check_text(value, what)
    value = value.strip()
    return value or None
