"""Evidence files owned by a record: kept unaltered, sealed by SHA-256, checked by verify."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from app.errors import InvalidInput
from app.journal import Journal
from app.records.attachments import Incoming, MediaInfo, MediaKind
from app.records.incidents import IncidentFields, IncidentKind, When, amended, to_plain
from app.storage.incidents import IncidentStore

BERLIN = ZoneInfo("Europe/Berlin")


def _file(name: str, size: int = 3_000_000) -> Incoming:
    data = b"%PDF-1.7\n" + hashlib.sha256(name.encode()).digest() * (size // 32)
    return Incoming(name, data, MediaInfo(MediaKind.PDF), hashlib.sha256(data).hexdigest())


def _fields() -> IncidentFields:
    happened = When(dt.datetime(2026, 5, 3, 21, 10, tzinfo=BERLIN), "Europe/Berlin")
    return IncidentFields(happened=happened, kinds=(IncidentKind.THREAT,), account="A message")


@pytest.fixture
def store(journal: Journal) -> IncidentStore:
    return journal.incidents


def test_a_record_keeps_its_files_whole_and_names_each_by_its_hash(
    journal: Journal, store: IncidentStore
) -> None:
    files = [_file("screenshot.pdf"), _file("voicemail-transcript.pdf", 10_000)]
    kept = store.add(_fields(), files)
    assert [(e.name, e.sha256, e.size) for e in kept.fields.evidence] == [
        (f.name, f.sha256, f.size) for f in files
    ]
    for item, original in zip(kept.fields.evidence, files, strict=True):
        assert journal.attachments.read(item.attachment) == original.data
        assert journal.attachments.get(item.attachment).entry_id == ""
    assert store.verify() is None
    assert journal.verify().problems == [] and journal.verify().notes == []


def test_an_amendment_adds_a_file_and_the_first_ones_stay(store: IncidentStore) -> None:
    first = store.add(_fields(), [_file("a.pdf", 1000)])
    now = amended(first.fields, first.amendments)
    after = store.amend(first.id, "The letter came today", now, [_file("letter.pdf", 1000)])
    assert [e.name for e in after.fields.evidence] == ["a.pdf"]  # as first written
    reads = amended(after.fields, after.amendments)
    assert [e.name for e in reads.evidence] == ["a.pdf", "letter.pdf"]
    assert store.verify() is None


def test_evidence_dropped_from_the_list_is_still_kept(
    journal: Journal, store: IncidentStore
) -> None:
    first = store.add(_fields(), [_file("wrong-photo.pdf", 1000)])
    now = amended(first.fields, first.amendments)
    after = store.amend(first.id, "Attached the wrong file", replace(now, evidence=()))
    assert amended(after.fields, after.amendments).evidence == ()
    assert journal.attachments.read(first.fields.evidence[0].attachment)
    assert store.verify() is None


def test_a_record_cannot_name_a_file_it_never_had(store: IncidentStore) -> None:
    other = store.add(_fields(), [_file("theirs.pdf", 1000)])
    mine = store.add(_fields())
    stolen = replace(_fields(), account="Changed", evidence=other.fields.evidence)
    with pytest.raises(InvalidInput, match="isn't this record's"):
        store.amend(mine.id, "Borrowing", stolen)
    with pytest.raises(InvalidInput, match="come with a new record"):
        store.add(stolen)


def test_a_file_swapped_behind_the_apps_back_is_named(
    journal: Journal, store: IncidentStore
) -> None:
    kept = store.add(_fields(), [_file("photo.pdf", 1000)])
    journal._db.execute(
        "UPDATE attachments SET sha256 = ? WHERE uuid = ?",
        ("0" * 64, kept.fields.evidence[0].attachment),
    )
    broken = store.verify()
    assert broken is not None and broken.ref == kept.id
    assert "evidence file" in broken.describe()


def test_a_file_slipped_in_unsealed_is_named(journal: Journal, store: IncidentStore) -> None:
    kept = store.add(_fields(), [_file("photo.pdf", 1000)])
    journal._db.execute(
        "INSERT INTO attachments (uuid, incident, name, mime, size, sha256, added)"
        " SELECT 'feedfacefeedfacefeedfacefeedface', incident, 'x', mime, 1, 'ab', added"
        " FROM attachments WHERE uuid = ?",
        (kept.fields.evidence[0].attachment,),
    )
    broken = store.verify()
    assert broken is not None and "no link seals" in str(broken.reason)


def test_deleting_a_record_for_good_deletes_its_files(
    journal: Journal, store: IncidentStore
) -> None:
    kept = store.add(_fields(), [_file("photo.pdf", 1000)])
    store.trash(kept.id)
    store.purge(kept.id)
    assert journal._db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert journal._db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert store.verify() is None


def test_a_record_without_the_new_fields_seals_as_before() -> None:
    """Records sealed before channel, entry and evidence existed must still verify."""
    assert set(to_plain(_fields())) == {
        "happened", "kinds", "account", "place", "who", "witnesses", "harm", "reports",
        "to_gather", "felt", "did",
    }  # fmt: skip
