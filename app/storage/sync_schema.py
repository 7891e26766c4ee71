"""Schema version 13: what one journal needs to share itself between computers.

Kept beside the store that reads it (``app.storage.sync_store``). Nothing here is
used until sync is turned on: the triggers note a changed entry only while
``sync_state`` holds a device, so with sync off an autosave pays one lookup in an
empty table. The plan is ``docs/plans/sync.md``.
"""

V13_SYNC = """
-- This computer's part: device id, sync secret, folder, last sequence, last clock stamp.
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
-- Entries changed here since the last change file (by uuid; a deleted one too).
CREATE TABLE sync_outbox (uuid TEXT PRIMARY KEY) WITHOUT ROWID;
-- Each entry as last written to or merged from the folder (app.sync.entry_state, JSON).
CREATE TABLE sync_entries (uuid TEXT PRIMARY KEY, state TEXT NOT NULL) WITHOUT ROWID;
-- A change file decided but perhaps not yet in the folder: written again after a crash.
CREATE TABLE sync_unsent (sequence INTEGER PRIMARY KEY, payload TEXT NOT NULL);
-- How far each other computer's stream has been merged.
CREATE TABLE sync_read (device TEXT PRIMARY KEY, sequence INTEGER NOT NULL) WITHOUT ROWID;
-- Files refused, and why, told once; a file in a stream is tried again at each sync
-- (a copy still arriving may be whole next time) until it opens.
CREATE TABLE sync_refused (
    name TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    device TEXT,
    sequence INTEGER
) WITHOUT ROWID;
-- Files holding changes of a kind this version doesn't know: a newer version reads them again.
CREATE TABLE sync_later (
    device TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    PRIMARY KEY (device, sequence)
) WITHOUT ROWID;
CREATE TRIGGER sync_note_added AFTER INSERT ON entries
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
    BEGIN INSERT OR IGNORE INTO sync_outbox (uuid) VALUES (NEW.uuid); END;
CREATE TRIGGER sync_note_saved AFTER UPDATE ON entries
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
    BEGIN INSERT OR IGNORE INTO sync_outbox (uuid) VALUES (NEW.uuid); END;
CREATE TRIGGER sync_note_deleted AFTER DELETE ON entries
    WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'device')
    BEGIN INSERT OR IGNORE INTO sync_outbox (uuid) VALUES (OLD.uuid); END;
"""
