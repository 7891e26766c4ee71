"""Reading Day One's JSON export: a zip of ``<journal>.json`` files and their media.

Each journal file is ``{"metadata": …, "entries": […]}``; it is read through the
zip's cap, parsed once and let go once its entries are built, so a large export
costs its entries, never its photos (those are read when the import keeps them).
An entry's date is its creation time in its own time zone: Day One stores an
all-day entry as local midnight in UTC, so the UTC date would be a day off for
anyone east or west of Greenwich. Places and weather stay out unless asked for.
A bare journal JSON is read too; its media are then named, not imported.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.records.entries import EntryFields
from app.records.imports import ImportBatch, ImportedEntry, ImportOptions, SourceKind
from app.storage.validation import MAX_TAG_CHARS, MAX_TAGS
from app.transfer.dayone_media import EntryMedia, MediaLibrary, media_items
from app.transfer.dayone_notes import Tally, notices
from app.transfer.dayone_text import Part, markdown_parts, rich_parts
from app.transfer.local_files import load_json, read_text
from app.transfer.problems import refused
from app.transfer.sources import Stack
from app.transfer.zipsafe import SafeZip
from app.words import QT_TR_NOOP, Said

MAX_JSON_BYTES = 256 * 1024**2
"""The largest journal JSON read (256 MiB): refused by its size before it is parsed."""

_MOST_DEGREES = 200  # hotter or colder than any weather: a damaged figure, left out
_SPACES = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


@dataclass
class _Reading:
    """What every entry of one export is read with."""

    options: ImportOptions
    library: MediaLibrary
    tally: Tally = field(default_factory=Counter)


def read_dayone(path: Path, options: ImportOptions, stack: Stack) -> ImportBatch:
    """Every entry of a Day One export (a zip, or one journal's JSON), read and checked.

    Raises:
        ImportRefused: not readable as Day One's export (named: the file, the entry
            by its position or date, the missing photo), or too large.
    """
    batch = ImportBatch(SourceKind.DAYONE)
    reading = _Reading(options, MediaLibrary(None))
    journals: list[tuple[str, Callable[[], str | bytes]]] = [(path.name, lambda: _bare(path))]
    if zipfile.is_zipfile(path):
        archive = stack.enter_context(SafeZip(path))
        reading.library = MediaLibrary(archive)
        journals = [
            (name, functools.partial(archive.read, name, MAX_JSON_BYTES))
            for name in _journal_names(archive)
        ]
    for name, read in journals:
        batch.entries.extend(_read_all(_entries(name, read()), name, reading))
    batch.notices = notices(reading.tally)
    return batch


def _journal_names(archive: SafeZip) -> list[str]:
    names = sorted(n for n in archive.names() if "/" not in n and n.lower().endswith(".json"))
    if not names:
        raise refused(
            QT_TR_NOOP("{name} holds no Day One journal (a .json file at its top)."),
            name=archive.path.name,
        )
    return names


def _bare(path: Path) -> str:
    """A journal JSON given on its own, refused by its size before it is read."""
    return read_text(
        path, path.name, what=Said(QT_TR_NOOP("a Day One journal")), limit=MAX_JSON_BYTES
    )


def _entries(name: str, data: str | bytes) -> list[object]:
    """The journal's list of entries, parsed once (``data`` is let go by the caller)."""
    document = load_json(data, name, Said(QT_TR_NOOP("a Day One journal")))
    entries = document.get("entries") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise refused(
            QT_TR_NOOP("{name} is not a Day One journal: it has no list of entries."), name=name
        )
    return entries


def _read_all(entries: list[object], name: str, reading: _Reading) -> Iterator[ImportedEntry]:
    """Each entry, built and then dropped from the parsed list (one copy in memory)."""
    for index, raw in enumerate(entries):
        entries[index] = None
        where = Said(QT_TR_NOOP("Entry {number} of {name}"), {"number": index + 1, "name": name})
        if not isinstance(raw, dict):
            raise refused(QT_TR_NOOP("{where} is not an entry (a JSON object)."), where=where)
        yield _entry(raw, where, name, reading)


def _entry(raw: dict[str, object], where: Said, journal: str, reading: _Reading) -> ImportedEntry:
    source_id = raw.get("uuid")
    if not isinstance(source_id, str) or not source_id.strip():
        raise refused(QT_TR_NOOP("{where} has no uuid."), where=where)
    created = _time(raw, "creationDate", where)
    if created is None:
        raise refused(QT_TR_NOOP("{where} has no creationDate."), where=where)
    day = _local_date(created, raw.get("timeZone"), where, reading.tally)
    media = EntryMedia(
        media_items(raw, where),
        reading.library,
        reading.tally,
        Said(QT_TR_NOOP("the Day One entry of {day} in {name}"), {"day": day, "name": journal}),
    )
    fields = EntryFields(
        body=_text(raw, where, media, reading),
        date=day,
        tags=_tags(raw.get("tags"), where, reading.tally),
        marked=raw.get("starred") is True or raw.get("isPinned") is True,
    )
    return ImportedEntry(
        source_id=source_id,
        fields=fields,
        created=created,
        updated=_time(raw, "modifiedDate", where) or created,
        files=tuple(media.files),
    )


def _text(raw: dict[str, object], where: Said, media: EntryMedia, reading: _Reading) -> str:
    """The words with media in place, then media never referred to, then (if kept) the place."""
    body = "".join(p if isinstance(p, str) else media.place(p) for p in _parts(raw, where))
    keep = reading.options.keep_location
    if not keep and (raw.get("location") or raw.get("weather")):
        reading.tally["place"] += 1
    return _joined(body, *media.rest(), _place_line(raw) if keep else "")


def _time(raw: dict[str, object], key: str, where: Said) -> dt.datetime | None:
    """``raw[key]`` as an aware UTC time (a time without a zone is read as UTC)."""
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise refused(QT_TR_NOOP("{where} has a {key} that is not a date."), where=where, key=key)
    try:
        moment = dt.datetime.fromisoformat(value.strip())
        return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    except (ValueError, OverflowError) as error:
        raise refused(
            QT_TR_NOOP("{where} has a {key} Threshold cannot read ({value})."),
            where=where,
            key=key,
            value=repr(value[:40]),
        ) from error


def _local_date(created: dt.datetime, zone_name: object, where: Said, tally: Tally) -> dt.date:
    """The day it was where the entry was written (an unknown zone: UTC, and a notice)."""
    zone = _zone(zone_name) if isinstance(zone_name, str) else None
    if zone is None:
        tally["zone"] += 1
    try:
        return created.astimezone(zone or dt.UTC).date()
    except OverflowError as error:
        raise refused(
            QT_TR_NOOP("{where} has a creationDate at the very edge of the calendar."), where=where
        ) from error


@functools.lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _parts(raw: dict[str, object], where: Said) -> list[Part]:
    """The entry's text as words and media references: ``text``, else ``richText``."""
    text = raw.get("text")
    if text is not None:
        if not isinstance(text, str):
            raise refused(QT_TR_NOOP("{where} has a text that is not text."), where=where)
        return markdown_parts(text)
    rich = raw.get("richText")
    if rich is None:
        return []
    parts = rich_parts(rich) if isinstance(rich, str) else None
    if parts is None:
        raise refused(
            QT_TR_NOOP("{where} has no text, and rich text Threshold cannot read."), where=where
        )
    return parts


def _joined(body: str, *more: str) -> str:
    """``body`` and each further piece as its own paragraph (empty pieces left out)."""
    added = [piece for piece in more if piece]
    if not added:
        return body
    kept = [body.rstrip("\n")] if body.strip() else []
    return "\n\n".join(kept + added)


def _place_line(raw: dict[str, object]) -> str:
    """Place name, locality and country; weather and temperature. Never coordinates."""
    found = []
    location, weather = raw.get("location"), raw.get("weather")
    if isinstance(location, dict):
        names = [location.get(key) for key in ("placeName", "localityName", "country")]
        words = list(dict.fromkeys(n.strip() for n in names if isinstance(n, str) and n.strip()))
        if words:
            found.append("Place: " + ", ".join(words))
    if isinstance(weather, dict):
        said = weather.get("conditionsDescription")
        words = [said.strip()] if isinstance(said, str) and said.strip() else []
        if (shown := _degrees(weather.get("temperatureCelsius"))) is not None:
            words.append(shown)
        if words:
            found.append("Weather: " + ", ".join(words))
    return " · ".join(found)


def _degrees(value: object) -> str | None:
    """A temperature as written beside the weather, or None for a figure no weather has.

    JSON allows any number: one of 400 digits cannot even become a float, and
    ``1e400`` reads as infinity. Such a figure is left out, not the import refused.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        degrees = float(value)
    except OverflowError:
        return None
    if not math.isfinite(degrees) or abs(degrees) > _MOST_DEGREES:
        return None
    return f"{round(degrees)} °C"  # round(-0.4) is 0, where "{-0.4:.0f}" says -0


def _tags(value: object, where: Said, tally: Tally) -> tuple[str, ...]:
    """Tags trimmed, repeats (ignoring case) and empties dropped, cut to the journal's limits."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise refused(QT_TR_NOOP("{where} has tags that are not a list of words."), where=where)
    kept: dict[str, str] = {}
    for raw in value:
        tag = _SPACES.sub(" ", raw).lstrip("# ").strip()
        if len(tag) > MAX_TAG_CHARS:
            tally["tag_long"] += 1
            tag = tag[:MAX_TAG_CHARS].strip()
        if tag:
            kept.setdefault(tag.casefold(), tag)
    if len(kept) > MAX_TAGS:
        tally["tag_many"] += 1
    return tuple(kept.values())[:MAX_TAGS]
