"""Journals for tests: cheap key derivation and the fixtures' journal bundle."""

from __future__ import annotations

from dataclasses import dataclass

from app.files import JournalFiles
from app.journal import Journal
from app.vault.recovery_key import RecoveryKey
from app.vault.wrapping import Argon2Params

# Cheap Argon2id for tests; production parameters are tested once on purpose.
FAST_ARGON2 = Argon2Params(memory_kib=1024, iterations=1, lanes=1)


@dataclass
class NewJournal:
    """A freshly created, open journal with its recovery key (the ``new_journal`` fixture)."""

    journal: Journal
    recovery: RecoveryKey
    files: JournalFiles
