"""The archive's incident records read back strictly: a bad shape or a changed byte keeps nothing.

And an archive written before contacts were records (``contacts.json``, no
``incidents.json``) still imports, its contacts kept as records that verify.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.cli.import_commands import preview_lines
from app.files import JournalFiles
from app.journal import create_journal
from app.journal.journal import Journal
from app.media.intake import incoming_from_bytes
from app.records.entries import EntryFields
from app.records.imports import ImportOptions
from app.records.incidents import IncidentFields, IncidentKind, When, amended
from app.storage.contacts import EDITED_ELSEWHERE, Channel, Contact, ContactFields
from app.transfer.archive_write import write_archive
from app.transfer.importing import ImportResult, keep_plan, plan_import
from app.transfer.problems import ImportRefused
from app.transfer.sources import open_source
from tests.helpers.images import pdf_bytes
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

BERLIN = ZoneInfo("Europe/Berlin")
Rows = list[dict[str, object]]


@pytest.fixture
def archive(journal: Journal, tmp_path: Path) -> Path:
    """An entry, a record with an amendment and an evidence file, and a contact."""
    entry = journal.entries.add(EntryFields(body="that night", date=dt.date(2025, 3, 1)))
    record = journal.incidents.add(
        IncidentFields(
            happened=When(dt.datetime(2025, 3, 1, 22, 30, tzinfo=BERLIN), "Europe/Berlin"),
            kinds=(IncidentKind.VERBAL,),
            account="> I know where you work",
            who=("R.",),
            entry=entry.id,
        ),
        [incoming_from_bytes(pdf_bytes("taken on her phone"), "screenshot.pdf")],
    )
    now = amended(record.fields, record.amendments)
    journal.incidents.amend(record.id, "It was a voicemail", replace(now, place="By phone"))
    journal.contacts.add(ContactFields(dt.datetime(2025, 3, 2, 8, 0), Channel.CALL))
    path = tmp_path / "plain.zip"
    write_archive(path, journal)
    return path


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Journal]:
    journal, _ = create_journal(
        JournalFiles(tmp_path / "other"), keystore=MemoryKeystore(), argon2=FAST_ARGON2
    )
    with journal:
        yield journal


def _rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of the archive with each member's bytes changed (None leaves it out)."""
    copy = path.with_name("changed.zip")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for name in source.namelist():
            data = change(name, source.read(name))
            if data is not None:
                target.writestr(name, data)
    return copy


def _records_changed(path: Path, change: Callable[[Rows], object]) -> Path:
    """A copy whose incidents.json is ``change``'s rows (changed in place, or returned)."""

    def rewrite(name: str, data: bytes) -> bytes:
        if name != "incidents.json":
            return data
        rows = json.loads(data)
        returned = change(rows)
        return json.dumps(rows if returned is None else returned).encode()

    return _rewrite(path, rewrite)


def _import(journal: Journal, path: Path) -> ImportResult:
    with (
        open_source(path, None, ImportOptions()) as batch,
        journal.worker_stores() as stores,
    ):
        return keep_plan(stores, plan_import(stores, batch))


def _nothing_written(journal: Journal) -> None:
    assert journal.entries.count() == 0 and journal.attachments.count() == 0
    assert journal.incidents.all() == [] and journal.incidents.receipt() is None
    assert journal.reasons.all() == []


def _record(rows: Rows) -> dict[str, object]:
    """The record that is not a contact (the contact is the newer one)."""
    return rows[0]


def _fields(rows: Rows) -> dict[str, object]:
    fields = _record(rows)["fields"]
    assert isinstance(fields, dict)
    return fields


def _amendment(rows: Rows) -> dict[str, object]:
    amendments = _record(rows)["amendments"]
    assert isinstance(amendments, list)
    return dict(amendments[0])


def _evidence(rows: Rows) -> dict[str, object]:
    evidence = _record(rows)["evidence"]
    assert isinstance(evidence, list)
    return dict(evidence[0])


def _happened(rows: Rows) -> dict[str, object]:
    happened = _fields(rows)["happened"]
    assert isinstance(happened, dict)
    return happened


def _drop(row: dict[str, object], key: str) -> None:
    del row[key]


MALFORMED: list[tuple[str, Callable[[Rows], object], str]] = [
    ("not a list", lambda rows: {"records": rows}, r"incidents\.json in changed\.zip can't be"),
    ("no time", lambda rows: _drop(_record(rows), "recorded"), "Record 1 of .* has no 'recorded'"),
    ("no offset", lambda rows: _record(rows).update(recorded="2025-03-01T21:00:00"), "offset"),
    ("an id", lambda rows: _record(rows).update(id="../../x"), "not a record's id"),
    ("a key", lambda rows: _record(rows).update(mood=3), "'mood' is not something"),
    ("a field", lambda rows: _fields(rows).update(colour="red"), "'colour' is not something"),
    ("no account", lambda rows: _drop(_fields(rows), "account"), "has no 'account'"),
    ("a kind", lambda rows: _fields(rows).update(kinds=["burglary"]), "not a kind Threshold"),
    ("no kind", lambda rows: _fields(rows).update(kinds=[]), "at least one kind"),
    ("a channel", lambda rows: _fields(rows).update(channel="fax"), "not a channel"),
    ("who", lambda rows: _fields(rows).update(who="R."), "expected a list"),
    ("words", lambda rows: _fields(rows).update(account=7), "expected text"),
    ("about", lambda rows: _happened(rows).update(about="yes"), "true or false"),
    (
        "a reason",
        lambda rows: _record(rows).update(amendments=[{**_amendment(rows), "reason": " "}]),
        "an amendment has no reason",
    ),
    (
        "a change",
        lambda rows: _record(rows).update(
            amendments=[{**_amendment(rows), "changes": {"who": "R."}}]
        ),
        "expected a list",
    ),
    (
        "a digest",
        lambda rows: _record(rows).update(evidence=[{**_evidence(rows), "sha256": "0" * 64}]),
        "not the ones it names",
    ),
    ("no file", lambda rows: _record(rows).update(evidence=[]), "not the ones it names"),
    (
        "no member",
        lambda rows: _record(rows).update(evidence=[{**_evidence(rows), "file": None}]),
        "expected text, found None",
    ),
    (
        "a member named",
        lambda rows: _fields(rows).update(evidence=[_evidence(rows)]),
        "'file' is not something",
    ),
    (
        "a member",
        lambda rows: _record(rows).update(evidence=[{**_evidence(rows), "file": "evidence/x"}]),
        r"'evidence/x' is not in the archive",
    ),
    ("twice", lambda rows: [_record(rows), _record(rows)], "have the id"),
    (
        "one less",
        lambda rows: rows[:1],
        "1 incident record with 1 evidence file, but its manifest says 2 incident records with 1",
    ),
]


@pytest.mark.parametrize(
    ("change", "says"), [(c, s) for _, c, s in MALFORMED], ids=[i for i, _, _ in MALFORMED]
)
def test_a_malformed_record_is_refused_and_nothing_is_written(
    archive: Path, other: Journal, change: Callable[[Rows], object], says: str
) -> None:
    with pytest.raises(ImportRefused, match=says) as refusal:
        _import(other, _records_changed(archive, change))
    assert str(refusal.value).endswith("Nothing was imported.")
    _nothing_written(other)


def test_incidents_json_that_is_not_json_is_refused(archive: Path, other: Journal) -> None:
    def broken(name: str, data: bytes) -> bytes:
        return data[:-5] if name == "incidents.json" else data

    with pytest.raises(ImportRefused, match=r"incidents\.json in changed\.zip is not valid JSON"):
        _import(other, _rewrite(archive, broken))
    _nothing_written(other)


def test_a_missing_incidents_json_is_noticed(archive: Path, other: Journal) -> None:
    def without(name: str, data: bytes) -> bytes | None:
        return None if name == "incidents.json" else data

    with pytest.raises(
        ImportRefused,
        match=r"0 incident records with 0 evidence files, but its manifest says 2 incident",
    ):
        _import(other, _rewrite(archive, without))
    _nothing_written(other)


def test_an_evidence_file_with_one_byte_changed_is_refused(archive: Path, other: Journal) -> None:
    def changed(name: str, data: bytes) -> bytes:
        if not name.startswith("evidence/"):
            return data
        return data[:100] + bytes([data[100] ^ 1]) + data[101:]

    with pytest.raises(
        ImportRefused,
        match=r"evidence/\w+-screenshot\.pdf in changed\.zip is damaged: its SHA-256 is not "
        r"the one its record lists\. Nothing was imported\.",
    ):
        _import(other, _rewrite(archive, changed))
    _nothing_written(other)


def test_records_are_counted_before_and_skipped_after(archive: Path, other: Journal) -> None:
    with open_source(archive, None, ImportOptions()) as batch, other.worker_stores() as stores:
        plan = plan_import(stores, batch)
        assert plan.records == 2
        assert "  2 new incident records" in preview_lines(plan, archive)
        result = keep_plan(stores, plan)
    assert (result.added, result.extras) == (1, 2)
    with open_source(archive, None, ImportOptions()) as batch, other.worker_stores() as stores:
        again = plan_import(stores, batch)
        assert again.records == 0
        assert keep_plan(stores, again).extras == 0
    assert len(other.incidents.all()) == 2 and other.incidents.verify() is None


# ---------------------------------------------------------------------- older archives


def _as_older_archive(path: Path, contacts: list[Contact]) -> Path:
    """The archive as written before contacts were records: contacts.json, no records."""
    rows = [contact.as_json() for contact in reversed(contacts)]

    def older(name: str, data: bytes) -> bytes | None:
        if name == "incidents.json":
            return json.dumps(rows).encode()
        if name.startswith("evidence/"):
            return None
        if name == "threshold-archive.json":
            manifest = json.loads(data)
            del manifest["records"], manifest["evidence"]
            return json.dumps(manifest).encode()
        return data

    copy = _rewrite(path, older)
    renamed = copy.with_name("older.zip")
    with zipfile.ZipFile(copy) as source, zipfile.ZipFile(renamed, "w") as target:
        for name in source.namelist():
            target.writestr(name.replace("incidents.json", "contacts.json"), source.read(name))
    return renamed


def test_an_older_archive_with_contacts_json_still_imports(
    journal: Journal, other: Journal, tmp_path: Path
) -> None:
    journal.contacts.add(
        ContactFields(
            dt.datetime(2024, 2, 29, 19, 5),
            Channel.MESSAGE,
            said="Come home",
            felt="pulled",
            did="did not answer",
            who=("Mum",),
        )
    )
    journal.contacts.add(ContactFields(dt.datetime(2024, 1, 2, 8, 0), Channel.CALL))
    path = tmp_path / "new.zip"
    write_archive(path, journal)
    contacts = journal.contacts.all()
    older = _as_older_archive(path, contacts)
    with zipfile.ZipFile(older) as opened:
        assert "contacts.json" in opened.namelist() and "incidents.json" not in opened.namelist()
    result = _import(other, older)
    assert result.extras == 2
    assert other.contacts.all() == contacts
    assert other.incidents.verify() is None
    assert _import(other, older).extras == 0


def test_an_older_archive_keeps_a_contact_edited_before_as_said(
    journal: Journal, other: Journal, tmp_path: Path
) -> None:
    contact = journal.contacts.add(ContactFields(dt.datetime(2024, 1, 2, 8, 0), Channel.CALL))
    write_archive(tmp_path / "new.zip", journal)
    edited = Contact(
        contact.id,
        contact.fields,
        dt.datetime(2023, 5, 1, 9, 0, tzinfo=dt.UTC),
        dt.datetime(2023, 5, 2, 9, 0, tzinfo=dt.UTC),
        None,
    )
    _import(other, _as_older_archive(tmp_path / "new.zip", [edited]))
    record = other.incidents.get(contact.id)
    assert record.recorded == edited.created
    assert [(a.recorded, a.reason) for a in record.amendments] == [
        (edited.updated, EDITED_ELSEWHERE)
    ]
    assert other.incidents.verify() is None


def test_evidence_is_kept_as_it_was_when_imported_pictures_are_cleaned(
    journal: Journal, archive: Path, other: Journal
) -> None:
    other.preferences.save(replace(other.preferences.load(), strip_on_import=True))
    _import(other, archive)
    (record,) = [r for r in journal.incidents.all() if r.fields.evidence]
    item = record.fields.evidence[0]
    assert other.attachments.read(item.attachment) == journal.attachments.read(item.attachment)
    assert other.incidents.verify() is None and other.verify().problems == []
