"""The archive carries "what happened next": links.json out, read back strictly, kept once."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.records.entries import EntryFields
from app.records.imports import ImportOptions
from app.transfer.archive_write import write_archive
from app.transfer.importing import ImportResult, keep_plan, plan_import
from app.transfer.problems import ImportRefused
from app.transfer.sources import open_source
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

NOBODY = "00000000-0000-4000-8000-00000000dead"


def _entry(journal: Journal, day: str) -> str:
    return journal.entries.add(EntryFields(body=f"On {day}.", date=dt.date.fromisoformat(day))).id


@pytest.fixture
def source(journal: Journal) -> Journal:
    """Three linked entries and a link to an entry in the trash (which stays behind)."""
    promise, after, later = (_entry(journal, d) for d in ("2026-03-12", "2026-04-03", "2026-04-10"))
    gone = _entry(journal, "2026-05-01")
    journal.links.link(promise, after)
    journal.links.link(promise, later)
    journal.links.link(after, later)
    journal.links.link(promise, gone)
    journal.entries.trash(gone)
    return journal


@pytest.fixture
def archive(source: Journal, tmp_path: Path) -> Path:
    path = tmp_path / "everything.zip"
    write_archive(path, source)
    return path


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Journal]:
    journal, _ = create_journal(
        JournalFiles(tmp_path / "other"), keystore=MemoryKeystore(), argon2=FAST_ARGON2
    )
    with journal:
        yield journal


def _import(journal: Journal, path: Path) -> ImportResult:
    with open_source(path, None, ImportOptions()) as batch, journal.worker_stores() as stores:
        return keep_plan(stores, plan_import(stores, batch))


def _links_changed(path: Path, change: Callable[[Any], object]) -> Path:
    """A copy whose links.json is ``change``'s rows (None: the archive has no links.json)."""
    copy = path.with_name("changed.zip")
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(copy, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "links.json":
                rows = change(json.loads(data))
                if rows is None:
                    continue
                data = json.dumps(rows).encode()
            new.writestr(name, data)
    return copy


def test_links_come_back_with_their_entries_and_times(
    source: Journal, archive: Path, other: Journal
) -> None:
    result = _import(other, archive)
    assert result.added == 3
    assert other.links.pairs() == source.links.pairs()
    assert len(other.links.pairs()) == 3


def test_links_json_names_ids_and_times_only(archive: Path, source: Journal) -> None:
    with zipfile.ZipFile(archive) as opened:
        rows = json.loads(opened.read("links.json"))
    assert [set(row) for row in rows] == [{"entry", "next", "linked"}] * 3
    assert [(row["entry"], row["next"]) for row in rows] == [
        (pair.earlier, pair.later) for pair in source.links.pairs()
    ]


def test_importing_again_or_into_the_same_journal_adds_nothing(
    source: Journal, archive: Path, other: Journal
) -> None:
    _import(other, archive)
    again = _import(other, archive)
    assert (again.added, again.extras) == (0, 0)
    assert len(other.links.pairs()) == 3
    home = _import(source, archive)
    assert (home.added, home.extras) == (0, 0)
    assert len(source.links.pairs()) == 3


def test_an_older_archive_without_links_still_imports(archive: Path, other: Journal) -> None:
    older = _links_changed(archive, lambda rows: None)
    assert _import(other, older).added == 3
    assert other.links.pairs() == []


def test_a_link_may_name_an_entry_already_in_the_journal(
    source: Journal, archive: Path, other: Journal
) -> None:
    here = _entry(other, "2026-06-01")
    first = source.links.pairs()[0].earlier
    changed = _links_changed(
        archive, lambda rows: [*rows, {"entry": first, "next": here, "linked": rows[0]["linked"]}]
    )
    _import(other, changed)
    assert (first, here) in [(pair.earlier, pair.later) for pair in other.links.pairs()]


def test_a_link_to_an_entry_in_neither_is_refused_and_nothing_is_kept(
    source: Journal, archive: Path, other: Journal
) -> None:
    first = source.links.pairs()[0].earlier
    changed = _links_changed(
        archive, lambda rows: [*rows, {"entry": first, "next": NOBODY, "linked": rows[0]["linked"]}]
    )
    with pytest.raises(ImportRefused, match="neither the archive nor this journal"):
        _import(other, changed)
    assert other.entries.count() == 0 and other.links.pairs() == []


def test_a_link_whose_dates_changed_since_is_kept(
    source: Journal, archive: Path, other: Journal
) -> None:
    """An entry's date edited after linking: the archive's link comes back as it was made."""

    def backwards(rows: list[dict[str, object]]) -> list[object]:
        first = rows[0]
        return [{**first, "entry": first["next"], "next": first["entry"]}]

    _import(other, _links_changed(archive, backwards))
    assert len(other.links.pairs()) == 1


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        ({"entry": 1}, "expected a list"),
        ([["not", "an", "object"]], "link 1: expected an object"),
        ([{"entry": NOBODY, "next": NOBODY.replace("d", "e")}], "link 1: it has no 'linked'"),
        (
            [{"entry": NOBODY, "next": "x", "linked": "2026-01-01T00:00:00+00:00"}],
            "not an entry's id",
        ),
        (
            [{"entry": NOBODY, "next": NOBODY, "linked": "2026-01-01T00:00:00+00:00"}],
            "to itself",
        ),
        (
            [
                {
                    "entry": NOBODY,
                    "next": NOBODY.replace("d", "e"),
                    "linked": "2026-01-01T00:00:00",
                }
            ],
            "has no offset",
        ),
        (
            [
                {
                    "entry": NOBODY,
                    "next": NOBODY.replace("d", "e"),
                    "linked": "2026-01-01T00:00:00+00:00",
                    "words": "a note",
                }
            ],
            "'words' is not something Threshold writes",
        ),
    ],
)
def test_links_json_is_read_strictly(
    archive: Path, other: Journal, rows: object, said: str
) -> None:
    changed = _links_changed(archive, lambda _: rows)
    with pytest.raises(ImportRefused, match=f"links.json in changed.zip can't be read: .*{said}"):
        _import(other, changed)
    assert other.entries.count() == 0
