"""jrnl journals and Markdown folders to import, built here (never copied from elsewhere).

The jrnl entries are written as jrnl writes them: its JSON export, its text file
with the 24-hour time and with its default 12-hour one (``%Y-%m-%d %I:%M:%S %p``).
The Markdown folder holds the traps: daily notes named by date (Obsidian and
Logseq), front matter of every kind, hashtags in code, pictures by both
syntaxes, a missing picture, unicode names, an empty note, hidden folders and
Logseq's own folder (neither imported). ``build_fixtures`` writes the small
copies kept in ``tests/fixtures/transfer`` (``build.py`` there runs it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import struct
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.journal.journal import Journal
from app.records.imports import SourceKind
from app.transfer.importing import ImportResult, keep_plan, plan_import
from app.transfer.sources import open_source
from tests.helpers.images import gif_bytes, png_chunk

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transfer"


@dataclass(frozen=True)
class JrnlEntry:
    """One entry as jrnl keeps it; ``tags`` as its export lists them (with ``@``)."""

    when: dt.datetime
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()
    starred: bool = False


JRNL_ENTRIES = (
    JrnlEntry(
        dt.datetime(2021, 6, 1, 9, 0),
        "Called in sick.",
        "Used the time to clean the house.\n\nThe @garden was quiet.",
        ("@garden",),
    ),
    JrnlEntry(
        dt.datetime(2021, 6, 1, 21, 45),
        "A hard call with @mum",
        "I kept my boundary.\n    An indented line stays indented.",
        ("@mum",),
        starred=True,
    ),
    JrnlEntry(
        dt.datetime(2022, 12, 31, 0, 15), "Zoë\u2019s letter — 日本語の題", "Ünïcödé 🌱 words."
    ),
    JrnlEntry(dt.datetime(2023, 3, 15, 12, 30), "Just a title, no body."),
    JrnlEntry(
        dt.datetime(2023, 3, 16, 23, 59),
        "Brackets in the body",
        "[not an entry] and\n[2023-03-16] a date without a time\n @Work in caps",
        ("@work",),
    ),
)
"""Morning and evening (AM and PM), starred, unicode, a title alone, lines that look like
entries but are not, a tag written in capitals (jrnl lists it in small letters)."""


def jrnl_json(entries: tuple[JrnlEntry, ...] = JRNL_ENTRIES) -> str:
    """``jrnl --export json``: tag counts and the entries, times without seconds or zone."""
    counts: dict[str, int] = {}
    for entry in entries:
        for tag in entry.tags:
            counts[tag] = counts.get(tag, 0) + 1
    rows = [
        {
            "title": entry.title,
            "body": entry.body,
            "date": entry.when.strftime("%Y-%m-%d"),
            "time": entry.when.strftime("%H:%M"),
            "tags": list(entry.tags),
            "starred": entry.starred,
        }
        for entry in entries
    ]
    return json.dumps({"tags": counts, "entries": rows}, indent=2, ensure_ascii=False)


def jrnl_text(entries: tuple[JrnlEntry, ...] = JRNL_ENTRIES, *, twelve_hour: bool = False) -> str:
    """jrnl's journal file: ``[time] title`` (`` *`` when starred), the body, a blank line."""
    pieces = []
    for entry in entries:
        head = f"[{_stamp(entry.when, twelve_hour)}] {entry.title}" + (
            " *" if entry.starred else ""
        )
        pieces.append(head + (f"\n{entry.body}" if entry.body else "") + "\n")
    return "\n".join(pieces)


def _stamp(when: dt.datetime, twelve_hour: bool) -> str:
    if not twelve_hour:
        return when.strftime("%Y-%m-%d %H:%M")
    half = "AM" if when.hour < 12 else "PM"
    return f"{when:%Y-%m-%d} {when.hour % 12 or 12:02d}:{when:%M:%S} {half}"


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """A small real PNG whose bytes never change (stored, not compressed, rows)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 60 % 256, y * 80 % 256, 90))
        for y in range(height)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(rows, 0))
        + png_chunk(b"IEND", b"")
    )


NOTES_MTIME = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
"""Every note's modification time as written here (``write_notes``)."""

NOTES: dict[str, str] = {
    "2024-01-05.md": "Woke early and walked. #morning #walk\n\n![[walk.png]]\n",
    "journals/2024_01_06.md": "- tags:: logseq, [[two words]]\n- Went to the #group meeting.\n",
    "2024-01-07 Sunday.md": "Quiet day at home.\n",
    "Letters/Unsent letter ✉️.md": (
        "---\n"
        "title: An unsent letter\n"
        "date: 2024-01-08T21:30:00+09:00\n"
        "tags:\n  - letters\n  - boundaries\n"
        "starred: true\n"
        "---\n"
        "\n"
        "Dear you,\n\n"
        '![The park](../attachments/walk%20two.gif "after the call") and again'
        " ![[walk two.gif|300]].\n"
        "Here it is: <https://example.org/page#section>.\n"
    ),
    "Ideas.md": (
        "---\ncreated: 2024-02-01 08:00\ntags: ideas, plans\npinned: true\n---\n"
        "# Ideas\n\n"
        "A #plan for #2024 and issue #123.\n"
        "See https://example.org/page#frag and [a link](#anchor).\n"
        "Inline `#notatag` code and ``a `#nor` this``.\n\n"
        "```python\n# comment #notatag\nx = '#alsonot'  ![code](attachments/walk.png)\n```\n\n"
        "~~~\n#nottoo\n~~~\n"
    ),
    "empty.md": "",
    "only front matter.md": "---\ndate: 2024-03-01\ntitle: Just fields\n---\n",
    "Stale links.md": (
        "---\ndate: 2024-03-02\n---\n"
        "![gone](gone.png) ![[also gone.jpg]] ![web](https://example.org/x.png)\n"
    ),
    "Ünïcödé/日記 2024-04-01.md": "---\ntags: 日記 ünïcödé\n---\nWörds #café\n",
    "Windows note.markdown": "---\r\ndate: 2024-05-01\r\n---\r\nLine one\r\nLine two\r\n",
    ".obsidian/workspace.md": "Obsidian's own file, not a note.\n",
    ".trash/old.md": "Thrown away in Obsidian.\n",
    "logseq/bak/journals/2024_01_06.md": "Logseq's backup of a note.\n",
}
"""The Markdown folder's notes by path: every trap of the format (see the tests)."""


def note_pictures() -> dict[str, bytes]:
    """The pictures beside the notes, and Logseq's settings file."""
    return {
        "attachments/walk.png": tiny_png(),
        "attachments/walk two.gif": gif_bytes(6, 4),
        "logseq/config.edn": b"{}\n",
    }


def write_notes(folder: Path) -> Path:
    """The Markdown folder in ``folder`` (every note's time ``NOTES_MTIME``); returns it."""
    files = {name: text.encode("utf-8") for name, text in NOTES.items()} | note_pictures()
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        stamp = NOTES_MTIME.timestamp()
        os.utime(path, (stamp, stamp))
    return folder


def write_jrnl(folder: Path) -> dict[str, Path]:
    """jrnl's JSON export and its text file (24-hour and 12-hour) in ``folder``, by kind."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": folder / "journal.json",
        "text": folder / "journal.txt",
        "text-12h": folder / "journal-12h.txt",
    }
    paths["json"].write_text(jrnl_json() + "\n", encoding="utf-8")
    paths["text"].write_text(jrnl_text(), encoding="utf-8")
    paths["text-12h"].write_text(jrnl_text(twelve_hour=True), encoding="utf-8")
    return paths


def build_fixtures(root: Path = FIXTURES) -> None:
    """Write the fixtures kept in the repository (``tests/fixtures/transfer``) under ``root``."""
    write_jrnl(root / "jrnl")
    write_notes(root / "notes" / "vault")


def fixture_files(root: Path) -> dict[str, bytes]:
    """Every fixture file under ``root`` by its path there (the build scripts left out)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts
    }


def import_into(journal: Journal, path: Path, kind: SourceKind | None = None) -> ImportResult:
    """Read ``path`` and keep it in ``journal`` as the app does: preview, then one transaction."""
    with open_source(path, kind) as batch, journal.worker_stores() as stores:
        return keep_plan(stores, plan_import(stores, batch))


@contextlib.contextmanager
def local_zone(name: str) -> Iterator[None]:
    """The process's local time zone is ``name`` inside (``TZ``, as a computer sets it)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
