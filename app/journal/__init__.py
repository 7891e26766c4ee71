"""The core's front door: creating, opening and holding an unlocked journal.

The CLI and the desktop app both go through it. The package's names are its
public face, each kept in the module that does one job:

- ``opening``: ``create_journal``, ``open_journal`` and the checks before opening
  (``require_journal``, ``slot_kinds``, ...); the only ways to get a ``Journal``.
- ``journal``: ``Journal``, an open journal; its stores are attributes
  (``journal.entries``, ``journal.prompts``, ...), see its docstring.
- ``backups``: reading a backup through its own key slots.
- ``tonight``: tonight's prompt request, read from a journal's settings and history.
"""

from app.journal.backups import check_backup, preview_backup
from app.journal.journal import Journal
from app.journal.opening import (
    check_data_folder,
    create_journal,
    has_unconfirmed_recovery_key,
    keyring_secret,
    open_journal,
    require_journal,
    slot_kinds,
)

__all__ = [
    "Journal",
    "check_backup",
    "check_data_folder",
    "create_journal",
    "has_unconfirmed_recovery_key",
    "keyring_secret",
    "open_journal",
    "preview_backup",
    "require_journal",
    "slot_kinds",
]
