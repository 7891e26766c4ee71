"""Who reached out: names on contact records, the remembered list, and the v6 upgrade."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.storage.contacts import Channel, Contact, ContactFields
from app.storage.rows import to_text
from app.storage.schema import MIGRATIONS, migrate, schema_version
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2, migrate_only_to
from tests.helpers.keystores import MemoryKeystore

NOON = dt.datetime(2026, 11, 20, 12, 30)


def contact(*who: str, said: str = "") -> ContactFields:
    return ContactFields(happened=NOON, channel=Channel.MESSAGE, said=said, who=who)


def test_who_keeps_several_people_in_order(journal: Journal) -> None:
    saved = journal.contacts.add(contact("  My  sister ", "Dad", "dad", ""))
    assert saved.fields.who == ("My sister", "Dad")
    assert journal.contacts.get(saved.id).fields.who == ("My sister", "Dad")
    assert journal.contacts.people() == ["Dad", "My sister"]


def test_a_known_name_keeps_its_first_spelling(journal: Journal) -> None:
    journal.contacts.add(contact("Mum"))
    again = journal.contacts.add(contact("mum", "Aunt Rosa"))
    assert again.fields.who == ("Mum", "Aunt Rosa")
    assert journal.contacts.people() == ["Mum", "Aunt Rosa"]  # the most named first


def test_filter_and_search_by_who(journal: Journal) -> None:
    both = journal.contacts.add(contact("Mum", "Dad", said="the holidays"))
    mum = journal.contacts.add(contact("Mum"))
    journal.contacts.add(contact())
    assert {c.id for c in journal.contacts.all(who="mum")} == {both.id, mum.id}
    assert [c.id for c in journal.contacts.all(who="Dad")] == [both.id]
    assert journal.contacts.all(who="Nobody") == []
    assert [c.id for c in journal.contacts.search("dad")] == [both.id]


def test_a_name_no_record_uses_is_forgotten(journal: Journal) -> None:
    typo = journal.contacts.add(contact("Mumm"))
    journal.contacts.save(typo.id, contact("Mum"))
    assert journal.contacts.people() == ["Mum"]  # the list offers names as records read now
    assert [c.id for c in journal.contacts.search("mumm")] == [typo.id]  # kept beneath
    journal.contacts.trash(typo.id)
    assert journal.contacts.people() == ["Mum"]  # the trash still names them
    journal.contacts.purge(typo.id)
    assert journal.contacts.people() == []
    rows = journal._db.execute("SELECT count(*) FROM incident_people").fetchone()
    assert rows[0] == 0


@pytest.mark.parametrize(
    "who", [("x" * 81,), tuple(f"p{n}" for n in range(21)), ("a\x00b",)], ids=str
)
def test_bad_names_are_refused_and_nothing_saved(journal: Journal, who: tuple[str, ...]) -> None:
    with pytest.raises(InvalidInput):
        journal.contacts.add(contact(*who))
    assert journal.contacts.count() == 0 and journal.contacts.people() == []


OLD_CONTACTS = (
    # uuid, happened, channel, said, felt, did, entry, created, updated, trashed
    (
        "00000000-0000-4000-8000-00000000c001",
        "2026-03-04T19:40",
        "call",
        "Asked me to come for the holidays",
        "Tight chest, then steady",
        "Let it ring",
        "00000000-0000-4000-8000-000000000001",
        "2026-03-04T19:45:00.000+00:00",
        "2026-03-05T08:00:00.000+00:00",
        None,
    ),
    (
        "00000000-0000-4000-8000-00000000c002",
        "2025-12-24T09:05",
        "through-others",
        "A cousin passed on a card",
        "",
        "Kept it in a drawer",
        None,
        "2025-12-24T10:00:00.000+00:00",
        "2025-12-24T10:00:00.000+00:00",
        "2026-01-02T10:00:00.000+00:00",
    ),
)


def test_a_version_5_journal_keeps_every_contact_when_upgraded(
    files: JournalFiles, keystore: MemoryKeystore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made by the old schema with raw SQL (the old code's columns), then opened now."""
    migrate_only_to(monkeypatch, 5)
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        assert schema_version(journal._db) == 5
        journal._db.executemany(
            "INSERT INTO contacts (uuid, happened, channel, said, felt, did, entry,"
            " created, updated, trashed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            OLD_CONTACTS,
        )
    monkeypatch.undo()
    with open_journal(files, SlotSecret.recovery(recovery)) as upgraded:
        assert schema_version(upgraded._db) == len(MIGRATIONS)
        kept = [*upgraded.contacts.all(), *upgraded.contacts.all(trashed=True)]
        assert [_old_columns(c) for c in kept] == list(OLD_CONTACTS)
        assert [c.fields.who for c in kept] == [(), ()]
        live, trashed = upgraded.contacts.all()[0], upgraded.contacts.all(trashed=True)[0]
        assert live.fields.said == OLD_CONTACTS[0][3] and live.fields.who == ()
        assert live.fields.entry == OLD_CONTACTS[0][6]
        assert trashed.trashed is not None and trashed.fields.did == "Kept it in a drawer"
        assert [c.id for c in upgraded.contacts.search("holidays")] == [live.id]
        assert [c.id for c in upgraded.contacts.search("steady")] == [live.id]
        upgraded.contacts.save(live.id, contact("Mum", said=live.fields.said))
        assert [c.id for c in upgraded.contacts.search("mum")] == [live.id]
    assert list(files.backups.glob("before-upgrade-from-v5-*.db"))


def _old_columns(contact: Contact) -> tuple[object, ...]:
    """A contact as the old table's columns held it."""
    fields = contact.fields
    trashed = None if contact.trashed is None else to_text(contact.trashed)
    return (
        contact.id,
        fields.happened.isoformat(timespec="minutes"),
        fields.channel.value,
        fields.said,
        fields.felt,
        fields.did,
        fields.entry,
        to_text(contact.created),
        to_text(contact.updated),
        trashed,
    )


def test_a_failed_upgrade_to_version_6_changes_nothing(
    files: JournalFiles, keystore: MemoryKeystore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All or nothing: a failure at the end of the script leaves the v5 log as it was."""
    migrate_only_to(monkeypatch, 5)
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        journal._db.executemany(
            "INSERT INTO contacts (uuid, happened, channel, said, felt, did, entry,"
            " created, updated, trashed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            OLD_CONTACTS,
        )
        sixth = MIGRATIONS[5]
        assert isinstance(sixth, str)
        broken = (*MIGRATIONS[:5], sixth + "\nSELECT no_such_function();")
        with pytest.raises(Exception, match="no_such_function"):
            migrate(journal._db, None, broken)
        assert schema_version(journal._db) == 5
        columns = [row[1] for row in journal._db.execute("PRAGMA table_info(contacts)")]
        assert "who" not in columns
        tables = journal._db.execute("SELECT name FROM sqlite_master WHERE name = 'people'")
        assert tables.fetchall() == []
        hits = journal._db.execute(
            "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH 'holidays'"
        ).fetchall()
        assert len(hits) == 1
