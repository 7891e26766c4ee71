"""The attachment store: original bytes in, the same bytes out; all or nothing; checked."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from app.backup import make_backup
from app.backup.restore import restore_backup
from app.errors import AttachmentNotFound, DiskFull, EntryNotFound
from app.files import JournalFiles
from app.journal import Journal, create_journal, keyring_secret, open_journal
from app.records.attachments import (
    Incoming,
    MediaInfo,
    MediaKind,
    reference,
    referenced_ids,
)
from app.records.entries import EntryFields
from app.storage.attachments import CHUNK_BYTES, _from_row
from app.storage.schema import MIGRATIONS, schema_version
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2, NewJournal, migrate_only_to
from tests.helpers.keystores import MemoryKeystore

NOW = dt.datetime(2026, 12, 7, 21, 0, tzinfo=dt.UTC)


def incoming(data: bytes, name: str = "letter.png", kind: MediaKind = MediaKind.PNG) -> Incoming:
    return Incoming(name, data, MediaInfo(kind, 640, 480), hashlib.sha256(data).hexdigest())


def chunk_rows(journal: Journal) -> int:
    return int(journal._db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0])


def test_what_goes_in_comes_out_byte_for_byte(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="The letter he left."))
    data = bytes(range(256)) * (CHUNK_BYTES * 5 // 512)  # two and a half chunks
    kept = journal.attachments.add(entry.id, incoming(data))
    assert chunk_rows(journal) == 3
    assert journal.attachments.read(kept.id) == data
    assert sum(len(piece) for piece in journal.attachments.chunks(kept.id)) == len(data)
    again = journal.attachments.get(f"attachment:{kept.id.upper()}")
    assert again == kept
    assert (kept.name, kept.kind, kept.size, kept.width, kept.height) == (
        "letter.png",
        MediaKind.PNG,
        len(data),
        640,
        480,
    )
    assert kept.sha256 == hashlib.sha256(data).hexdigest()
    assert kept.entry_id == entry.id


def test_an_entrys_attachments_come_in_the_order_they_were_added(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="two"))
    other = journal.entries.add(EntryFields(body="other"))
    first = journal.attachments.add(entry.id, incoming(b"1", "a.png"))
    second = journal.attachments.add(entry.id, incoming(b"2", "b.pdf", MediaKind.PDF))
    journal.attachments.add(other.id, incoming(b"3"))
    assert [a.id for a in journal.attachments.for_entry(entry.id)] == [first.id, second.id]
    assert journal.attachments.count() == 3


def test_an_empty_file_is_kept_as_it_is(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    kept = journal.attachments.add(entry.id, incoming(b""))
    assert journal.attachments.read(kept.id) == b""


def test_an_unknown_id_is_a_plain_message(journal: Journal) -> None:
    with pytest.raises(AttachmentNotFound, match="no attachment"):
        journal.attachments.get("0" * 32)
    with pytest.raises(AttachmentNotFound):
        list(journal.attachments.chunks("nothing"))


def test_a_trashed_entry_takes_no_new_attachment(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    journal.entries.trash(entry.id)
    with pytest.raises(EntryNotFound):
        journal.attachments.add(entry.id, incoming(b"data"))
    assert journal.attachments.count() == 0
    assert chunk_rows(journal) == 0


def test_an_entry_and_its_attachments_are_kept_together_or_not_at_all(journal: Journal) -> None:
    def refused_halfway() -> None:
        with journal.all_or_nothing():
            entry = journal.entries.add(EntryFields(body="with a picture"))
            journal.attachments.add(entry.id, incoming(b"picture"))
            raise RuntimeError("the second file was refused")

    with pytest.raises(RuntimeError):
        refused_halfway()
    assert journal.entries.count() == 0
    assert journal.attachments.count() == 0
    assert chunk_rows(journal) == 0
    with journal.all_or_nothing():
        entry = journal.entries.add(EntryFields(body="with a picture"))
        journal.attachments.add(entry.id, incoming(b"picture"))
    assert journal.attachments.count() == 1


def test_the_trash_takes_attachments_and_emptying_it_deletes_them(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    kept = journal.attachments.add(entry.id, incoming(b"evidence" * 1000))
    journal.entries.trash(entry.id)
    assert journal.attachments.get(kept.id).entry_id == entry.id  # still there, restorable
    journal.entries.restore(entry.id)
    journal.entries.trash(entry.id)
    journal.entries.empty_trash()
    assert journal.attachments.count() == 0
    assert chunk_rows(journal) == 0


def test_verify_re_hashes_every_attachment(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    kept = journal.attachments.add(entry.id, incoming(b"original bytes"))
    journal.entries.save(entry.id, EntryFields(body=reference(kept, "the letter")))
    report = journal.verify()
    assert report.ok and report.attachments == 1 and report.notes == []
    journal._db.execute("UPDATE attachment_chunks SET data = ?", (b"changed bytes!",))
    report = journal.verify()
    assert report.problems == [f"attachment {kept.id}: its bytes no longer match their SHA-256"]


def test_verify_finds_missing_chunks_and_strays(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    kept = journal.attachments.add(entry.id, incoming(b"a" * (CHUNK_BYTES + 10)))
    journal.entries.save(entry.id, EntryFields(body=reference(kept)))
    journal._db.execute("DELETE FROM attachment_chunks WHERE seq = 1")
    journal._db.execute("PRAGMA foreign_keys = OFF")
    journal._db.execute("INSERT INTO attachment_chunks VALUES (999, 0, x'00')")
    problems = journal.verify().problems
    assert problems == [
        f"attachment {kept.id}: {CHUNK_BYTES} of its {CHUNK_BYTES + 10} bytes are there",
        "1 attachment(s) left chunks with no record",
    ]


def test_verify_notes_attachments_no_text_refers_to_and_references_to_nothing(
    journal: Journal,
) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    kept = journal.attachments.add(entry.id, incoming(b"data"))
    gone = "f" * 32
    journal.entries.save(entry.id, EntryFields(body=f"![lost](attachment:{gone})"))
    report = journal.verify()
    assert report.ok
    assert report.notes == [
        f"attachment {kept.id}: no text of its entry refers to it",
        f"entry {entry.id}: refers to attachment {gone}, not in the journal",
    ]


def test_a_reference_in_an_earlier_version_still_counts(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    kept = journal.attachments.add(entry.id, incoming(b"data"))
    journal.entries.save(entry.id, EntryFields(body=reference(kept)))
    journal._db.execute(
        "INSERT INTO revisions (entry, saved, title, body, tags) SELECT id, updated, title,"
        " body, tags FROM entries"
    )
    journal.entries.save(entry.id, EntryFields(body="I took the picture out."))
    assert journal.verify().notes == []


def test_references_read_and_write_markdown() -> None:
    picture = incoming(b"x")
    kept = _from_row(
        ("a" * 32, "e", "the [message].png", "image/png", 1, "h", "2026-12-07T00:00:00+00:00", 1, 1)
    )
    assert reference(kept) == f"![the message](attachment:{'a' * 32})"
    doc = _from_row(
        (
            "b" * 32,
            "e",
            "deed.pdf",
            "application/pdf",
            1,
            "h",
            "2026-12-07T00:00:00+00:00",
            None,
            None,
        )
    )
    assert reference(doc, "the deed") == f"[the deed](attachment:{'b' * 32})"
    text = f"{reference(kept)} and {reference(doc)} and {reference(kept)}"
    assert referenced_ids(text) == ["a" * 32, "b" * 32]
    assert picture.size == 1


def test_a_version_6_journal_gains_attachments_when_upgraded(
    files: JournalFiles, keystore: MemoryKeystore, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate_only_to(monkeypatch, 6)
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:  # today's EntryStore speaks the newest schema: write as version 6 did
        journal._db.execute(
            "INSERT INTO entries (uuid, entry_date, created, updated, body)"
            " VALUES ('v6-entry', '2024-01-01', '2024-01-01T00:00:00.000+00:00',"
            " '2024-01-01T00:00:00.000+00:00', 'before pictures')"
        )
    monkeypatch.undo()
    with open_journal(files, SlotSecret.recovery(recovery)) as upgraded:
        assert schema_version(upgraded._db) == len(MIGRATIONS) >= 7
        upgraded.attachments.add("v6-entry", incoming(b"now"))
        assert upgraded.verify().ok


def test_disk_full_while_attaching_keeps_the_entry(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="keep me"))
    journal._db.execute(
        "PRAGMA max_page_count = "
        + str(journal._db.execute("PRAGMA page_count").fetchone()[0] + 10)
    )
    with pytest.raises(DiskFull):
        journal.attachments.add(entry.id, incoming(b"x" * (CHUNK_BYTES * 2)))
    assert journal.attachments.count() == 0
    assert chunk_rows(journal) == 0
    assert journal.entries.get(entry.id).body == "keep me"


def test_backups_restores_and_new_keys_carry_attachments(
    new_journal: NewJournal, keystore: MemoryKeystore, tmp_path: Path
) -> None:
    journal = new_journal.journal
    entry = journal.entries.add(EntryFields(body="x"))
    data = bytes(range(256)) * 9000
    kept = journal.attachments.add(entry.id, incoming(data))
    recovery = SlotSecret.recovery(new_journal.recovery)
    backup = make_backup(journal, tmp_path / "backups", NOW)
    journal.rotate_key([recovery, keyring_secret(new_journal.files, keystore)])
    assert journal.attachments.read(kept.id) == data
    journal.entries.trash(entry.id)
    journal.entries.empty_trash()
    journal.close()
    restore_backup(new_journal.files, backup.path, recovery, NOW)
    with open_journal(new_journal.files, recovery) as restored:
        assert restored.attachments.read(kept.id) == data
        assert restored.verify().attachments == 1


def test_a_buffer_holds_the_original_once(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="x"))
    data = bytes(range(256)) * (CHUNK_BYTES // 100)
    kept = journal.attachments.add(entry.id, incoming(data))
    buffer = journal.attachments.read_buffer(kept.id)
    assert isinstance(buffer, bytearray) and buffer == data
    buffer[0] ^= 1  # the caller's to change; the journal keeps its own
    assert journal.attachments.read(kept.id) == data
