"""Reasons, the contact log, and what "remind me why" reads."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import EntryNotFound, InvalidInput
from app.journal import Journal
from app.records.entries import EntryFields
from app.storage.contacts import Channel, ContactFields
from app.storage.preferences import Preferences, days_since
from app.storage.reread import EXCERPT_CHARS, excerpt

NOON = dt.datetime(2026, 11, 20, 12, 30, 45)

# ---------------------------------------------------------------------- reasons


def texts(journal: Journal) -> list[str]:
    return [reason.text for reason in journal.reasons.all()]


def test_reasons_keep_the_users_order(journal: Journal) -> None:
    first = journal.reasons.add("  I want a quiet home  ")
    second = journal.reasons.add("Every kindness came with a bill")
    journal.reasons.add("My health", position=0)
    assert texts(journal) == ["My health", "I want a quiet home", "Every kindness came with a bill"]
    journal.reasons.move(second.id, 0)
    assert texts(journal)[0] == "Every kindness came with a bill"
    journal.reasons.move(second.id, 99)
    assert texts(journal)[-1] == "Every kindness came with a bill"
    journal.reasons.update(first.id, "I want a calm home")
    journal.reasons.remove(first.id)
    assert texts(journal) == ["My health", "Every kindness came with a bill"]
    journal.reasons.add("Sleep", position=1)
    assert texts(journal) == ["My health", "Sleep", "Every kindness came with a bill"]


@pytest.mark.parametrize("text", ["", "   ", "x" * 1001, "a\x00b"])
def test_bad_reasons_change_nothing(journal: Journal, text: str) -> None:
    journal.reasons.add("kept")
    with pytest.raises(InvalidInput):
        journal.reasons.add(text)
    assert texts(journal) == ["kept"]


def test_a_missing_reason_is_a_plain_error(journal: Journal) -> None:
    with pytest.raises(EntryNotFound):
        journal.reasons.update(12345, "x")
    with pytest.raises(EntryNotFound):
        journal.reasons.remove(12345)


# ---------------------------------------------------------------------- contacts


def test_contacts_round_trip_search_and_trash(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="About the call"))
    fields = ContactFields(
        happened=NOON,
        channel=Channel.CALL,
        said="  Asked me to come for the holidays  ",
        felt="guilty, then steady",
        did="Didn't answer the second call",
        entry=entry.id,
    )
    contact = journal.contacts.add(fields)
    assert contact.fields.happened == NOON.replace(second=0)
    assert contact.fields.said == "Asked me to come for the holidays"
    assert journal.contacts.get(contact.id) == contact
    assert [c.id for c in journal.contacts.search("holidays")] == [contact.id]
    assert [c.id for c in journal.contacts.search("steady")] == [contact.id]
    assert [c.id for c in journal.contacts.for_entry(entry.id)] == [contact.id]
    changed = journal.contacts.save(
        contact.id, ContactFields(happened=NOON, channel=Channel.MESSAGE, said="A text")
    )
    assert changed.fields.channel is Channel.MESSAGE
    # Kept as an amendment: the words first written stay beneath it, and findable.
    assert [c.id for c in journal.contacts.search("holidays")] == [contact.id]
    assert [c.id for c in journal.contacts.search("text")] == [contact.id]
    journal.contacts.trash(contact.id)
    assert journal.contacts.all() == [] and journal.contacts.count() == 0
    assert journal.contacts.search("text") == []
    assert [c.id for c in journal.contacts.all(trashed=True)] == [contact.id]
    journal.contacts.restore(contact.id)
    assert journal.contacts.count() == 1
    journal.contacts.trash(contact.id)
    journal.contacts.purge(contact.id)
    with pytest.raises(EntryNotFound):
        journal.contacts.get(contact.id)


def test_contacts_are_newest_first_and_counted_per_month(journal: Journal) -> None:
    for day in (dt.datetime(2026, 9, 3, 9), dt.datetime(2026, 11, 1, 8), dt.datetime(2026, 11, 9)):
        journal.contacts.add(ContactFields(happened=day, channel=Channel.VISIT))
    assert [c.fields.happened.day for c in journal.contacts.all()] == [9, 1, 3]
    assert journal.contacts.per_month() == {dt.date(2026, 9, 1): 1, dt.date(2026, 11, 1): 2}


def test_an_oversized_contact_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.contacts.add(ContactFields(happened=NOON, channel=Channel.OTHER, said="x" * 4001))
    assert journal.contacts.count() == 0


# ---------------------------------------------------------------------- rereading


def test_marked_entries_newest_first_with_plain_excerpts(journal: Journal) -> None:
    journal.entries.add(EntryFields(body="## Why\n\n- **Every** kindness", marked=True,
                                    date=dt.date(2026, 1, 1)))  # fmt: skip
    journal.entries.add(EntryFields(body="not marked", date=dt.date(2026, 2, 1)))
    newer = journal.entries.add(EntryFields(body="later", marked=True, date=dt.date(2026, 3, 1)))
    trashed = journal.entries.add(EntryFields(body="gone", marked=True))
    journal.entries.trash(trashed.id)
    rows = journal.reread.marked_entries()
    assert rows[0].entry.id == newer.id
    assert [row.text for row in rows] == ["later", "Why Every kindness"]


def test_theme_entries_leave_out_marked_ones(journal: Journal) -> None:
    journal.entries.add(EntryFields(body="a", theme="decision"))
    journal.entries.add(EntryFields(body="b", theme="decision", marked=True))
    journal.entries.add(EntryFields(body="c", theme="guilt"))
    assert [row.text for row in journal.reread.theme_entries(("decision", "shield"))] == ["a"]
    assert journal.reread.theme_entries(()) == []


def test_on_this_day_is_earlier_years_only(journal: Journal) -> None:
    for day in ("2024-11-25", "2025-11-25", "2026-11-25", "2025-11-24"):
        journal.entries.add(EntryFields(body=day, date=dt.date.fromisoformat(day)))
    found = journal.reread.on_this_day(dt.date(2026, 11, 25))
    assert [row.date.isoformat() for row in found] == ["2025-11-25", "2024-11-25"]


def test_excerpts_are_cut_at_a_word() -> None:
    text = excerpt("word " * 200)
    assert len(text) <= EXCERPT_CHARS + 1 and text.endswith("…") and " wor…" not in text


def test_doubt_preferences_round_trip(journal: Journal) -> None:
    stored = journal.preferences.save(
        Preferences(
            remind_themes=("shield",), decision_date=dt.date(2026, 3, 1), show_days_since=True
        )
    )
    assert journal.preferences.load() == stored
    assert days_since(dt.date(2026, 3, 1), dt.date(2026, 3, 11)) == 10
    assert days_since(dt.date(2026, 3, 1), dt.date(2026, 2, 1)) == 0
