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
from app.transfer.local_files import notice
from app.words import QT_TR_NOOP, Said

Tally: TypeAlias = Counter[str]
"""How many of each notice key an export gave (``photo_type:heic`` names the type)."""

_NOTICES: dict[str, tuple[str, str]] = {
    # key: (the notice for one, the notice for more)
    "video": (
        QT_TR_NOOP(
            "{count} video from Day One was not imported (Threshold keeps pictures and PDFs)."
        ),
        QT_TR_NOOP(
            "{count} videos from Day One were not imported (Threshold keeps pictures and PDFs)."
        ),
    ),
    "audio": (
        QT_TR_NOOP(
            "{count} sound recording from Day One was not imported"
            " (Threshold keeps pictures and PDFs)."
        ),
        QT_TR_NOOP(
            "{count} sound recordings from Day One were not imported"
            " (Threshold keeps pictures and PDFs)."
        ),
    ),
    "no_file": (
        QT_TR_NOOP("{count} picture or document was not in Day One's export, so not imported."),
        QT_TR_NOOP("{count} pictures and documents were not in Day One's export, so not imported."),
    ),
    "not_in_json": (
        QT_TR_NOOP(
            "{count} picture or document was not in this JSON file"
            " (Day One's zip export holds them)."
        ),
        QT_TR_NOOP(
            "{count} pictures and documents were not in this JSON file"
            " (Day One's zip export holds them)."
        ),
    ),
    "too_large": (
        QT_TR_NOOP("{count} file over 100 MB was not imported."),
        QT_TR_NOOP("{count} files over 100 MB were not imported."),
    ),
    "zone": (
        QT_TR_NOOP("{count} entry had no time zone Threshold knows: the date is read in UTC."),
        QT_TR_NOOP("{count} entries had no time zone Threshold knows: the date is read in UTC."),
    ),
    "place": (
        QT_TR_NOOP(
            "{count} entry's place and weather was left out"
            " (kept only when you choose to keep them)."
        ),
        QT_TR_NOOP(
            "{count} entries' places and weather were left out"
            " (kept only when you choose to keep them)."
        ),
    ),
    "tag_long": (
        QT_TR_NOOP("{count} tag longer than 64 characters was shortened."),
        QT_TR_NOOP("{count} tags longer than 64 characters were shortened."),
    ),
    "tag_many": (
        QT_TR_NOOP("{count} entry had more than 50 tags: the first 50 are kept."),
        QT_TR_NOOP("{count} entries had more than 50 tags: the first 50 are kept."),
    ),
    "photo_type": (
        QT_TR_NOOP(
            "{count} photo in {type} from Day One was not imported"
            " (Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures)."
        ),
        QT_TR_NOOP(
            "{count} photos in {type} from Day One were not imported"
            " (Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures)."
        ),
    ),
}


def notices(tally: Tally) -> list[ImportNotice]:
    """One notice per kind counted, in a fixed order, each with its count."""
    found = []
    for key, count in sorted(tally.items()):
        if not count:
            continue
        kind, _, photo_type = key.partition(":")
        many = count != 1
        if kind == "photo_type":
            found.append(notice(_NOTICES[kind][many], count=count, type=photo_type.upper()))
        else:
            found.append(notice(_NOTICES[kind][many], count=count))
    return found


_NOT_KEPT_LINES = {
    "video": QT_TR_NOOP(
        "(A video from Day One was not imported: Threshold keeps pictures and PDFs.)"
    ),
    "audio": QT_TR_NOOP(
        "(A sound recording from Day One was not imported: Threshold keeps pictures and PDFs.)"
    ),
}
_PHOTO_NOT_KEPT = QT_TR_NOOP(
    "(A {type} photo from Day One was not imported:"
    " Threshold keeps JPEG, PNG, GIF, WebP and BMP pictures.)"
)


def not_kept_line(kind: str, photo_type: str = "") -> str:
    """The line an entry's text keeps where Day One had a video, a recording or a HEIC photo.

    Written into the entry, so in the language of the window that imports it.
    """
    if kind in _NOT_KEPT_LINES:
        return str(Said(_NOT_KEPT_LINES[kind]))
    return str(Said(_PHOTO_NOT_KEPT, {"type": photo_type.upper()}))


_ABSENT_LINES = {
    # (kind, why): the line; why is the tally's key
    ("photo", "no_file"): QT_TR_NOOP(
        "(A photo from Day One was not imported: Day One's export did not include it.)"
    ),
    ("photo", "not_in_json"): QT_TR_NOOP(
        "(A photo from Day One was not imported:"
        " it is in Day One's zip export, not in this JSON file.)"
    ),
    ("photo", "too_large"): QT_TR_NOOP(
        "(A photo from Day One was not imported: it is larger than 100 MB.)"
    ),
    ("pdfAttachment", "no_file"): QT_TR_NOOP(
        "(A PDF from Day One was not imported: Day One's export did not include it.)"
    ),
    ("pdfAttachment", "not_in_json"): QT_TR_NOOP(
        "(A PDF from Day One was not imported:"
        " it is in Day One's zip export, not in this JSON file.)"
    ),
    ("pdfAttachment", "too_large"): QT_TR_NOOP(
        "(A PDF from Day One was not imported: it is larger than 100 MB.)"
    ),
}
_OTHER_ABSENT = QT_TR_NOOP(
    "(A {what} from Day One was not imported: Day One's export did not include it.)"
)


def absent_line(kind: str, why: str) -> str:
    """The line for a photo or PDF (Day One's ``kind``) that could not come over.

    ``why`` is the tally's key for the reason (``no_file``, ``not_in_json``,
    ``too_large``); a kind Day One names but Threshold does not know is named as is.
    """
    if (kind, why) not in _ABSENT_LINES:
        return str(Said(_OTHER_ABSENT, {"what": kind}))
    return str(Said(_ABSENT_LINES[kind, why]))
