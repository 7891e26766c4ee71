"""jrnl's journals: its JSON export and its plain-text journal file.

The JSON export is ``{"tags": {"@tag": n}, "entries": [{"title", "body", "date":
"YYYY-MM-DD", "time": "HH:MM", "tags": ["@tag"], "starred"}]}``. The text file is
entries one after another, each opening with a line ``[YYYY-MM-DD HH:MM] Title``
(or the time jrnl's ``timeformat`` gave, such as ``09:00:00 AM``), `` *`` at its
end when starred, and the body on the lines below. As jrnl reads its own file,
that first line is the title; an entry all on one line is split after its first
sentence. Tags are the ``@words`` in the text.

Times carry no zone: they were the computer's, so they are read in the local
zone. Each entry's id is a digest of its date, minute, title and body, so the
same entry from the JSON and from the text file is imported once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from app.records.entries import EntryFields
from app.records.imports import (
    ImportBatch,
    ImportedEntry,
    ImportOptions,
    SourceKind,
)
from app.storage.validation import MAX_TITLE_CHARS
from app.transfer.local_files import MIB, load_json, read_text, tags_left_in_text, usable_tags
from app.transfer.problems import refused
from app.transfer.sources import Stack
from app.words import QT_TR_NOOP, Said

MAX_JRNL_BYTES = 256 * MIB
_ENTRY_LINE = re.compile(
    r"^\[(?P<date>\d{4}-\d{2}-\d{2})[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:[ ]?(?P<half>[AaPp])\.?[Mm]\.?)?\](?: (?P<rest>.*))?$",
    re.MULTILINE,
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_SENTENCE_END = re.compile(
    r"(?<![.!?\u2026])[.!?\u2026]+['\"\u2019\u201d]?[\])]*\s+|[\u3002\uff01\uff0e\uff1f]"
)
_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_TAG = re.compile(r"(?<!\S)@([-+*#/\w]+)")


@dataclass(frozen=True)
class _Entry:
    """One jrnl entry as its file gives it, before it becomes an import."""

    when: dt.datetime  # naive: the computer's local time
    title: str
    body: str
    tags: tuple[str, ...]
    starred: bool


def read_jrnl(path: Path, options: ImportOptions, stack: Stack) -> ImportBatch:
    """Every entry of jrnl's JSON export or text journal at ``path``.

    Raises:
        ImportRefused: too large, not UTF-8, malformed JSON or a JSON of another
            shape, a date that is none, or a text file without an entry line.
    """
    del options, stack  # nothing to choose, nothing left open
    shown = path.name
    text = read_text(
        path.resolve(), shown, what=Said(QT_TR_NOOP("a jrnl journal")), limit=MAX_JRNL_BYTES
    )
    is_json = text.lstrip().startswith("{")
    entries = _from_json(text, shown) if is_json else _from_text(text, shown)
    batch = ImportBatch(SourceKind.JRNL)
    crowded = 0
    for entry in entries:
        tags, dropped = usable_tags(entry.tags)
        crowded += dropped
        batch.entries.append(_imported(entry, tags))
    if crowded:
        batch.notices.append(tags_left_in_text(crowded))
    return batch


def entry_id(day: dt.date, hour: int, minute: int, title: str, body: str) -> str:
    """32 hex digits naming a jrnl entry however it was exported (JSON or text)."""
    key = [day.isoformat(), f"{hour:02d}:{minute:02d}", title.strip(), body.strip()]
    digest = hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:32]


def _imported(entry: _Entry, tags: tuple[str, ...]) -> ImportedEntry:
    title, body = entry.title.strip(), _BLANK_LINES.sub("", entry.body).rstrip()
    source_id = entry_id(entry.when.date(), entry.when.hour, entry.when.minute, title, body)
    if len(title) > MAX_TITLE_CHARS:  # a long one-line entry: its words stay in the text
        title, body = "", f"{title}\n{body}".rstrip()
    when = entry.when.astimezone()
    fields = EntryFields(
        body=body, title=title, date=entry.when.date(), tags=tags, marked=entry.starred
    )
    return ImportedEntry(source_id=source_id, fields=fields, created=when, updated=when)


# ---------------------------------------------------------------- JSON export


def _from_json(text: str, shown: str) -> list[_Entry]:
    data = load_json(text, shown, Said(QT_TR_NOOP("jrnl's export")))
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise refused(
            QT_TR_NOOP("{name} is JSON, but not jrnl's export: it has no list of entries."),
            name=shown,
        )
    return [_json_entry(item, number, shown) for number, item in enumerate(data["entries"], 1)]


def _json_entry(item: object, number: int, shown: str) -> _Entry:
    where = Said(QT_TR_NOOP("Entry {number} of {name}"), {"number": number, "name": shown})
    if not isinstance(item, dict):
        raise refused(QT_TR_NOOP("{where} is not an entry (a set of fields)."), where=where)
    title, body = item.get("title"), item.get("body", "")
    day, time = item.get("date"), item.get("time")
    tags, starred = item.get("tags", []), item.get("starred", False)
    if not isinstance(title, str) or not isinstance(body, str):
        raise refused(QT_TR_NOOP("{where} has no title or body as text."), where=where)
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise refused(QT_TR_NOOP("{where} has tags that are not a list of words."), where=where)
    if not isinstance(starred, bool):
        raise refused(QT_TR_NOOP("{where} says neither true nor false for starred."), where=where)
    when = _json_time(day, time, where)
    return _Entry(when, title, body, tuple(tag.removeprefix("@") for tag in tags), starred)


def _json_time(day: object, time: object, where: Said) -> dt.datetime:
    if not isinstance(day, str) or not _DATE.fullmatch(day):
        raise refused(
            QT_TR_NOOP("{where} has no date as YYYY-MM-DD ({value})."), where=where, value=repr(day)
        )
    found = _TIME.fullmatch(time) if isinstance(time, str) else None
    if found is None:
        raise refused(
            QT_TR_NOOP("{where} has no time as HH:MM ({value})."), where=where, value=repr(time)
        )
    return _moment(day, int(found[1]), int(found[2]), 0, where)


def _moment(day: str, hour: int, minute: int, second: int, where: Said) -> dt.datetime:
    try:
        return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute, second))
    except ValueError as error:
        raise refused(
            QT_TR_NOOP("{where} has a date or time that is none: {moment}."),
            where=where,
            moment=f"{day} {hour}:{minute:02d}",
        ) from error


# ---------------------------------------------------------------- text journal


def _from_text(text: str, shown: str) -> list[_Entry]:
    starts = list(_ENTRY_LINE.finditer(text))
    if not starts:
        raise refused(
            QT_TR_NOOP("{name} has no jrnl entry in it (a line opening with [YYYY-MM-DD HH:MM])."),
            name=shown,
        )
    preface = text[: starts[0].start()]
    if preface.strip():
        line = text.count("\n", 0, len(preface) - len(preface.lstrip())) + 1
        raise refused(
            QT_TR_NOOP(
                "{name} has text before its first entry (line {line}) that jrnl never writes."
            ),
            name=shown,
            line=line,
        )
    entries = []
    line, counted = 1, 0  # the line each entry opens on, counted on from the last one
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        line += text.count("\n", counted, start.start())
        counted = start.start()
        entries.append(_text_entry(start, text[start.end() : end], line, shown))
    return entries


def _text_entry(start: re.Match[str], rest: str, line: int, shown: str) -> _Entry:
    """One entry from its opening line's ``start`` (on line ``line``) and the text after it."""
    when = _moment(
        start["date"],
        _hour(start),
        int(start["minute"]),
        int(start["second"] or 0),
        Said(QT_TR_NOOP("Line {line} of {name}"), {"line": line, "name": shown}),
    )
    first = start["rest"] or ""
    starred = first.strip().endswith("*")
    if starred:
        first = first.strip(" *")
    title, body = _split_title(first, rest)
    tags = tuple(dict.fromkeys(tag.lower() for tag in _TAG.findall(f"{first}\n{rest}")))
    return _Entry(when, title, body, tags, starred)


def _hour(start: re.Match[str]) -> int:
    """The hour on a 24-hour clock (``12:30 AM`` is 0:30)."""
    hour = int(start["hour"])
    if start["half"] is None:
        return hour
    return hour % 12 + (12 if start["half"] in "Pp" else 0)


def _split_title(first: str, rest: str) -> tuple[str, str]:
    """The title as jrnl reads it: the first line, or the first sentence of a one-line entry."""
    if rest:  # the entry line ended with a line break
        return first.strip(), rest
    found = _SENTENCE_END.search(first)
    if found is None:
        return first.strip(), ""
    return first[: found.end()].strip(), first[found.end() :]
