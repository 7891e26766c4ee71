"""A folder chosen for backups (a USB stick) is never created when it is missing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.backup import BackupFolderMissing, backup_folder, require_backup_folder
from app.journal import Journal


def test_the_journals_own_folder_is_the_default(journal: Journal) -> None:
    assert backup_folder(journal) == journal.files.backups
    assert require_backup_folder(journal) == journal.files.backups


def test_a_chosen_folder_that_is_there_is_used(journal: Journal, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    journal.preferences.save(replace(journal.preferences.load(), backup_folder=str(stick)))
    assert require_backup_folder(journal) == stick


def test_a_missing_chosen_folder_is_said_plainly_and_not_created(
    journal: Journal, tmp_path: Path
) -> None:
    unplugged = tmp_path / "media" / "stick"
    journal.preferences.save(replace(journal.preferences.load(), backup_folder=str(unplugged)))
    with pytest.raises(BackupFolderMissing) as missing:
        require_backup_folder(journal)
    assert "plugged in" in missing.value.message
    assert not unplugged.exists()
