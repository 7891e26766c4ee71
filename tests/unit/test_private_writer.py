"""The one private-file writer: 0600, never follows a symlink, leaves no temp file on failure."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import files
from app.files import (
    copy_private_file_atomically,
    sweep_temp_files,
    temp_name,
    write_private_file_atomically,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def no_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("no_umask")
def test_the_file_is_0600_whatever_the_umask_and_the_old_mode(tmp_path: Path) -> None:
    target = tmp_path / "journal.keys"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_private_file_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["journal.keys"]


def test_a_symlink_at_the_target_is_replaced_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"not yours to change")
    target = tmp_path / "recovery-key.txt"
    target.symlink_to(elsewhere)
    write_private_file_atomically(target, b"key")
    assert elsewhere.read_bytes() == b"not yours to change"
    assert not target.is_symlink()
    assert target.read_bytes() == b"key"
    assert _mode(target) == 0o600


def test_a_symlink_planted_at_the_temp_name_is_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"not yours to change")
    planted = temp_name(target)
    planted.symlink_to(elsewhere)
    names = iter([planted, planted, temp_name(target)])
    monkeypatch.setattr(files, "temp_name", lambda path: next(names))
    write_private_file_atomically(target, b"words")
    assert elsewhere.read_bytes() == b"not yours to change"
    assert planted.is_symlink()
    assert target.read_bytes() == b"words"


def test_only_planted_names_fail_and_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    planted = temp_name(target)
    planted.symlink_to(tmp_path / "elsewhere")
    monkeypatch.setattr(files, "temp_name", lambda path: planted)
    with pytest.raises(FileExistsError):
        write_private_file_atomically(target, b"words")
    assert sorted(p.name for p in tmp_path.iterdir()) == [planted.name]
    assert not (tmp_path / "elsewhere").exists()


def _fail_rename(source: object, target: object) -> None:
    raise OSError(5, "Input/output error")


def _fail_fsync(descriptor: int) -> None:
    raise OSError(28, "No space left on device")


def _fail_check(descriptor: int) -> None:
    raise ValueError("the check said no")


@pytest.mark.parametrize("failure", ["rename", "fsync", "check"])
def test_a_failure_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    target = tmp_path / "journal.keys"
    target.write_bytes(b"old")
    check = None
    if failure == "rename":
        monkeypatch.setattr(os, "replace", _fail_rename)
    elif failure == "fsync":
        monkeypatch.setattr(os, "fsync", _fail_fsync)
    else:
        check = _fail_check
    with pytest.raises((OSError, ValueError)):
        write_private_file_atomically(target, b"new", check)
    assert [(p.name, p.read_bytes()) for p in tmp_path.iterdir()] == [("journal.keys", b"old")]


def test_the_check_sees_the_flushed_bytes_before_the_rename(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    seen: list[bytes] = []

    def check(descriptor: int) -> None:
        assert not target.exists()
        seen.append(os.pread(descriptor, 100, 0))

    write_private_file_atomically(target, b"whole", check)
    assert seen == [b"whole"]


@pytest.mark.usefixtures("no_umask")
def test_a_large_file_is_copied_private_and_whole(tmp_path: Path) -> None:
    source = tmp_path / "backup.db"
    source.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    source.chmod(0o644)
    target = tmp_path / ".journal.db.restoring"
    copy_private_file_atomically(source, target)
    assert target.read_bytes() == source.read_bytes()
    assert _mode(target) == 0o600


def test_a_temp_file_a_crash_left_is_swept(tmp_path: Path) -> None:
    left = temp_name(tmp_path / "journal.keys")
    left.write_bytes(b"wrapped keys")
    left.chmod(0o600)
    assert sweep_temp_files(tmp_path) == 1
    assert list(tmp_path.iterdir()) == []


def test_the_recovery_key_file_goes_through_the_writer(tmp_path: Path) -> None:
    from app.ui.setup.pages import write_private_text

    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("theirs")
    target = tmp_path / "key.txt"
    target.symlink_to(elsewhere)
    write_private_text(target, "ABCD-EFGH")
    assert elsewhere.read_text() == "theirs"
    assert target.read_text() == "ABCD-EFGH"
    assert _mode(target) == 0o600
