"""Writing an export: 0600 from the start, atomic, and no temp file left behind."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from app.errors import DiskFull, KnownError
from app.export.model import ExportDocument, ExportEntry, ExportFormat
from app.export.write import default_name, write_export


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_file_is_private_and_replaces_an_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")
    target.chmod(0o644)
    old_umask = os.umask(0)
    try:
        write_export(target, b"new words")
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"new words"
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_a_missing_folder_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="doesn't exist"):
        write_export(tmp_path / "nowhere" / "out.md", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="is a folder"):
        write_export(tmp_path, b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(KnownError, match="can't write to the folder"):
            write_export(folder / "out.txt", b"x")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failed_rename_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_replace(source: object, target: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(KnownError, match="couldn't be written"):
        write_export(tmp_path / "out.html", b"secret words")
    assert list(tmp_path.iterdir()) == []


def test_default_names_say_nothing_about_the_content() -> None:
    entry = ExportEntry("id", "Margaret", dt.date(2026, 11, 25), None, (), None, (), ("x",))
    older = ExportEntry("id2", "Tom", dt.date(2026, 1, 2), None, (), None, (), ())
    doc = ExportDocument("", (older, entry))
    assert default_name(doc, ExportFormat.PDF) == "journal-2026-11-25.pdf"
    assert default_name(doc, ExportFormat.MARKDOWN) == "journal-2026-11-25.md"
    hidden = ExportDocument("", (entry,), include_date=False)
    assert default_name(hidden, ExportFormat.TEXT) == "journal.txt"
    assert ExportFormat.HTML.suffix == ".html"


def test_a_full_disk_is_a_plain_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        write_export(tmp_path / "out.txt", b"secret words")
    assert list(tmp_path.iterdir()) == []
