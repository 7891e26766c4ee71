"""The layout of Threshold's open archive, shared by its writer and its reader.

An archive is a zip anyone can open: ``threshold-archive.json`` says what it is,
``README.txt`` says how it is laid out, each entry is a Markdown file under
``entries/`` and each attachment its original bytes under ``attachments/``;
revisions, reasons, the incident record, own prompts and the links between
entries ("what happened next") are JSON beside them,
and each record's evidence files their original bytes under ``evidence/``.
(Archives written before the contact log became part of the record hold
``contacts.json`` instead of ``incidents.json``; both are read.)

An entry's file opens with front matter between two ``---`` lines: one
``key: <JSON value>`` per line. JSON scalars and flow lists are YAML too, so
any YAML reader opens it; ours parses each value with ``json.loads``, strictly.
The body follows the closing line exactly as stored, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from app.records.attachments import Attachment, MediaKind
from app.records.entries import Entry, Revision
from app.records.incidents import Evidence
from app.transfer.local_files import json_value
from app.transfer.sources import ARCHIVE_MANIFEST
from app.words import QT_TR_NOOP, Said

FORMAT = "threshold-archive"
VERSION = 1
MANIFEST = ARCHIVE_MANIFEST
README = "README.txt"
REVISIONS = "revisions.json"
REASONS = "reasons.json"
CONTACTS = "contacts.json"  # written before contacts were records; still read
INCIDENTS = "incidents.json"
PROMPTS = "prompts.json"
LINKS = "links.json"  # what happened next; none in older archives
ENTRIES = "entries/"
ATTACHMENTS = "attachments/"
EVIDENCE = "evidence/"
FENCE = "---"
FIELDS = (
    "id",
    "date",
    "created",
    "updated",
    "title",
    "tags",
    "mood",
    "energy",
    "feeling",
    "pulls",
    "theme",
    "prompt",
    "marked",
    "heavy",
    "source",
    "source_id",
    "attachments",
)
"""Every entry's front matter keys, in the order they are written."""

_NAME_WIDTH = 5  # entries/00001.md: a protected archive's names say only how many
_NAME_CHARS = 80
_UNSAFE_NAME = re.compile(r"[^\w .\-]+")
_KEY = re.compile(r"^[a-z_]+$")
# JSON leaves these raw; YAML refuses some and reads others as line breaks.
_NOT_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Manifest:
    """What ``threshold-archive.json`` says about the archive."""

    exported: dt.datetime
    app: str
    entries: int
    attachments: int
    protected: bool
    version: int = VERSION
    records: int | None = None
    """Incident records; None in an archive written before they were part of it."""
    evidence: int | None = None
    """Their evidence files; None as for ``records``."""

    def to_bytes(self) -> bytes:
        """The manifest as written, readable JSON."""
        counts = {"records": self.records, "evidence": self.evidence}
        return dumps_pretty(
            {
                "format": FORMAT,
                "version": self.version,
                "exported": self.exported.isoformat(timespec="seconds"),
                "app": self.app,
                "entries": self.entries,
                "attachments": self.attachments,
                "protected": self.protected,
            }
            | {name: value for name, value in counts.items() if value is not None}
        )


def parse_manifest(data: bytes) -> Manifest:
    """The manifest of an archive this version reads.

    Raises:
        ValueError: not JSON, not Threshold's, a version this app does not read
            (the message says which), or a field of the wrong kind.
    """
    row = loads(data)
    if not isinstance(row, dict) or row.get("format") != FORMAT:
        raise ValueError(Said(QT_TR_NOOP("its manifest is not a Threshold archive's")))
    version = row.get("version")
    if version != VERSION:
        raise ValueError(
            Said(
                QT_TR_NOOP("it is archive version {version}; this Threshold reads version 1"),
                {"version": repr(version)},
            )
        )
    return Manifest(
        exported=aware_time(row.get("exported")),
        app=text(row.get("app")),
        entries=count(row.get("entries")),
        attachments=count(row.get("attachments")),
        protected=flag(row.get("protected")),
        records=optional_count(row.get("records")),
        evidence=optional_count(row.get("evidence")),
    )


# ---------------------------------------------------------------------- names


def entry_file_name(entry: Entry, number: int, protected: bool, taken: set[str]) -> str:
    """Where ``entry`` goes: by date and id, or (protected) only its number, oldest first."""
    if protected:
        name = f"{ENTRIES}{number:0{_NAME_WIDTH}d}.md"
    else:
        day = entry.date.isoformat()
        name = f"{ENTRIES}{day[:4]}/{day}-{entry.id[:8]}.md"
        if name in taken:  # two ids alike in their first 8 digits on one day
            name = f"{ENTRIES}{day[:4]}/{day}-{entry.id}.md"
    taken.add(name)
    return name


def attachment_file_name(attachment: Attachment, protected: bool) -> str:
    """Where an attachment's original bytes go: its id and, unless protected, its name."""
    if protected:
        return f"{ATTACHMENTS}{attachment.id}{attachment.kind.extension}"
    return f"{ATTACHMENTS}{attachment.id}-{safe_file_name(attachment.name)}"


def evidence_file_name(item: Evidence, protected: bool) -> str:
    """Where a record's evidence file goes: named as an attachment is, in its own folder."""
    if protected:
        return f"{EVIDENCE}{item.attachment}{MediaKind(item.mime).extension}"
    return f"{EVIDENCE}{item.attachment}-{safe_file_name(item.name)}"


def safe_file_name(name: str) -> str:
    """``name`` with nothing a zip tool or a file system could misread (its ending kept)."""
    cleaned = _UNSAFE_NAME.sub("_", name).strip(" .") or "file"
    if len(cleaned) > _NAME_CHARS:
        _, dot, ending = cleaned.rpartition(".")
        keep = f"{dot}{ending}" if dot and len(ending) <= 8 else ""
        cleaned = cleaned[: _NAME_CHARS - len(keep)] + keep
    return cleaned


# ---------------------------------------------------------------------- entry files


def entry_file(front: Mapping[str, object], body: str) -> bytes:
    """An entry's Markdown file: its front matter, then its body exactly."""
    lines = [FENCE, *(f"{key}: {dumps_line(front[key])}" for key in FIELDS), FENCE, ""]
    return ("\n".join(lines) + body).encode("utf-8")


def parse_entry_file(data: bytes) -> tuple[dict[str, object], str]:
    """The front matter and the body of an entry's file.

    Raises:
        ValueError: not UTF-8, no front matter, a line that is not ``key: JSON``,
            a key given twice, or front matter that never closes.
    """
    content = data.decode("utf-8")
    opening = next((f for f in (FENCE + "\n", FENCE + "\r\n") if content.startswith(f)), None)
    if opening is None:
        raise ValueError(Said(QT_TR_NOOP("it does not open with front matter (a --- line)")))
    front: dict[str, object] = {}
    for line, after in _front_lines(content, len(opening)):
        if line == FENCE:
            return front, content[after:]
        key, colon, value = line.partition(":")
        if not colon or not _KEY.match(key) or key in front:
            raise ValueError(
                Said(
                    QT_TR_NOOP("its front matter line {line} is not 'key: value'"),
                    {"line": repr(line[:40])},
                )
            )
        try:
            front[key] = loads(value)
        except json.JSONDecodeError as error:
            raise ValueError(
                Said(
                    QT_TR_NOOP("the value of {key} is not valid ({reason})"),
                    {"key": repr(key), "reason": error.msg},
                )
            ) from None
    raise ValueError(Said(QT_TR_NOOP("its front matter never closes (no second --- line)")))


def _front_lines(content: str, start: int) -> Iterator[tuple[str, int]]:
    """Each line from ``start`` (a trailing CR dropped), and where the next one begins."""
    while start < len(content):
        end = content.find("\n", start)
        stop = len(content) if end == -1 else end
        yield content[start:stop].removesuffix("\r"), stop + 1
        start = stop + 1


def revision_row(revision: Revision) -> dict[str, object]:
    """An earlier version of an entry, as ``revisions.json`` keeps it."""
    return {
        "saved": time_text(revision.saved),
        "title": revision.title,
        "body": revision.body,
        "tags": list(revision.tags),
        "mood": revision.mood,
    }


def revision_from_row(value: object) -> Revision:
    """An earlier version back from ``revisions.json``.

    Raises:
        ValueError: a field is missing or of the wrong kind.
    """
    row = mapping(value)
    return Revision(
        id=0,  # the journal numbers it when kept
        saved=aware_time(row.get("saved")),
        title=text(row.get("title")),
        body=text(row.get("body")),
        tags=texts(row.get("tags")),
        mood=optional_count(row.get("mood")),
    )


# ---------------------------------------------------------------------- JSON


def dumps_line(value: object) -> str:
    """``value`` as one line of JSON that YAML reads as the same value."""
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return _NOT_YAML.sub(lambda found: f"\\u{ord(found.group()):04x}", flat)


def loads(data: str | bytes) -> object:
    """JSON, strictly: no NaN or Infinity, which no other reader would agree on.

    Every string in it is text a journal can keep (``json_value``).

    Raises:
        ValueError: not such JSON (a ``json.JSONDecodeError``), nested too deeply,
            a number too long to read, or a broken character, each said plainly.
        UnicodeDecodeError: bytes that are not UTF-8.
    """
    return json_value(data, parse_constant=_no_constant)


def _no_constant(name: str) -> object:
    raise json.JSONDecodeError(f"{name} is not JSON", name, 0)


def dumps_pretty(value: object) -> bytes:
    """``value`` as indented UTF-8 JSON, for the archive's own files."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def time_text(moment: dt.datetime) -> str:
    """An aware time, to the microsecond, as ISO 8601."""
    return moment.isoformat()


def aware_time(value: object) -> dt.datetime:
    """An ISO 8601 time with its offset.

    Raises:
        ValueError: not a time, or one without an offset.
    """
    moment = dt.datetime.fromisoformat(text(value))
    if moment.tzinfo is None:
        raise ValueError(Said(QT_TR_NOOP("the time {value} has no offset"), {"value": repr(value)}))
    return moment


def text(value: object) -> str:
    """A string, as JSON gave it.

    Raises:
        ValueError: anything else.
    """
    if not isinstance(value, str):
        raise ValueError(
            Said(QT_TR_NOOP("expected text, found {value}"), {"value": f"{value!r:.40}"})
        )
    return value


def optional_text(value: object) -> str | None:
    """A string or null."""
    return None if value is None else text(value)


def texts(value: object) -> tuple[str, ...]:
    """A list of strings."""
    if not isinstance(value, list):
        raise ValueError(
            Said(QT_TR_NOOP("expected a list, found {value}"), {"value": f"{value!r:.40}"})
        )
    return tuple(text(item) for item in value)


def count(value: object) -> int:
    """A whole number of zero or more (never a bool)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(
            Said(QT_TR_NOOP("expected a count, found {value}"), {"value": f"{value!r:.40}"})
        )
    return value


def optional_count(value: object) -> int | None:
    """A whole number or null."""
    return None if value is None else count(value)


def flag(value: object) -> bool:
    """A JSON true or false."""
    if not isinstance(value, bool):
        raise ValueError(
            Said(QT_TR_NOOP("expected true or false, found {value}"), {"value": f"{value!r:.40}"})
        )
    return value


def mapping(value: object) -> dict[str, object]:
    """A JSON object."""
    if not isinstance(value, dict):
        raise ValueError(
            Said(QT_TR_NOOP("expected an object, found {value}"), {"value": f"{value!r:.40}"})
        )
    return value
