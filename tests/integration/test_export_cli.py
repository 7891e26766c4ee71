"""``threshold export`` end to end: selection, redaction, formats, safety and the log."""

from __future__ import annotations

import importlib.util
import json
import stat
from pathlib import Path

import pytest

from app.cli.main import EXIT_ERROR, EXIT_USAGE
from app.files import JournalFiles
from app.journal import open_journal
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import Cli, run_threshold
from tests.helpers.keystores import MemoryKeystore

HAS_PDF = importlib.util.find_spec("app.pdf_export") is not None


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    return cli


def add(cli: Cli, body: str, *options: str) -> str:
    result = cli("add", *options, stdin=body.encode())
    assert result.status == 0, result.stderr
    return result.stdout.strip()


def log_rows(files: JournalFiles, keystore: MemoryKeystore) -> list[tuple[str, int, str]]:
    secret = SlotSecret.device(next(iter(keystore.secrets.values())))
    with open_journal(files, secret) as journal:
        return [(r.format, r.entries, r.selection) for r in journal.exports.recent()]


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_export_by_id_with_redaction(ready: Cli, tmp_path: Path, fmt: str) -> None:
    first = add(ready, "Margaret Smith phoned. <script>alert(1)</script>", "--date", "2026-01-02")
    second = add(ready, "Tom's visit.", "--title", "Tom", "--date", "2026-01-01", "--tag", "tom")
    target = tmp_path / f"out.{fmt}"
    result = ready(
        "export",
        first,
        second[:8],
        "--format",
        fmt,
        "-o",
        str(target),
        "--redact",
        "Margaret Smith=",
        "--redact",
        "tom=Sam",
        "--tags",
    )
    assert result.status == 0, result.stderr
    assert result.stdout == (
        f"Exported 2 entries to {target}. This file is not encrypted; keep it somewhere safe.\n"
    )
    text = target.read_text(encoding="utf-8")
    assert "Margaret" not in text and "Tom" not in text and "tom" not in text
    assert "M. S. phoned." in text and "Sam's visit." in text
    assert text.index("Sam's visit.") < text.index("M. S. phoned.")
    assert "<script" not in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert log_rows(ready.files, ready.keystore) == [(fmt, 2, "several entries")]


def test_export_by_filter_with_options(ready: Cli, tmp_path: Path) -> None:
    add(ready, "Old.", "--date", "2025-12-01", "--marked")
    add(ready, "Kept one.", "--date", "2026-01-05", "--marked", "--mood", "2")
    add(ready, "Not marked.", "--date", "2026-01-06")
    note = tmp_path / "note.txt"
    note.write_text("What I'd like to talk about: sleep.")
    target = tmp_path / "out.txt"
    result = ready(
        "export",
        "--format",
        "txt",
        "-o",
        str(target),
        "--since",
        "2026-01-01",
        "--marked",
        "--mood",
        "--no-date",
        "--cover-note-file",
        str(note),
    )
    assert result.status == 0, result.stderr
    text = target.read_text()
    assert text.startswith("What I'd like to talk about: sleep.")
    assert "Kept one." in text and "Mood 2 of 5" in text
    assert "Old." not in text and "Not marked." not in text and "2026" not in text
    assert log_rows(ready.files, ready.keystore) == [("txt", 1, "filter")]


def test_an_existing_file_is_kept_without_force(ready: Cli, tmp_path: Path) -> None:
    entry = add(ready, "Words.")
    target = tmp_path / "out.md"
    target.write_text("keep me")
    refused = ready("export", entry, "--format", "md", "-o", str(target))
    assert refused.status == EXIT_ERROR
    assert "--force" in refused.stderr and target.read_text() == "keep me"
    forced = ready("export", entry, "--format", "md", "-o", str(target), "--force")
    assert forced.status == 0 and "Words." in target.read_text()
    assert log_rows(ready.files, ready.keystore) == [("md", 1, "current entry")]


def test_usage_errors(ready: Cli, tmp_path: Path) -> None:
    entry = add(ready, "Words.")
    password = tmp_path / "pw"
    password.write_text("secret\n")
    target = tmp_path / "out.md"
    wrong = ready(
        "export", entry, "--format", "md", "-o", str(target), "--password-file", str(password)
    )
    assert wrong.status == EXIT_USAGE and "--password-file" in wrong.stderr
    both = ready("export", entry, "--marked", "--format", "md", "-o", str(target))
    assert both.status == EXIT_USAGE
    bad = ready("export", entry, "--format", "md", "-o", str(target), "--redact", "Tom")
    assert bad.status == EXIT_ERROR and "NAME=PSEUDONYM" in bad.stderr
    assert not target.exists()
    assert "secret" not in wrong.stderr + both.stderr + bad.stderr


def test_nothing_to_export_and_a_missing_folder(ready: Cli, tmp_path: Path) -> None:
    add(ready, "Words.")
    empty = ready("export", "--marked", "--format", "txt", "-o", str(tmp_path / "x.txt"))
    assert empty.status == EXIT_ERROR and "Nothing to export" in empty.stderr
    missing = ready("export", "--format", "txt", "-o", str(tmp_path / "no" / "x.txt"))
    assert missing.status == EXIT_ERROR and "doesn't exist" in missing.stderr
    assert log_rows(ready.files, ready.keystore) == []


@pytest.mark.skipif(not HAS_PDF, reason="app.pdf_export is not there yet")
def test_pdf_with_a_password(ready: Cli, tmp_path: Path) -> None:
    entry = add(ready, "Words for the PDF.")
    password = tmp_path / "pw"
    password.write_text("open sesame\n")
    target = tmp_path / "out.pdf"
    result = ready("export", entry, "-o", str(target), "--password-file", str(password))
    assert result.status == 0, result.stderr
    assert "protected by the password" in result.stdout
    assert "open sesame" not in result.stdout + result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert log_rows(ready.files, ready.keystore) == [("pdf", 1, "current entry")]


def test_the_real_command_exports_html(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    env = {"THRESHOLD_PASSPHRASE": "a long passphrase for tests"}
    assert run_threshold("init", "--no-keyring", data_dir=data_dir, env=env).returncode == 0
    added = run_threshold("add", data_dir=data_dir, env=env, stdin=b"Hello [x](javascript:y)")
    assert added.returncode == 0, added.stderr
    target = tmp_path / "out.html"
    done = run_threshold(
        "export", "--format", "html", "-o", str(target), data_dir=data_dir, env=env
    )
    assert done.returncode == 0, done.stderr
    html = target.read_text()
    assert "Hello x" in html and "javascript" not in html
    assert json.dumps(done.stdout.decode()).count("not encrypted") == 1
