"""Journals for tests: cheap key derivation and the fixtures' journal bundle."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.files import JournalFiles
from app.journal import Journal
from app.storage.schema import MIGRATIONS, migrate
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


def migrate_only_to(monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    """Journals created or opened from now on stop at schema ``version``, as an older app
    left them (``monkeypatch.undo()`` brings back today's migrations)."""
    monkeypatch.setattr(
        "app.journal.opening.migrate",
        lambda conn, backup=None: migrate(conn, backup, MIGRATIONS[:version]),
    )
