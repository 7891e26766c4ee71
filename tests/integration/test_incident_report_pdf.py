"""The incident report written from a real journal, read back with poppler.

``pdftotext`` gives the words (the order, both times, amendments, the digest, the
page numbers, the note); ``pdfimages -list`` tells pictures drawn from pictures
only listed. The CSV is read back with the csv module.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from app.incidents.report_model import (
    ImagesShown,
    ReportFormat,
    ReportOptions,
)
from app.incidents.report_write import ReportWritten, write_incident_report
from app.journal import Journal
from app.media.intake import incoming_from_bytes
from app.pdf_export import render_pdf
from app.records.incidents import Channel, Incident, IncidentFields, IncidentKind, When
from tests.helpers.cli import Cli, succeeds
from tests.helpers.images import jpeg_bytes, pdf_bytes, png_bytes
from tests.helpers.poppler import pdf_text as pdftotext
from tests.leak_scan import needles_for, scan

ACCOUNT = 'He was at the school gate.\n\n> "I only want to talk."\n\nI took the children inside.\n'


def pdfimages(path: Path) -> list[str]:
    done = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    return [line for line in done.stdout.splitlines()[2:] if line.strip()]


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    return cli


def _add(cli: Cli, happened: str, zone: str, kind: str, *more: str, account: str = ACCOUNT) -> str:
    argv = ("incidents", "add", "--happened", happened, "--zone", zone, "--kind", kind, *more)
    return succeeds(cli, *argv, stdin=account.encode())


def _three_records(cli: Cli) -> list[str]:
    """Added out of order; 21:10 Berlin (19:10 UTC) comes after 14:00 New York (18:00 UTC)."""
    berlin = _add(cli, "2026-05-03 21:10", "Europe/Berlin", "threat", "--who", "Mark Stone")
    york = _add(
        cli, "2026-05-03 14:00", "America/New_York", "contact", "--about", "--who", "Mark Stone"
    )
    early = _add(cli, "2026-04-01 08:00", "Europe/London", "verbal", account="FIRSTRECORD words.")
    succeeds(cli, "incidents", "amend", berlin[:8], "--reason", "I had the place wrong",
             "--place", "the station car park")  # fmt: skip
    return [early, york, berlin]


def test_the_pdf_reads_oldest_first_with_both_times_amendments_chain_and_note(
    ready: Cli, tmp_path: Path
) -> None:
    early, york, berlin = _three_records(ready)
    trashed = _add(ready, "2026-05-01 09:00", "Europe/Berlin", "other", account="TRASHEDWORDS")
    succeeds(ready, "incidents", "delete", trashed[:8])
    target = tmp_path / "report.pdf"
    said = succeeds(ready, "incidents", "report", "-o", str(target))
    assert "Wrote a report of 3 records" in said and "not encrypted" in said
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    text = pdftotext(target)
    flat = " ".join(text.split())
    assert "TRASHEDWORDS" not in flat
    assert flat.index(early) < flat.index(york) < flat.index(berlin)
    assert "Record 1 of 3" in flat and "Record 3 of 3" in flat
    assert "Sunday, 3 May 2026, 21:10, Europe/Berlin (UTC+02:00)" in flat
    assert "Sunday, 3 May 2026, about 14:00, America/New_York (UTC-04:00)" in flat
    assert flat.count("Recorded ") >= 3  # both times, each record
    assert "Amendment 1" in flat and "I had the place wrong" in flat
    assert "Where now: the station car park" in flat
    receipt = succeeds(ready, "incidents", "receipt").splitlines()[1]
    assert receipt in flat and "it holds" in flat
    assert "Threshold cannot promise how a court" in flat
    pages = [page for page in text.split("\f") if page.strip()]
    total = len(pages)
    assert all(f"{number}/{total}" in pages[number - 1] for number in range(1, total + 1))
    starts = [page.lstrip().split("\n", 1)[0] for page in pages[-3:]]  # a page each
    assert [start.split(":")[0] for start in starts] == [f"Record {n} of 3" for n in (1, 2, 3)]
    assert "I only want to talk." in flat


def test_the_report_filters_by_period_kind_and_who(ready: Cli, tmp_path: Path) -> None:
    early, york, berlin = _three_records(ready)
    target = tmp_path / "may.pdf"
    succeeds(ready, "incidents", "report", "-o", str(target), "--since", "2026-05-01",
             "--kind", "threat", "--kind", "contact", "--who", "mark stone")  # fmt: skip
    flat = " ".join(pdftotext(target).split())
    assert york in flat and berlin in flat and early not in flat
    assert "from Friday, 1 May 2026" in flat
    assert "A threat 1" in flat and "A contact attempt 1" in flat


def test_pseudonyms_leave_no_name_in_the_pdf(ready: Cli, tmp_path: Path) -> None:
    _three_records(ready)
    target = tmp_path / "hidden.pdf"
    succeeds(ready, "incidents", "report", "-o", str(target), "--pseudonyms")
    flat = " ".join(pdftotext(target).split())
    assert "Mark" not in flat and "Stone" not in flat and "M. S." in flat


def test_an_existing_file_is_kept_without_force(ready: Cli, tmp_path: Path) -> None:
    _three_records(ready)
    target = tmp_path / "there.pdf"
    target.write_bytes(b"mine")
    refused = ready("incidents", "report", "-o", str(target))
    assert refused.status != 0 and "--force" in refused.stderr
    assert target.read_bytes() == b"mine"
    succeeds(ready, "incidents", "report", "-o", str(target), "--force")
    assert target.read_bytes().startswith(b"%PDF")


def test_the_dialogs_function_writes_and_logs_the_report(journal: Journal, tmp_path: Path) -> None:
    happened = When(dt.datetime(2026, 5, 3, 21, 10, tzinfo=dt.UTC), "UTC")
    journal.incidents.add(IncidentFields(happened, (IncidentKind.THREAT,), account="Words."))
    target = tmp_path / "logged.pdf"
    written = write_incident_report(journal, ReportOptions(), target, render_pdf)
    assert (written.records, written.holds, written.not_logged) == (1, True, None)
    logged = journal.exports.recent(1)[0]
    assert (logged.format, logged.entries, logged.selection) == ("pdf", 1, "filter")
    csv_target = tmp_path / "logged.csv"
    as_csv = write_incident_report(
        journal, ReportOptions(format=ReportFormat.CSV), csv_target, None
    )
    assert csv_target.read_bytes().count(b"\r\n") == 2  # the header and the record
    assert as_csv.not_logged is None and journal.exports.recent(1)[0].format == "csv"


def test_the_csv_reads_back_one_row_per_record(ready: Cli, tmp_path: Path) -> None:
    early, york, berlin = _three_records(ready)
    target = tmp_path / "report.csv"
    succeeds(ready, "incidents", "report", "-o", str(target), "--format", "csv")
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    header, *rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row[-1] for row in rows] == [early, york, berlin]
    assert rows[2][header.index("Amendments")] == "1"
    assert rows[1][header.index("Happened (time is approximate)")] == "about"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_images_only_go_with_the_csv_when_asked_of_a_pdf(ready: Cli, tmp_path: Path) -> None:
    result = ready("incidents", "report", "-o", str(tmp_path / "r.csv"), "--format", "csv",
                   "--images", "list")  # fmt: skip
    assert result.status == 2 and "--images only works with a PDF" in result.stderr
    assert not (tmp_path / "r.csv").exists()


# ---------------------------------------------------------------------- pictures

MARKER = "CAMERAMARKER" + "7f3a9c"


def _record_with_pictures(journal: Journal) -> tuple[Incident, dict[str, str]]:
    """A record whose evidence is two pictures (their metadata holds a marker) and a PDF."""
    files = [
        incoming_from_bytes(png_bytes(64, 48, marker=MARKER), "gate.png"),
        incoming_from_bytes(jpeg_bytes(64, 48, marker=MARKER), "car.jpg"),
        incoming_from_bytes(pdf_bytes(), "letter.pdf"),
    ]
    fields = IncidentFields(
        When(dt.datetime(2026, 5, 3, 21, 10, tzinfo=dt.UTC), "UTC"),
        (IncidentKind.PHYSICAL,),
        account="The door was broken.",
    )
    kept = journal.incidents.add(fields, files=files)
    return kept, {item.name: hashlib.sha256(item.data).hexdigest() for item in files}


def _write(journal: Journal, images: ImagesShown, tmp_path: Path) -> Path:
    target = tmp_path / f"{images.value}.pdf"
    write_incident_report(journal, ReportOptions(images=images), target, render_pdf)
    return target


def test_pictures_are_drawn_when_included_without_their_metadata(
    journal: Journal, tmp_path: Path
) -> None:
    kept, digests = _record_with_pictures(journal)
    target = _write(journal, ImagesShown.INCLUDE, tmp_path)
    assert len(pdfimages(target)) == 2  # the two pictures; the PDF document is listed only
    flat = " ".join(pdftotext(target).split())
    assert "Evidence file 1: gate.png" in flat and "Evidence file 2: car.jpg" in flat
    for name, digest in digests.items():  # the originals' digests, as kept
        assert f"{name}: " in flat and digest in flat
    assert kept.fields.evidence[0].sha256 == digests["gate.png"]
    assert scan([tmp_path], needles_for("metadata", MARKER), inflate=True) == []


def test_pictures_only_listed_are_not_in_the_pdf(journal: Journal, tmp_path: Path) -> None:
    _, digests = _record_with_pictures(journal)
    target = _write(journal, ImagesShown.LIST, tmp_path)
    assert pdfimages(target) == []
    flat = " ".join(pdftotext(target).split())
    assert re.search(r"1\. gate\.png: PNG picture, [\d,]+ bytes SHA-256 [0-9a-f]{64}", flat)
    assert "3. letter.pdf: PDF document" in flat and digests["letter.pdf"] in flat
    assert "Evidence file 1" not in flat


def test_the_csv_names_each_evidence_file_with_its_digest(journal: Journal, tmp_path: Path) -> None:
    _, digests = _record_with_pictures(journal)
    target = tmp_path / "evidence.csv"
    write_incident_report(journal, ReportOptions(format=ReportFormat.CSV), target, None)
    header, row = csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""))
    cell = row[header.index("Evidence files (name, SHA-256)")]
    assert cell.splitlines() == [f"{name} (SHA-256 {digest})" for name, digest in digests.items()]


def test_evidence_added_by_an_amendment_is_indexed_and_said(
    journal: Journal, tmp_path: Path
) -> None:
    kept, digests = _record_with_pictures(journal)
    later = incoming_from_bytes(png_bytes(40, 30), "later.png")
    journal.incidents.amend(kept.id, "I found another photo", kept.fields, files=[later])
    target = tmp_path / "amended.pdf"
    write_incident_report(journal, ReportOptions(images=ImagesShown.LIST), target, render_pdf)
    flat = " ".join(pdftotext(target).split())
    assert "Reason: I found another photo" in flat
    assert "4. later.png: PNG picture" in flat
    assert hashlib.sha256(later.data).hexdigest() in flat
    assert f"Evidence files was: gate.png (SHA-256 {digests['gate.png']})" in flat


def test_a_contact_from_the_log_says_how_they_reached_out(journal: Journal, tmp_path: Path) -> None:
    fields = IncidentFields(
        When(dt.datetime(2026, 5, 3, 21, 10, tzinfo=dt.UTC), "UTC", about=True),
        (IncidentKind.CONTACT,),
        account="A message from a new number.",
        channel=Channel.MESSAGE,
        felt="Shaky",
        did="Did not answer",
    )
    journal.incidents.add(fields)
    target = tmp_path / "contact.csv"
    write_incident_report(journal, ReportOptions(format=ReportFormat.CSV), target, None)
    header, row = csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline=""))
    cells = dict(zip(header, row, strict=True))
    assert cells["How they reached out"] == "A message" and cells["Kinds"] == "A contact attempt"
    assert (cells["How I felt"], cells["What I did"]) == ("Shaky", "Did not answer")


def test_an_empty_period_gives_a_cover_alone(ready: Cli, tmp_path: Path) -> None:
    _three_records(ready)
    target = tmp_path / "empty.pdf"
    said = succeeds(ready, "incidents", "report", "-o", str(target), "--until", "2025-12-31")
    assert "a report of 0 records" in said
    flat = " ".join(pdftotext(target).split())
    assert "No records match this period" in flat and "up to Wednesday, 31 December 2025" in flat
    assert "Record 1" not in flat


def test_a_period_that_ends_before_it_starts_is_refused(ready: Cli, tmp_path: Path) -> None:
    result = ready("incidents", "report", "-o", str(tmp_path / "r.pdf"),
                   "--since", "2026-05-02", "--until", "2026-05-01")  # fmt: skip
    assert result.status == 2 and "--since is after --until" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_a_worker_thread_writes_the_report_on_a_connection_of_its_own(
    journal: Journal, tmp_path: Path
) -> None:
    """As the window's Report… dialog may (its application on the main thread): stores
    of the worker's own connection, under the journal's names."""
    render_pdf("<p>The application is made here, on the main thread.</p>")
    _record_with_pictures(journal)
    target = tmp_path / "worker.pdf"
    done: list[ReportWritten] = []

    def work() -> None:
        with journal.worker_stores() as stores:
            done.append(write_incident_report(stores, ReportOptions(), target, render_pdf))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=120)
    assert [written.records for written in done] == [1]
    assert len(pdfimages(target)) == 2
    assert journal.exports.recent(1)[0].format == "pdf"
