"""``threshold backup``, ``backups``, ``restore BACKUP`` and ``verify --quick`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import Cli


def _journal_with_entries(cli: Cli, tmp_path: Path, count: int) -> Path:
    """Create a journal; returns a file holding its recovery key."""
    created = cli("init", "--json")
    assert created.status == 0, created.stderr
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(json.loads(created.stdout)["recovery_key"])
    for number in range(count):
        assert cli("add", stdin=f"entry {number}".encode()).status == 0
    return key_file


def test_backup_list_and_restore_round_trip(cli: Cli, tmp_path: Path) -> None:
    key_file = _journal_with_entries(cli, tmp_path, 2)
    made = cli("backup")
    assert made.status == 0, made.stderr
    assert "2 entries" in made.stdout
    listed = json.loads(cli("backups", "--json").stdout)
    assert [(b["entries"], b["kind"]) for b in listed] == [(2, "automatic")]
    assert cli("add", stdin=b"after the backup").status == 0
    restored = cli("restore", listed[0]["path"], "--yes", "--recovery-key-file", str(key_file))
    assert restored.status == 0, restored.stderr
    assert "kept, untouched, in" in restored.stdout
    assert len(json.loads(cli("list", "--json").stdout)) == 2
    assert len(list(cli.files.folder.glob("replaced-*/journal.db"))) == 1


def test_backup_to_a_chosen_folder(cli: Cli, tmp_path: Path) -> None:
    _journal_with_entries(cli, tmp_path, 1)
    usb = tmp_path / "usb stick"
    assert cli("backup", "--to", str(usb)).status == 0
    listed = json.loads(cli("backups", "--in", str(usb), "--json").stdout)
    assert [b["entries"] for b in listed] == [1]
    assert not cli.files.backups.exists()


def test_restore_without_yes_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    key_file = _journal_with_entries(cli, tmp_path, 1)
    cli("backup")
    path = json.loads(cli("backups", "--json").stdout)[0]["path"]
    refused = cli("restore", path, "--recovery-key-file", str(key_file))
    assert refused.status == 1
    assert "--yes" in refused.stderr
    assert not list(cli.files.folder.glob("replaced-*"))


def test_restore_of_an_entry_id_still_restores_from_the_trash(cli: Cli, tmp_path: Path) -> None:
    _journal_with_entries(cli, tmp_path, 1)
    entry_id = json.loads(cli("list", "--json").stdout)[0]["id"]
    assert cli("delete", entry_id).status == 0
    restored = cli("restore", entry_id[:8])
    assert restored.status == 0, restored.stderr
    assert "Restored from the trash" in restored.stdout


def test_verify_quick(cli: Cli, tmp_path: Path) -> None:
    _journal_with_entries(cli, tmp_path, 3)
    quick = cli("verify", "--quick")
    assert quick.status == 0
    assert "3 entries" in quick.stdout


def test_backups_check_reads_every_page_and_names_a_damaged_backup(
    cli: Cli, tmp_path: Path
) -> None:
    _journal_with_entries(cli, tmp_path, 40)
    assert cli("backup").status == 0
    (listed,) = json.loads(cli("backups", "--json").stdout)
    path = Path(listed["path"])
    data = bytearray(path.read_bytes())
    data[len(data) - 100] ^= 0x01  # one bit in the last page, which counting never reads
    path.write_bytes(bytes(data))
    checked = json.loads(cli("backups", "--check", "--json").stdout)
    assert checked[0]["entries"] is None
    assert "failed its check" in json.dumps(checked[0])
