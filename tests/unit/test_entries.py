"""Entries: saving, titles, tags, filters, trash and revisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.errors import EntryNotFound, InvalidInput
from app.journal import Journal
from app.records.entries import EntryFields, EntryFilter
from app.storage.entries import EntryStore, RevisionPolicy


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 20, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(journal: Journal, clock: Clock) -> EntryStore:
    return EntryStore(journal._db, clock)


def test_add_and_get(store: EntryStore) -> None:
    entry = store.add(
        EntryFields(body="I said no today.", title="A small no", tags=("boundaries",), mood=4)
    )
    again = store.get(entry.id)
    assert again == entry
    assert (again.title, again.tags, again.mood) == ("A small no", ("boundaries",), 4)


def test_headline_falls_back_to_first_line(store: EntryStore) -> None:
    entry = store.add(EntryFields(body="\n\n## What pulled at me\n\nA message arrived."))
    assert entry.title == ""
    assert entry.headline == "What pulled at me"


def test_tags_are_tidied(store: EntryStore) -> None:
    entry = store.add(EntryFields(body="x", tags=(" #Guilt ", "guilt", "family  time", "")))
    assert entry.tags == ("Guilt", "family time")


def test_unchanged_save_writes_nothing(store: EntryStore, clock: Clock) -> None:
    entry = store.add(EntryFields(body="same"))
    clock.advance(hours=1)
    assert store.save(entry.id, entry.fields()).updated == entry.updated


def test_save_updates_and_keeps_a_revision_after_a_pause(store: EntryStore, clock: Clock) -> None:
    entry = store.add(EntryFields(body="first"))
    clock.advance(seconds=1)
    store.save(entry.id, replace(entry.fields(), body="first draft"))
    assert store.revisions(entry.id) == []  # typing: no revision per keystroke save
    clock.advance(minutes=11)
    store.save(entry.id, replace(entry.fields(), body="second thoughts"))
    revisions = store.revisions(entry.id)
    assert [r.body for r in revisions] == ["first draft"]


def test_large_cut_keeps_a_revision(store: EntryStore, clock: Clock) -> None:
    entry = store.add(EntryFields(body="long " * 100))
    clock.advance(seconds=2)
    store.save(entry.id, replace(entry.fields(), body="short"))
    assert store.revisions(entry.id)[0].body == "long " * 100


def test_explicit_edit_always_keeps_a_revision_and_restores(store: EntryStore) -> None:
    entry = store.add(EntryFields(body="before"))
    store.save(entry.id, replace(entry.fields(), body="after"), RevisionPolicy.ALWAYS)
    (revision,) = store.revisions(entry.id)
    restored = store.restore_revision(entry.id, revision.id)
    assert restored.body == "before"
    assert [r.body for r in store.revisions(entry.id)] == ["after", "before"]


def test_marks_only_change_keeps_no_revision(store: EntryStore, clock: Clock) -> None:
    entry = store.add(EntryFields(body="text"))
    clock.advance(hours=2)
    saved = store.save(entry.id, replace(entry.fields(), marked=True, heavy=True))
    assert (saved.marked, saved.heavy) == (True, True)
    assert store.revisions(entry.id) == []


def test_trash_restore_and_purge(store: EntryStore) -> None:
    entry = store.add(EntryFields(body="to the trash"))
    store.trash(entry.id)
    assert store.summaries() == []
    assert [s.id for s in store.summaries(EntryFilter(trashed=True))] == [entry.id]
    with pytest.raises(EntryNotFound):
        store.trash(entry.id)  # already there
    store.restore(entry.id)
    assert [s.id for s in store.summaries()] == [entry.id]
    store.trash(entry.id)
    store.purge(entry.id)
    with pytest.raises(EntryNotFound):
        store.get(entry.id)


def test_empty_trash_deletes_revisions_too(store: EntryStore, journal: Journal) -> None:
    entry = store.add(EntryFields(body="a"))
    store.save(entry.id, replace(entry.fields(), body="b"), RevisionPolicy.ALWAYS)
    store.trash(entry.id)
    assert store.empty_trash() == 1
    assert journal._db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0


def test_timeline_order_and_filters(store: EntryStore) -> None:
    days = [dt.date(2025, 1, d) for d in (3, 1, 2)]
    for day in days:
        store.add(
            EntryFields(
                body=f"day {day.day}", date=day, tags=("odd",) if day.day % 2 else (), mood=day.day
            )
        )
    assert [s.date.day for s in store.summaries()] == [3, 2, 1]
    assert [s.date.day for s in store.summaries(EntryFilter(tags=("ODD",)))] == [3, 1]
    assert [s.date.day for s in store.summaries(EntryFilter(since=dt.date(2025, 1, 2)))] == [3, 2]
    assert [s.date.day for s in store.summaries(EntryFilter(until=dt.date(2025, 1, 1)))] == [1]
    assert [s.date.day for s in store.summaries(EntryFilter(mood=2))] == [2]
    assert store.count(EntryFilter(tags=("odd",))) == 2
    assert [s.date.day for s in store.summaries(limit=1, offset=1)] == [2]


def test_theme_and_marks_filters(store: EntryStore) -> None:
    store.add(EntryFields(body="a", theme="guilt", marked=True))
    store.add(EntryFields(body="b", theme="hope", heavy=True))
    assert [s.theme for s in store.summaries(EntryFilter(theme="guilt"))] == ["guilt"]
    assert [s.theme for s in store.summaries(EntryFilter(marked=True))] == ["guilt"]
    assert [s.theme for s in store.summaries(EntryFilter(heavy=True))] == ["hope"]


def test_id_prefixes(store: EntryStore) -> None:
    entry = store.add(EntryFields(body="x"))
    assert store.get(entry.id[:8]).id == entry.id
    assert store.get(entry.id.upper()).id == entry.id
    for bad in ("abc", "zzzzzzzz", "*", "'; DROP TABLE entries; --"):
        with pytest.raises(EntryNotFound):
            store.get(bad)


def test_timeline_uses_the_covering_index(journal: Journal) -> None:
    plan = journal._db.execute(
        "EXPLAIN QUERY PLAN SELECT e.uuid, e.entry_date, e.created, e.updated, e.headline, e.mood,"
        " e.theme, e.marked, e.heavy, e.trashed FROM entries e WHERE e.trashed IS NULL"
        " ORDER BY e.entry_date DESC, e.created DESC"
    ).fetchall()
    assert "COVERING INDEX entries_timeline" in " ".join(str(row[-1]) for row in plan)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (EntryFields(body="a\x00b"), "NUL"),
        (EntryFields(body="a\ud800b"), "broken character"),
        (EntryFields(body="x", mood=9), "Mood"),
        (EntryFields(body="x", tags=("t" * 65,)), "64 characters"),
        (EntryFields(body="x" * (16 * 1024 * 1024 + 1)), "16 MB"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(
    store: EntryStore, fields: EntryFields, message: str
) -> None:
    kept = store.add(EntryFields(body="kept"))
    with pytest.raises(InvalidInput, match=message):
        store.add(fields)
    with pytest.raises(InvalidInput, match=message):
        store.save(kept.id, fields)
    assert [s.id for s in store.summaries()] == [kept.id]
    assert store.get(kept.id).body == "kept"


def test_title_is_one_line(store: EntryStore) -> None:
    entry = store.add(EntryFields(body="x", title="two\nlines\t here"))
    assert entry.title == "two lines here"


def _index_holds(journal: Journal, word: bytes) -> bool:
    blocks = journal._db.execute("SELECT block FROM entries_fts_data").fetchall()
    return any(word in bytes(block) for (block,) in blocks if block is not None)


def test_deleting_for_good_drops_words_from_the_search_index(
    store: EntryStore, journal: Journal
) -> None:
    for number in range(30):
        store.add(EntryFields(body=f"filler entry number {number}"))
    entry = store.add(EntryFields(body="a word only here: zebracornish"))
    store.save(entry.id, replace(entry.fields(), body="edited, and the word quillibrant too"))
    assert _index_holds(journal, b"zebracornish")  # stale until segments merge
    store.trash(entry.id)
    store.empty_trash()
    assert not _index_holds(journal, b"zebracornish")
    assert not _index_holds(journal, b"quillibrant")
    journal._db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
