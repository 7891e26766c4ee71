"""Incident records through the real commands: recorded, amended, archived, imported, verified."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.files import JournalFiles
from tests.helpers.cli import Cli, succeeds
from tests.helpers.images import jpeg_bytes
from tests.helpers.keystores import MemoryKeystore

PHOTO = jpeg_bytes(marker="door-camera-gps")  # EXIF with GPS: evidence stays as it came


@pytest.fixture
def ready(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A journal with a record (an evidence photo, an amendment) and a contact."""
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    photo = tmp_path / "door.jpg"
    photo.write_bytes(PHOTO)
    add = ("incidents", "add", "--happened", "2026-05-03 21:10", "--zone", "Europe/Berlin")
    record = succeeds(
        cli, *add, "--kind", "order-breach", "--who", "R.", "--attach", str(photo),
        stdin=b'> "I only want to talk."\n',
    )  # fmt: skip
    succeeds(cli, "incidents", "amend", record, "--reason", "He came twice", "--felt", "afraid")
    contact = ("incidents", "add", "--happened", "2026-05-04 08:00", "--zone", "Europe/Berlin")
    succeeds(cli, *contact, "--kind", "contact", stdin=b"A call")
    return cli


@pytest.fixture
def other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    cli = Cli(JournalFiles(tmp_path / "other"), MemoryKeystore(), capsys)
    assert cli("init", "--json").status == 0
    return cli


def _records(cli: Cli) -> list[dict[str, object]]:
    rows = json.loads(succeeds(cli, "incidents", "list", "--json"))
    return [json.loads(succeeds(cli, "incidents", "show", str(r["id"]), "--json")) for r in rows]


def test_records_travel_through_the_archive_and_verify(
    ready: Cli, other: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "everything.zip"
    succeeds(ready, "export", "--all", "--format", "archive", "-o", str(target))
    with zipfile.ZipFile(target) as opened:
        (evidence,) = [n for n in opened.namelist() if n.startswith("evidence/")]
        assert opened.read(evidence) == PHOTO
    preview = succeeds(other, "import", str(target), "--dry-run")
    assert "2 new incident records" in preview
    succeeds(other, "import", str(target))
    assert _records(other) == _records(ready)
    assert succeeds(other, "incidents", "verify").startswith("The record holds: ")
    again = json.loads(succeeds(other, "import", str(target), "--json"))
    assert again["records"] == 0
    assert len(_records(other)) == 2
