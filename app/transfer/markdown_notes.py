"""One Markdown note's fields: front matter, the date in its name, its title and tags.

Obsidian, Logseq and static-site notes keep fields in YAML front matter (``---``
lines around it, at the very top); daily notes carry their date in the file's
name (``2024-01-05.md``, Logseq's ``2024_01_05.md``, ``2024-01-05 Friday.md``).
Tags come from the front matter, from ``#hashtags`` in the text and from
Logseq's ``tags::`` lines, never from code: code is masked (blanked, keeping
every offset) before anything is looked for, so the pictures' search uses the
same mask.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping

import yaml

from app.transfer.problems import refused

_YAML_11 = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
_ONLY_DATE = re.compile(rf"\s*\d{{4}}[-_.]\d{{2}}[-_.]\d{{2}}(?:[\s,_-]+(?:{_WEEKDAYS}))?\s*", re.I)
_FENCE = re.compile(
    r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|\Z)", re.M | re.S
)
_TICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HASHTAG = re.compile(r"(?<!\S)#(\w[\w/-]*)")
_LOGSEQ_TAGS = re.compile(r"^[ \t]*(?:- )?tags::[ \t]*(.*)$", re.M | re.I)
_MARKED_KEYS = ("starred", "pinned", "favorite", "favourite")
Fields = Mapping[str, object]
"""A note's front matter: names and values as YAML gave them (values as words, see below)."""


def _words_loader() -> type:
    """A safe YAML loader that leaves every plain value the words written.

    PyYAML reads YAML 1.1, where ``Yes`` and ``no`` are booleans, ``12:30`` is
    750 (base 60), ``010`` is 8 and ``1.10`` is 1.1: a title or tag would change
    under the person's eyes. Obsidian and the static-site tools read such values as
    text (YAML 1.2), so the guesses for booleans, numbers and times are left out;
    ``null`` and ``~`` still mean no value, and a date is read from its words
    (``front_matter_time``).
    """
    dropped = {f"tag:yaml.org,2002:{name}" for name in ("bool", "int", "float", "timestamp")}
    dropped.add("tag:yaml.org,2002:value")  # "=" alone, which no safe loader can build
    resolvers = {
        first: [(tag, pattern) for tag, pattern in pairs if tag not in dropped]
        for first, pairs in _YAML_11.yaml_implicit_resolvers.items()
    }
    return type("WordsLoader", (_YAML_11,), {"yaml_implicit_resolvers": resolvers})


_LOADER = _words_loader()


def split_front_matter(text: str, shown: str) -> tuple[Fields, str]:
    """The front matter's fields (empty without one) and the text after it, as written.

    Raises:
        ImportRefused: the front matter is not valid YAML, or not names and values.
    """
    found = _FRONT_MATTER.match(text)
    if found is None:
        return {}, text
    try:
        fields = yaml.load(found["yaml"] or "", Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" (line {mark.line + 2:,})" if mark is not None else ""
        raise refused(f"The front matter of {shown} is not valid YAML{where}.") from error
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        raise refused(f"The front matter of {shown} holds a value that cannot be read.") from error
    if fields is None:
        return {}, text[found.end() :]
    if not isinstance(fields, dict):
        raise refused(f"The front matter of {shown} is not a list of names and values.")
    return {str(name): value for name, value in fields.items()}, text[found.end() :]


def front_matter_time(fields: Fields) -> tuple[dt.date | dt.datetime | None, bool]:
    """The note's date or time (``date``, else ``created``); and whether one was unreadable.

    A time with a zone keeps the day it was written on; a time without one is local.
    """
    for name in ("date", "created"):
        value = fields.get(name)
        if value is None or value == "":
            continue
        when = _as_time(value)
        return when, when is None
    return None, False


def _as_time(value: object) -> dt.date | dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.astimezone()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return _as_time(dt.datetime.fromisoformat(text))
    except ValueError:
        return _yaml_time(text)


def _yaml_time(text: str) -> dt.date | dt.datetime | None:
    """A date or time as YAML 1.1 writes one that ISO does not (``2024-01-05 9:30:00 +2``)."""
    try:
        value = yaml.load(text, Loader=_YAML_11)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    return _as_time(value) if isinstance(value, dt.date) else None


def date_in_name(stem: str) -> dt.date | None:
    """The first real date written in a file's name (``-``, ``_`` or ``.`` between)."""
    for found in _NAME_DATE.finditer(stem):
        try:
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            continue
    return None


def note_title(fields: Fields, stem: str) -> str:
    """The front matter's title, else the file's name unless that is only a date."""
    value = fields.get("title")
    if isinstance(value, (str, int, float, dt.date)) and str(value).strip():
        return str(value)
    return "" if _ONLY_DATE.fullmatch(stem) and date_in_name(stem) else stem


def is_marked(fields: Fields) -> bool:
    """Whether the note was starred, pinned or made a favourite."""
    return any(_truthy(fields.get(name)) for name in _MARKED_KEYS)


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() in {"true", "yes", "on", "1"}


def front_matter_tags(fields: Fields) -> list[str]:
    """``tags`` (or ``tag``): a list, or one string of words or of comma-separated names."""
    value = fields.get("tags", fields.get("tag"))
    if isinstance(value, str):
        return value.split(",") if "," in value else value.split()
    if isinstance(value, list):
        return [str(item) for item in value if isinstance(item, (str, int, float))]
    return []


def code_masked(text: str) -> str:
    """``text`` with fenced and inline code blanked (line breaks kept: offsets hold)."""
    masked = _FENCE.sub(lambda found: _blank(found[0]), text)
    pieces, done = [], 0
    for start, end in _code_spans(masked):
        pieces += [masked[done:start], _blank(masked[start:end])]
        done = end
    return "".join([*pieces, masked[done:]])


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Where inline code is: a run of backticks to the next run as long, in one paragraph.

    Found in one pass over the runs (a regex would search the rest of the text again
    from every run that is never closed).
    """
    runs = [(found.start(), found.end()) for found in _TICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    breaks = [found.start() for found in _BLANK_LINE.finditer(text)]
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        later = bisect.bisect_right(same, index)
        paragraph_end = _next(breaks, start, len(text))
        if later < len(same) and runs[same[later]][0] < paragraph_end:
            spans.append((start, runs[same[later]][1]))
            index = same[later] + 1
        else:
            index += 1
    return spans


def _next(positions: list[int], after: int, default: int) -> int:
    """The first of the sorted ``positions`` past ``after``, else ``default``."""
    found = bisect.bisect_right(positions, after)
    return positions[found] if found < len(positions) else default


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def text_tags(masked: str) -> list[str]:
    """``#hashtags`` (not ``#123``, not a heading's ``# ``) and Logseq's ``tags::`` names."""
    tags = [tag.rstrip("/-") for tag in _HASHTAG.findall(masked) if not tag.isdigit()]
    for line in _LOGSEQ_TAGS.findall(masked):
        tags.extend(name.strip().strip("[]").strip().lstrip("#") for name in line.split(","))
    return tags
