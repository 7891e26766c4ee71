"""Schema version 10: the contact log becomes a view of the incident record.

Every contact becomes a record of kind "a contact attempt" with each of its
fields kept, sealed in the chain as it is moved. A contact edited before records
were append-only (``updated`` differs from ``created``) gets one amendment dated
when it was last changed, whose reason says so and which claims no change it
cannot know. Attachments may now belong to a record (evidence files) instead of
an entry, which needs the attachments table rebuilt (SQLite cannot loosen a NOT
NULL column in place); the chunks are not touched.

Runs inside the migration's one transaction with foreign keys off (as SQLite's
own procedure for rebuilding a table asks); ``app.storage.schema`` checks every
foreign key before it commits.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlcipher3

from app.records.incidents import Amendment, Channel, Incident, IncidentFields, IncidentKind
from app.storage.connection import Connection
from app.storage.contact_people import who_names
from app.storage.incident_chain import (
    Link,
    LinkKind,
    amendment_ref,
    content_digest,
    genesis,
    next_link,
)
from app.storage.incident_rows import (
    COLUMNS,
    LINK_COLUMNS,
    PLACES,
    amendment_seal,
    link_from_row,
    record_seal,
    row_values,
)
from app.storage.incident_times import wall_clock
from app.storage.rows import to_text, to_time

EDITED_BEFORE = (
    "Changed in the contact log before records were kept unchanged; "
    "what it said before is not known."
)
"""The reason given to a contact that was edited in place before version 10."""

_REBUILD_ATTACHMENTS = """
CREATE TABLE attachments_v10 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    entry INTEGER REFERENCES entries (id) ON DELETE CASCADE,
    incident INTEGER REFERENCES incidents (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    added TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    CHECK ((entry IS NULL) <> (incident IS NULL))
);
INSERT INTO attachments_v10 (id, uuid, entry, name, mime, size, sha256, added, width, height)
    SELECT id, uuid, entry, name, mime, size, sha256, added, width, height FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_v10 RENAME TO attachments;
CREATE INDEX attachments_by_entry ON attachments (entry, added);
CREATE INDEX attachments_by_incident ON attachments (incident, added);
"""

_GROW_INCIDENTS = """
ALTER TABLE incidents ADD COLUMN channel TEXT;
ALTER TABLE incidents ADD COLUMN entry TEXT;
ALTER TABLE incidents ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
DROP TRIGGER incidents_append_only;
CREATE TRIGGER incidents_append_only BEFORE UPDATE OF uuid, recorded, happened,
    happened_zone, happened_about, kinds, account, place, who, witnesses, harm, reports,
    to_gather, felt, did, channel, entry, evidence ON incidents
BEGIN
    SELECT RAISE(ABORT, 'an incident record is never changed in place');
END;
CREATE INDEX incidents_by_entry ON incidents (entry) WHERE entry IS NOT NULL;
-- Words to search: a record's own, and each amendment's (the original stays findable).
CREATE VIRTUAL TABLE incidents_fts USING fts5 (incident UNINDEXED, words);
CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts (incident, words) VALUES (new.id, new.account || ' ' ||
        new.place || ' ' || new.who || ' ' || new.witnesses || ' ' || new.harm || ' ' ||
        new.reports || ' ' || new.to_gather || ' ' || new.felt || ' ' || new.did || ' ' ||
        coalesce(new.channel, ''));
END;
CREATE TRIGGER incidents_fts_amended AFTER INSERT ON incident_amendments BEGIN
    INSERT INTO incidents_fts (incident, words) VALUES (new.incident,
        (SELECT group_concat(value, ' ') FROM json_each(new.changes)
         WHERE type = 'text' OR type = 'array'));
END;
CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
    DELETE FROM incidents_fts WHERE incident = old.id;
END;
"""

_DROP_CONTACTS = """
DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contacts_fts_delete;
DROP TRIGGER contacts_fts_update;
DROP TABLE contacts_fts;
DROP TABLE contact_people;
DROP TABLE contacts;
"""

_CONTACTS = (
    "SELECT id, uuid, happened, channel, said, felt, did, entry, who, created, updated,"
    " trashed FROM contacts ORDER BY created, id"
)


def migrate_to_v10(db: Connection) -> None:
    """Grow the tables, move every contact into the record, then drop the contact log's."""
    for script in (_REBUILD_ATTACHMENTS, _GROW_INCIDENTS):
        _run(db, script)
    row = db.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
    if row is not None:  # a new journal has no contacts (nor its id yet)
        chain = _Chain(db, genesis(str(row[0])))
        for contact in db.execute(_CONTACTS).fetchall():
            _move(db, chain, contact)
    _run(db, _DROP_CONTACTS)


def _run(db: Connection, script: str) -> None:
    """Each statement of ``script`` in the caller's transaction (no executescript: it commits)."""
    for statement in _statements(script):
        db.execute(statement)


def _statements(script: str) -> list[str]:
    """The statements of a script, a trigger's body kept whole."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlcipher3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return statements


class _Chain:
    """Appends links while migrating, as ``IncidentStore._seal`` does."""

    def __init__(self, db: Connection, first: str) -> None:
        self._db, self._first = db, first
        last = db.execute(
            f"SELECT {LINK_COLUMNS} FROM incident_chain ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        self._last: Link | None = None if last is None else link_from_row(last)

    def seal(self, kind: LinkKind, ref: str, at: str, content: str) -> None:
        link = next_link(self._last, self._first, kind=kind, ref=ref, at=at, content=content)
        self._db.execute(
            f"INSERT INTO incident_chain ({LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (link.seq, link.at, link.kind.value, link.ref, link.content, link.digest),
        )
        self._last = link


def _move(db: Connection, chain: _Chain, contact: tuple[object, ...]) -> None:
    """One contact as a record: its row, its people, its seal, then its history."""
    row_id, contact_id, happened, channel, said, felt, did, entry, who, created, updated = contact[
        :11
    ]
    trashed = contact[11]
    incident = Incident(
        str(contact_id),
        to_time(created),
        IncidentFields(
            happened=wall_clock(dt.datetime.fromisoformat(str(happened))),
            kinds=(IncidentKind.CONTACT,),
            account=str(said),
            who=who_names(who),
            felt=str(felt),
            did=str(did),
            channel=_channel(channel),
            entry=None if entry is None else str(entry),
        ),
    )
    cursor = db.execute(
        f"INSERT INTO incidents ({COLUMNS}) VALUES ({PLACES})",
        row_values(incident),
    )
    new_row = int(cursor.lastrowid or 0)
    db.execute(
        "INSERT OR IGNORE INTO incident_people (incident, person)"
        " SELECT ?, person FROM contact_people WHERE contact = ?",
        (new_row, row_id),
    )
    chain.seal(LinkKind.RECORD, incident.id, to_text(incident.recorded), record_seal(incident))
    if str(updated) != str(created):
        _note_edit(db, chain, incident.id, new_row, to_time(updated))
    if trashed is not None:
        when = to_text(to_time(trashed))
        db.execute("UPDATE incidents SET trashed = ? WHERE id = ?", (when, new_row))
        seal = content_digest({"record": incident.id, "trashed": True})
        chain.seal(LinkKind.TRASH, incident.id, when, seal)


def _note_edit(
    db: Connection, chain: _Chain, record_id: str, row_id: int, when: dt.datetime
) -> None:
    """An amendment that says the contact was changed once, and claims nothing more."""
    import uuid  # noqa: PLC0415 - only while migrating

    amendment = Amendment(when, EDITED_BEFORE, {})
    amendment_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO incident_amendments (uuid, incident, recorded, reason, changes)"
        " VALUES (?, ?, ?, ?, ?)",
        (amendment_id, row_id, to_text(when), EDITED_BEFORE, json.dumps({})),
    )
    chain.seal(
        LinkKind.AMENDMENT,
        amendment_ref(record_id, amendment_id),
        to_text(when),
        amendment_seal(record_id, amendment_id, amendment),
    )


def _channel(value: object) -> Channel:
    try:
        return Channel(str(value))
    except ValueError:
        return Channel.OTHER
