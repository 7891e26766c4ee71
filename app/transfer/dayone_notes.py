"""What a Day One import says before it keeps anything: counted notices, calm lines.

Reading an export counts what it could not bring over as it was (a video, a HEIC
photo, a place left out on purpose) in a ``Tally``; the preview shows one notice
per kind with its count. Where the entry itself held the thing, a plain line in
its text says so, so nothing disappears without a word.
"""

from __future__ import annotations

from collections import Counter
from typing import TypeAlias

from app.records.imports import ImportNotice

Tally: TypeAlias = Counter[str]
"""How many of each notice key an export gave (``photo_type:heic`` names the type)."""

KEPT_PICTURES = "JPEG, PNG, GIF, WebP and BMP pictures"
_NOT_KEPT = "Threshold keeps pictures and PDFs"

_NOTICES: dict[str, tuple[str, str, str]] = {
    # key: (one, many, what follows the count)
    "video": ("video", "videos", f"from Day One {{was}} not imported ({_NOT_KEPT})"),
    "audio": (
        "sound recording",
        "sound recordings",
        f"from Day One {{was}} not imported ({_NOT_KEPT})",
    ),
    "no_file": (
        "picture or document",
        "pictures and documents",
        "{was} not in Day One's export, so not imported",
    ),
    "not_in_json": (
        "picture or document",
        "pictures and documents",
        "{was} not in this JSON file (Day One's zip export holds them)",
    ),
    "too_large": ("file", "files", "over 100 MB {was} not imported"),
    "zone": (
        "entry",
        "entries",
        "had no time zone Threshold knows: the date is read in UTC",
    ),
    "place": (
        "entry's place and weather",
        "entries' places and weather",
        "{was} left out (kept only when you choose to keep them)",
    ),
    "tag_long": ("tag", "tags", "longer than 64 characters {was} shortened"),
    "tag_many": ("entry", "entries", "had more than 50 tags: the first 50 are kept"),
}


def notices(tally: Tally) -> list[ImportNotice]:
    """One notice per kind counted, in a fixed order, each with its count."""
    found = []
    for key, count in sorted(tally.items()):
        if not count:
            continue
        kind, _, photo_type = key.partition(":")
        was = "was" if count == 1 else "were"
        if kind == "photo_type":
            found.append(
                ImportNotice(
                    f"{_count(count, 'photo', 'photos')} in {photo_type.upper()} from Day One"
                    f" {was} not imported (Threshold keeps {KEPT_PICTURES})."
                )
            )
            continue
        one, many, rest = _NOTICES[key]
        found.append(ImportNotice(f"{_count(count, one, many)} {rest.format(was=was)}."))
    return found


def not_kept_line(kind: str, photo_type: str = "") -> str:
    """The line an entry's text keeps where Day One had a video, a recording or a HEIC photo."""
    if kind == "video":
        return f"(A video from Day One was not imported: {_NOT_KEPT}.)"
    if kind == "audio":
        return f"(A sound recording from Day One was not imported: {_NOT_KEPT}.)"
    return (
        f"(A {photo_type.upper()} photo from Day One was not imported:"
        f" Threshold keeps {KEPT_PICTURES}.)"
    )


def absent_line(what: str, reason: str) -> str:
    """The line for a picture or document that could not come over, and why."""
    return f"(A {what} from Day One was not imported: {reason}.)"


def _count(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"
