"""Day One exports built in tests, with the traps real ones hold.

Everything is written here from plain dictionaries; nothing is copied from
another project. Zips are written deterministically (stored, fixed times, fixed
order), and the pictures and PDF in ``dayone_with_traps`` are assembled byte by
byte, so the committed files in tests/fixtures/transfer are rebuilt identically
by any Qt, zlib or pypdf. The JSON is written as Day One writes it: two-space
indents, ``\\/`` for every slash, punctuation in ``text`` escaped with backslashes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.transfer.archive_write import write_archive
from tests.helpers.images import gif_bytes, png_chunk
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

ZIP_TIME = (2024, 5, 1, 12, 0, 0)
"""Every member's time, so a rebuilt zip is byte for byte the committed one."""


# ---------------------------------------------------------------- bytes


def tiny_png(width: int = 2, height: int = 2, shade: int = 0) -> bytes:
    """An RGB PNG whose pixel data is a stored (uncompressed) deflate block."""
    rows = b"".join(
        b"\x00" + bytes((x * 60 + shade) % 256 for x in range(width * 3)) for _ in range(height)
    )
    stored = b"\x01" + struct.pack("<HH", len(rows), len(rows) ^ 0xFFFF) + rows
    deflated = b"\x78\x01" + stored + struct.pack(">I", zlib.adler32(rows))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", deflated)
        + png_chunk(b"IEND", b"")
    )


def tiny_jpeg(comment: bytes = b"") -> bytes:
    """An 8x8 grey baseline JPEG written by hand: one-code Huffman tables, one flat block.

    ``comment`` goes in a COM segment (distinct photos for the benchmark).
    """

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    one_code = bytes([1] + [0] * 15) + b"\x00"  # a single 1-bit code for symbol 0
    return (
        b"\xff\xd8"
        + (segment(0xFE, comment) if comment else b"")
        + segment(0xDB, b"\x00" + b"\x01" * 64)
        + segment(0xC0, struct.pack(">BHHB", 8, 8, 8, 1) + b"\x01\x11\x00")
        + segment(0xC4, b"\x00" + one_code)
        + segment(0xC4, b"\x10" + one_code)
        + segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + b"\x3f"  # DC difference 0 ("0"), end of block ("0"), padded with ones
        + b"\xff\xd9"
    )


def tiny_pdf(text: str = "") -> bytes:
    """A one-page PDF with its cross-reference table, assembled by hand."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    if text:
        objects[2] = objects[2][:-2] + b"/Comment (" + text.encode("ascii") + b") >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    return bytes(out)


# ---------------------------------------------------------------- Day One pieces


@dataclass(frozen=True)
class DayOneMedia:
    """One media item: what the entry lists, and the file the zip holds (if any)."""

    item: dict[str, Any]
    member: str | None
    data: bytes = b""

    @property
    def identifier(self) -> str:
        return str(self.item["identifier"])

    @property
    def moment(self) -> str:
        """How an entry's text shows it."""
        path = {"photo": "/", "video": "/video/", "audio": "/audio/", "pdf": "/pdfAttachment/"}
        return f"![](dayone-moment:/{path[self.kind]}{self.identifier})"

    @property
    def kind(self) -> str:
        return str(self.item.get("_kind", "photo"))


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def dayone_photo(
    data: bytes, identifier: str, photo_type: str = "jpeg", *, with_md5: bool = True
) -> DayOneMedia:
    """A photo as Day One lists it; without md5 it was never exported (no file)."""
    item: dict[str, Any] = {"identifier": identifier, "type": photo_type, "orderInEntry": 0}
    if not with_md5:
        return DayOneMedia(item, None)
    item["md5"] = md5(data)
    return DayOneMedia(item, f"photos/{item['md5']}.{photo_type}", data)


def dayone_other(kind: str, data: bytes, identifier: str, **more: Any) -> DayOneMedia:
    """A PDF (``pdf``), a video or a recording (``video``, ``audio``), with its file."""
    folder, ext = {"pdf": ("pdfs", "pdf"), "video": ("videos", "mov"), "audio": ("audios", "m4a")}[
        kind
    ]
    item = {"identifier": identifier, "md5": md5(data), "type": ext, "_kind": kind, **more}
    return DayOneMedia(item, f"{folder}/{item['md5']}.{ext}", data)


def dayone_entry(
    uuid: str, created: str, text: str | None = "", media: Iterable[DayOneMedia] = (), **more: Any
) -> dict[str, Any]:
    """An entry as Day One exports it; ``text=None`` leaves the key out."""
    entry: dict[str, Any] = {"uuid": uuid, "creationDate": created, **more}
    if text is not None:
        entry["text"] = text
    arrays = {"photo": "photos", "pdf": "pdfAttachments", "video": "videos", "audio": "audios"}
    for thing in media:
        item = {k: v for k, v in thing.item.items() if k != "_kind"}
        entry.setdefault(arrays[thing.kind], []).append(item)
    return entry


def dayone_escape(text: str) -> str:
    """Text escaped as Day One's Markdown export does (a real backslash doubled)."""
    return "".join("\\" + c if c in DAYONE_ESCAPED else c for c in text)


DAYONE_ESCAPED = frozenset("\\`*_{}[]()#+-.!<>|~")
"""The punctuation Day One puts a backslash before."""


def journal_json(entries: list[dict[str, Any]]) -> bytes:
    """A journal file as Day One writes it (``\\/`` for each slash)."""
    document = {"metadata": {"version": "1.0"}, "entries": entries}
    return json.dumps(document, indent=2, ensure_ascii=False).replace("/", "\\/").encode()


def write_zip(path: Path, members: Mapping[str, bytes]) -> Path:
    """A zip of ``members`` (stored, fixed time and mode), the same bytes every time."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    return path


def build_dayone_zip(
    path: Path,
    journals: Mapping[str, list[dict[str, Any]]],
    media: Iterable[DayOneMedia] = (),
    *,
    extra: Mapping[str, bytes] | None = None,
) -> Path:
    """A Day One export: each ``journals`` name becomes ``<name>.json``; the media's files.

    A file shared by several entries is stored once (by its md5 name, as Day One does).
    """
    members = {f"{name}.json": journal_json(entries) for name, entries in journals.items()}
    for thing in media:
        if thing.member is not None:
            members.setdefault(thing.member, thing.data)
    members.update(extra or {})
    return write_zip(path, members)


# ---------------------------------------------------------------- the traps


@dataclass(frozen=True)
class DayOneTraps:
    """The export ``dayone_with_traps`` wrote, and what a test checks it against."""

    path: Path
    files: dict[str, bytes] = field(default_factory=dict)  # zip member -> bytes


AUCKLAND = "A1C4E2B7D3F64E0A9B8C7D6E5F4A3B21"
LOS_ANGELES = "B2D5F3C8E4A75F1B0C9D8E7F6A5B4C32"
RICH = "C3E6A4D9F5B86A2C1D0E9F8A7B6C5D43"
DOCUMENTS = "D4F7B5EAA6C97B3D2E1FA9B8C7D6E540"
EMPTY = "E5A8C6FBB7DA8C4E3F2AB0C9D8E7F650"
HEIC = "F6B9D7ACC8EB9D5F4A3BC1DAE9F8A760"
TRAPS_JOURNAL = "Ängste & Hoffnung"
SECOND_JOURNAL = "Journal"


def dayone_with_traps(path: Path) -> DayOneTraps:
    """An export holding every trap the Day One reader must survive.

    Two journals (one with a unicode name); all-day entries in Auckland (east) and
    Los Angeles (west, the day after the DST change); escapes and a real backslash;
    one photo shared by two entries; a photo Day One never exported (no md5); an
    entry with no ``text`` key (rich text only) and one with empty text and no time
    zone; a PDF, a video and a recording; a HEIC photo; starred and pinned entries;
    a place with weather; tags repeated, blank, unicode and too long.
    """
    shared = tiny_jpeg()
    at_home = dayone_photo(shared, "PHOTOSHAREDA00000000000000000001")
    in_la = dayone_photo(shared, "PHOTOSHAREDB00000000000000000002")
    never = dayone_photo(b"", "PHOTONOMD00000000000000000000003", with_md5=False)
    drawn = dayone_photo(tiny_png(), "PHOTOPNG000000000000000000000004", "png")
    letter = dayone_other(
        "pdf", tiny_pdf("Brief"), "PDF00000000000000000000000000005", pdfName="Brief"
    )
    video = dayone_other("video", b"\x00\x00\x00\x18ftypqt  ", "VIDEO000000000000000000000000006")
    voice = dayone_other("audio", b"\x00\x00\x00\x18ftypM4A ", "AUDIO000000000000000000000000007")
    heic = dayone_photo(b"\x00\x00\x00\x18ftypheic", "PHOTOHEIC00000000000000000000008", "heic")
    loose = dayone_photo(gif_bytes(4, 3), "PHOTOGIF000000000000000000000009", "gif")
    first = [
        dayone_entry(
            AUCKLAND,
            "2024-03-09T11:00:00Z",  # midnight of 10 March in Auckland (NZDT)
            dayone_escape("# Ein Tag\n\nEs ist 3. März - kein Grund zur Panik (wirklich). ")
            + dayone_escape("#keinTag\n\nC:\\Users\\ich\n\n")
            + at_home.moment,
            [at_home],
            modifiedDate="2024-03-10T08:30:15Z",
            timeZone="Pacific/Auckland",
            isAllDay=True,
            starred=True,
            tags=["Ängste", " ängste ", "", "🌱 Wachsen"],
        ),
        dayone_entry(
            LOS_ANGELES,
            "2024-03-11T07:00:00Z",  # midnight of 11 March in LA, the day after DST began
            dayone_escape("The day after the clocks changed.\n\n")
            + never.moment
            + "\n\n"
            + in_la.moment,
            [in_la, never],
            timeZone="America/Los_Angeles",
            isAllDay=True,
            isPinned=True,
        ),
        dayone_entry(
            RICH,
            "2024-04-02T18:45:00Z",
            None,
            [drawn],
            timeZone="Europe/Berlin",
            richText=json.dumps(
                {
                    "meta": {"version": 1},
                    "contents": [
                        {"text": "Nur Rich Text 🌙 *not escaped*\n"},
                        {"embeddedObjects": [{"type": "photo", "identifier": drawn.identifier}]},
                    ],
                }
            ),
        ),
        dayone_entry(
            DOCUMENTS,
            "2024-04-20T09:10:00Z",
            dayone_escape("Der Brief.\n\n")
            + letter.moment
            + "\n\n"
            + video.moment
            + dayone_escape("\n\n(after the video)"),
            [letter, video, voice],
            timeZone="Europe/Berlin",
            location={
                "placeName": "Café Luna",
                "localityName": "Berlin",
                "administrativeArea": "Berlin",
                "country": "Deutschland",
                "latitude": 52.520008,
                "longitude": 13.404954,
                "region": {"center": {"latitude": 52.520008, "longitude": 13.404954}},
            },
            weather={
                "conditionsDescription": "Leichter Regen",
                "temperatureCelsius": 7.4,
                "weatherCode": "rain",
            },
            tags=["Brief", "brief"],
        ),
    ]
    second = [
        dayone_entry(EMPTY, "2023-12-31T23:30:00.500Z"),  # no time zone: UTC
        dayone_entry(
            HEIC,
            "2024-01-15T06:00:00Z",
            dayone_escape("A photo from the phone.\n\n") + heic.moment,
            [heic, loose],
            timeZone="Asia/Tokyo",
            tags=["x" * 70, "ok"],
        ),
    ]
    media = [at_home, in_la, never, drawn, letter, video, voice, heic, loose]
    build_dayone_zip(path, {TRAPS_JOURNAL: first, SECOND_JOURNAL: second}, media)
    files = {m.member: m.data for m in media if m.member is not None}
    return DayOneTraps(path, files)


def dayone_bench_zip(
    path: Path,
    entries: int = 10_000,
    photos: int = 1_000,
    photo: Callable[[int], bytes] | None = None,
) -> Path:
    """A large export for the import benchmark: ``photos`` distinct photos spread evenly.

    ``photo(n)`` gives the n-th photo's bytes (a tiny hand-made JPEG by default).
    """
    every = max(1, entries // max(1, photos)) if photos else 0
    made: list[DayOneMedia] = []
    listed = []
    for n in range(entries):
        media = []
        if every and n % every == 0 and len(made) < photos:
            data = photo(n) if photo is not None else tiny_jpeg(b"%d" % n)
            made.append(dayone_photo(data, f"BENCHPHOTO{n:022d}"))
            media = [made[-1]]
        text = dayone_escape(f"# Day {n}\n\n" + "Words written on a quiet evening. " * 12)
        listed.append(
            dayone_entry(
                f"BENCH{n:027d}",
                f"{2000 + n // 365:04d}-{1 + n % 12:02d}-{1 + n % 28:02d}T20:00:00Z",
                text + "".join("\n\n" + m.moment for m in media),
                media,
                timeZone="Europe/Berlin",
                tags=[f"tag{n % 40}"],
            )
        )
    return build_dayone_zip(path, {"Journal": listed}, made)


def two_entry_archive(tmp_path: Path) -> Path:
    """An archive of another journal of two entries, ready to be tampered with."""
    other, _ = create_journal(
        JournalFiles(tmp_path / "other"), keystore=MemoryKeystore(), argon2=FAST_ARGON2
    )
    try:
        for day in (1, 2):
            other.entries.add(EntryFields(body=f"day {day}", date=dt.date(2024, 1, day)))
        path = tmp_path / "archive.zip"
        write_archive(path, other)
    finally:
        other.close()
    return path
