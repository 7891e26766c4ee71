"""The check-in's structured fields: stored, filtered, searched, and migrated into."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields, EntryFilter
from app.storage.schema import MIGRATIONS, schema_version
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2, migrate_only_to
from tests.helpers.keystores import MemoryKeystore

CHECKIN = EntryFields(
    body="A long evening.",
    mood=2,
    energy=1,
    feeling="drained",
    pulls=("message", "Their birthday is next week"),
    theme="guilt",
    prompt="guilt-whose-voice",
)


def test_checkin_fields_round_trip(journal: Journal) -> None:
    entry = journal.entries.add(CHECKIN)
    again = journal.entries.get(entry.id)
    assert (again.energy, again.feeling, again.pulls) == (1, "drained", CHECKIN.pulls)
    assert (again.mood, again.theme, again.prompt) == (2, "guilt", "guilt-whose-voice")
    assert again.fields() == CHECKIN.__class__(**{**CHECKIN.__dict__, "date": again.date})


def test_saving_new_pulls_updates_the_filter(journal: Journal) -> None:
    entry = journal.entries.add(CHECKIN)
    assert [s.id for s in journal.entries.summaries(EntryFilter(pull="MESSAGE"))] == [entry.id]
    journal.entries.save(entry.id, EntryFields(body="A long evening.", pulls=("memory",)))
    assert journal.entries.summaries(EntryFilter(pull="message")) == []
    assert len(journal.entries.summaries(EntryFilter(pull="memory"))) == 1


def test_filter_by_feeling_ignores_case(journal: Journal) -> None:
    journal.entries.add(CHECKIN)
    journal.entries.add(EntryFields(body="other", feeling="calm"))
    assert len(journal.entries.summaries(EntryFilter(feeling="Drained"))) == 1


@pytest.mark.parametrize(
    ("word", "hit"), [("drained", True), ("birthday", True), ("guilt", True), ("calm", False)]
)
def test_search_finds_checkin_fields(journal: Journal, word: str, hit: bool) -> None:
    journal.entries.add(CHECKIN)
    assert bool(journal.entries.search(word)) is hit


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (EntryFields(body="", energy=4), "Energy"),
        (EntryFields(body="", feeling="x" * 41), "feeling"),
        (EntryFields(body="", pulls=("x" * 121,)), "pulled"),
        (EntryFields(body="", pulls=tuple(f"p{n}" for n in range(21))), "pulls"),
    ],
)
def test_bad_checkin_fields_are_refused_and_nothing_saved(
    journal: Journal, fields: EntryFields, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        journal.entries.add(fields)
    assert journal.entries.count() == 0


def test_pulls_are_tidied(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="", pulls=(" a  memory ", "A MEMORY", "", "x")))
    assert entry.pulls == ("a memory", "x")


def test_prompt_last_used_keeps_the_latest_date(journal: Journal) -> None:
    for day in (dt.date(2026, 1, 1), dt.date(2026, 2, 1)):
        journal.entries.add(EntryFields(body="", prompt="p1", date=day))
    journal.entries.add(EntryFields(body="", prompt="p2", date=dt.date(2025, 1, 1)))
    assert journal.entries.prompt_last_used(dt.date(2025, 6, 1)) == {"p1": dt.date(2026, 2, 1)}


def test_a_version_1_journal_is_upgraded_with_its_entries_searchable(
    files: JournalFiles, keystore: MemoryKeystore, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate_only_to(monkeypatch, 1)
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        assert schema_version(journal._db) == 1
        journal._db.execute(
            "INSERT INTO entries (uuid, entry_date, created, updated, title, headline, body)"
            " VALUES ('00000000-0000-4000-8000-000000000001', '2026-01-01',"
            " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00',"
            " 'Old', 'Old', 'a lighthouse at dusk')"
        )
    monkeypatch.undo()
    with open_journal(files, SlotSecret.recovery(recovery)) as upgraded:
        assert schema_version(upgraded._db) == len(MIGRATIONS)
        assert [hit.entry.headline for hit in upgraded.entries.search("lighthouse")] == ["Old"]
        old = upgraded.entries.get("00000000")
        assert (old.energy, old.feeling, old.pulls) == (None, None, ())
        upgraded.entries.save(old.id, EntryFields(body=old.body, title="Old", feeling="calm"))
        assert upgraded.entries.search("calm")
    assert list(files.backups.glob("before-upgrade-from-v1-*.db"))
