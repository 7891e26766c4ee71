"""Automatic encrypted backups, their rotation, and restoring one into place.

Qt-free and free of SQLCipher: every database operation goes through
``app.journal`` (which keeps the key inside the ``Journal`` object) and
``app.storage``. A backup is ``threshold-YYYYMMDD-HHMMSS.db`` (UTC) with its own
copy of the key slots beside it (``.db.keys``), so it opens anywhere with the
recovery key or the passphrase.
"""

from __future__ import annotations

from app.backup.backups import (
    BackupInfo,
    back_up_if_due,
    back_up_now,
    backup_due,
    describe_backup,
    list_backups,
    make_backup,
    newest_good_backup,
)
from app.backup.destination import (
    BackupFolderMissing,
    backup_folder,
    is_chosen_and_missing,
    require_backup_folder,
)
from app.backup.names import AUTOMATIC, BEFORE_UPGRADE
from app.backup.restore import restore_backup
from app.backup.rotation import rotate
from app.copies import keys_beside

__all__ = [
    "AUTOMATIC",
    "BEFORE_UPGRADE",
    "BackupFolderMissing",
    "BackupInfo",
    "back_up_if_due",
    "back_up_now",
    "backup_due",
    "backup_folder",
    "describe_backup",
    "is_chosen_and_missing",
    "keys_beside",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "require_backup_folder",
    "restore_backup",
    "rotate",
]
