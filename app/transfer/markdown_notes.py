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
from dataclasses import dataclass

import yaml

from app.storage.validation import MAX_TITLE_CHARS
from app.transfer.local_files import usable_tags

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
_TIME_KEYS = ("date", "created")
_TAG_KEYS = ("tags", "tag")
_YES = frozenset({"true", "yes", "on", "1"})
_NO = frozenset({"false", "no", "off", "0"})
_COMMENT = re.compile(r"(?:^|[ \t])#", re.M)
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
    return type(
        "WordsLoader",
        (_YAML_11,),
        {"yaml_implicit_resolvers": resolvers, "construct_mapping": _once_each},
    )


def _once_each(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> object:
    """A mapping, refused when a name is given twice (YAML would keep only the last value)."""
    names = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
    if len(names) != len(set(names)):
        raise yaml.constructor.ConstructorError(None, None, "a name given twice", node.start_mark)
    return _YAML_11.construct_mapping(loader, node, deep)


_LOADER = _words_loader()


@dataclass(frozen=True)
class FrontMatter:
    """A note parted where its front matter ends.

    Attributes:
        fields: its names and values (empty when the note has none).
        block: the front matter as written, its ``---`` lines included ("" when none).
        text: the rest of the note, as written.
        not_yaml: the note opens with a ``---`` block that is not YAML names and
            values: no front matter, only words, so they stay in ``text``.
    """

    fields: Fields
    block: str
    text: str
    not_yaml: bool = False


def split_front_matter(text: str) -> FrontMatter:
    """The note's front matter, if it has one, and the text after it.

    A note may open with a ``---`` rule and words that are not YAML (``That day:
    she said: no``), or YAML that is no set of names and values (a list). Those
    are the person's words, not fields: refusing the note would stop the whole
    import over a rule, so they stay in the text as written.
    """
    found = _FRONT_MATTER.match(text)
    if found is None:
        return FrontMatter({}, "", text)
    try:
        fields = yaml.load(found["yaml"] or "", Loader=_LOADER)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError, RecursionError):
        return FrontMatter({}, "", text, not_yaml=True)
    if fields is None:  # nothing between the lines, or only a comment
        fields = {}
    if not isinstance(fields, dict):
        return FrontMatter({}, "", text, not_yaml=True)
    named = {str(name): value for name, value in fields.items()}
    return FrontMatter(named, found[0], text[found.end() :])


def left_out(front: FrontMatter) -> bool:
    """Whether the front matter holds words the entry keeps nowhere else.

    The entry has a title, a date, tags and a star; a field for anything else
    (``summary``, ``mood``, ``Mum said``), a comment, a second date, a value of
    another shape (a title that is a list) or a tag too long to keep would be
    lost if the block were dropped. Then the whole block stays at the top of the
    entry's text exactly as written: a person finds their words where they wrote
    them, and a Markdown export gives the note back as it was. A block of only
    fields the entry keeps is taken out of the text, as every Markdown app shows it.
    """
    if not front.block:
        return False
    if _COMMENT.search(front.block):  # may also be a "#" inside a quoted value: kept then too
        return True
    return not all(_taken_in(name, value, front.fields) for name, value in front.fields.items())


def _taken_in(name: str, value: object, fields: Fields) -> bool:
    """Whether the field ``name`` is kept whole in the entry's own fields.

    An empty field of a name the entry has (``tags:``) loses nothing; an empty
    one of any other name is itself words (``Things I am afraid of:``).
    """
    if _empty(value):
        return name == "title" or name in (*_TIME_KEYS, *_TAG_KEYS, *_MARKED_KEYS)
    if name == "title":
        title = value.strip() if isinstance(value, str) else ""
        return bool(title) and "\n" not in title and len(title) <= MAX_TITLE_CHARS
    if name in _TIME_KEYS:
        return _first(fields, _TIME_KEYS) == name and _as_time(value) is not None
    if name in _TAG_KEYS:
        return _first(fields, _TAG_KEYS) == name and _tags_kept(value)
    if name in _MARKED_KEYS:
        return _flag(value) is not None
    return False


def _tags_kept(value: object) -> bool:
    """Whether every tag ``value`` names is one an entry can keep (text, short enough)."""
    words = isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(item, str) or item is None for item in value)
    )
    return words and not usable_tags(_tag_names(value))[1]


def _empty(value: object) -> bool:
    """No value: nothing written there to lose."""
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, (list, dict)) and not value)


def _first(fields: Fields, names: tuple[str, ...]) -> str | None:
    """The first of ``names`` with a value (the one read; another would be left out)."""
    return next((name for name in names if not _empty(fields.get(name))), None)


def front_matter_time(fields: Fields) -> tuple[dt.date | dt.datetime | None, bool]:
    """The note's date or time (``date``, else ``created``); and whether one was unreadable.

    A time with a zone keeps the day it was written on; a time without one is local.
    """
    name = _first(fields, _TIME_KEYS)
    if name is None:
        return None, False
    when = _as_time(fields[name])
    return when, when is None


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
    return any(_flag(fields.get(name)) for name in _MARKED_KEYS)


def _flag(value: object) -> bool | None:
    """Yes or no as a flag is written (``true``, ``no``, ``on``, ``0``); None for other words."""
    if isinstance(value, bool):
        return value
    word = value.strip().lower() if isinstance(value, str) else None
    return True if word in _YES else False if word in _NO else None


def front_matter_tags(fields: Fields) -> list[str]:
    """``tags`` (or ``tag``): a list, or one string of words or of comma-separated names."""
    name = _first(fields, _TAG_KEYS)
    return [] if name is None else _tag_names(fields[name])


def _tag_names(value: object) -> list[str]:
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
