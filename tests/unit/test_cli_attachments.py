"""The attachment commands: add --attach, attach, attachments, attachment save; refusals."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from app.cli.main import EXIT_ERROR
from app.vault.recovery_key import RecoveryKey
from tests.helpers.cli import Cli, init_journal
from tests.helpers.images import bomb_png, jpeg_bytes, pdf_bytes, png_bytes


@pytest.fixture
def recovery(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> RecoveryKey:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    return init_journal(cli)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "the message.jpg"
    path.write_bytes(jpeg_bytes(64, 48, marker="GPS-HERE"))
    return path


@pytest.fixture
def deed(tmp_path: Path) -> Path:
    path = tmp_path / "deed.pdf"
    path.write_bytes(pdf_bytes(marker="LEAKMARK-PDF"))
    return path


def entry_json(cli: Cli, entry_id: str) -> dict[str, object]:
    result = cli("show", entry_id, "--json")
    assert result.status == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def attachments(cli: Cli, entry_id: str) -> list[dict[str, object]]:
    result = cli("attachments", entry_id, "--json")
    assert result.status == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def entry_count(cli: Cli) -> int:
    return len(json.loads(cli("list", "--json").stdout))


def test_add_with_attachments_keeps_the_files_and_refers_to_them(
    cli: Cli, recovery: RecoveryKey, photo: Path, deed: Path
) -> None:
    result = cli("add", "--attach", str(photo), "--attach", str(deed), stdin=b"What he sent.\n")
    assert result.status == 0, result.stderr
    entry_id = result.stdout.strip()
    rows = attachments(cli, entry_id)
    assert [(r["name"], r["type"], r["size"]) for r in rows] == [
        ("the message.jpg", "image/jpeg", photo.stat().st_size),
        ("deed.pdf", "application/pdf", deed.stat().st_size),
    ]
    assert rows[0]["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    body = str(entry_json(cli, entry_id)["body"])
    assert body == f"What he sent.\n\n![the message](attachment:{rows[0]['id']})\n\n" + (
        f"[deed](attachment:{rows[1]['id']})\n"
    )


def test_an_entry_may_be_only_a_picture(cli: Cli, recovery: RecoveryKey, photo: Path) -> None:
    result = cli("add", "--attach", str(photo), stdin=b"")
    assert result.status == 0, result.stderr
    assert attachments(cli, result.stdout.strip())[0]["name"] == "the message.jpg"
    assert cli("add", stdin=b"").status == EXIT_ERROR  # without a file, text is still needed


def test_attach_adds_to_an_entry_and_keeps_the_earlier_text(
    cli: Cli, recovery: RecoveryKey, photo: Path, deed: Path
) -> None:
    entry_id = cli("add", stdin=b"The first night.").stdout.strip()
    result = cli("attach", entry_id[:8], str(photo), str(deed))
    assert result.status == 0, result.stderr
    ids = result.stdout.split()
    assert [r["id"] for r in attachments(cli, entry_id)] == ids
    assert all(f"attachment:{i}" in str(entry_json(cli, entry_id)["body"]) for i in ids)
    history = json.loads(cli("history", entry_id, "--json").stdout)
    assert history[0]["body"] == "The first night."
    listed = cli("attachments", entry_id).stdout.splitlines()
    assert listed[0].startswith(ids[0]) and listed[0].endswith("the message.jpg")


def test_save_writes_the_original_byte_for_byte_privately(
    cli: Cli, recovery: RecoveryKey, photo: Path, tmp_path: Path
) -> None:
    entry_id = cli("add", "--attach", str(photo), stdin=b"x").stdout.strip()
    attachment_id = str(attachments(cli, entry_id)[0]["id"])
    target = tmp_path / "out" / "copy.jpg"
    target.parent.mkdir()
    result = cli("attachment", "save", attachment_id, "-o", str(target))
    assert result.status == 0, result.stderr
    assert target.read_bytes() == photo.read_bytes()  # the EXIF is evidence: kept
    assert target.stat().st_mode & 0o777 == 0o600
    again = cli("attachment", "save", attachment_id, "-o", str(target))
    assert again.status == EXIT_ERROR and "--force" in again.stderr
    assert cli("attachment", "save", attachment_id, "-o", str(target), "--force").status == 0
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.jpg"]
    missing = cli("attachment", "save", "0" * 32, "-o", str(tmp_path / "n.jpg"))
    assert missing.status == EXIT_ERROR and "no attachment" in missing.stderr


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("notes.png", b"just some words, not a picture\n", "isn't a picture or a PDF"),
        ("cut.png", png_bytes(64, 64)[:-30], "damaged"),
        ("bomb.png", bomb_png(), "too large to open safely"),
        ("empty.jpg", b"", "empty"),
    ],
)
def test_a_refused_file_changes_nothing(
    cli: Cli, recovery: RecoveryKey, photo: Path, tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    entry_id = cli("add", stdin=b"Keep me as I am.").stdout.strip()
    for argv in (
        ("attach", entry_id, str(photo), str(bad)),
        ("add", "--attach", str(photo), "--attach", str(bad)),
    ):
        result = cli(*argv, stdin=b"new entry")
        assert result.status == EXIT_ERROR
        assert words in result.stderr, result.stderr
        assert name in result.stderr
    assert attachments(cli, entry_id) == []
    assert entry_json(cli, entry_id)["body"] == "Keep me as I am."
    assert entry_count(cli) == 1


def test_links_folders_huge_and_missing_files_are_refused(
    cli: Cli, recovery: RecoveryKey, photo: Path, tmp_path: Path
) -> None:
    entry_id = cli("add", stdin=b"x").stdout.strip()
    link = tmp_path / "link.jpg"
    link.symlink_to(photo)
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        out.truncate(2 * 1024**3)
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    for path, words in (
        (link, "link"),
        (tmp_path, "folder"),
        (huge, "100 MB"),
        (tmp_path / "gone.png", "isn't there"),
        (fifo, "ordinary file"),
    ):
        result = cli("attach", entry_id, str(path))
        assert result.status == EXIT_ERROR, path
        assert words in result.stderr, (path, result.stderr)
    assert attachments(cli, entry_id) == []


def test_verify_counts_attachments(cli: Cli, recovery: RecoveryKey, photo: Path) -> None:
    cli("add", "--attach", str(photo), stdin=b"x")
    result = cli("verify")
    assert result.status == 0, result.stderr
    assert "1 attachment matching their SHA-256" in result.stdout


def test_the_setting_to_clean_pictures_on_attaching(
    cli: Cli, recovery: RecoveryKey, photo: Path, deed: Path, tmp_path: Path
) -> None:
    from dataclasses import replace

    from app.journal import open_journal
    from app.vault.slot_secret import SlotSecret

    with open_journal(cli.files, SlotSecret.recovery(recovery)) as journal:
        journal.preferences.save(replace(journal.preferences.load(), strip_on_import=True))
    entry_id = cli("add", "--attach", str(photo), "--attach", str(deed), stdin=b"x").stdout.strip()
    for row, original in zip(attachments(cli, entry_id), (photo, deed), strict=True):
        target = tmp_path / f"saved-{original.name}"
        assert cli("attachment", "save", str(row["id"]), "-o", str(target)).status == 0
        kept = target.read_bytes()
        assert b"GPS-HERE" in original.read_bytes() or original == deed
        assert b"GPS-HERE" not in kept and b"LEAKMARK" not in kept
        assert row["sha256"] == hashlib.sha256(kept).hexdigest() and row["size"] == len(kept)
