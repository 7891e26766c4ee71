"""A record kept from an archive: its id, times, amendments and evidence files, sealed here."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from app.errors import InvalidInput
from app.journal import Journal
from app.media.intake import incoming_from_bytes
from app.records.attachments import Incoming
from app.records.incidents import (
    Amendment,
    Evidence,
    Incident,
    IncidentFields,
    IncidentKind,
    When,
    amended,
    to_plain,
)
from tests.helpers.images import pdf_bytes, png_bytes

BERLIN = ZoneInfo("Europe/Berlin")
RECORD = "5b1f0c2e-8a47-4d3b-9e61-0c7d2a4b8f10"
RECORDED = dt.datetime(2025, 11, 2, 20, 15, 30, 250000, tzinfo=dt.UTC)
AMENDED = dt.datetime(2025, 11, 4, 9, 0, tzinfo=dt.UTC)


def _files() -> tuple[Incoming, Incoming]:
    return incoming_from_bytes(png_bytes(), "door.png"), incoming_from_bytes(pdf_bytes(), "x.pdf")


def _evidence(incoming: Incoming, attachment: str) -> Evidence:
    kind = incoming.info.kind.value
    return Evidence(attachment, incoming.name, kind, incoming.size, incoming.sha256)


def _record() -> Incident:
    """A record first written with a picture; an amendment names someone and adds a PDF."""
    picture, letter = _files()
    fields = IncidentFields(
        happened=When(dt.datetime(2025, 11, 1, 23, 40, tzinfo=BERLIN), "Europe/Berlin", True),
        kinds=(IncidentKind.STALKING, IncidentKind.THREAT),
        account="Waited by the door.\n> You can't hide",
        who=("R.",),
        evidence=(_evidence(picture, "a" * 32),),
    )
    later = replace(
        fields, who=("R.", "his brother"), evidence=(*fields.evidence, _evidence(letter, "b" * 32))
    )
    changes = {"who": to_plain(later)["who"], "evidence": to_plain(later)["evidence"]}
    return Incident(
        RECORD, RECORDED, fields, (Amendment(AMENDED, "His brother was there", changes),)
    )


def test_a_record_keeps_its_id_times_amendments_and_files(journal: Journal) -> None:
    picture, letter = _files()
    with journal.worker_stores() as stores, stores.all_or_nothing():
        assert stores.incidents.keep(_record(), iter([letter, picture])) is True
    kept = journal.incidents.get(RECORD)
    assert (kept.id, kept.recorded, kept.fields) == (RECORD, RECORDED, _record().fields)
    assert kept.amendments == _record().amendments
    assert journal.attachments.read("a" * 32) == picture.data
    assert journal.attachments.read("b" * 32) == letter.data
    assert journal.incidents.verify() is None
    assert journal.verify().problems == []
    assert [r.id for r in journal.incidents.all(who="his brother")] == [RECORD]
    assert "his brother" in journal.contacts.people()


def test_a_record_whose_id_is_taken_is_skipped(journal: Journal) -> None:
    assert journal.incidents.keep(_record(), _files()) is True
    assert journal.incidents.keep(_record(), _files()) is False
    assert len(journal.incidents.all()) == 1
    assert journal.incidents.verify() is None


def test_a_file_missing_keeps_nothing(journal: Journal) -> None:
    picture, _ = _files()
    with pytest.raises(InvalidInput, match="did not come with it"):
        journal.incidents.keep(_record(), [picture])
    _nothing_kept(journal)


def test_a_file_the_record_does_not_name_keeps_nothing(journal: Journal) -> None:
    stranger = incoming_from_bytes(png_bytes(9, 9), "stranger.png")
    with pytest.raises(InvalidInput, match="does not name it"):
        journal.incidents.keep(_record(), [*_files(), stranger])
    _nothing_kept(journal)


def _nothing_kept(journal: Journal) -> None:
    assert journal.incidents.all() == [] and journal.incidents.receipt() is None
    assert journal.attachments.count() == 0


def test_a_file_id_taken_keeps_nothing(journal: Journal) -> None:
    picture, letter = _files()
    journal.incidents.keep(_record(), [picture, letter])
    other = replace(_record(), id="5b1f0c2e-8a47-4d3b-9e61-0c7d2a4b8f11")
    with pytest.raises(InvalidInput, match="id is taken"):
        journal.incidents.keep(other, [picture, letter])
    assert len(journal.incidents.all()) == 1 and journal.incidents.verify() is None


def test_what_the_record_reads_now_names_its_files(journal: Journal) -> None:
    journal.incidents.keep(_record(), _files())
    kept = journal.incidents.get(RECORD)
    reads = amended(kept.fields, kept.amendments)
    assert [e.attachment for e in reads.evidence] == ["a" * 32, "b" * 32]
