"""The incident record's store in a real SQLCipher journal: append-only, sealed, checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from app.errors import EntryNotFound, InvalidInput
from app.journal import Journal
from app.records.incidents import IncidentFields, IncidentKind, When, amended
from app.storage.contacts import Channel, ContactFields
from app.storage.incidents import IncidentStore

BERLIN = ZoneInfo("Europe/Berlin")
ACCOUNT = 'He waited by the car.\n\n> "You will regret this."\n\nI went back inside.  \n'


def _fields(day: int = 3, **more: object) -> IncidentFields:
    happened = When(dt.datetime(2026, 5, day, 21, 10, tzinfo=BERLIN), "Europe/Berlin")
    given: dict[str, object] = {"account": ACCOUNT, "place": "the car park at work", **more}
    return IncidentFields(
        happened=happened,
        kinds=(IncidentKind.THREAT, IncidentKind.STALKING),
        who=("M.",),
        **given,  # type: ignore[arg-type]
    )


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 5, 4, 19, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


@pytest.fixture
def store(journal: Journal) -> IncidentStore:
    return IncidentStore(journal._db, journal.vault.journal_id, _Clock())


def test_a_record_keeps_both_times_and_every_word(store: IncidentStore) -> None:
    kept = store.add(_fields(witnesses="Sam, from the office\n"))
    again = store.get(kept.id[:8])
    assert again == kept
    assert again.fields.account == ACCOUNT and again.fields.witnesses == "Sam, from the office\n"
    assert again.fields.happened.moment == dt.datetime(2026, 5, 3, 21, 10, tzinfo=BERLIN)
    assert again.recorded == dt.datetime(2026, 5, 4, 19, 1, tzinfo=dt.UTC)  # the store's clock


def test_an_amendment_is_kept_beneath_the_original_with_its_reason(store: IncidentStore) -> None:
    first = store.add(_fields())
    corrected = _fields(place="the car park at the station")
    after = store.amend(first.id, "I had the place wrong", corrected)
    assert after.fields == first.fields  # the original, as first written
    (amendment,) = after.amendments
    assert amendment.reason == "I had the place wrong"
    assert amendment.changes == {"place": "the car park at the station"}
    assert amended(after.fields, after.amendments).place == "the car park at the station"
    assert store.verify() is None


@pytest.mark.parametrize(
    ("reason", "fields", "said"),
    [("  ", _fields(place="elsewhere"), "needs a reason"), ("why", _fields(), "Nothing differs")],
)
def test_an_amendment_without_reason_or_change_is_refused_and_nothing_kept(
    store: IncidentStore, reason: str, fields: IncidentFields, said: str
) -> None:
    first = store.add(_fields())
    receipt = store.receipt()
    with pytest.raises(InvalidInput, match=said):
        store.amend(first.id, reason, fields)
    assert store.get(first.id).amendments == () and store.receipt() == receipt


def test_no_kind_or_no_zone_is_refused(store: IncidentStore) -> None:
    with pytest.raises(InvalidInput, match="what kind"):
        store.add(IncidentFields(happened=_fields().happened, kinds=()))
    naive = When(dt.datetime(2026, 5, 3, 21, 10))
    with pytest.raises(InvalidInput, match="time zone"):
        store.add(IncidentFields(happened=naive, kinds=(IncidentKind.OTHER,)))
    assert store.all() == [] and store.receipt() is None


def test_the_database_itself_refuses_a_change_in_place(
    journal: Journal, store: IncidentStore
) -> None:
    kept = store.add(_fields())
    for statement in (
        "UPDATE incidents SET account = 'kinder words' WHERE uuid = ?",
        "UPDATE incident_chain SET digest = 'x' WHERE ref = ?",
        "DELETE FROM incident_chain WHERE ref = ?",
    ):
        with pytest.raises(Exception, match="never"):
            journal._db.execute(statement, (kept.id,))
    assert store.get(kept.id) == kept and store.verify() is None


def test_a_record_rewritten_behind_the_apps_back_is_named(
    journal: Journal, store: IncidentStore
) -> None:
    records = [store.add(_fields(day=day)) for day in range(1, 11)]
    store.amend(records[3].id, "the time was later", _fields(day=4, harm="a bruise"))
    assert store.verify() is None
    journal._db.execute("DROP TRIGGER incidents_append_only")  # someone with the key
    journal._db.execute(
        "UPDATE incidents SET account = 'nothing happened' WHERE uuid = ?", (records[6].id,)
    )
    found = store.verify()
    assert found is not None and found.ref == records[6].id
    assert str(found.reason) == "what this link seals was changed after it was sealed"


def test_an_amendment_rewritten_or_a_record_taken_out_is_named(
    journal: Journal, store: IncidentStore
) -> None:
    first, second = store.add(_fields(day=1)), store.add(_fields(day=2))
    store.amend(first.id, "the place", _fields(day=1, place="home"))
    journal._db.execute("DROP TRIGGER incident_amendments_append_only")
    journal._db.execute("UPDATE incident_amendments SET reason = 'no reason'")
    found = store.verify()
    assert found is not None and found.ref.startswith(f"{first.id}/")
    journal._db.execute("UPDATE incident_amendments SET reason = 'the place'")  # put back
    assert store.verify() is None
    journal._db.execute("DELETE FROM incidents WHERE uuid = ?", (second.id,))
    found = store.verify()
    assert found is not None and found.ref == second.id
    assert str(found.reason) == "what this link seals is gone, with no removal recorded"


def test_a_row_changed_out_of_its_shape_is_named_not_a_crash(
    journal: Journal, store: IncidentStore
) -> None:
    kept = store.add(_fields())
    journal._db.execute("DROP TRIGGER incidents_append_only")
    journal._db.execute("UPDATE incidents SET kinds = 'not-a-kind' WHERE uuid = ?", (kept.id,))
    found = store.verify()
    assert found is not None and found.ref == kept.id


def test_the_trash_keeps_records_restorable_and_the_chain_whole(store: IncidentStore) -> None:
    first, second = store.add(_fields(day=1)), store.add(_fields(day=9))
    assert [record.id for record in store.all()] == [second.id, first.id]  # newest first
    store.trash(first.id)
    assert [record.id for record in store.all()] == [second.id]
    assert [record.id for record in store.all(trashed=True)] == [first.id]
    store.restore(first.id)
    assert len(store.all()) == 2 and store.verify() is None


def test_two_hundred_records_and_amendments_verify_and_the_receipt_is_the_newest_link(
    store: IncidentStore,
) -> None:
    for number in range(100):
        kept = store.add(_fields(day=number % 28 + 1, did=f"wrote it down, {number}"))
        store.amend(kept.id, "a detail", _fields(day=number % 28 + 1, did=f"called Sam, {number}"))
    receipt = store.receipt()
    assert receipt is not None and receipt.links == 200 and len(receipt.digest) == 64
    assert store.verify() is None


def test_an_id_too_short_or_unknown_is_a_plain_message(store: IncidentStore) -> None:
    store.add(_fields())
    for wrong in ("abc", "ffffffff-0000"):
        with pytest.raises(EntryNotFound):
            store.get(wrong)


def test_deleting_for_good_leaves_a_removal_in_the_chain_and_it_still_holds(
    journal: Journal, store: IncidentStore
) -> None:
    first, second = store.add(_fields(day=1)), store.add(_fields(day=2))
    store.amend(first.id, "the place", _fields(day=1, place="home"))
    with pytest.raises(EntryNotFound, match="isn't in the trash"):
        store.purge(first.id)
    store.trash(first.id)
    store.purge(first.id)
    assert [record.id for record in store.all(trashed=True)] == []
    assert journal._db.execute("SELECT count(*) FROM incident_amendments").fetchone()[0] == 0
    kinds = [row[0] for row in journal._db.execute("SELECT kind FROM incident_chain ORDER BY seq")]
    assert kinds == ["record", "record", "amendment", "trash", "removal"]
    assert store.verify() is None
    chain = "SELECT group_concat(ref || content) FROM incident_chain"
    # the removal keeps a digest, never the words
    assert "car park" not in str(journal._db.execute(chain).fetchone()[0])
    assert store.get(second.id).fields.account == ACCOUNT


def test_the_people_named_join_the_contact_logs_list_and_stay_while_used(
    journal: Journal, store: IncidentStore
) -> None:
    first = store.add(_fields(day=1))  # names "M."
    second = store.add(replace(_fields(day=2), who=("aunt Jo",)))
    store.amend(second.id, "she was there too", replace(_fields(day=2), who=("aunt Jo", "Sam")))
    assert set(journal.contacts.people()) == {"M.", "aunt Jo", "Sam"}
    assert [record.id for record in store.all(who="m.")] == [first.id]
    assert [record.id for record in store.all(who="Sam")] == [second.id]  # named by amendment
    contact = journal.contacts.add(
        ContactFields(dt.datetime(2026, 5, 5, 9, 0), Channel.CALL, who=("M.",))
    )
    journal.contacts.trash(contact.id)
    journal.contacts.purge(contact.id)  # the contact log forgets no name a record uses
    assert "M." in journal.contacts.people()
    store.trash(first.id)
    store.purge(first.id)
    assert set(journal.contacts.people()) == {"aunt Jo", "Sam"}


def test_records_are_listed_by_when_they_happened_across_time_zones(store: IncidentStore) -> None:
    """21:10 in Berlin (19:10 UTC) came before 20:30 in London (20:30 UTC) that day."""
    berlin = store.add(_fields(day=3))
    london_time = When(dt.datetime(2026, 5, 3, 20, 30, tzinfo=ZoneInfo("Europe/London")))
    london = store.add(replace(_fields(day=3), happened=london_time))
    assert [record.id for record in store.all()] == [london.id, berlin.id]
    later = replace(_fields(day=3), happened=When(dt.datetime(2026, 5, 3, 23, 0, tzinfo=BERLIN)))
    store.amend(berlin.id, "it was later than I wrote", later)  # 21:00 UTC now
    assert [record.id for record in store.all()] == [berlin.id, london.id]


# The second review's tampers (each passed verify before its fix).


def test_a_row_inserted_behind_the_apps_back_is_named(
    journal: Journal, store: IncidentStore
) -> None:
    """No trigger dropped: a plain INSERT of an amendment, then of a backdated record."""
    kept = store.add(_fields())
    row_id = journal._db.execute("SELECT id FROM incidents").fetchone()[0]
    journal._db.execute(
        "INSERT INTO incident_amendments (uuid, incident, recorded, reason, changes)"
        " VALUES ('forged', ?, '2026-01-01T00:00:00.000+00:00', 'I made it up',"
        ' \'{"account": "FORGED"}\')',
        (row_id,),
    )
    found = store.verify()
    assert found is not None and found.link is None and found.ref == f"{kept.id}/forged"
    assert "added behind the app's back" in found.describe()
    journal._db.execute("DELETE FROM incident_amendments")
    columns = "uuid, recorded, happened, kinds"
    journal._db.execute(
        f"INSERT INTO incidents ({columns}) VALUES ('f0f0f0f0-forged',"
        " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00+00:00', 'threat')"
    )
    found = store.verify()
    assert found is not None and found.ref == "f0f0f0f0-forged"


def test_amendments_are_read_in_the_chains_order_whatever_their_row_ids(
    journal: Journal, store: IncidentStore
) -> None:
    kept = store.add(_fields())
    store.amend(kept.id, "r1", _fields(place="P1"))
    store.amend(kept.id, "r2", _fields(place="P2"))
    rows = journal._db.execute(
        "SELECT id, uuid, incident, recorded, reason, changes FROM incident_amendments ORDER BY id"
    ).fetchall()
    journal._db.execute("DELETE FROM incident_amendments")
    for (_, *rest), (other_id, *_) in zip(rows, reversed(rows), strict=True):
        journal._db.execute(
            "INSERT INTO incident_amendments (id, uuid, incident, recorded, reason, changes)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (other_id, *rest),
        )
    again = store.get(kept.id)
    assert [a.reason for a in again.amendments] == ["r1", "r2"]
    assert amended(again.fields, again.amendments).place == "P2"
    assert store.verify() is None  # nothing changed that the record says


def test_a_record_hidden_in_the_trash_behind_the_apps_back_is_named(
    journal: Journal, store: IncidentStore
) -> None:
    kept = store.add(_fields())
    store.trash(kept.id)
    store.restore(kept.id)
    assert store.verify() is None
    journal._db.execute("UPDATE incidents SET trashed = '2026-06-01T00:00:00.000+00:00'")
    found = store.verify()
    assert found is not None and found.ref == kept.id
    assert str(found.reason) == "was moved into the trash behind the app's back"


def test_who_is_read_from_the_sealed_names_not_the_list_of_people(
    journal: Journal, store: IncidentStore
) -> None:
    kept = store.add(_fields())
    journal._db.execute("DELETE FROM incident_people")
    assert [record.id for record in store.all(who="M.")] == [kept.id]


def test_a_receipt_shows_the_newest_records_cut_away_with_their_links(
    journal: Journal, store: IncidentStore
) -> None:
    first = store.add(_fields(day=1))
    store.amend(first.id, "a detail", _fields(day=1, felt="afraid"))
    receipt = store.receipt()
    assert receipt is not None
    found = store.find_link(receipt.digest.upper())
    assert found is not None and found.link.seq == 2 and found.links == 2
    journal._db.execute("DROP TRIGGER incident_chain_kept")  # someone with the key
    journal._db.execute("DELETE FROM incident_chain WHERE seq = 2")
    journal._db.execute("DELETE FROM incident_amendments")
    assert store.verify() is None  # the chain alone can't see its end cut away
    assert store.find_link(receipt.digest) is None  # the receipt can


def test_amending_a_trashed_record_or_restoring_a_live_one_is_refused(
    store: IncidentStore,
) -> None:
    kept = store.add(_fields())
    with pytest.raises(InvalidInput, match="isn't in the trash"):
        store.restore(kept.id)
    store.trash(kept.id)
    with pytest.raises(InvalidInput, match="restore it to amend"):
        store.amend(kept.id, "why", _fields(place="elsewhere"))
    with pytest.raises(InvalidInput, match="in the trash already"):
        store.trash(kept.id)
