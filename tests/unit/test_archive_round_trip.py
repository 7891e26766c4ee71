"""Everything out as an archive, and back into a new journal: every field the same.

Entries with their revisions and attachments; reasons and own prompts; incident
records of several kinds (contacts among them) with their amendments and evidence
files, which must verify in the journal they come into.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.files import JournalFiles
from app.journal import create_journal
from app.journal.journal import Journal
from app.media.intake import incoming_from_bytes
from app.records.entries import EntryFields
from app.records.imports import ImportOptions, SourceKind
from app.records.incidents import IncidentFields, IncidentKind, When, amended, to_plain
from app.records.prompts import Intensity, Phase
from app.storage.contacts import Channel, ContactFields
from app.storage.entries import RevisionPolicy
from app.transfer.archive_extras import named_evidence, own_prompts
from app.transfer.archive_write import write_archive
from app.transfer.importing import ImportResult, keep_plan, plan_import
from app.transfer.sources import open_source
from tests.helpers.images import pdf_bytes, png_bytes
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

PASSWORD = "a long walk home"  # test data only
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
RECORDS = 4  # two contacts and two records of other kinds; one more in the trash
EVIDENCE = 3  # one of them dropped from its record's list by an amendment, still its own
DAYONE_ID = "9F2C1A0E5B3D4C7A8E6F1B2D3C4A5E6F"
BODIES = (
    "\n\nStarts with blank lines.\n---\nA line of dashes, and one more:\n---\n\n",
    "---\nlooks like front matter: yes\n---\nbut it is the text",
    "Windows line ends\r\nkept\r\nas they were\r\n",
    "Emoji 🌱🫂 and a family 👩‍👩‍👧, right to left: שלום עליכם, مرحبا\u200f,"
    " and \u2028 a separator",
    "",
)


@dataclass
class Source:
    journal: Journal
    dayone_entry: str
    trashed_entry: str


def _other_journal(tmp_path: Path, name: str) -> Journal:
    journal, _ = create_journal(
        JournalFiles(tmp_path / name), keystore=MemoryKeystore(), argon2=FAST_ARGON2
    )
    return journal


@pytest.fixture
def source(journal: Journal) -> Source:
    """A journal with every kind of thing an archive carries, and some it leaves out."""
    full = journal.entries.add(
        EntryFields(
            body="Before the call. ![the letter](attachment:PNG) and [notes](attachment:PDF)",
            title="The evening after — «quiet»",
            date=dt.date(2024, 2, 29),
            tags=("family", "grief", "ünïcode"),
            mood=2,
            theme="guilt",
            prompt="guilt-03",
            marked=True,
            heavy=True,
            energy=3,
            feeling="tender",
            pulls=("a message arrived", "holiday"),
        )
    )
    png = journal.attachments.add(full.id, incoming_from_bytes(png_bytes(), "letter 📷.png"))
    pdf = journal.attachments.add(full.id, incoming_from_bytes(pdf_bytes(), "notes.pdf"))
    body = full.body.replace("attachment:PNG", f"attachment:{png.id}")
    journal.entries.save(
        full.id,
        replace(full.fields(), body=body.replace("PDF", pdf.id)),
        RevisionPolicy.ALWAYS,
    )
    for number, text in enumerate(BODIES):
        journal.entries.add(EntryFields(body=text, date=dt.date(2023, 1, 1 + number)))
    with journal.worker_stores() as stores, stores.all_or_nothing():
        dayone = stores.imported.add(
            EntryFields(body="From **Day One**", date=dt.date(2019, 6, 1), tags=("old",)),
            created=dt.datetime(2019, 6, 1, 22, 0, 5, 123000, tzinfo=dt.UTC),
            updated=dt.datetime(2019, 6, 2, 7, 30, tzinfo=dt.UTC),
            source="dayone",
            source_id=DAYONE_ID,
        )
    trashed = journal.entries.add(EntryFields(body="in the trash", date=dt.date(2024, 3, 1)))
    journal.entries.trash(trashed.id)
    _extras(journal, full.id)
    _records(journal, full.id)
    return Source(journal, dayone, trashed.id)


def _extras(journal: Journal, entry_id: str) -> None:
    journal.reasons.add("I sleep through the night now.")
    journal.reasons.add("Nobody reads my messages but me — 🌿")
    journal.contacts.add(
        ContactFields(
            dt.datetime(2024, 2, 29, 19, 5),
            Channel.MESSAGE,
            said="Come home for the holidays",
            felt="pulled",
            did="did not answer",
            entry=entry_id,
            who=("Mum", "Aunt Vera"),
        )
    )
    journal.contacts.add(ContactFields(dt.datetime(2024, 1, 2, 8, 0), Channel.CALL))
    gone = journal.contacts.add(ContactFields(dt.datetime(2024, 1, 3, 8, 0), Channel.VISIT))
    journal.contacts.trash(gone.id)
    journal.prompts.add_own("guilt", "What did guilt ask of me today?", ("And what did I give?",))
    journal.prompts.add_own(
        "boundaries", "Where did I say no?", (), frozenset({Phase.REBUILDING}), Intensity.DEEP
    )


def _records(journal: Journal, entry_id: str) -> None:
    """Records of several kinds: amended, naming people, a channel, an entry, evidence."""
    store = journal.incidents
    photo = incoming_from_bytes(png_bytes(40, 30), "door 🚪.png")
    report = incoming_from_bytes(pdf_bytes(pages=2), "police report.pdf")
    threat = store.add(
        IncidentFields(
            happened=When(dt.datetime(2024, 2, 28, 23, 40, tzinfo=BERLIN), "Europe/Berlin", True),
            kinds=(IncidentKind.THREAT, IncidentKind.STALKING),
            account="He waited by the door.\n> You can't hide from me\nThen he left.",
            place="Outside the flat",
            who=("R.",),
            witnesses="Mrs. Novák, next door",
            reports="Police, ref. 2024/0228-117",
            to_gather="The doorbell camera's clip",
            felt="frozen",
            did="called my sister",
            channel=Channel.VISIT,
            entry=entry_id,
        ),
        [photo, report],
    )
    now = amended(threat.fields, threat.amendments)
    later = replace(now, who=("R.", "his brother"))
    letter = incoming_from_bytes(png_bytes(50, 20), "letter.png")
    threat = store.amend(threat.id, "The letter came the next day", later, [letter])
    now = amended(threat.fields, threat.amendments)
    fixed = replace(now, evidence=now.evidence[1:], place="Outside the flat, 2nd floor")
    store.amend(threat.id, "The photo was of the wrong door", fixed)
    money = store.add(
        IncidentFields(
            happened=When(dt.datetime(2023, 12, 1, 9, 0, tzinfo=NEW_YORK), "America/New_York"),
            kinds=(IncidentKind.FINANCIAL,),
            account="The joint account was emptied.",
        )
    )
    store.amend(money.id, "It was the savings", replace(money.fields, account="The savings."))
    gone = store.add(replace(money.fields, kinds=(IncidentKind.OTHER,), account="in the trash"))
    store.trash(gone.id)


def _import(journal: Journal, path: Path, password: str | None = None) -> ImportResult:
    with (
        open_source(path, None, ImportOptions(password=password)) as batch,
        journal.worker_stores() as stores,
    ):
        assert batch.kind is SourceKind.ARCHIVE
        return keep_plan(stores, plan_import(stores, batch))


@contextlib.contextmanager
def _round_trip(source: Source, tmp_path: Path, password: str | None) -> Iterator[Journal]:
    path = tmp_path / "everything.zip"
    written = write_archive(path, source.journal, password=password)
    assert (written.entries, written.attachments) == (7, 2)
    other = _other_journal(tmp_path, "restored")
    with other:
        result = _import(other, path, password)
        assert (result.added, result.attachments, result.skipped) == (7, 2, 0)
        yield other


@pytest.mark.parametrize("password", [None, PASSWORD])
def test_every_field_comes_back(source: Source, tmp_path: Path, password: str | None) -> None:
    with _round_trip(source, tmp_path, password) as other:
        _same_entries(source.journal, other)
        _same_extras(source.journal, other)
        _same_records(source.journal, other)
        with other.worker_stores() as stores:
            assert stores.imported.known_source_ids("dayone", [DAYONE_ID]) == {DAYONE_ID}
        assert other.entries.get(source.dayone_entry).source == "dayone"


def _same_entries(journal: Journal, other: Journal) -> None:
    ids = [summary.id for summary in journal.entries.summaries()]
    assert [summary.id for summary in other.entries.summaries()] == ids
    for entry_id in ids:
        assert other.entries.get(entry_id) == journal.entries.get(entry_id)
        assert _revisions(other, entry_id) == _revisions(journal, entry_id)
        mine, theirs = (
            journal.attachments.for_entry(entry_id),
            other.attachments.for_entry(entry_id),
        )
        assert [_attachment(a) for a in theirs] == [_attachment(a) for a in mine]
        for attachment in mine:
            assert other.attachments.read(attachment.id) == journal.attachments.read(attachment.id)
    assert sum(len(journal.entries.revisions(i)) for i in ids) == 1


def _revisions(journal: Journal, entry_id: str) -> list[tuple[object, ...]]:
    return [(r.saved, r.title, r.body, r.tags, r.mood) for r in journal.entries.revisions(entry_id)]


def _attachment(attachment: object) -> tuple[object, ...]:
    return tuple(
        getattr(attachment, name)
        for name in ("id", "entry_id", "name", "kind", "size", "sha256", "added", "width", "height")
    )


def _same_extras(journal: Journal, other: Journal) -> None:
    assert [r.text for r in other.reasons.all()] == [r.text for r in journal.reasons.all()]
    assert other.contacts.all() == journal.contacts.all()
    assert len(other.contacts.all(trashed=True)) == 0
    assert own_prompts(other.prompts) == own_prompts(journal.prompts)
    assert len(own_prompts(other.prompts)) == 2


def _same_records(journal: Journal, other: Journal) -> None:
    mine, theirs = journal.incidents.all(), other.incidents.all()
    assert [r.id for r in theirs] == [r.id for r in mine] and len(mine) == RECORDS
    for record, back in zip(mine, theirs, strict=True):
        assert back.recorded == record.recorded
        assert to_plain(back.fields) == to_plain(record.fields)
        assert [(a.recorded, a.reason, a.changes) for a in back.amendments] == [
            (a.recorded, a.reason, a.changes) for a in record.amendments
        ]
        assert back == record
        for item in named_evidence(record):
            assert other.attachments.read(item.attachment) == journal.attachments.read(
                item.attachment
            )
    assert sum(len(named_evidence(r)) for r in mine) == EVIDENCE
    assert sum(len(r.amendments) for r in mine) == 3
    assert other.incidents.all(trashed=True) == []
    assert [r.id for r in other.incidents.all(who="his brother")] == [
        r.id for r in journal.incidents.all(who="his brother")
    ]
    assert other.incidents.verify() is None
    assert other.verify().problems == []


def test_the_trash_stays_behind(source: Source, tmp_path: Path) -> None:
    with _round_trip(source, tmp_path, None) as other:
        assert other.entries.count() == 7
        with other.worker_stores() as stores:
            assert stores.imported.known_entry_ids([source.trashed_entry]) == set()


@pytest.mark.parametrize("password", [None, PASSWORD])
def test_importing_the_same_archive_again_adds_nothing(
    source: Source, tmp_path: Path, password: str | None
) -> None:
    with _round_trip(source, tmp_path, password) as other:
        again = _import(other, tmp_path / "everything.zip", password)
        assert (again.added, again.attachments, again.skipped, again.extras) == (0, 0, 7, 0)
        assert (other.entries.count(), other.attachments.count()) == (7, 2 + EVIDENCE)
        assert len(other.reasons.all()) == 2
        assert len(other.contacts.all()) == 2
        assert len(other.incidents.all()) == RECORDS
        assert other.incidents.verify() is None
        assert len(own_prompts(other.prompts)) == 2


def test_back_into_the_journal_it_came_from_adds_nothing(source: Source, tmp_path: Path) -> None:
    path = tmp_path / "everything.zip"
    write_archive(path, source.journal)
    result = _import(source.journal, path)
    assert (result.added, result.skipped, result.extras) == (0, 7, 0)


def test_a_protected_archive_lists_no_dates_or_names(source: Source, tmp_path: Path) -> None:
    path = tmp_path / "protected.zip"
    write_archive(path, source.journal, password=PASSWORD)
    with zipfile.ZipFile(path) as opened:
        names = opened.namelist()
        infos = opened.infolist()
    entries = [n for n in names if n.startswith("entries/")]
    assert entries == [f"entries/{n:05d}.md" for n in range(1, 8)]
    evidence = [n for n in names if n.startswith("evidence/")]
    assert len(evidence) == EVIDENCE and not any("door" in n or "police" in n for n in evidence)
    attachments = [n for n in names if n.startswith("attachments/")]
    assert len(attachments) == 2 and not any("letter" in n or "notes" in n for n in attachments)
    assert all(info.flag_bits & 0x1 for info in infos)  # every file encrypted
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_a_plain_archive_names_entries_by_date(source: Source, tmp_path: Path) -> None:
    path = tmp_path / "plain.zip"
    write_archive(path, source.journal)
    with zipfile.ZipFile(path) as opened:
        names = opened.namelist()
        readme = opened.read("README.txt").decode()
    full = source.journal.entries.summaries()[0]
    assert f"entries/2024/2024-02-29-{full.id[:8]}.md" in names
    assert f"entries/2019/2019-06-01-{source.dayone_entry[:8]}.md" in names
    assert any(n.startswith("attachments/") and n.endswith("-letter _.png") for n in names)
    assert any(n.startswith("evidence/") and n.endswith("-police report.pdf") for n in names)
    assert "contacts.json" not in names and "incidents.json" in names
    assert "not encrypted" in readme and "trash" in readme and "original" in readme
    assert "incidents.json" in readme and 'folder "evidence"' in readme
    assert path.stat().st_mode & 0o777 == 0o600
