"""``threshold export --all --format archive`` and ``threshold import`` of it, end to end."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from app.cli.main import EXIT_ERROR, EXIT_USAGE
from app.files import JournalFiles
from tests.helpers.cli import Cli
from tests.helpers.images import png_bytes
from tests.helpers.keyring import create_keyring_journal, succeeds, threshold
from tests.helpers.keystores import MemoryKeystore

PASSWORD = "the lighthouse keeper"  # test data only


@pytest.fixture
def ready(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A journal with two entries, one with a picture."""
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init", "--json").status == 0
    first = succeeds_in(cli, "add", "--date", "2025-03-01", "--tag", "sea", stdin=b"By the sea.")
    succeeds_in(cli, "add", "--date", "2025-03-02", stdin=b"\n---\nA line of dashes.\n")
    picture = tmp_path / "shore.png"
    picture.write_bytes(png_bytes())
    succeeds_in(cli, "attach", first, str(picture))
    return cli


@pytest.fixture
def other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A second, empty journal to import into."""
    cli = Cli(JournalFiles(tmp_path / "other"), MemoryKeystore(), capsys)
    assert cli("init", "--json").status == 0
    return cli


def succeeds_in(cli: Cli, *argv: str, stdin: bytes = b"") -> str:
    result = cli(*argv, stdin=stdin)
    assert result.status == 0, result.stderr
    return result.stdout.strip()


def listed(cli: Cli) -> list[dict[str, object]]:
    rows = json.loads(succeeds_in(cli, "list", "--json"))
    return [json.loads(succeeds_in(cli, "show", str(row["id"]), "--json")) for row in rows]


def password_file(tmp_path: Path, text: str = PASSWORD) -> str:
    path = tmp_path / "password.txt"
    path.write_text(text + "\n")
    return str(path)


def test_export_and_import_everything(ready: Cli, other: Cli, tmp_path: Path) -> None:
    target = tmp_path / "everything.zip"
    done = ready("export", "--all", "--format", "archive", "-o", str(target))
    assert done.status == 0, done.stderr
    assert done.stdout == (
        f"Exported 2 entries and 1 picture or document to {target}. "
        "This file is not encrypted; keep it somewhere safe.\n"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    imported = other("import", str(target))
    assert imported.status == 0, imported.stderr
    assert "Imported 2 entries (1 picture or document)." in imported.stdout
    assert listed(other) == listed(ready)
    again = other("import", str(target), "--from", "archive")
    assert (
        "Nothing new to import" in again.stdout and "2 entries are in the journal" in again.stdout
    )


def test_a_protected_archive_round_trips_and_keeps_its_password_to_itself(
    ready: Cli, other: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "protected.zip"
    secret = password_file(tmp_path)
    done = ready(
        "export", "--all", "--format", "archive", "-o", str(target), "--password-file", secret
    )
    assert done.status == 0, done.stderr
    assert "encrypted with the password" in done.stdout
    with zipfile.ZipFile(target) as opened:
        assert all(info.flag_bits & 0x1 for info in opened.infolist())
        assert not any("2025" in name or "shore" in name for name in opened.namelist())
    without = other("import", str(target))
    assert without.status == EXIT_ERROR and "--password-file" in without.stderr
    wrong = other("import", str(target), "--password-file", password_file(tmp_path, "guess"))
    assert wrong.status == EXIT_ERROR and "needs the right password" in wrong.stderr
    assert other("list", "--json").stdout.strip() == "[]"
    right = other("import", str(target), "--password-file", password_file(tmp_path))
    assert right.status == 0, right.stderr
    assert listed(other) == listed(ready)
    everything = done.stdout + done.stderr + without.stderr + wrong.stderr + right.stdout
    assert PASSWORD not in everything and "guess" not in everything


def test_an_existing_file_is_replaced_only_with_force(ready: Cli, tmp_path: Path) -> None:
    target = tmp_path / "everything.zip"
    target.write_text("keep me")
    refused = ready("export", "--all", "--format", "archive", "-o", str(target))
    assert refused.status == EXIT_ERROR and "--force" in refused.stderr
    assert target.read_text() == "keep me"
    forced = ready("export", "--all", "--format", "archive", "-o", str(target), "--force")
    assert forced.status == 0 and zipfile.is_zipfile(target)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("--all", "--format", "md"), "add --format archive"),
        (("--format", "archive", "--since", "2025-01-01"), "--since doesn't apply"),
        (("--format", "archive", "--redact", "Tom="), "--redact doesn't apply"),
    ],
)
def test_usage_mistakes_write_nothing(
    ready: Cli, tmp_path: Path, argv: tuple[str, ...], says: str
) -> None:
    target = tmp_path / "everything.zip"
    result = ready("export", *argv, "-o", str(target))
    assert result.status == EXIT_USAGE and says in result.stderr
    assert not target.exists()


def test_a_missing_folder_and_an_empty_password_file(ready: Cli, tmp_path: Path) -> None:
    missing = ready("export", "--all", "--format", "archive", "-o", str(tmp_path / "no" / "x.zip"))
    assert missing.status == EXIT_ERROR and "doesn't exist" in missing.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    target = tmp_path / "x.zip"
    blank = ready(
        "export", "--all", "--format", "archive", "-o", str(target), "--password-file", str(empty)
    )
    assert blank.status == EXIT_ERROR and "password file is empty" in blank.stderr
    assert not target.exists()


@pytest.mark.keyring_integration
def test_the_real_command_under_the_keyring(tmp_path: Path) -> None:
    """Two keyring journals in real processes: one exports a protected archive, one imports it."""
    first = create_keyring_journal(tmp_path / "first", tmp_path / "first-key.txt")
    second = create_keyring_journal(tmp_path / "second", tmp_path / "second-key.txt")
    succeeds(threshold("add", "--title", "Ébauche", folder=first.folder, stdin="Words\r\nkept.\n"))
    target, secret = tmp_path / "moving.zip", password_file(tmp_path)
    exported = threshold(
        "export",
        "--all",
        "--format",
        "archive",
        "-o",
        str(target),
        "--password-file",
        secret,
        folder=first.folder,
    )
    assert succeeds(exported).stdout.startswith("Exported 1 entry and 0 pictures or documents")
    succeeds(threshold("import", str(target), "--password-file", secret, folder=second.folder))
    shown = [
        json.loads(succeeds(threshold("list", "--json", folder=f.folder)).stdout)
        for f in (first, second)
    ]
    assert shown[0] == shown[1] and len(shown[0]) == 1
