"""Where backups go: the journal's own folder, or one the user chose.

Why a chosen folder is never created: it is usually a USB stick. When the stick
is not plugged in, its mount point is missing (or an empty folder on the
internal disk), and a backup "made" there would sit on this computer while the
user believes it is on the stick. So a missing chosen folder is said plainly and
no backup is made; the journal's own folder is created as needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import KnownError
from app.words import QT_TR_NOOP

if TYPE_CHECKING:
    from app.journal import Journal


class BackupFolderMissing(KnownError):
    """The folder chosen for backups is not there (a USB stick not plugged in)."""


def backup_folder(journal: Journal) -> Path:
    """The folder backups go to (it may be missing, if the user chose it)."""
    chosen = journal.preferences.load().backup_folder
    return Path(chosen) if chosen else journal.files.backups


def is_chosen_and_missing(journal: Journal) -> bool:
    """Whether the user chose a folder for backups that is not there now."""
    chosen = journal.preferences.load().backup_folder
    return bool(chosen) and not Path(str(chosen)).is_dir()


def require_backup_folder(journal: Journal) -> Path:
    """The folder to back up into now.

    Raises:
        BackupFolderMissing: the chosen folder is not there (nothing is created).
    """
    folder = backup_folder(journal)
    if is_chosen_and_missing(journal):
        raise BackupFolderMissing(
            QT_TR_NOOP(
                "The backup folder {folder} isn't there just now (is the USB stick plugged "
                "in?), so no backup was made. Your journal is untouched."
            ),
            folder=folder,
        )
    return folder
