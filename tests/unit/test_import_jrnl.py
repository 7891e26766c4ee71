"""jrnl's JSON export and text journal, read and kept in a real journal field by field."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.journal.journal import Journal
from app.records.entries import EntryFields, EntryFilter
from app.records.imports import ImportedEntry, SourceKind
from app.transfer import jrnl
from app.transfer.local_files import MIB
from app.transfer.problems import ImportRefused
from app.transfer.sources import open_source
from tests.helpers.transfer_notes import (
    FIXTURES,
    JRNL_ENTRIES,
    JrnlEntry,
    fixture_files,
    import_into,
    jrnl_json,
    jrnl_text,
    local_zone,
    write_jrnl,
)

ZONE = "Pacific/Auckland"  # far from UTC, with summer time: a wrong zone shows


@pytest.fixture(autouse=True)
def _far_zone() -> Iterator[None]:
    with local_zone(ZONE):
        yield


@pytest.fixture
def exports(tmp_path: Path) -> dict[str, Path]:
    return write_jrnl(tmp_path / "jrnl")


def _read(path: Path) -> list[ImportedEntry]:
    with open_source(path) as batch:
        assert batch.kind is SourceKind.JRNL
        return batch.entries


def _local(when: dt.datetime) -> dt.datetime:
    return when.replace(tzinfo=ZoneInfo(ZONE))


def test_the_json_export_is_kept_field_by_field(journal: Journal, exports: dict[str, Path]) -> None:
    result = import_into(journal, exports["json"])
    assert (result.added, result.skipped) == (len(JRNL_ENTRIES), 0)
    kept = sorted(
        (journal.entries.get(s.id) for s in journal.entries.summaries()),
        key=lambda entry: entry.created,
    )
    for entry, source in zip(kept, JRNL_ENTRIES, strict=True):
        assert entry.title == source.title
        assert entry.body == source.body
        assert entry.date == source.when.date()
        assert entry.created == entry.updated == _local(source.when)
        assert entry.tags == tuple(tag.removeprefix("@") for tag in source.tags)
        assert entry.marked is source.starred
        assert entry.source == "jrnl"
    assert journal.entries.count(EntryFilter(source="jrnl")) == len(JRNL_ENTRIES)
    assert journal.entries.count(EntryFilter(source="markdown")) == 0


@pytest.mark.parametrize("kind", ["text", "text-12h"])
def test_the_text_journal_gives_what_the_json_gives(exports: dict[str, Path], kind: str) -> None:
    from_json, from_text = _read(exports["json"]), _read(exports[kind])
    assert [(e.source_id, e.fields, e.created) for e in from_text] == [
        (e.source_id, e.fields, e.created) for e in from_json
    ]
    assert [e.fields.tags for e in from_text] == [("garden",), ("mum",), (), (), ("work",)]
    assert [e.fields.marked for e in from_text] == [False, True, False, False, False]
    assert from_text[0].created.utcoffset() == dt.timedelta(hours=12)  # the local zone's


def test_the_same_entries_from_json_and_text_are_kept_once(
    journal: Journal, exports: dict[str, Path]
) -> None:
    assert import_into(journal, exports["text-12h"]).added == len(JRNL_ENTRIES)
    again = import_into(journal, exports["json"])
    assert (again.added, again.skipped) == (0, len(JRNL_ENTRIES))
    assert import_into(journal, exports["text"]).added == 0
    assert journal.entries.count() == len(JRNL_ENTRIES)


def test_an_entry_changed_in_jrnl_is_new_and_one_repeated_in_a_file_is_kept_once(
    journal: Journal, tmp_path: Path
) -> None:
    first = tmp_path / "first.txt"
    first.write_text(jrnl_text(JRNL_ENTRIES[:1] * 2), encoding="utf-8")
    assert (import_into(journal, first).added, import_into(journal, first).added) == (1, 0)
    changed = JrnlEntry(JRNL_ENTRIES[0].when, JRNL_ENTRIES[0].title, "Other words.")
    first.write_text(jrnl_text((changed,)), encoding="utf-8")
    assert import_into(journal, first).added == 1


def _text_entry(tmp_path: Path, text: str) -> ImportedEntry:
    path = tmp_path / "journal.txt"
    path.write_text(text, encoding="utf-8")
    (entry,) = _read(path)
    return entry


def test_an_entry_all_on_one_line_is_split_after_its_first_sentence(tmp_path: Path) -> None:
    entry = _text_entry(tmp_path, "[2021-06-01 09:00] Called in sick. Used the time! Yes.")
    assert (entry.fields.title, entry.fields.body) == ("Called in sick.", "Used the time! Yes.")
    # With a line break, the first line is the title, as jrnl reads its own file.
    entry = _text_entry(tmp_path, "[2021-06-01 09:00] Called in sick. Used the time!\nMore.\n")
    assert (entry.fields.title, entry.fields.body) == ("Called in sick. Used the time!", "More.")


def test_a_title_too_long_to_keep_as_one_stays_whole_in_the_text(tmp_path: Path) -> None:
    words = "word " * 100
    entry = _text_entry(tmp_path, f"[2021-06-01 09:00] {words}\nThe body.\n")
    assert entry.fields.title == ""
    assert entry.fields.body == f"{words.strip()}\nThe body."


@pytest.mark.parametrize(
    ("stamp", "hour", "minute"),
    [("12:05:00 AM", 0, 5), ("12:30:00 PM", 12, 30), ("01:15:00 pm", 13, 15), ("7:08", 7, 8)],
)
def test_twelve_hour_times_are_read_on_a_day_of_24_hours(
    tmp_path: Path, stamp: str, hour: int, minute: int
) -> None:
    entry = _text_entry(tmp_path, f"[2021-06-01 {stamp}] Title\n")
    assert entry.created == _local(dt.datetime(2021, 6, 1, hour, minute))


def test_a_starred_entry_and_its_tags_in_the_text(tmp_path: Path) -> None:
    entry = _text_entry(tmp_path, "[2021-06-01 09:00] With @Mum and @dad. *\nAt @home, @home.\n")
    assert entry.fields.marked
    assert entry.fields.title == "With @Mum and @dad."
    assert entry.fields.tags == ("mum", "dad", "home")


def test_the_fixtures_kept_in_the_repository_are_a_fresh_build(tmp_path: Path) -> None:
    write_jrnl(tmp_path)
    assert fixture_files(FIXTURES / "jrnl") == fixture_files(tmp_path)
    assert len(_read(FIXTURES / "jrnl" / "journal.json")) == len(JRNL_ENTRIES)


def _entry_json(**changes: object) -> str:
    row: dict[str, object] = {
        "title": "T",
        "body": "B",
        "date": "2021-06-01",
        "time": "09:00",
        "tags": [],
        "starred": False,
    }
    return json.dumps({"tags": {}, "entries": [row | changes]})


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("bad.json", '{"tags": {},\n "entries": [\n  {"title": "x",}\n]}', "line 3, column"),
        ("list.json", '{"tags": {}, "entries": {"a": 1}}', "no list of entries"),
        ("item.json", '{"tags": {}, "entries": ["words"]}', "Entry 1 of item.json"),
        ("day.json", _entry_json(date="2021-02-30"), "2021-02-30"),
        ("dayshape.json", _entry_json(date="1 June 2021"), "YYYY-MM-DD"),
        ("time.json", _entry_json(time="9am"), "HH:MM"),
        ("hour.json", _entry_json(time="25:00"), "25:00"),
        ("title.json", _entry_json(title=None), "no title or body"),
        ("tags.json", _entry_json(tags="@a"), "tags"),
        ("star.json", _entry_json(starred="yes"), "starred"),
        ("deep.json", '{"entries": ' + "[" * 100_000 + "]" * 100_000 + "}", "deep.json"),
        ("words.txt", "Just some words.\n", "no jrnl entry"),
        ("empty.txt", "", "no jrnl entry"),
        ("before.txt", "A preface.\n[2021-06-01 09:00] T\n", "line 1"),
        ("month.txt", "[2021-06-01 09:00] T\n\n[2021-13-01 09:00] U\n", "Line 3 of month.txt"),
    ],
)
def test_bad_input_is_refused_by_name_and_nothing_is_kept(
    journal: Journal, tmp_path: Path, name: str, content: str, said: str
) -> None:
    journal.entries.add(EntryFields(body="already here", date=dt.date(2020, 1, 1)))
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused, match="Nothing was imported") as refusal:
        import_into(journal, path, SourceKind.JRNL)
    assert said in str(refusal.value)
    assert journal.entries.count() == 1


def test_a_file_not_in_utf8_or_too_large_is_refused(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("[2021-06-01 09:00] Caf\u00e9\n".encode("latin-1"))
    with pytest.raises(ImportRefused, match=r"latin\.txt is not UTF-8 text \(byte 23"):
        import_into(journal, latin)
    large = tmp_path / "large.json"
    large.write_text(jrnl_json() + " " * (3 * MIB // 2), encoding="utf-8")
    monkeypatch.setattr(jrnl, "MAX_JRNL_BYTES", MIB)
    with pytest.raises(ImportRefused, match=r"large\.json is 2 MB; .* jrnl journal of up to 1 MB"):
        import_into(journal, large)
    assert journal.entries.count() == 0


def test_a_hostile_one_line_entry_is_read_in_one_pass(tmp_path: Path) -> None:
    """A run of full stops with no space after: a search from each would take hours."""
    started = time.perf_counter()
    entry = _text_entry(tmp_path, "[2021-06-01 09:00] " + "." * 2_000_000)
    assert entry.fields.body == "." * 2_000_000  # too long for a title: kept as text
    assert time.perf_counter() - started < 10
