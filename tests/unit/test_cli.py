"""The threshold CLI in process: output formats, exit codes and key commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import EXIT_ERROR, EXIT_UNLOCK, EXIT_USAGE, build_parser
from app.main import AppLaunch, app_launch
from app.vault.recovery_key import RecoveryKey
from tests.helpers.cli import Cli, init_journal

ENTRY_KEYS = {
    "id",
    "date",
    "created",
    "updated",
    "title",
    "body",
    "tags",
    "mood",
    "theme",
    "prompt",
    "marked",
    "heavy",
    "energy",
    "feeling",
    "pulls",
}


@pytest.fixture
def recovery(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> RecoveryKey:
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    return init_journal(cli)


def add(cli: Cli, body: str, *options: str) -> str:
    result = cli("add", *options, stdin=body.encode())
    assert result.status == 0, result.stderr
    return result.stdout.strip()


def test_init_shows_the_recovery_key_once_in_words(cli: Cli) -> None:
    result = cli("init")
    assert result.status == 0
    assert "Your recovery key (shown only this once)" in result.stdout
    assert "computer login" in result.stdout
    key_line = next(line.strip() for line in result.stdout.splitlines() if line.count("-") == 7)
    RecoveryKey.parse(key_line)


def test_entry_json_has_the_documented_keys(cli: Cli, recovery: RecoveryKey) -> None:
    entry_id = add(
        cli,
        "Today I rested.\n",
        "--title",
        "Rest",
        "--tag",
        "care",
        "--mood",
        "4",
        "--date",
        "2026-01-02",
    )
    shown = json.loads(cli("show", entry_id, "--json").stdout)
    assert set(shown) == ENTRY_KEYS
    assert shown["title"] == "Rest" and shown["tags"] == ["care"] and shown["mood"] == 4
    assert shown["date"] == "2026-01-02" and shown["body"] == "Today I rested.\n"


def test_list_and_search_json(cli: Cli, recovery: RecoveryKey) -> None:
    first = add(cli, "The phone rang twice.")
    add(cli, "A quiet walk.")
    rows = json.loads(cli("list", "--json", "--limit", "5").stdout)
    assert len(rows) == 2
    hits = json.loads(cli("search", "phon", "--json").stdout)
    assert [hit["id"] for hit in hits] == [first]
    assert "[phone]" in hits[0]["snippet"]


def test_human_output(cli: Cli, recovery: RecoveryKey) -> None:
    entry_id = add(cli, "line one\nline two", "--marked")
    assert entry_id[:8] in cli("list").stdout
    shown = cli("show", entry_id[:8]).stdout
    assert "Marked: remember this" in shown and shown.endswith("line one\nline two\n")
    assert "[line]" in cli("search", "line").stdout


def test_edit_keeps_a_revision(cli: Cli, recovery: RecoveryKey) -> None:
    entry_id = add(cli, "first version")
    assert cli("edit", entry_id, stdin=b"second version").status == 0
    history = json.loads(cli("history", entry_id, "--json").stdout)
    assert [item["body"] for item in history] == ["first version"]


def test_delete_restore_and_empty_trash(cli: Cli, recovery: RecoveryKey) -> None:
    entry_id = add(cli, "going away")
    assert cli("delete", entry_id).status == 0
    assert json.loads(cli("list", "--json").stdout) == []
    assert [row["id"] for row in json.loads(cli("trash", "--json").stdout)] == [entry_id]
    assert cli("restore", entry_id).status == 0
    cli("delete", entry_id)
    assert cli("trash", "--empty").status == EXIT_ERROR  # needs --yes
    assert cli("trash", "--empty", "--yes").status == 0
    assert cli("show", entry_id).status == EXIT_ERROR


def test_errors_are_one_plain_line(cli: Cli, recovery: RecoveryKey) -> None:
    result = cli("show", "ffffffff")
    assert result.status == EXIT_ERROR
    assert (
        result.stderr.startswith("threshold: There is no entry") and result.stderr.count("\n") == 1
    )


def test_missing_journal(cli: Cli) -> None:
    result = cli("list")
    assert result.status == EXIT_ERROR
    assert "no journal" in result.stderr


def test_passphrase_lifecycle(
    cli: Cli, recovery: RecoveryKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = add(cli, "kept through every change")
    monkeypatch.setenv("THRESHOLD_NEW_PASSPHRASE", "first light")
    assert cli("keys", "set-passphrase").status == 0
    assert cli.keystore.secrets == {}
    assert json.loads(cli("keys", "status", "--json").stdout)["opens_with"] == [
        "recovery",
        "passphrase",
    ]
    assert cli("list").status == EXIT_UNLOCK
    monkeypatch.setenv("THRESHOLD_PASSPHRASE", "wrong")
    assert cli("list").status == EXIT_UNLOCK
    monkeypatch.setenv("THRESHOLD_PASSPHRASE", "first light")
    assert cli("show", entry_id).status == 0
    assert cli("keys", "remove-passphrase").status == 0
    monkeypatch.delenv("THRESHOLD_PASSPHRASE")
    assert cli("show", entry_id).status == 0  # the keyring again


def test_recover_after_keyring_wipe(cli: Cli, recovery: RecoveryKey, tmp_path: Path) -> None:
    entry_id = add(cli, "still mine")
    cli.keystore.secrets.clear()
    failed = cli("show", entry_id)
    assert failed.status == EXIT_UNLOCK and "recovery key" in failed.stderr
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(str(recovery) + "\n")
    assert cli("keys", "recover", "--recovery-key-file", str(key_file)).status == 0
    assert cli("show", entry_id).status == 0


def test_rotate_with_recovery_key_and_new_recovery_key(
    cli: Cli, recovery: RecoveryKey, tmp_path: Path
) -> None:
    entry_id = add(cli, "rotated but readable")
    assert cli("keys", "rotate").status == EXIT_UNLOCK  # needs the recovery key
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(str(recovery))
    assert cli("keys", "rotate", "--recovery-key-file", str(key_file)).status == 0
    result = cli("keys", "rotate", "--new-recovery-key")
    assert result.status == 0
    new_key = next(line.strip() for line in result.stdout.splitlines() if line.count("-") == 7)
    key_file.write_text(new_key)
    assert cli("show", entry_id, "--recovery-key-file", str(key_file)).status == 0
    key_file.write_text(str(recovery))
    assert cli("show", entry_id, "--recovery-key-file", str(key_file)).status == EXIT_UNLOCK


def test_verify(cli: Cli, recovery: RecoveryKey) -> None:
    add(cli, "one")
    result = cli("verify")
    assert result.status == 0 and "sound" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "--date", "2024-13-45"],
        ["add", "--mood", "7"],
        ["list", "--limit", "0"],
        ["nonsense"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == EXIT_USAGE


def test_options_work_before_and_after_the_command() -> None:
    parser = build_parser()
    assert parser.parse_args(["--data-dir", "/a", "list"]).data_dir == "/a"
    assert parser.parse_args(["list", "--data-dir", "/b"]).data_dir == "/b"


@pytest.mark.parametrize(
    ("arguments", "launch"),
    [
        ([], AppLaunch()),
        (["--smoke-test"], AppLaunch(smoke_test=True)),
        (["--data-dir", "/x", "--smoke-test"], AppLaunch("/x", smoke_test=True)),
        (["--data-dir=/x"], AppLaunch("/x")),
        (["--data-dir"], None),
        (["--data-dir", "--smoke-test"], None),
        (["list"], None),
        (["--help"], None),
        (["--smoke"], None),  # an abbreviation: the full parser decides
    ],
)
def test_a_plain_app_launch_is_read_without_the_cli(
    arguments: list[str], launch: AppLaunch | None
) -> None:
    assert app_launch(arguments) == launch
