"""Reading a text file someone asked to import: size judged first, UTF-8 or refused.

A jrnl journal and every Markdown note come through here. The bytes are read by
``app.media.intake.read_regular_file`` (no link followed, no pipe waited on, one
buffer), after the file's size has been judged against the format's limit, so a
2 GB file is refused before a byte is read. Text that is not UTF-8 is refused
naming the file rather than guessed at: a wrong guess would change the person's
words, and saving the file as UTF-8 is one step in any editor. Line ends become
line feeds, as every editor and jrnl itself read them. JSON that breaks is refused
saying where (``load_json``); JSON that parses but holds what no journal could
keep (a number of thousands of digits, half a surrogate pair, nesting past what
the parser follows) is refused saying what (``json_value``, which the archive
reader uses too).

Tags found in such text are made storable here too (``usable_tags``): a tag too
long to keep is left in the text only, rather than refusing the whole import.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from app.errors import BadAttachment
from app.media.intake import read_regular_file
from app.records.imports import ImportNotice
from app.storage.validation import MAX_TAG_CHARS, MAX_TAGS
from app.transfer.problems import ImportRefused, refused
from app.words import QT_TR_NOOP, Said

MIB = 1024 * 1024


def too_large(shown: str, size: int, what: str | Said, limit: int) -> ImportRefused:
    """The refusal for ``shown`` of ``size`` bytes, over the ``limit`` a ``what`` may have."""
    return refused(
        QT_TR_NOOP("{name} is {size} MB; Threshold imports {what} of up to {limit} MB."),
        name=shown,
        size=math.ceil(size / MIB),
        what=what,
        limit=limit // MIB,
    )


def read_text(path: Path, shown: str, *, what: str | Said, limit: int) -> str:
    """The text of the regular file at ``path`` (a link is refused), at most ``limit`` bytes.

    Args:
        path: the file; its last part must not be a link.
        shown: how the refusal names it (a path relative to the chosen folder).
        what: what it is, for the size refusal ("a note").
        limit: the largest size read.

    Raises:
        ImportRefused: missing, a link or not a regular file, unreadable, over
            ``limit``, not UTF-8, or holding a NUL character.
    """
    try:
        size = os.lstat(path).st_size
    except OSError as error:
        raise refused(QT_TR_NOOP("{name} could not be read."), name=shown) from error
    if size > limit:
        raise too_large(shown, size, what, limit)
    try:
        data = read_regular_file(path, limit)
    except BadAttachment as error:
        raise refused(
            QT_TR_NOOP("{name} could not be read as an ordinary file."), name=shown
        ) from error
    if len(data) > limit:
        raise too_large(shown, len(data), what, limit)
    return decode_text(data, shown)


def decode_text(data: bytes, shown: str) -> str:
    """``data`` as UTF-8 (a leading byte-order mark dropped), with line feeds for line ends.

    Raises:
        ImportRefused: not UTF-8, or a NUL character (a binary file, not text).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _not_utf8(shown, error) from error
    if "\x00" in text:
        raise refused(
            QT_TR_NOOP("{name} holds a NUL character, so it seems not to be text."), name=shown
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_json(data: str | bytes, shown: str, what: str | Said) -> object:
    """``data`` parsed as JSON (``json_value``); a refusal says where it breaks, or what.

    Raises:
        ImportRefused: not JSON (line and column said), not UTF-8, nested too deeply
            to be ``what``, a number too long to read, or a broken character.
    """
    try:
        return json_value(data)
    except json.JSONDecodeError as error:
        raise refused(
            QT_TR_NOOP("{name} is not valid JSON (line {line}, column {column}: {reason})."),
            name=shown,
            line=error.lineno,
            column=error.colno,
            reason=error.msg,
        ) from error
    except UnicodeDecodeError as error:
        raise _not_utf8(shown, error) from error
    except JsonTooDeep as error:
        raise refused(
            QT_TR_NOOP("{name} is nested too deeply to be {what}."), name=shown, what=what
        ) from error
    except ValueError as error:
        raise refused(
            QT_TR_NOOP("{name} can't be read: {reason}."), name=shown, reason=error
        ) from error


class JsonTooDeep(ValueError):
    """JSON nested deeper than Python's parser follows (its RecursionError, caught)."""


def json_value(data: str | bytes, parse_constant: Callable[[str], object] | None = None) -> object:
    r"""``data`` as JSON, every string in it text a journal can keep.

    Python's parser lets through what the journal could never store or show: a
    lone half of a surrogate pair (``"\ud800"``), which no UTF-8 holds, and it
    raises bare errors for a number of thousands of digits and for deep nesting.
    Each becomes a ``ValueError`` in plain words ("it holds …").

    Args:
        data: the JSON; bytes must be UTF-8 (or UTF-16/32, as ``json`` detects).
        parse_constant: what ``json.loads`` calls for NaN and Infinity (None: accept them).

    Raises:
        json.JSONDecodeError: not JSON.
        UnicodeDecodeError: bytes that are not the text they claim to be.
        JsonTooDeep: nested too deeply to parse.
        ValueError: a number too long to read, or a broken character.
    """
    text = data.decode(json.detect_encoding(data)) if isinstance(data, bytes) else data
    try:
        value = json.loads(text, parse_constant=parse_constant)
    except json.JSONDecodeError:
        raise
    except RecursionError as error:
        raise JsonTooDeep(Said(QT_TR_NOOP("it is nested too deeply to read"))) from error
    except ValueError as error:  # int(): over sys.get_int_max_str_digits() digits
        limit = sys.get_int_max_str_digits()
        raise ValueError(
            Said(
                QT_TR_NOOP("it holds a number of more than {count} digits, too long to read"),
                {"count": limit},
            )
        ) from error
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise ValueError(
            Said(
                QT_TR_NOOP(
                    "it holds a broken character (an escape such as \\ud800 that stands "
                    "for no letter)"
                )
            )
        )
    return value


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_lone_surrogate(value: object) -> bool:
    """Whether any string (or key) in parsed JSON holds a lone surrogate; no recursion."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _LONE_SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            pending.extend(item)
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def _not_utf8(shown: str, error: UnicodeDecodeError) -> ImportRefused:
    return refused(
        QT_TR_NOOP(
            "{name} is not UTF-8 text (byte {byte} is not); save it as UTF-8 and import it again."
        ),
        name=shown,
        byte=error.start + 1,
    )


def usable_tags(tags: list[str] | tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """The tags an entry can keep (trimmed, once each, short enough, at most ``MAX_TAGS``).

    Returns:
        The tags, and whether any was left out (it stays in the text where it was).
    """
    kept: dict[str, str] = {}
    dropped = False
    for raw in tags:
        tag = " ".join(raw.split()).lstrip("#@").strip()
        if not tag or tag.casefold() in kept:
            continue
        if len(tag) > MAX_TAG_CHARS or len(kept) == MAX_TAGS:
            dropped = True
            continue
        kept[tag.casefold()] = tag
    return tuple(kept.values()), dropped


def tags_left_in_text(entries: int) -> ImportNotice:
    """The notice for ``entries`` whose tags were too many or too long to keep as tags."""
    return notice(
        QT_TR_NOOP(
            "{count} entries have tags too long or too many (over {most}) to keep as "
            "tags; those stay in the text only."
        ),
        count=entries,
        most=str(MAX_TAGS),
    )


def notice(template: str, **details: object) -> ImportNotice:
    """A preview's notice: ``template`` (marked) and its details, said when shown."""
    return ImportNotice(Said(template, details))
