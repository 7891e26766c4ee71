"""What happened next: links between entries, their refusals, the trash, order and periods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import count

import pytest

from app.errors import InvalidInput
from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.storage.schema import MIGRATIONS, schema_version
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2, migrate_only_to
from tests.helpers.keystores import MemoryKeystore

START = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)


def _ticking() -> Callable[[], dt.datetime]:
    """A clock a minute later at every call: entries of one day are written in order."""
    minutes = count()
    return lambda: START + dt.timedelta(minutes=next(minutes))


@pytest.fixture
def journal(files: JournalFiles, keystore: MemoryKeystore) -> Iterator[Journal]:
    opened, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2, clock=_ticking())
    with opened:
        yield opened


def _entry(journal: Journal, day: str, words: str = "") -> str:
    fields = EntryFields(body=words or f"Written on {day}.", date=dt.date.fromisoformat(day))
    return journal.entries.add(fields).id


def _pairs(journal: Journal, **period: dt.date) -> list[tuple[str, str]]:
    return [(pair.earlier, pair.later) for pair in journal.links.pairs(**period)]


def test_a_link_reads_back_as_a_pair_with_both_days(journal: Journal) -> None:
    promise = _entry(journal, "2026-03-12", "He said it would be different this time.")
    after = _entry(journal, "2026-04-03", "It was not.")
    pair = journal.links.link(promise, after)
    assert (pair.earlier, pair.later) == (promise, after)
    assert (pair.earlier_date, pair.later_date) == (dt.date(2026, 3, 12), dt.date(2026, 4, 3))
    assert pair.linked.tzinfo is not None and pair.linked.utcoffset() == dt.timedelta(0)
    assert journal.links.pairs() == [pair]
    assert journal.links.next_of(promise) == [pair]
    assert journal.links.before_of(after) == [pair]
    assert journal.links.next_of(after) == journal.links.before_of(promise) == []


def test_linking_twice_changes_nothing(journal: Journal) -> None:
    first, second = _entry(journal, "2026-03-12"), _entry(journal, "2026-04-03")
    pair = journal.links.link(first, second)
    assert journal.links.link(first, second) == pair
    assert len(journal.links.pairs()) == 1


def test_one_entry_is_not_linked_to_itself(journal: Journal) -> None:
    only = _entry(journal, "2026-03-12")
    with pytest.raises(InvalidInput, match="itself"):
        journal.links.link(only, only)


def test_what_happened_next_is_never_written_before(journal: Journal) -> None:
    later = _entry(journal, "2026-04-03")
    earlier = _entry(journal, "2026-03-12")
    with pytest.raises(InvalidInput, match="written after"):
        journal.links.link(later, earlier)
    assert journal.links.pairs() == []


def test_a_date_moved_after_linking_keeps_the_link_and_shows_it_in_the_chooser(
    journal: Journal,
) -> None:
    promise, after = _entry(journal, "2026-03-12"), _entry(journal, "2026-04-03")
    journal.links.link(promise, after)
    moved = journal.entries.get(after)
    journal.entries.save(after, replace(moved.fields(), date=dt.date(2026, 3, 1)))
    assert [entry.id for entry in journal.links.linked_next(promise)] == [after]
    assert journal.links.later_than(promise) == []  # no longer later, still linked
    assert journal.links.keep(promise, after, START) is False  # an archive's copy: here already
    journal.links.unlink(promise, after)
    assert journal.links.keep(promise, after, START) is True  # out of order, kept as made


def test_the_same_day_is_allowed_when_written_later(journal: Journal) -> None:
    morning = _entry(journal, "2026-03-12")
    evening = _entry(journal, "2026-03-12")
    journal.links.link(morning, evening)
    with pytest.raises(InvalidInput, match="written after"):
        journal.links.link(evening, morning)
    assert _pairs(journal) == [(morning, evening)]


def test_a_missing_or_trashed_entry_is_refused(journal: Journal) -> None:
    first, second = _entry(journal, "2026-03-12"), _entry(journal, "2026-04-03")
    with pytest.raises(InvalidInput, match="no longer in the journal"):
        journal.links.link(first, "00000000-0000-4000-8000-000000000000")
    journal.entries.trash(second)
    with pytest.raises(InvalidInput, match="in the trash"):
        journal.links.link(first, second)
    with pytest.raises(InvalidInput, match="in the trash"):
        journal.links.later_than(second)
    assert journal.links.pairs() == []


def test_trash_hides_a_pair_restore_brings_it_back_purge_removes_it(journal: Journal) -> None:
    first, second = _entry(journal, "2026-03-12"), _entry(journal, "2026-04-03")
    journal.links.link(first, second)
    for trashed in (first, second):
        journal.entries.trash(trashed)
        assert _pairs(journal) == []
        assert journal.links.next_of(first) == journal.links.before_of(second) == []
        journal.entries.restore(trashed)
        assert _pairs(journal) == [(first, second)]
    journal.entries.trash(second)
    journal.entries.purge(second)
    assert journal._db.execute("SELECT count(*) FROM entry_links").fetchone()[0] == 0


def test_unlink_removes_only_that_link(journal: Journal) -> None:
    first, second, third = (_entry(journal, d) for d in ("2026-03-01", "2026-03-02", "2026-03-03"))
    journal.links.link(first, second)
    journal.links.link(first, third)
    journal.links.unlink(first, second)
    journal.links.unlink(second, third)  # no such link: nothing happens
    assert _pairs(journal) == [(first, third)]


def test_pairs_are_ordered_by_the_earlier_day_then_the_later(journal: Journal) -> None:
    days = ("2026-01-05", "2026-02-01", "2026-02-10", "2026-03-01", "2026-01-20")
    jan5, feb1, feb10, mar1, jan20 = (_entry(journal, day) for day in days)
    journal.links.link(feb1, mar1)
    journal.links.link(jan5, mar1)
    journal.links.link(jan5, feb10)
    journal.links.link(jan20, feb1)
    assert _pairs(journal) == [(jan5, feb10), (jan5, mar1), (jan20, feb1), (feb1, mar1)]
    assert [pair.later for pair in journal.links.next_of(jan5)] == [feb10, mar1]
    assert [pair.earlier for pair in journal.links.before_of(mar1)] == [jan5, feb1]


def test_a_pair_is_in_a_period_when_either_day_is(journal: Journal) -> None:
    jan, feb, mar, apr = (
        _entry(journal, d) for d in ("2026-01-10", "2026-02-10", "2026-03-10", "2026-04-10")
    )
    journal.links.link(jan, feb)
    journal.links.link(feb, mar)
    journal.links.link(jan, apr)
    march = {"since": dt.date(2026, 3, 1), "until": dt.date(2026, 3, 31)}
    assert _pairs(journal, **march) == [(feb, mar)]
    assert _pairs(journal, since=dt.date(2026, 2, 10)) == [(jan, feb), (jan, apr), (feb, mar)]
    assert _pairs(journal, until=dt.date(2026, 1, 10)) == [(jan, feb), (jan, apr)]
    assert _pairs(journal, since=dt.date(2026, 5, 1)) == []


def test_later_than_lists_live_entries_after_it_newest_first(journal: Journal) -> None:
    before = _entry(journal, "2026-03-01")
    first = _entry(journal, "2026-03-12")
    same_day = _entry(journal, "2026-03-12")
    later = _entry(journal, "2026-04-03")
    gone = _entry(journal, "2026-04-04")
    journal.entries.trash(gone)
    assert [row.id for row in journal.links.later_than(first)] == [later, same_day]
    assert before not in [row.id for row in journal.links.later_than(first)]


def test_the_v11_migration_keeps_every_entry_and_starts_with_no_links(
    files: JournalFiles, keystore: MemoryKeystore, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate_only_to(monkeypatch, 10)
    old, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with old:
        assert schema_version(old._db) == 10
        first = old.entries.add(EntryFields(body="A promise.", date=dt.date(2026, 3, 12)))
        second = old.entries.add(EntryFields(body="What came of it.", date=dt.date(2026, 4, 3)))
        old.reasons.add("My own reason.")
    monkeypatch.undo()
    with open_journal(files, SlotSecret.recovery(recovery)) as upgraded:
        assert schema_version(upgraded._db) == len(MIGRATIONS) >= 11
        assert upgraded.entries.get(first.id) == first
        assert upgraded.entries.get(second.id) == second
        assert [reason.text for reason in upgraded.reasons.all()] == ["My own reason."]
        assert upgraded.links.pairs() == []
        upgraded.links.link(first.id, second.id)
        assert _pairs(upgraded) == [(first.id, second.id)]
