"""Connections, migrations and error classification against real SQLCipher files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import DiskFull, JournalBusy, JournalDamaged, JournalTooNew, ReadOnly
from app.files import JournalFiles
from app.journal import Journal, open_journal
from app.records.entries import EntryFields
from app.storage.connection import KeyMismatch, NotSQLCipher, open_connection, transaction
from app.storage.schema import MIGRATIONS, migrate, schema_version
from app.storage.sql_errors import classify
from app.vault.slot_secret import SlotSecret
from app.vault.wrapping import new_key
from tests.helpers.journals import NewJournal


def test_every_connection_has_the_safety_pragmas(tmp_path: Path) -> None:
    db = open_connection(tmp_path / "x.db", new_key(), create=True)

    def pragma(name: str) -> object:
        return db.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("cipher_version")
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("secure_delete") == 1
    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") == 5000
    assert pragma("wal_autocheckpoint") == 10000  # checkpoints run when idle, not in a save
    db.close()


def test_the_file_is_encrypted_from_the_first_byte(tmp_path: Path) -> None:
    db = open_connection(tmp_path / "x.db", new_key(), create=True)
    with transaction(db):
        db.execute("CREATE TABLE t (v TEXT)")
        db.execute("INSERT INTO t VALUES ('plain words here')")
    db.close()
    raw = (tmp_path / "x.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"plain words here" not in raw


def test_wrong_key_is_a_mismatch(tmp_path: Path) -> None:
    open_connection(tmp_path / "x.db", new_key(), create=True).close()
    with pytest.raises(KeyMismatch):
        open_connection(tmp_path / "x.db", new_key())


def test_refuses_to_run_without_encryption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.storage.connection.sqlcipher3.connect", sqlite3.connect)
    with pytest.raises(NotSQLCipher):
        open_connection(tmp_path / "x.db", new_key(), create=True)


def test_transaction_rolls_back_on_error(journal: Journal) -> None:
    db = journal._db

    def insert_then_fail() -> None:
        with transaction(db):
            db.execute("INSERT INTO meta (key, value) VALUES ('temporary', 'x')")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        insert_then_fail()
    assert db.execute("SELECT count(*) FROM meta WHERE key = 'temporary'").fetchone()[0] == 0
    assert not db.in_transaction


def test_second_writer_waits_then_gets_a_plain_busy_error(
    new_journal: NewJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery))
    other._db.execute("PRAGMA busy_timeout = 100")
    new_journal.journal._db.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(JournalBusy), transaction(other._db):
            pass
    finally:
        new_journal.journal._db.execute("ROLLBACK")
        other.close()


def test_new_journal_is_at_the_latest_version(journal: Journal) -> None:
    assert schema_version(journal._db) == len(MIGRATIONS)


def test_migration_takes_a_verified_backup_first(
    new_journal: NewJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_journal.journal.entries.add(EntryFields(body="before the upgrade"))
    new_journal.journal.close()
    later = (*MIGRATIONS, "CREATE TABLE later_feature (id INTEGER PRIMARY KEY);")
    monkeypatch.setattr(
        "app.journal.opening.migrate", lambda conn, backup=None: migrate(conn, backup, later)
    )
    with open_journal(new_journal.files, SlotSecret.recovery(new_journal.recovery)) as upgraded:
        assert schema_version(upgraded._db) == len(later)
    monkeypatch.undo()  # the copy is opened by today's code, which stops before `later`
    current = len(MIGRATIONS)
    backups = sorted(new_journal.files.backups.glob(f"before-upgrade-from-v{current}-*.db"))
    assert len(backups) == 1
    copy = JournalFiles(backups[0].parent / "restored")
    copy.folder.mkdir()
    backups[0].rename(copy.database)
    Path(f"{backups[0]}.keys").rename(copy.key_slots)
    with open_journal(copy, SlotSecret.recovery(new_journal.recovery)) as restored:
        assert schema_version(restored._db) == current
        assert restored.entries.summaries()[0].headline == "before the upgrade"


def test_failed_migration_changes_nothing(journal: Journal) -> None:
    broken = "CREATE TABLE fine (id INTEGER); THIS IS NOT SQL;"
    with pytest.raises(sqlcipher3.Error):
        migrate(journal._db, None, (*MIGRATIONS, broken))
    assert schema_version(journal._db) == len(MIGRATIONS)
    assert (
        journal._db.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'fine'").fetchone()[0]
        == 0
    )


def test_too_new_journal_is_refused(journal: Journal) -> None:
    journal._db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    with pytest.raises(JournalTooNew):
        migrate(journal._db)


class FakeSqlError(sqlcipher3.OperationalError):  # type: ignore[misc]
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.sqlite_errorname = name


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("SQLITE_FULL", DiskFull),
        ("SQLITE_BUSY", JournalBusy),
        ("SQLITE_BUSY_SNAPSHOT", JournalBusy),
        ("SQLITE_READONLY", ReadOnly),
        ("SQLITE_CORRUPT", JournalDamaged),
        ("SQLITE_NOTADB", JournalDamaged),
    ],
)
def test_errors_are_classified(name: str, kind: type) -> None:
    assert isinstance(classify(FakeSqlError(name)), kind)


def test_unknown_errors_are_bugs() -> None:
    assert classify(FakeSqlError("SQLITE_MISUSE")) is None


def test_a_failed_upgrade_to_exclusive_keeps_the_shared_lock(tmp_path: Path) -> None:
    """Linux drops a shared flock when a non-blocking upgrade fails; we take it back."""
    from app.storage.lockfile import JournalLock

    path = tmp_path / "journal.lock"
    first, second = JournalLock(path), JournalLock(path)
    with pytest.raises(JournalBusy):
        first.make_exclusive()
    second.release()
    third = JournalLock(path)
    with pytest.raises(JournalBusy):
        third.make_exclusive()  # `first` still holds its shared lock
    first.release()
    third.make_exclusive()
    third.release()


def test_autosave_never_merges_the_search_index_and_tidying_does(journal: Journal) -> None:
    config = journal._db.execute(
        "SELECT v FROM entries_fts_config WHERE k = 'automerge'"
    ).fetchone()
    assert config == (0,)
    for n in range(40):  # every write leaves an index segment behind
        words = " ".join(f"w{n}x{k}" for k in range(200))
        journal.entries.add(EntryFields(body=f"entry{n} {words}"))

    def index_pages() -> int:
        return int(journal._db.execute("SELECT count(*) FROM entries_fts_data").fetchone()[0])

    before = index_pages()
    steps = 0
    while journal.entries.tidy_search_index(pages=10):
        steps += 1
        assert steps < 200
    assert steps >= 1
    assert index_pages() < before
    assert len(journal.entries.search("entry39")) == 1
    assert len(journal.entries.search("w3x1")) == 1
