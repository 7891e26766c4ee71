"""Reading a text file someone asked to import: size judged first, UTF-8 or refused.

A jrnl journal and every Markdown note come through here. The bytes are read by
``app.media.intake.read_regular_file`` (no link followed, no pipe waited on, one
buffer), after the file's size has been judged against the format's limit, so a
2 GB file is refused before a byte is read. Text that is not UTF-8 is refused
naming the file rather than guessed at: a wrong guess would change the person's
words, and saving the file as UTF-8 is one step in any editor. Line ends become
line feeds, as every editor and jrnl itself read them. JSON that breaks is refused
saying where (``load_json``).

Tags found in such text are made storable here too (``usable_tags``): a tag too
long to keep is left in the text only, rather than refusing the whole import.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from app.errors import BadAttachment
from app.media.intake import read_regular_file
from app.storage.validation import MAX_TAG_CHARS, MAX_TAGS
from app.transfer.problems import ImportRefused, refused

MIB = 1024 * 1024


def too_large(shown: str, size: int, what: str, limit: int) -> ImportRefused:
    """The refusal for ``shown`` of ``size`` bytes, over the ``limit`` a ``what`` may have."""
    return refused(
        f"{shown} is {math.ceil(size / MIB):,} MB; Threshold imports {what} of up to "
        f"{limit // MIB} MB."
    )


def read_text(path: Path, shown: str, *, what: str, limit: int) -> str:
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
        raise refused(f"{shown} could not be read.") from error
    if size > limit:
        raise too_large(shown, size, what, limit)
    try:
        data = read_regular_file(path, limit)
    except BadAttachment as error:
        raise refused(f"{shown} could not be read as an ordinary file.") from error
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
        raise refused(f"{shown} holds a NUL character, so it seems not to be text.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_json(data: str | bytes, shown: str, what: str) -> object:
    """``data`` parsed as JSON; a refusal says where it breaks (line and column).

    Raises:
        ImportRefused: not JSON, not UTF-8, or nested too deeply to be ``what``.
    """
    try:
        return json.loads(data)
    except json.JSONDecodeError as error:
        raise refused(
            f"{shown} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from error
    except UnicodeDecodeError as error:
        raise _not_utf8(shown, error) from error
    except RecursionError as error:
        raise refused(f"{shown} is nested too deeply to be {what}.") from error


def _not_utf8(shown: str, error: UnicodeDecodeError) -> ImportRefused:
    return refused(
        f"{shown} is not UTF-8 text (byte {error.start + 1:,} is not); save it as UTF-8 "
        "and import it again."
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


def tags_left_in_text(entries: int) -> str:
    """The notice for ``entries`` whose tags were too many or too long to keep as tags."""
    return (
        f"{entries:,} entries have tags too long or too many (over {MAX_TAGS}) to keep as "
        "tags; those stay in the text only."
    )
