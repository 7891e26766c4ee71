"""``threshold sync``: join a folder, sync now, status, leave, from the command line.

A second computer is the first's data folder copied (a backup restored there),
with the same keyring: it joins the same folder and reads the first's entries.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.files import JournalFiles
from tests.helpers.cli import Cli


@pytest.fixture
def first(cli: Cli) -> Cli:
    assert cli("init").status == 0
    return cli


def test_two_computers_share_an_entry_through_one_folder(
    first: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    assert first("sync", "status").stdout.startswith("Sync is off")
    joined = first("sync", "join", str(shared))
    assert joined.status == 0, joined.stderr
    assert f"shares the journal through {shared}" in joined.stdout
    shutil.copytree(
        first.files.folder, tmp_path / "second", ignore=shutil.ignore_patterns("*.lock")
    )
    second = Cli(JournalFiles(tmp_path / "second"), first.keystore, capsys)

    added = first("add", stdin=b"Tea with Ana, and the long way home.\n")
    assert added.status == 0, added.stderr
    assert "Nothing new" in first("sync", "now").stdout
    merged = second("sync", "now")  # restored elsewhere: joins by itself
    assert "Merged 1 change file(s)" in merged.stdout, merged.stdout
    listed = second("list", "--json")
    assert "Tea with Ana" in listed.stdout

    status = json.loads(second("sync", "status", "--json").stdout)
    assert status["on"] and status["others"] == 1 and status["folder"] == str(shared)
    assert second("sync", "leave").status == 0
    assert "Sync is off" in second("sync", "status").stdout
    assert second("sync", "now").status == 1


def test_an_empty_folder_name_is_refused_and_nothing_is_made(first: Cli, tmp_path: Path) -> None:
    refused = first("sync", "join", "  ")
    assert refused.status != 0 and "Name the folder" in refused.stderr
    assert "Sync is off" in first("sync", "status").stdout
