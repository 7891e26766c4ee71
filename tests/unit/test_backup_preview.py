"""A look inside a backup: counts, days and the newest headlines, never a heavy one."""

from __future__ import annotations

import datetime as dt

import pytest

from app.backup import keys_beside, make_backup
from app.errors import JournalNotFound, NoSlotAvailable, WrongSecret
from app.journal import preview_backup
from app.records.entries import EntryFields
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import NewJournal


def test_a_preview_counts_and_names_the_newest(new_journal: NewJournal) -> None:
    journal = new_journal.journal
    journal.entries.add(EntryFields(body="Old words", date=dt.date(2025, 3, 1)))
    journal.entries.add(EntryFields(title="Heavy", body="x", heavy=True, date=dt.date(2025, 4, 1)))
    trashed = journal.entries.add(EntryFields(body="Gone", date=dt.date(2025, 5, 1)))
    journal.entries.trash(trashed.id)
    backup = make_backup(journal, new_journal.files.backups, dt.datetime.now(dt.UTC)).path
    before = sorted(p.name for p in backup.parent.iterdir())
    preview = preview_backup(backup, keys_beside(backup), SlotSecret.recovery(new_journal.recovery))
    assert (preview.entries, preview.first_day, preview.last_day) == (
        2,
        dt.date(2025, 3, 1),
        dt.date(2025, 4, 1),
    )
    assert [(row.headline, row.heavy) for row in preview.newest] == [
        ("", True),
        ("Old words", False),
    ]
    assert sorted(p.name for p in backup.parent.iterdir()) == before  # nothing written beside it


def test_a_wrong_key_or_a_missing_file_is_said_plainly(new_journal: NewJournal) -> None:
    backup = make_backup(
        new_journal.journal, new_journal.files.backups, dt.datetime.now(dt.UTC)
    ).path
    with pytest.raises(NoSlotAvailable):  # this journal opens without a passphrase
        preview_backup(backup, keys_beside(backup), SlotSecret.passphrase("not it at all"))
    with pytest.raises(WrongSecret):
        preview_backup(backup, keys_beside(backup), SlotSecret.recovery(RecoveryKey.generate()))
    with pytest.raises(JournalNotFound):
        preview_backup(
            backup.with_name("missing.db"), keys_beside(backup), SlotSecret.passphrase("x")
        )
