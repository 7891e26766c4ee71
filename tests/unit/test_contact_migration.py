"""Schema version 10: every contact already logged becomes a record, with every field kept."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.attachments import Incoming, MediaInfo, MediaKind
from app.records.incidents import Channel, IncidentKind, amended
from app.storage.connection import Connection
from app.storage.contacts import ContactFields
from app.storage.incident_migration import EDITED_BEFORE, migrate_to_v10
from app.storage.rows import to_time
from app.storage.schema import MIGRATIONS, migrate, schema_version
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2, migrate_only_to
from tests.helpers.keystores import MemoryKeystore

ZONE = "Europe/Berlin"
ENTRY = "00000000-0000-4000-8000-000000000001"

# uuid, happened, channel, said, felt, did, entry, created, updated, trashed, who
V9_CONTACTS = (
    (  # every field, two people, edited once
        "00000000-0000-4000-8000-00000000c001",
        "2026-03-04T19:40",
        "call",
        "Asked me to come for the holidays.\n> You owe us this.",
        "Tight chest, then steady",
        "Let it ring",
        ENTRY,
        "2026-03-04T19:45:00.000+00:00",
        "2026-03-05T08:00:00.000+00:00",
        None,
        "Mum\nAunt Rosa",
    ),
    (  # in the trash, through others, nobody named
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
        "",
    ),
    (  # empty words, a channel this version doesn't know, a wall-clock hour lived twice
        "00000000-0000-4000-8000-00000000c003",
        "2025-10-26T02:30",
        "carrier-pigeon",
        "",
        "",
        "",
        None,
        "2025-10-26T03:00:00.000+00:00",
        "2025-10-26T03:00:00.000+00:00",
        None,
        "Dad",
    ),
    (  # a visit, words in other scripts
        "00000000-0000-4000-8000-00000000c004",
        "2026-06-01T12:00",
        "visit",
        "Стоял у двери — 門の前に立っていた 🚪",  # noqa: RUF001 - words in another script
        "afraid",
        "called Sam",
        None,
        "2026-06-01T12:30:00.000+00:00",
        "2026-06-01T12:30:00.000+00:00",
        None,
        "Mum",
    ),
)


def _v9_journal(
    files: JournalFiles, keystore: MemoryKeystore, mp: pytest.MonkeyPatch
) -> RecoveryKey:
    """A journal left at version 9 by the old app, its contact log filled by raw SQL."""
    migrate_only_to(mp, 9)
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        _fill_v9(journal._db)
        _attach_v9(journal)
    mp.undo()
    return recovery


def _fill_v9(db: Connection) -> None:
    db.execute(
        "INSERT INTO entries (uuid, entry_date, created, updated, title, body, tags)"
        " VALUES (?, '2026-03-04', ?, ?, '', 'About the call ![](attachment:"
        "0123456789abcdef0123456789abcdef)', '')",
        (ENTRY, "2026-03-04T20:00:00.000+00:00", "2026-03-04T20:00:00.000+00:00"),
    )
    for row in V9_CONTACTS:
        cursor = db.execute(
            "INSERT INTO contacts (uuid, happened, channel, said, felt, did, entry, created,"
            " updated, trashed, who) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        for position, name in enumerate(name for name in row[10].split("\n") if name):
            db.execute("INSERT OR IGNORE INTO people (name, created) VALUES (?, ?)", (name, row[7]))
            db.execute(
                "INSERT INTO contact_people (contact, person, position)"
                " SELECT ?, id, ? FROM people WHERE name = ?",
                (cursor.lastrowid, position, name),
            )


def _attach_v9(journal: Journal) -> None:
    """An entry's picture at version 9: it must come through the table's rebuild whole."""
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 5000
    incoming = Incoming(
        "call.png", data, MediaInfo(MediaKind.PNG, 1, 1), hashlib.sha256(data).hexdigest()
    )
    journal.attachments.add(ENTRY, incoming, attachment_id="0123456789abcdef0123456789abcdef")


@pytest.fixture
def upgraded(
    files: JournalFiles, keystore: MemoryKeystore, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Journal]:
    recovery = _v9_journal(files, keystore, monkeypatch)
    monkeypatch.setenv("TZ", ZONE)  # after: undoing the old app's migrations undoes this
    journal = open_journal(files, SlotSecret.recovery(recovery))
    yield journal
    journal.close()


def test_every_contact_is_a_record_with_every_field_kept(upgraded: Journal) -> None:
    assert schema_version(upgraded._db) == len(MIGRATIONS) >= 10
    contacts = {c.id: c for c in [*upgraded.contacts.all(), *upgraded.contacts.all(trashed=True)]}
    assert len(contacts) == len(V9_CONTACTS)
    for (
        uuid,
        happened,
        channel,
        said,
        felt,
        did,
        entry,
        created,
        updated,
        trashed,
        who,
    ) in V9_CONTACTS:
        contact = contacts[uuid]
        assert contact.fields.happened == dt.datetime.fromisoformat(happened)
        expected = Channel(channel) if channel != "carrier-pigeon" else Channel.OTHER
        assert contact.fields.channel is expected
        assert (contact.fields.said, contact.fields.felt, contact.fields.did) == (said, felt, did)
        assert contact.fields.entry == entry
        assert contact.fields.who == tuple(name for name in who.split("\n") if name)
        assert contact.created == to_time(created) and contact.updated == to_time(updated)
        assert contact.trashed == (None if trashed is None else to_time(trashed))


def test_each_record_is_a_contact_in_its_zone_recorded_when_it_was_logged(
    upgraded: Journal,
) -> None:
    records = {i.id: i for i in [*upgraded.incidents.all(), *upgraded.incidents.all(trashed=True)]}
    first = records[V9_CONTACTS[0][0]]
    assert first.fields.kinds == (IncidentKind.CONTACT,)
    assert first.fields.happened.zone == ZONE
    assert first.fields.happened.moment == dt.datetime(2026, 3, 4, 19, 40, tzinfo=ZoneInfo(ZONE))
    assert first.recorded == to_time(V9_CONTACTS[0][7])
    assert first.fields.account.endswith("> You owe us this.")
    twice = records[V9_CONTACTS[2][0]].fields.happened.moment  # the earlier 02:30
    assert twice.utcoffset() == dt.timedelta(hours=2)


def test_an_edited_contact_says_so_and_claims_nothing_more(upgraded: Journal) -> None:
    edited = upgraded.incidents.get(V9_CONTACTS[0][0])
    assert len(edited.amendments) == 1
    note = edited.amendments[0]
    assert note.reason == EDITED_BEFORE and note.changes == {}
    assert note.recorded == to_time(V9_CONTACTS[0][8])
    assert amended(edited.fields, edited.amendments) == edited.fields
    assert upgraded.incidents.get(V9_CONTACTS[3][0]).amendments == ()


def test_the_moved_record_stands_in_the_chain(upgraded: Journal) -> None:
    assert upgraded.incidents.verify() is None
    receipt = upgraded.incidents.receipt()
    assert receipt is not None and receipt.links == 4 + 1 + 1  # records, an edit, a trash
    assert upgraded.verify().problems == []


def test_people_search_and_the_log_work_as_before(upgraded: Journal) -> None:
    assert upgraded.contacts.people() == ["Mum", "Aunt Rosa", "Dad"]
    assert [c.id for c in upgraded.contacts.all(who="mum")] == [
        V9_CONTACTS[3][0],
        V9_CONTACTS[0][0],
    ]
    assert [c.id for c in upgraded.contacts.search("holidays")] == [V9_CONTACTS[0][0]]
    assert [c.id for c in upgraded.contacts.search("drawer")] == []  # in the trash
    assert [c.id for c in upgraded.contacts.for_entry(ENTRY)] == [V9_CONTACTS[0][0]]
    added = upgraded.contacts.add(ContactFields(dt.datetime(2026, 7, 1, 9, 0), Channel.MESSAGE))
    assert upgraded.contacts.count() == 4 and upgraded.incidents.verify() is None
    assert upgraded.incidents.get(added.id).fields.kinds == (IncidentKind.CONTACT,)


def test_the_old_tables_are_gone_and_pictures_came_through_whole(upgraded: Journal) -> None:
    names = {row[0] for row in upgraded._db.execute("SELECT name FROM sqlite_master")}
    assert not {"contacts", "contacts_fts", "contact_people"} & names
    findings = upgraded.attachments.check()
    assert findings.problems == [] and findings.count == 1
    assert upgraded.attachments.get("0123456789abcdef0123456789abcdef").entry_id == ENTRY
    assert upgraded._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failed_upgrade_to_version_10_changes_nothing(
    files: JournalFiles, keystore: MemoryKeystore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All or nothing: a failure after every contact moved leaves version 9 as it was."""
    migrate_only_to(monkeypatch, 9)
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        _fill_v9(journal._db)

        def broken(db: Connection) -> None:
            migrate_to_v10(db)
            db.execute("SELECT no_such_function()")

        with pytest.raises(Exception, match="no_such_function"):
            migrate(journal._db, None, (*MIGRATIONS[:9], broken))
        assert schema_version(journal._db) == 9
        kept = journal._db.execute("SELECT count(*) FROM contacts").fetchone()[0]
        assert kept == len(V9_CONTACTS)
        assert journal._db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
        assert journal._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
