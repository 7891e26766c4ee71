"""Day One's export into a real journal: every trap field by field, and bad input refused."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.journal.journal import Journal
from app.records.entries import Entry, EntryFilter
from app.records.imports import ImportBatch, ImportOptions, ImportPlan, SourceKind
from app.transfer.dayone_text import markdown_parts, unescape
from app.transfer.importing import ImportResult, keep_plan, plan_import
from app.transfer.problems import ImportRefused
from app.transfer.sources import open_source
from tests.fixtures.transfer.make_fixtures import DAYONE_JSON, DAYONE_ZIP, HERE, build
from tests.helpers.transfer_fixtures import (
    AUCKLAND,
    DOCUMENTS,
    EMPTY,
    HEIC,
    LOS_ANGELES,
    RICH,
    build_dayone_zip,
    dayone_entry,
    dayone_escape,
    dayone_photo,
    dayone_with_traps,
    tiny_jpeg,
)

_REF = re.compile(r"attachment:([0-9a-f]{32})")


def _read(path: Path, keep_location: bool = False) -> ImportBatch:
    """The batch, its files closed: for what a reader says, not what it reads later."""
    with open_source(path, None, ImportOptions(keep_location=keep_location)) as batch:
        return batch


def _import(journal: Journal, path: Path, **options: Any) -> tuple[ImportPlan, ImportResult]:
    with (
        open_source(path, None, ImportOptions(**options)) as batch,
        journal.worker_stores() as stores,
    ):
        plan = plan_import(stores, batch)
        return plan, keep_plan(stores, plan)


def _by_creation(journal: Journal) -> dict[dt.datetime, Entry]:
    found = journal.entries.summaries(EntryFilter(source="dayone"))
    return {s.created: journal.entries.get(s.id) for s in found}


def _counts(journal: Journal) -> tuple[int, int]:
    return journal.entries.count(), journal.attachments.count()


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def test_the_committed_fixtures_are_what_the_builders_make(tmp_path: Path) -> None:
    built = build(tmp_path)
    for fresh in built:
        assert fresh.read_bytes() == (HERE / fresh.name).read_bytes(), fresh.name
    assert sum(fresh.stat().st_size for fresh in built) < 50_000


def test_every_trap_arrives_field_by_field(journal: Journal, tmp_path: Path) -> None:
    traps = dayone_with_traps(tmp_path / "Day One Export.zip")
    plan, result = _import(journal, traps.path)
    assert (result.added, result.attachments, result.skipped) == (6, 5, 0)
    entries = _by_creation(journal)
    assert len(entries) == 6
    auckland = entries[_utc("2024-03-09T11:00:00Z")]
    assert auckland.date == dt.date(2024, 3, 10)  # UTC would say the 9th
    assert auckland.updated == _utc("2024-03-10T08:30:15Z")
    assert auckland.title == ""
    assert auckland.body.startswith(
        "# Ein Tag\n\nEs ist 3. März - kein Grund zur Panik (wirklich). #keinTag\n\n"
        "C:\\Users\\ich\n\n![](attachment:"
    )
    assert auckland.tags == ("Ängste", "🌱 Wachsen")
    assert auckland.marked
    assert auckland.source == "dayone"
    los_angeles = entries[_utc("2024-03-11T07:00:00Z")]
    assert los_angeles.date == dt.date(2024, 3, 11)  # midnight PDT: the day after DST began
    assert los_angeles.marked  # pinned
    assert "(A photo from Day One was not imported: Day One's export did not include it.)" in (
        los_angeles.body
    )
    rich = entries[_utc("2024-04-02T18:45:00Z")]
    assert rich.body.startswith("Nur Rich Text 🌙 *not escaped*\n![](attachment:")
    assert not rich.marked
    empty = entries[_utc("2023-12-31T23:30:00.500Z")]
    assert (empty.body, empty.date, empty.tags) == ("", dt.date(2023, 12, 31), ())
    assert empty.updated == empty.created
    heic = entries[_utc("2024-01-15T06:00:00Z")]
    assert "(A HEIC photo from Day One was not imported" in heic.body
    assert heic.body.endswith(")\n\n![](attachment:" + _REF.findall(heic.body)[0] + ")")
    assert heic.tags == ("x" * 64, "ok")
    documents = entries[_utc("2024-04-20T09:10:00Z")]
    assert "Café" not in documents.body and "Regen" not in documents.body
    assert documents.tags == ("Brief",)
    texts = [notice.text for notice in plan.notices]
    assert "1 entry's place and weather was left out" in " ".join(texts)
    assert "1 entry had no time zone Threshold knows: the date is read in UTC." in texts


def test_each_entry_keeps_its_uuid_as_its_source_id(tmp_path: Path) -> None:
    batch = _read(dayone_with_traps(tmp_path / "export.zip").path)
    assert batch.kind is SourceKind.DAYONE
    assert [e.source_id for e in batch.entries] == [
        EMPTY,
        HEIC,
        AUCKLAND,
        LOS_ANGELES,
        RICH,
        DOCUMENTS,
    ]


def test_pictures_and_documents_keep_the_bytes_of_the_zip(journal: Journal, tmp_path: Path) -> None:
    traps = dayone_with_traps(tmp_path / "export.zip")
    _import(journal, traps.path)
    shared = traps.files[next(m for m in traps.files if m.endswith(".jpeg"))]
    kept: list[tuple[str, bytes]] = []
    for entry in _by_creation(journal).values():
        refs = _REF.findall(entry.body)
        attached = journal.attachments.for_entry(entry.id)
        assert sorted(a.id for a in attached) == sorted(refs)  # each in its place
        kept += [(a.name, journal.attachments.read(a.id)) for a in attached]
    zipped = set(traps.files.values())
    assert all(data in zipped for _, data in kept)
    assert [data for _, data in kept].count(shared) == 2  # one photo, two entries
    documents = next(e for e in _by_creation(journal).values() if "Der Brief." in e.body)
    (letter,) = journal.attachments.for_entry(documents.id)
    assert letter.name == "Brief.pdf"
    assert f"[Brief.pdf](attachment:{letter.id})" in documents.body


def test_a_shared_photo_is_one_file_per_entry_each_with_its_own_ref(tmp_path: Path) -> None:
    with open_source(dayone_with_traps(tmp_path / "export.zip").path) as batch:
        shared = [f for e in batch.entries for f in e.files if f.name.endswith(".jpeg")]
        assert len(shared) == 2
        assert shared[0].ref != shared[1].ref
        assert shared[0].read() == shared[1].read() == tiny_jpeg()
        assert shared[0].size == len(tiny_jpeg())


def test_videos_sound_and_unreferenced_media_leave_lines_in_place(tmp_path: Path) -> None:
    batch = _read(dayone_with_traps(tmp_path / "export.zip").path)
    documents = next(e for e in batch.entries if e.source_id == DOCUMENTS)
    body = documents.fields.body
    video = "(A video from Day One was not imported: Threshold keeps pictures and PDFs.)"
    assert (
        body.index("[Brief.pdf](attachment:") < body.index(video) < body.index("(after the video)")
    )
    assert body.endswith(
        "(after the video)\n\n"
        "(A sound recording from Day One was not imported: Threshold keeps pictures and PDFs.)"
    )
    texts = {notice.text for notice in batch.notices}
    assert "1 video from Day One was not imported (Threshold keeps pictures and PDFs)." in texts
    assert any(text.startswith("1 sound recording from Day One was not") for text in texts)
    assert any(text.startswith("1 photo in HEIC from Day One was not") for text in texts)


def test_place_and_weather_are_kept_as_a_plain_line_only_when_asked(tmp_path: Path) -> None:
    path = dayone_with_traps(tmp_path / "export.zip").path
    kept = next(e for e in _read(path, keep_location=True).entries if e.source_id == DOCUMENTS)
    assert kept.fields.body.endswith(
        "\n\nPlace: Café Luna, Berlin, Deutschland · Weather: Leichter Regen, 7 °C"
    )
    assert "52.52" not in kept.fields.body and "13.40" not in kept.fields.body
    left = next(e for e in _read(path).entries if e.source_id == DOCUMENTS)
    assert "Café" not in left.fields.body


def test_importing_again_adds_nothing(journal: Journal, tmp_path: Path) -> None:
    path = dayone_with_traps(tmp_path / "export.zip").path
    _import(journal, path)
    before = _counts(journal)
    plan, result = _import(journal, path)
    assert (len(plan.new), plan.skipped, result.added) == (0, 6, 0)
    assert _counts(journal) == before == (6, 5)
    assert len(journal.entries.summaries(EntryFilter(source="dayone"))) == 6


def test_a_bare_journal_json_imports_and_names_its_media(journal: Journal) -> None:
    plan, result = _import(journal, HERE / DAYONE_JSON)
    assert (result.added, result.attachments) == (4, 0)
    line = "(A photo from Day One was not imported: it is in Day One's zip export"
    assert line in _by_creation(journal)[_utc("2024-03-09T11:00:00Z")].body
    assert any("not in this JSON file" in notice.text for notice in plan.notices)


def test_the_committed_zip_imports(journal: Journal) -> None:
    _, result = _import(journal, HERE / DAYONE_ZIP)
    assert (result.added, result.attachments) == (6, 5)


@pytest.mark.parametrize(
    ("created", "zone", "day"),
    [
        ("2024-03-09T11:00:00Z", "Pacific/Auckland", dt.date(2024, 3, 10)),  # NZDT, +13
        ("2024-07-09T12:00:00Z", "Pacific/Auckland", dt.date(2024, 7, 10)),  # NZST, +12
        ("2024-03-10T08:00:00Z", "America/Los_Angeles", dt.date(2024, 3, 10)),  # PST, DST day
        ("2024-03-11T07:00:00Z", "America/Los_Angeles", dt.date(2024, 3, 11)),  # PDT
        ("2024-11-03T07:00:00Z", "America/Los_Angeles", dt.date(2024, 11, 3)),  # DST ends
        ("2024-03-10T08:00:00Z", "Mars/Olympus_Mons", dt.date(2024, 3, 10)),  # unknown: UTC
        ("2024-03-09T23:30:00+00:00", None, dt.date(2024, 3, 9)),
        ("2024-03-09T23:30:00", "Asia/Kolkata", dt.date(2024, 3, 10)),  # no zone: read as UTC
    ],
)
def test_the_date_is_the_day_where_the_entry_was_written(
    tmp_path: Path, created: str, zone: str | None, day: dt.date
) -> None:
    more: dict[str, Any] = {"timeZone": zone} if zone else {}
    entry = dayone_entry("U1", created, "x", isAllDay=True, **more)
    batch = _read(build_dayone_zip(tmp_path / "z.zip", {"J": [entry]}))
    assert batch.entries[0].fields.date == day
    assert batch.entries[0].created.utcoffset() == dt.timedelta(0)
    zone_notices = [n for n in batch.notices if "time zone" in n.text]
    assert len(zone_notices) == (zone in (None, "Mars/Olympus_Mons"))


@given(st.text())
def test_unescaping_undoes_exactly_what_day_one_escaped(text: str) -> None:
    assert unescape(dayone_escape(text)) == text


@pytest.mark.parametrize(
    ("escaped", "plain"),
    [
        (r"1\. item", "1. item"),
        (r"\- not a list", "- not a list"),
        (r"\(aside\)", "(aside)"),
        (r"\# not a heading", "# not a heading"),
        (r"C:\\Users", "C:\\Users"),
        (r"\\\.", "\\."),  # a real backslash, then an escaped dot
        (r"a \w b", r"a \w b"),  # a backslash before a letter is a backslash
        ("ends with \\", "ends with \\"),
    ],
)
def test_unescape_examples(escaped: str, plain: str) -> None:
    assert unescape(escaped) == plain


def test_an_escaped_reference_is_text_not_a_picture() -> None:
    escaped = dayone_escape("![](dayone-moment://ABC)")
    assert markdown_parts(escaped) == ["![](dayone-moment://ABC)"]


def test_tags_are_tidied_and_cut_to_the_journal_limits(journal: Journal, tmp_path: Path) -> None:
    tags = [f"tag {n}" for n in range(55)] + ["#  spaced\tout ", "y" * 80, "TAG 0"]
    entry = dayone_entry("U1", "2024-01-01T10:00:00Z", "x", tags=tags)
    plan, _ = _import(journal, build_dayone_zip(tmp_path / "z.zip", {"J": [entry]}))
    (kept,) = _by_creation(journal).values()
    assert kept.tags == tuple(f"tag {n}" for n in range(50))
    texts = [n.text for n in plan.notices]
    assert "1 entry had more than 50 tags: the first 50 are kept." in texts
    assert "1 tag longer than 64 characters was shortened." in texts


def test_a_reference_to_media_the_entry_does_not_list_leaves_a_line(tmp_path: Path) -> None:
    text = "a ![](dayone-moment://GONE) b ![](dayone-moment:/video/GONE2) c"
    batch = _read(
        build_dayone_zip(
            tmp_path / "z.zip", {"J": [dayone_entry("U1", "2024-01-01", text, timeZone="UTC")]}
        )
    )
    assert batch.entries[0].fields.body == (
        "a (A photo from Day One was not imported: Day One's export did not include it.) b "
        "(A video from Day One was not imported: Threshold keeps pictures and PDFs.) c"
    )
    assert len(batch.notices) == 2


def test_a_photo_with_an_unkept_type_found_by_its_file(tmp_path: Path) -> None:
    tiff = dayone_photo(b"II*\x00", "P1", "tiff")
    entry = dayone_entry("U1", "2024-01-01T10:00:00Z", tiff.moment, [tiff])
    batch = _read(build_dayone_zip(tmp_path / "z.zip", {"J": [entry]}, [tiff]))
    assert batch.entries[0].files == ()
    assert "(A TIFF photo from Day One was not imported" in batch.entries[0].fields.body


# ---------------------------------------------------------------- refused, nothing written


def _refused(journal: Journal, path: Path, *says: str) -> None:
    before = _counts(journal)
    with pytest.raises(ImportRefused) as refusal:
        _import(journal, path)
    message = str(refusal.value)
    assert all(part in message for part in says), message
    assert message.endswith("Nothing was imported.")
    assert _counts(journal) == before


@pytest.fixture
def with_one(journal: Journal, tmp_path: Path) -> Journal:
    """The journal holding one imported entry already, so "unchanged" means something."""
    entry = dayone_entry("KEPT", "2020-01-01T10:00:00Z", "already here")
    _import(journal, build_dayone_zip(tmp_path / "first.zip", {"J": [entry]}))
    assert _counts(journal) == (1, 0)
    return journal


def test_a_missing_photo_is_refused_naming_it_and_the_day(
    with_one: Journal, tmp_path: Path
) -> None:
    photo = dayone_photo(tiny_jpeg(), "P1")
    entry = dayone_entry("U1", "2024-03-09T11:00:00Z", photo.moment, [photo])
    entry["timeZone"] = "Pacific/Auckland"
    path = build_dayone_zip(tmp_path / "z.zip", {"Journal": [entry]})  # no photo file
    _refused(with_one, path, photo.member or "", "z.zip", "2024-03-10", "Journal.json")


def test_a_photo_that_is_not_a_picture_refuses_the_whole_import(
    with_one: Journal, tmp_path: Path
) -> None:
    good = dayone_entry("U0", "2024-01-01T10:00:00Z", "fine")
    photo = dayone_photo(b"not a jpeg at all", "P1")
    bad = dayone_entry("U1", "2024-02-01T10:00:00Z", photo.moment, [photo])
    path = build_dayone_zip(tmp_path / "z.zip", {"J": [good, bad]}, [photo])
    _refused(with_one, path, "2024-02-01")


def test_malformed_json_is_refused_with_its_line_and_column(
    with_one: Journal, tmp_path: Path
) -> None:
    broken = b'{"metadata": {"version": "1.0"},\n "entries": [\n  {"uuid": "A",}\n ]}'
    path = tmp_path / "z.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("Journal.json", broken)
    _refused(with_one, path, "Journal.json is not valid JSON", "line 3, column 16")


@pytest.mark.parametrize(
    ("document", "says"),
    [
        ({"metadata": {}, "entries": {"a": 1}}, "has no list of entries"),
        ({"metadata": {}, "entries": [1]}, "Entry 1 of J.json is not an entry"),
        ({"entries": [{"creationDate": "2024-01-01T00:00:00Z"}]}, "Entry 1 of J.json has no uuid"),
        ({"entries": [{"uuid": "A"}]}, "Entry 1 of J.json has no creationDate"),
        ({"entries": [{"uuid": "A", "creationDate": "yesterday"}]}, "Entry 1 of J.json has a"),
        ({"entries": [{"uuid": "A", "creationDate": "2024-01-01", "tags": "x"}]}, "tags"),
        ({"entries": [{"uuid": "A", "creationDate": "2024-01-01", "text": 5}]}, "text"),
        ({"entries": [{"uuid": "A", "creationDate": "2024-01-01", "photos": [1]}]}, "photos"),
        ({"entries": [{"uuid": "A", "creationDate": "2024-01-01", "richText": "{"}]}, "rich"),
    ],
)
def test_wrong_shapes_are_refused_naming_the_entry(
    with_one: Journal, tmp_path: Path, document: dict[str, Any], says: str
) -> None:
    document.setdefault("metadata", {"version": "1.0"})
    entries = document["entries"]
    if isinstance(entries, list) and len(entries) == 1 and isinstance(entries[0], dict):
        first = dayone_entry("OK", "2024-01-01T00:00:00Z", "fine")
        document["entries"] = [first, entries[0]]
        says = says.replace("Entry 1", "Entry 2")
    path = tmp_path / "z.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("J.json", json.dumps(document))
    _refused(with_one, path, says)


@pytest.mark.parametrize(
    ("member", "link", "says"),
    [("../evil.jpeg", False, "climbs out"), ("photos/x.jpeg", True, "is a link")],
)
def test_unsafe_members_are_refused(
    with_one: Journal, tmp_path: Path, member: str, link: bool, says: str
) -> None:
    entry = dayone_entry("U1", "2024-01-01T10:00:00Z", "x")
    path = build_dayone_zip(tmp_path / "z.zip", {"J": [entry]})
    with zipfile.ZipFile(path, "a") as out:
        info = zipfile.ZipInfo(member)
        if link:
            info.external_attr = (0o120777) << 16
        out.writestr(info, b"/etc/passwd")
    _refused(with_one, path, member, says)


def test_a_json_claiming_two_gigabytes_is_refused_before_it_is_read(
    with_one: Journal, tmp_path: Path
) -> None:
    entry = dayone_entry("U1", "2024-01-01T10:00:00Z", "x")
    path = build_dayone_zip(tmp_path / "z.zip", {"J": [entry]})
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = (2 * 1024**3).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    _refused(with_one, path, "J.json", "2,048 MB, too large")


def test_a_bare_two_gigabyte_json_is_refused_by_its_size_alone(
    with_one: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "Journal.json"
    with path.open("wb") as sparse:
        sparse.write(b'{"metadata": {}, "entries": [')
        sparse.truncate(2 * 1024**3)  # nothing is written: it would take seconds to read
    _refused(with_one, path, "Journal.json is 2,048 MB", "up to 256 MB")
