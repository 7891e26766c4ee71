"""The database schema, as ordered migrations keyed on ``PRAGMA user_version``.

Each migration is one SQL script applied in one transaction. Before an existing
journal is migrated, the caller's ``backup`` hook takes a verified encrypted copy,
so a failed or faulty migration can always be undone. Later issues append to
``MIGRATIONS``; a migration, once released, is never edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlcipher3

from app.errors import JournalTooNew
from app.storage.connection import Connection
from app.storage.incident_migration import migrate_to_v10
from app.storage.incident_schema import V9_INCIDENTS
from app.storage.link_schema import V11_LINKS
from app.storage.pattern_schema import V12_PATTERNS_INDEX
from app.storage.sql_errors import known_errors
from app.storage.sync_schema import V13_SYNC
from app.words import QT_TR_NOOP

V1_ENTRIES = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    entry_date TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    mood INTEGER CHECK (mood BETWEEN 1 AND 5),
    theme TEXT,
    prompt_id TEXT,
    marked INTEGER NOT NULL DEFAULT 0 CHECK (marked IN (0, 1)),
    heavy INTEGER NOT NULL DEFAULT 0 CHECK (heavy IN (0, 1)),
    trashed TEXT
);

-- Covers the timeline query completely, so listing never decrypts body pages.
CREATE INDEX entries_timeline ON entries (
    trashed, entry_date DESC, created DESC,
    uuid, headline, mood, theme, marked, heavy, updated
);

-- A narrow index for counting live entries: the timeline counts on every reload,
-- and counting through the wide index above took 108 ms at 100k entries (2 ms here).
CREATE INDEX entries_live ON entries (trashed);

CREATE TABLE entry_tags (
    tag TEXT NOT NULL COLLATE NOCASE,
    entry INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    PRIMARY KEY (tag, entry)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_entry ON entry_tags (entry);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    entry INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    saved TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL,
    mood INTEGER
);
CREATE INDEX revisions_by_entry ON revisions (entry, saved);

CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags,
    content = 'entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- No FTS5 'secure-delete' here: with prefix indexes it made every autosave rewrite
-- the index lists of common prefixes (save p99 75 ms at 10k entries, 1.9 ms
-- without). Stale words leave the (encrypted) index as segments merge, and at once
-- when entries are deleted for good (EntryStore.purge and empty_trash optimise it).

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tags ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO entries_fts (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;
"""

V2_CHECKIN = """
-- The evening check-in: how I am (energy 1-3 with the mood's pleasantness 1-5
-- and a feeling word), what pulled at me today, stored with the entry.
ALTER TABLE entries ADD COLUMN energy INTEGER CHECK (energy BETWEEN 1 AND 3);
ALTER TABLE entries ADD COLUMN feeling TEXT;
ALTER TABLE entries ADD COLUMN pulls TEXT NOT NULL DEFAULT '';

CREATE TABLE entry_pulls (
    pull TEXT NOT NULL COLLATE NOCASE,
    entry INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    PRIMARY KEY (pull, entry)
) WITHOUT ROWID;
CREATE INDEX entry_pulls_by_entry ON entry_pulls (entry);

-- When each prompt was last answered, for the scheduler's "not again so soon".
CREATE INDEX entries_by_prompt ON entries (prompt_id, entry_date) WHERE prompt_id IS NOT NULL;

-- Imported and own prompts live here, encrypted like everything else.
CREATE TABLE prompt_packs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('imported', 'custom')),
    added TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE prompt_themes (
    id TEXT NOT NULL,
    pack TEXT NOT NULL REFERENCES prompt_packs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (pack, id)
) WITHOUT ROWID;
CREATE TABLE prompts (
    id TEXT PRIMARY KEY,
    pack TEXT NOT NULL REFERENCES prompt_packs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    theme TEXT NOT NULL,
    phases TEXT NOT NULL,
    intensity TEXT NOT NULL CHECK (intensity IN ('gentle', 'deep')),
    text TEXT NOT NULL,
    follow_ups TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX prompts_by_pack ON prompts (pack, position);

-- Search the check-in's fields too: a feeling word, a pull, a theme.
DROP TRIGGER entries_fts_insert;
DROP TRIGGER entries_fts_delete;
DROP TRIGGER entries_fts_update;
DROP TABLE entries_fts;
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags, feeling, pulls, theme,
    content = 'entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body, tags, feeling, pulls, theme)
    VALUES (new.id, new.title, new.body, new.tags, new.feeling, new.pulls, new.theme);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags, feeling, pulls, theme)
    VALUES ('delete', old.id, old.title, old.body, old.tags, old.feeling, old.pulls, old.theme);
END;
CREATE TRIGGER entries_fts_update
AFTER UPDATE OF title, body, tags, feeling, pulls, theme ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags, feeling, pulls, theme)
    VALUES ('delete', old.id, old.title, old.body, old.tags, old.feeling, old.pulls, old.theme);
    INSERT INTO entries_fts (rowid, title, body, tags, feeling, pulls, theme)
    VALUES (new.id, new.title, new.body, new.tags, new.feeling, new.pulls, new.theme);
END;
"""

V3_QUIET_INDEX = """
-- FTS5's automatic merging made one autosave in about thirty take 30-80 ms at 10k
-- entries (it merges index segments inside the writing transaction). Merging now
-- happens in small steps when the app is idle and after CLI writes (see
-- EntryStore.tidy_search_index); FTS5's crisis merge still bounds the segments.
INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0);
"""

V4_DOUBT = """
-- "Remind me why": the user's own reasons, in the order they chose.
CREATE TABLE reasons (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX reasons_in_order ON reasons (position);

-- Marked entries, newest first, without walking every live entry.
CREATE INDEX entries_marked ON entries (entry_date DESC, created DESC)
    WHERE marked = 1 AND trashed IS NULL;
-- "On this day": entries of a month and day, from earlier years.
CREATE INDEX entries_month_day ON entries (substr(entry_date, 6, 5))
    WHERE trashed IS NULL;

-- The contact log: when the other person reached out, and what I did.
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    happened TEXT NOT NULL,
    channel TEXT NOT NULL,
    said TEXT NOT NULL DEFAULT '',
    felt TEXT NOT NULL DEFAULT '',
    did TEXT NOT NULL DEFAULT '',
    entry TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    trashed TEXT
);
CREATE INDEX contacts_by_time ON contacts (trashed, happened DESC);
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    said, felt, did, channel,
    content = 'contacts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, said, felt, did, channel)
    VALUES (new.id, new.said, new.felt, new.did, new.channel);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, said, felt, did, channel)
    VALUES ('delete', old.id, old.said, old.felt, old.did, old.channel);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF said, felt, did, channel ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, said, felt, did, channel)
    VALUES ('delete', old.id, old.said, old.felt, old.did, old.channel);
    INSERT INTO contacts_fts (rowid, said, felt, did, channel)
    VALUES (new.id, new.said, new.felt, new.did, new.channel);
END;
"""

V5_EXPORT_LOG = """
-- When something left the vault: the time, the format, how many entries and the
-- kind of selection ("current entry", "several entries", "filter"). Never text,
-- titles, entry ids or names.
CREATE TABLE export_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    format TEXT NOT NULL,
    entries INTEGER NOT NULL,
    selection TEXT NOT NULL
);
"""

V6_CONTACT_PEOPLE = """
-- Who reached out: leaving a family often means several people. Each record
-- keeps its names in order (``who``, one per line, also searchable); the names
-- the user has typed are remembered here, encrypted, to be offered again, and a
-- name no record uses any more is forgotten (see ContactStore).
ALTER TABLE contacts ADD COLUMN who TEXT NOT NULL DEFAULT '';
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL
);
CREATE TABLE contact_people (
    contact INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    person INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (contact, person)
) WITHOUT ROWID;
CREATE INDEX contact_people_by_person ON contact_people (person);

-- Search finds a record by who, too.
DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contacts_fts_delete;
DROP TRIGGER contacts_fts_update;
DROP TABLE contacts_fts;
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    said, felt, did, channel, who,
    content = 'contacts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, said, felt, did, channel, who)
    VALUES (new.id, new.said, new.felt, new.did, new.channel, new.who);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, said, felt, did, channel, who)
    VALUES ('delete', old.id, old.said, old.felt, old.did, old.channel, old.who);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF said, felt, did, channel, who ON contacts
BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, said, felt, did, channel, who)
    VALUES ('delete', old.id, old.said, old.felt, old.did, old.channel, old.who);
    INSERT INTO contacts_fts (rowid, said, felt, did, channel, who)
    VALUES (new.id, new.said, new.felt, new.did, new.channel, new.who);
END;
"""

V7_ATTACHMENTS = """
-- Pictures and documents, inside the encrypted database like the words, so backups,
-- re-keying and every check carry them. The original bytes are kept as they were
-- (their SHA-256 is evidence), in 1 MiB chunks: a large file is never one value in
-- memory twice. An attachment belongs to an entry and leaves with it for good when
-- the trash is emptied (secure_delete overwrites its pages).
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    entry INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    added TEXT NOT NULL,
    width INTEGER,
    height INTEGER
);
CREATE INDEX attachments_by_entry ON attachments (entry, added);
CREATE TABLE attachment_chunks (
    attachment INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment, seq)
);
"""

V8_IMPORT_SOURCES = """
-- Entries brought in from elsewhere remember where from (dayone, jrnl, markdown, or
-- where an archived entry first came from) and their id there, so importing the
-- same file again adds nothing and "imported from Day One" is a filter.
ALTER TABLE entries ADD COLUMN source TEXT;
ALTER TABLE entries ADD COLUMN source_id TEXT;
CREATE UNIQUE INDEX entries_by_source ON entries (source, source_id)
    WHERE source IS NOT NULL;
"""

Migration = str | Callable[[Connection], None]
"""A migration: an SQL script, or a step in Python (run in one transaction all the same)."""

MIGRATIONS: tuple[Migration, ...] = (
    V1_ENTRIES,
    V2_CHECKIN,
    V3_QUIET_INDEX,
    V4_DOUBT,
    V5_EXPORT_LOG,
    V6_CONTACT_PEOPLE,
    V7_ATTACHMENTS,
    V8_IMPORT_SOURCES,
    V9_INCIDENTS,
    migrate_to_v10,
    V11_LINKS,
    V12_PATTERNS_INDEX,
    V13_SYNC,
)
BackupHook = Callable[[int], None]


def schema_version(connection: Connection) -> int:
    """The schema version stored in the database."""
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(
    connection: Connection,
    backup: BackupHook | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the schema up to date; returns the version it ends at.

    Args:
        connection: a keyed connection.
        backup: called with the current version before an existing (non-empty)
            journal is changed; it must raise if it cannot make a verified copy.
        migrations: the scripts, in order (tests pass their own).

    Raises:
        JournalTooNew: the journal's version is newer than ``migrations`` knows.
    """
    current = schema_version(connection)
    if current > len(migrations):
        raise JournalTooNew(
            QT_TR_NOOP(
                "This journal was written by a newer version of Threshold. "
                "Please update Threshold to open it; the journal was left untouched."
            )
        )
    if current == len(migrations):
        return current
    if current > 0 and backup is not None:
        backup(current)
    for version in range(current + 1, len(migrations) + 1):
        _apply(connection, migrations[version - 1], version)
    return len(migrations)


def _apply(connection: Connection, script: Migration, version: int) -> None:
    """Run one migration and set the version, all in one transaction."""
    if not isinstance(script, str):
        _apply_step(connection, script, version)
        return
    with known_errors():
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        except sqlcipher3.Error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def _apply_step(connection: Connection, step: Callable[[Connection], None], version: int) -> None:
    """Run a migration written in Python: foreign keys off while tables are rebuilt.

    SQLite's procedure for rebuilding a table: foreign keys off (outside the
    transaction), the change, every key checked, then commit; on any error, nothing.
    """
    with known_errors():
        connection.execute("PRAGMA foreign_keys = OFF")
        try:
            connection.execute("BEGIN IMMEDIATE")
            step(connection)
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlcipher3.IntegrityError(f"version {version} broke {len(broken)} link(s)")
            connection.execute(f"PRAGMA user_version = {version}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        finally:
            connection.execute("PRAGMA foreign_keys = ON")
