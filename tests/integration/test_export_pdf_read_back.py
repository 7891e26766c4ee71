"""Exported PDFs read back with poppler: the words, what was left out, pseudonyms, the lock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.export.model import ExportOptions, Redaction
from app.export.paragraphs import split_paragraphs
from app.export.prepare import prepare
from app.export.render import to_html
from app.journal import Journal
from app.pdf_export import html_to_pdf
from app.records.entries import EntryFields
from tests.helpers.cli import Cli, run_threshold
from tests.helpers.exports import HOSTILE, RTL_AND_EMOJI, document_of

NO_DISPLAY = {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}

BODY = (
    "Margaret Smith rang about Sunday lunch.\n\n"
    "I said no and did not explain myself three times.\n\n"
    "A PRIVATEPARAGRAPH I keep to myself.\n\n"
    '<script>alert(\'x\')</script> <img src="/etc/hostname" onerror="x()"> Zoë, Łódź.'
)


def pdftotext(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=False
    )


def pdfinfo(path: Path, *extra: str) -> str:
    return subprocess.run(
        ["pdfinfo", *extra, str(path)], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def exported(journal: Journal, tmp_path: Path) -> Path:
    entry = journal.entries.add(EntryFields(body=BODY, title="Sunday"))
    private = split_paragraphs(entry.body).index("A PRIVATEPARAGRAPH I keep to myself.")
    options = ExportOptions(
        redactions=(Redaction("Margaret Smith", "Aunt R"),),
        excluded=frozenset({(entry.id, private)}),
        cover_note="What I'd like to talk about.",
    )
    target = tmp_path / "out.pdf"
    target.write_bytes(html_to_pdf(to_html(prepare(journal, [entry.id], options), for_pdf=True)))
    return target


def test_the_pdf_holds_exactly_what_was_chosen(exported: Path) -> None:
    text = pdftotext(exported).stdout
    assert "What I'd like to talk about." in text
    assert "Aunt R rang about Sunday lunch." in text
    assert "I said no and did not explain myself three times." in text
    assert "Zoë, Łódź." in text
    for gone in ("Margaret", "Smith", "PRIVATEPARAGRAPH", "alert", "script", "hostname"):
        assert gone not in text


def test_the_pdf_metadata_is_neutral(exported: Path) -> None:
    info = pdfinfo(exported)
    assert "Qt" not in info and "Threshold" not in info
    assert "Producer" not in info and "Creator" not in info


def test_a_password_pdf_from_the_cli_opens_only_with_it(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").status == 0
    entry = cli("add", stdin=b"Only for my therapist.").stdout.strip()
    password = tmp_path / "pw"
    password.write_text("open sesame\n")
    target = tmp_path / "locked.pdf"
    result = cli("export", entry, "-o", str(target), "--password-file", str(password))
    assert result.status == 0, result.stderr
    assert "AES" in pdfinfo(target, "-upw", "open sesame")
    assert pdftotext(target).returncode != 0
    assert "Only for my therapist." in pdftotext(target, "-upw", "open sesame").stdout
    assert b"therapist" not in target.read_bytes()


def test_several_entries_start_on_their_own_pages(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").status == 0
    for day, words in (("2026-01-01", "FIRSTENTRY"), ("2026-01-02", "SECONDENTRY")):
        assert cli("add", "--date", day, stdin=words.encode()).status == 0
    target = tmp_path / "two.pdf"
    result = cli("export", "--since", "2026-01-01", "-o", str(target))
    assert result.status == 0, result.stderr
    assert "FIRSTENTRY" in pdftotext(target, "-f", "1", "-l", "1").stdout
    assert "SECONDENTRY" in pdftotext(target, "-f", "2", "-l", "2").stdout


def test_the_hostile_corpus_makes_a_clean_pdf(tmp_path: Path) -> None:
    target = tmp_path / "hostile.pdf"
    document = document_of(*HOSTILE, RTL_AND_EMOJI, cover_note="Cover <script>alert(1)</script>")
    target.write_bytes(html_to_pdf(to_html(document, for_pdf=True)))
    text = pdftotext(target).stdout.lower()
    for forbidden in ("alert(", "onerror", "onload", "javascript:", "<script", "@import"):
        assert forbidden not in text
    images = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(images) <= 2  # the header lines only: no image reached the PDF
    assert b"/Image" not in target.read_bytes()


def test_a_pdf_export_works_in_a_terminal_with_no_display(tmp_path: Path) -> None:
    """Without a display (ssh, a console) Qt used to abort the whole command."""
    data = tmp_path / "journal"
    secret = {"THRESHOLD_PASSPHRASE": "a terminal with no screen"}
    bare = {key: value for key, value in os.environ.items() if key not in NO_DISPLAY}
    assert run_threshold("init", "--no-keyring", data_dir=data, env=secret).returncode == 0
    added = run_threshold("add", data_dir=data, env=secret, stdin=b"Words for the PDF.")
    entry_id = added.stdout.decode().strip()
    target = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", entry_id, "--format", "pdf", "-o", str(target)],
        env={**bare, **secret, "THRESHOLD_DATA_DIR": str(data)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Words for the PDF." in pdftotext(target).stdout
