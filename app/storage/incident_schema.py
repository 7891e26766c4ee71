"""Schema version 9: the incident record's tables, kept apart from ``schema`` for its size."""

V9_INCIDENTS = """
-- The incident record (docs/plans/incident-record.md): when it happened and, apart,
-- when it was recorded; never changed in place. A correction is an amendment kept
-- beneath the original, and every record, amendment and removal is a link of a hash
-- chain (app.storage.incident_chain). The triggers make "append-only" a property of
-- the database, not only of the store: only the trash mark may change.
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    recorded TEXT NOT NULL,
    happened TEXT NOT NULL,
    happened_zone TEXT NOT NULL DEFAULT '',
    happened_about INTEGER NOT NULL DEFAULT 0 CHECK (happened_about IN (0, 1)),
    kinds TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    witnesses TEXT NOT NULL DEFAULT '',
    harm TEXT NOT NULL DEFAULT '',
    reports TEXT NOT NULL DEFAULT '',
    to_gather TEXT NOT NULL DEFAULT '',
    felt TEXT NOT NULL DEFAULT '',
    did TEXT NOT NULL DEFAULT '',
    trashed TEXT
);
CREATE INDEX incidents_by_time ON incidents (trashed, happened DESC);
-- The people a record names (as it first read, and as amended), from the list the
-- contact log keeps (schema v6): "who" stays in the record as typed, and is sealed.
CREATE TABLE incident_people (
    incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    person INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (incident, person)
) WITHOUT ROWID;
CREATE INDEX incident_people_by_person ON incident_people (person);
CREATE TABLE incident_amendments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    recorded TEXT NOT NULL,
    reason TEXT NOT NULL,
    changes TEXT NOT NULL
);
CREATE INDEX incident_amendments_in_order ON incident_amendments (incident, id);
CREATE TABLE incident_chain (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('record', 'amendment', 'removal', 'trash', 'restore')),
    ref TEXT NOT NULL,
    content TEXT NOT NULL,
    digest TEXT NOT NULL
);
CREATE TRIGGER incidents_append_only BEFORE UPDATE OF uuid, recorded, happened,
    happened_zone, happened_about, kinds, account, place, who, witnesses, harm, reports,
    to_gather, felt, did ON incidents
BEGIN
    SELECT RAISE(ABORT, 'an incident record is never changed in place');
END;
CREATE TRIGGER incident_amendments_append_only BEFORE UPDATE ON incident_amendments
BEGIN
    SELECT RAISE(ABORT, 'an amendment is never changed');
END;
CREATE TRIGGER incident_chain_append_only BEFORE UPDATE ON incident_chain
BEGIN
    SELECT RAISE(ABORT, 'the chain is never changed');
END;
CREATE TRIGGER incident_chain_kept BEFORE DELETE ON incident_chain
BEGIN
    SELECT RAISE(ABORT, 'the chain is never shortened');
END;
"""
