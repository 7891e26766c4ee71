"""An export in progress is noted in the encrypted journal, and what a crash left is swept."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.export.interrupted import exporting_to, sweep_interrupted_exports
from app.journal import Journal


def _leftover(folder: Path, name: str = ".out.md.0123456789ab.tmp") -> Path:
    path = folder / name
    path.write_bytes(b"words from a killed export")
    path.chmod(0o600)
    return path


def test_the_folder_is_noted_while_writing_and_cleared_after(
    journal: Journal, tmp_path: Path
) -> None:
    with exporting_to(journal, tmp_path):
        assert list(journal.exports.writing().values()) == [str(tmp_path.resolve())]
    assert journal.exports.writing() == {}
    with pytest.raises(RuntimeError), exporting_to(journal, tmp_path):
        raise RuntimeError("the export failed")
    assert journal.exports.writing() == {}


def test_the_next_start_sweeps_only_our_leftovers_in_noted_folders(
    journal: Journal, tmp_path: Path
) -> None:
    noted, other = tmp_path / "usb", tmp_path / "elsewhere"
    noted.mkdir()
    other.mkdir()
    journal.exports.note_writing(str(noted))  # a crash: never cleared
    left = _leftover(noted)
    unrelated = _leftover(other)
    mine = noted / "notes.md"
    mine.write_text("the user's own file")
    assert sweep_interrupted_exports(journal) == 1
    assert not left.exists()
    assert unrelated.exists() and mine.exists()
    assert journal.exports.writing() == {}
    assert sweep_interrupted_exports(journal) == 0


def test_a_noted_folder_that_is_gone_is_forgotten_quietly(journal: Journal, tmp_path: Path) -> None:
    journal.exports.note_writing(str(tmp_path / "unplugged-stick"))
    assert sweep_interrupted_exports(journal) == 0
    assert journal.exports.writing() == {}


def test_the_note_is_inside_the_encrypted_journal_only(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder-name-4f2c"
    folder.mkdir()
    journal.exports.note_writing(str(folder))
    journal.checkpoint()
    data_dir = journal.files.database.parent
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"a-folder-name-4f2c" not in path.read_bytes(), path
