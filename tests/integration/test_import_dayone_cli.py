"""``threshold import`` of a Day One export, end to end: preview, keep, again, refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import EXIT_ERROR
from tests.fixtures.transfer.make_fixtures import DAYONE_ZIP, HERE
from tests.helpers.cli import Cli
from tests.helpers.transfer_fixtures import build_dayone_zip, dayone_entry, dayone_photo, tiny_jpeg


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    return cli


def _listed(cli: Cli) -> list[dict[str, object]]:
    result = cli("list", "--imported", "dayone", "--json")
    assert result.status == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def test_a_dry_run_previews_and_keeps_nothing(ready: Cli) -> None:
    result = ready("import", str(HERE / DAYONE_ZIP), "--dry-run")
    assert result.status == 0, result.stderr
    assert "dayone-traps.zip: Day One" in result.stdout
    assert "6 new entries, from 2023-12-31 to 2024-04-20" in result.stdout
    assert "5 pictures and documents" in result.stdout
    assert "Note: 1 video from Day One was not imported" in result.stdout
    assert "A dry run: nothing was imported." in result.stdout
    assert _listed(ready) == []


def test_import_keeps_everything_once(ready: Cli) -> None:
    result = ready("import", str(HERE / DAYONE_ZIP), "--json")
    assert result.status == 0, result.stderr
    said = json.loads(result.stdout)
    assert (said["format"], said["entries"], said["attachments"], said["imported"]) == (
        "dayone",
        6,
        5,
        6,
    )
    assert len(_listed(ready)) == 6
    again = ready("import", str(HERE / DAYONE_ZIP))
    assert again.status == 0, again.stderr
    assert "6 entries are in the journal already (skipped)" in again.stdout
    assert "Nothing new to import; the journal is unchanged." in again.stdout
    assert len(_listed(ready)) == 6


def test_a_missing_photo_refuses_the_import_and_keeps_nothing(ready: Cli, tmp_path: Path) -> None:
    photo = dayone_photo(tiny_jpeg(), "P1")
    entries = [
        dayone_entry("U0", "2024-05-01T10:00:00Z", "first"),
        dayone_entry("U1", "2024-05-02T10:00:00Z", photo.moment, [photo]),
    ]
    path = build_dayone_zip(tmp_path / "export.zip", {"Journal": entries})
    result = ready("import", str(path))
    assert result.status == EXIT_ERROR
    assert str(photo.member) in result.stderr
    assert "Nothing was imported." in result.stderr
    assert _listed(ready) == []


def test_a_day_one_zip_named_as_jrnl_is_refused(ready: Cli) -> None:
    result = ready("import", str(HERE / DAYONE_ZIP), "--from", "jrnl")
    assert result.status == EXIT_ERROR
    assert "looks like Day One, not jrnl" in result.stderr


def test_keep_location_keeps_the_place_as_a_line(ready: Cli) -> None:
    assert ready("import", str(HERE / DAYONE_ZIP), "--keep-location").status == 0
    shown = ready("search", "Luna", "--json")
    assert shown.status == 0, shown.stderr
    assert len(json.loads(shown.stdout)) == 1
