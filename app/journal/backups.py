"""A journal's backups: copying the key slots beside a copy, and reading a backup.

A backup carries its own ``.keys`` so it opens on another machine with the
recovery key or passphrase, even after the journal's key has changed. Reading
one never writes to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.copies import keys_beside
from app.errors import JournalDamaged, JournalNotFound
from app.files import JournalFiles, read_small_file, write_private_file_atomically
from app.storage.maintenance import IntegrityReport
from app.storage.read_only import inspect_read_only
from app.vault.slot_secret import SlotSecret
from app.vault.slots import MAX_KEY_FILE_BYTES
from app.vault.vault import Vault
from app.words import QT_TR_NOOP

if TYPE_CHECKING:  # imported when first used: not on the start-up path
    from app.storage.backup_preview import BackupPreview

BACKUP_NOT_OPENED_MESSAGE = QT_TR_NOOP(
    "This backup doesn't open with its own key file, so it may be damaged. Nothing was changed."
)


def _backup_vault(database: Path, key_slots: Path) -> Vault:
    """A backup's own key slots (it opens anywhere with the recovery key or passphrase)."""
    if not database.is_file() or not key_slots.is_file():
        raise JournalNotFound(
            QT_TR_NOOP(
                "A backup needs both its .db file and the .db.keys file beside it; one is missing."
            )
        )
    return Vault.load(key_slots)


def preview_backup(database: Path, key_slots: Path, secret: SlotSecret) -> BackupPreview:
    """How many entries a backup holds, over which days, and its newest (read-only).

    Raises:
        JournalNotFound: the backup or its key file is missing.
        WrongSecret, NoSlotAvailable: ``secret`` does not open the backup's slots.
        JournalDamaged: its key file is unreadable or the key does not open the file.
    """
    from app.storage.backup_preview import preview_read_only  # noqa: PLC0415 - rarely

    preview = preview_read_only(database, _backup_vault(database, key_slots).candidate_keys(secret))
    if preview is None:
        raise JournalDamaged(BACKUP_NOT_OPENED_MESSAGE)
    return preview


def check_backup(database: Path, key_slots: Path, secret: SlotSecret) -> IntegrityReport:
    """Fully check a backup through its own key slots, without writing to it.

    A backup carries its own ``.keys`` so it opens on another machine with the
    recovery key or passphrase, even after this journal's key has changed.

    Raises:
        JournalNotFound: the backup or its key file is missing.
        WrongSecret, NoSlotAvailable: ``secret`` does not open the backup's slots.
        JournalDamaged: its key file is unreadable or the key does not open the file.
    """
    vault = _backup_vault(database, key_slots)
    keys = vault.candidate_keys(secret)
    report = inspect_read_only(database, keys, full=True, journal_id=vault.journal_id)
    if report is None:
        raise JournalDamaged(BACKUP_NOT_OPENED_MESSAGE)
    return report


def copy_key_slots(files: JournalFiles, database_copy: Path) -> None:
    """Put the key slots beside a copy, so it opens on its own (0600)."""
    data = read_small_file(files.key_slots, MAX_KEY_FILE_BYTES)
    write_private_file_atomically(keys_beside(database_copy), data)
