"""The import's preview and its one transaction, with batches made by hand (no reader)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.journal.journal import Journal
from app.records.entries import EntryFields, EntryFilter
from app.records.imports import ImportBatch, ImportedEntry, ImportedFile, SourceKind
from app.transfer.importing import keep_plan, plan_import
from app.transfer.problems import ImportRefused
from tests.helpers.images import MARKER, png_bytes

WHEN = dt.datetime(2021, 3, 4, 21, 15, tzinfo=dt.UTC)


def _entry(
    source_id: str, body: str = "words", files: tuple[ImportedFile, ...] = ()
) -> ImportedEntry:
    return ImportedEntry(
        source_id=source_id,
        fields=EntryFields(body=body, date=dt.date(2021, 3, 4), tags=("kept",)),
        created=WHEN,
        updated=WHEN + dt.timedelta(hours=1),
        files=files,
    )


def _file(ref: str, data: bytes, name: str = "photo.png") -> ImportedFile:
    return ImportedFile(ref=ref, name=name, size=len(data), read=lambda: data)


def _import(journal: Journal, batch: ImportBatch) -> tuple[int, int]:
    with journal.worker_stores() as stores:
        plan = plan_import(stores, batch)
        result = keep_plan(stores, plan)
    return result.added, result.skipped


def _counts(journal: Journal) -> tuple[int, int]:
    return journal.entries.count(), journal.attachments.count()


def test_entries_keep_their_times_dates_and_source(journal: Journal) -> None:
    batch = ImportBatch(SourceKind.DAYONE, [_entry("A1"), _entry("B2", "other words")])
    assert _import(journal, batch) == (2, 0)
    found = journal.entries.summaries(EntryFilter(source="dayone"))
    assert len(found) == 2
    entry = journal.entries.get(found[0].id)
    assert (entry.created, entry.updated, entry.date) == (
        WHEN,
        WHEN + dt.timedelta(hours=1),
        dt.date(2021, 3, 4),
    )
    assert entry.source == "dayone"
    assert entry.tags == ("kept",)
    assert journal.entries.summaries(EntryFilter(source="jrnl")) == []


def test_importing_again_adds_nothing_and_says_how_many_were_there(journal: Journal) -> None:
    batch = ImportBatch(SourceKind.JRNL, [_entry("A1"), _entry("A1"), _entry("C3")])
    assert _import(journal, batch) == (2, 1)  # the second A1 in the same file: once
    assert _import(journal, batch) == (0, 3)
    assert journal.entries.count() == 2


def test_pictures_keep_the_id_their_text_refers_to(journal: Journal) -> None:
    ref = "a" * 32
    data = png_bytes()
    batch = ImportBatch(
        SourceKind.MARKDOWN, [_entry("n.md", f"![the note](attachment:{ref})", (_file(ref, data),))]
    )
    _import(journal, batch)
    (summary,) = journal.entries.summaries()
    (kept,) = journal.attachments.for_entry(summary.id)
    assert kept.id == ref
    assert journal.attachments.read(ref) == data
    assert journal.entries.get(summary.id).body == f"![the note](attachment:{ref})"


def test_a_taken_picture_id_gets_a_new_one_and_the_text_follows(journal: Journal) -> None:
    ref = "b" * 32
    first = ImportBatch(
        SourceKind.MARKDOWN, [_entry("1.md", f"![](attachment:{ref})", (_file(ref, png_bytes()),))]
    )
    _import(journal, first)
    second = ImportBatch(
        SourceKind.MARKDOWN,
        [
            _entry(
                "2.md",
                f"![x](attachment:{ref}) and [y](attachment:{ref})",
                (_file(ref, png_bytes(8, 8)),),
            ),
        ],
    )
    _import(journal, second)
    (entry,) = [
        e for e in journal.entries.summaries() if journal.entries.get(e.id).body.startswith("![x]")
    ]
    (kept,) = journal.attachments.for_entry(entry.id)
    assert kept.id != ref
    assert (
        journal.entries.get(entry.id).body
        == f"![x](attachment:{kept.id}) and [y](attachment:{kept.id})"
    )


def test_a_refused_picture_leaves_the_journal_as_it_was(journal: Journal) -> None:
    journal.entries.add(EntryFields(body="already here"))
    before = _counts(journal)
    batch = ImportBatch(
        SourceKind.DAYONE,
        [
            _entry("ok", "fine", (_file("c" * 32, png_bytes()),)),
            replace(
                _entry("bad", "broken"), files=(_file("d" * 32, b"\x89PNG\r\n\x1a\nnot really"),)
            ),
        ],
    )
    with pytest.raises(ImportRefused, match="2021-03-04") as refused:
        _import(journal, batch)
    assert "Nothing was imported." in str(refused.value)
    assert _counts(journal) == before


def test_stopping_midway_undoes_everything(journal: Journal) -> None:
    batch = ImportBatch(SourceKind.JRNL, [_entry(str(n)) for n in range(20)])

    def stop_at_ten(done: int, total: int) -> None:
        if done == 10:
            raise KeyboardInterrupt

    with journal.worker_stores() as stores:
        plan = plan_import(stores, batch)
        with pytest.raises(KeyboardInterrupt):
            keep_plan(stores, plan, stop_at_ten)
    assert _counts(journal) == (0, 0)


def test_pictures_are_cleaned_on_import_when_the_person_chose_that(journal: Journal) -> None:
    journal.preferences.save(replace(journal.preferences.load(), strip_on_import=True))
    data = png_bytes(marker=MARKER)
    _import(
        journal, ImportBatch(SourceKind.MARKDOWN, [_entry("p.md", "", (_file("e" * 32, data),))])
    )
    assert MARKER.encode() not in journal.attachments.read("e" * 32)


def test_an_archived_entry_keeps_its_id_and_is_skipped_by_it(journal: Journal) -> None:
    mine = replace(
        _entry("11111111-2222-3333-4444-555555555555"),
        entry_id="11111111-2222-3333-4444-555555555555",
    )
    from_dayone = replace(
        _entry("DAYONE-UUID"), entry_id="66666666-2222-3333-4444-555555555555", source="dayone"
    )
    batch = ImportBatch(SourceKind.ARCHIVE, [mine, from_dayone])
    assert _import(journal, batch) == (2, 0)
    assert journal.entries.get(mine.entry_id or "").source is None
    assert journal.entries.get(from_dayone.entry_id or "").source == "dayone"
    assert _import(journal, batch) == (0, 2)
    # The Day One file itself, imported later, knows that entry already.
    assert _import(journal, ImportBatch(SourceKind.DAYONE, [_entry("DAYONE-UUID")])) == (0, 1)
