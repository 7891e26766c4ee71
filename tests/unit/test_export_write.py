"""Writing an export: 0600 from the start, checked, atomic, and no temp file left behind."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import stat
from pathlib import Path

import pytest

from app.errors import DiskFull, KnownError
from app.export import temp_files, write
from app.export.complete import ExportIncomplete
from app.export.model import ExportDocument, ExportEntry, ExportFormat
from app.export.write import default_name, write_export
from app.files import sweep_temp_files, temp_name


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


@pytest.fixture(params=["unnamed", "named"])
def way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of writing: an unnamed file (Linux), and a named temp file elsewhere."""
    if request.param == "named":
        monkeypatch.setattr(write, "open_unnamed", lambda folder: None)
    return str(request.param)


def test_a_failed_rename_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    def failing_replace(source: object, target: object) -> None:
        raise OSError(5, "Input/output error")

    (tmp_path / "out.html").write_bytes(b"old")
    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(KnownError, match="couldn't be written"):
        write_export(tmp_path / "out.html", b"secret words")
    assert [(p.name, p.read_bytes()) for p in tmp_path.iterdir()] == [("out.html", b"old")]


def test_a_failed_check_keeps_no_file_and_the_old_one(tmp_path: Path, way: str) -> None:
    def short(read_back: bytes) -> None:
        assert read_back == b"the whole export"
        raise ExportIncomplete("test")

    target = tmp_path / "out.txt"
    with pytest.raises(ExportIncomplete):
        write_export(target, b"the whole export", short)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old")
    with pytest.raises(ExportIncomplete):
        write_export(target, b"the whole export", short)
    assert [(p.name, p.read_bytes()) for p in tmp_path.iterdir()] == [("out.txt", b"old")]


def test_the_check_reads_what_is_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    monkeypatch.setattr(write, "_read_all", lambda descriptor: b"the whole")
    with pytest.raises(KnownError, match="differs"):
        write_export(tmp_path / "out.md", b"the whole export")
    assert list(tmp_path.iterdir()) == []


def test_an_unnamed_file_leaves_nothing_until_it_is_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped after the bytes are on disk but before the name: the folder stays empty."""
    if temp_files.open_unnamed(tmp_path) is None:
        pytest.skip("no O_TMPFILE here")
    seen: list[list[str]] = []

    def stop(read_back: bytes) -> None:
        seen.append(sorted(os.listdir(tmp_path)))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_export(tmp_path / "out.md", b"secret words", stop)
    assert seen == [[]]
    assert list(tmp_path.iterdir()) == []


def test_an_export_sweeps_only_our_leftovers_from_its_folder(tmp_path: Path) -> None:
    ours = tmp_path / ".e27.md.0123456789ab.tmp"
    other_names = [".e27.md.tmp", "e27.md.0123456789ab.tmp", ".x.0123456789AB.tmp", "notes.md"]
    for path in [ours, *(tmp_path / name for name in other_names)]:
        path.write_bytes(b"words")
        path.chmod(0o600)
    shared = tmp_path / ".shared.md.aaaaaaaaaaaa.tmp"
    shared.write_bytes(b"someone else's")
    shared.chmod(0o644)
    running = tmp_path / ".run.md.bbbbbbbbbbbb.tmp"
    running.write_bytes(b"still being written")
    running.chmod(0o600)
    holder = os.open(running, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        write_export(tmp_path / "new.md", b"new")
    finally:
        os.close(holder)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([*other_names, shared.name, running.name, "new.md"])


def test_default_names_say_the_date_and_nothing_private() -> None:
    """Issue 15, finding 6: not "journal", and never the title (file names travel)."""
    entry = ExportEntry("id", "Margaret", dt.date(2026, 11, 25), None, (), None, (), ("x",))
    older = ExportEntry("id2", "Tom", dt.date(2026, 1, 2), None, (), None, (), ())
    same_day = ExportEntry("id3", "Tom", dt.date(2026, 11, 25), None, (), None, (), ())
    assert default_name(ExportDocument("", (entry,)), ExportFormat.PDF) == "Entry 2026-11-25.pdf"
    doc = ExportDocument("", (older, entry))
    assert default_name(doc, ExportFormat.MARKDOWN) == "Entries 2026-01-02 to 2026-11-25.md"
    both = ExportDocument("", (entry, same_day))
    assert default_name(both, ExportFormat.PDF) == "Entries 2026-11-25.pdf"
    hidden = ExportDocument("", (entry,), include_date=False)
    assert default_name(hidden, ExportFormat.TEXT) == "Entry.txt"
    assert default_name(ExportDocument("", (older, entry), False), ExportFormat.PDF) == (
        "Entries.pdf"
    )
    for name in (default_name(doc, ExportFormat.PDF), default_name(hidden, ExportFormat.PDF)):
        assert "Margaret" not in name and "Tom" not in name and "journal" not in name.lower()
    assert ExportFormat.HTML.suffix == ".html"


def test_a_full_disk_is_a_plain_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    def full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        write_export(tmp_path / "out.txt", b"secret words")
    assert list(tmp_path.iterdir()) == []


def test_a_sweep_never_takes_a_file_an_export_is_naming(tmp_path: Path) -> None:
    """The unnamed file is locked: at the instant it has a temp name, a sweep leaves it."""
    descriptor = temp_files.open_unnamed(tmp_path)
    if descriptor is None:
        pytest.skip("no O_TMPFILE here")
    try:
        os.write(descriptor, b"words")
        temp = temp_name(tmp_path / "out.md")
        temp_files.link_unnamed(descriptor, temp)
        assert sweep_temp_files(tmp_path) == 0
        assert temp.exists()
    finally:
        os.close(descriptor)
    assert sweep_temp_files(tmp_path) == 1
