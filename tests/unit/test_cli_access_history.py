"""``threshold access-history``: the command's unlock and its refusals are recorded too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import EXIT_UNLOCK
from app.cli.unlocking import SecretSources
from app.vault.recovery_key import RecoveryKey
from tests.helpers.cli import Cli, init_journal


@pytest.fixture
def recovery(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> RecoveryKey:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    return init_journal(cli)


def _key_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "key.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_a_wrong_recovery_key_file_is_named_then_told_once(
    cli: Cli, recovery: RecoveryKey, tmp_path: Path
) -> None:
    wrong = _key_file(tmp_path, str(RecoveryKey.generate()))
    refused = cli("list", sources=SecretSources(recovery_key_file=wrong))
    assert refused.status == EXIT_UNLOCK
    first = cli("access-history")
    assert first.status == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == (
        "Since your journal was last opened, one try to open it with a recovery key was "
        "refused, and it stayed locked. If that wasn't you, someone else tried."
    )
    assert lines[2].endswith("Opened with the computer login (system keyring), at the command line")
    assert lines[3].endswith("Tried a recovery key that did not open it, at the command line")
    again = cli("access-history")
    assert "If that wasn't you" not in again.stdout


def test_json_lists_every_event_newest_first(cli: Cli, recovery: RecoveryKey) -> None:
    result = cli("access-history", "--json")
    assert result.status == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["failed_since_last_unlock"] == 0
    assert data["unreadable"] == 0
    assert data["went_missing"] is False
    assert [(e["what"], e.get("way"), e.get("where")) for e in data["events"]] == [
        ("unlocked", "keyring", "command"),
        ("created", None, None),
    ]
