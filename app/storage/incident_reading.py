"""Reading the incident record's rows: records, amendments, and what verify compares.

Kept apart from the store (``app.storage.incidents``), which writes: each module
one job. Every function runs on the caller's connection, inside its transaction
when it has one.
"""

from __future__ import annotations

import json

from app.records.incidents import Amendment, Evidence, Incident, IncidentKind, amended
from app.storage.connection import Connection
from app.storage.incident_chain import ChainBreak, Link, Standing, amendment_ref
from app.storage.incident_rows import (
    COLUMNS,
    LINK_COLUMNS,
    UNREADABLE,
    amendment_seal,
    incident_from_row,
    link_from_row,
    newest_first,
    record_seal,
)
from app.storage.rows import to_time
from app.words import QT_TR_NOOP, Said

# Amendments in the order the chain sealed them (a row id can be forged; the chain can't).
_AMENDMENTS = (
    "SELECT a.incident, a.recorded, a.reason, a.changes FROM incident_amendments a"
    " JOIN incidents i ON i.id = a.incident"
    " LEFT JOIN incident_chain c ON c.ref = i.uuid || '/' || a.uuid"
)


def read_incidents(db: Connection, where: str, params: tuple[object, ...] = ()) -> list[Incident]:
    """The records a condition on ``incidents`` picks, with their amendments, newest first."""
    rows = db.execute(f"SELECT id, {COLUMNS} FROM incidents WHERE {where}", params).fetchall()
    if not rows:
        return []
    amendments = amendments_by_row(db, None if len(rows) > 1 else int(rows[0][0]))
    found = [incident_from_row(row[1:], tuple(amendments.get(int(row[0]), ()))) for row in rows]
    return sorted(found, key=newest_first)


def amendments_by_row(db: Connection, row_id: int | None = None) -> dict[int, list[Amendment]]:
    """Each record's amendments (by its row id), in the chain's order."""
    where, params = ("", ()) if row_id is None else (" WHERE a.incident = ?", (row_id,))
    found: dict[int, list[Amendment]] = {}
    for incident, recorded, reason, changes in db.execute(
        f"{_AMENDMENTS}{where} ORDER BY a.incident, c.seq, a.id", params
    ):
        amendment = Amendment(to_time(recorded), str(reason), json.loads(str(changes)))
        found.setdefault(int(incident), []).append(amendment)
    return found


def matching_rows(db: Connection, match: str, limit: int) -> list[int]:
    """The row ids of records whose words (or an amendment's) match, best first."""
    rows = db.execute(
        "SELECT incident FROM incidents_fts WHERE incidents_fts MATCH ?"
        " GROUP BY incident ORDER BY min(rank) LIMIT ?",
        (match, limit),
    ).fetchall()
    return [int(row[0]) for row in rows]


def of_kind(incidents: list[Incident], kind: IncidentKind | None) -> list[Incident]:
    """Only the records of ``kind`` as they read now (all of them for None)."""
    if kind is None:
        return incidents
    return [i for i in incidents if kind in amended(i.fields, i.amendments).kinds]


def standing(db: Connection) -> Standing:
    """Every record's and amendment's content digest as its rows stand now, and the trash."""
    contents: dict[str, str] = {}
    rows = db.execute(f"SELECT id, {COLUMNS} FROM incidents").fetchall()
    ids = {int(row[0]): str(row[1]) for row in rows}
    for row in rows:
        try:
            contents[str(row[1])] = record_seal(incident_from_row(row[1:], ()))
        except (ValueError, TypeError, KeyError):  # a row no longer of its shape: changed
            contents[str(row[1])] = UNREADABLE
    for amendment_id, incident, recorded, reason, changes in db.execute(
        "SELECT uuid, incident, recorded, reason, changes FROM incident_amendments"
    ):
        record_id = ids.get(int(incident), "")
        ref = amendment_ref(record_id, str(amendment_id))
        try:
            amendment = Amendment(to_time(recorded), str(reason), json.loads(str(changes)))
            contents[ref] = amendment_seal(record_id, str(amendment_id), amendment)
        except (ValueError, TypeError):
            contents[ref] = UNREADABLE
    trashed = frozenset(str(row[1]) for row in rows if row[-1] is not None)
    return Standing(contents, trashed)


def links(db: Connection) -> list[Link]:
    """The chain, in order."""
    query = f"SELECT {LINK_COLUMNS} FROM incident_chain ORDER BY seq"
    return [link_from_row(row) for row in db.execute(query)]


def evidence_break(db: Connection) -> ChainBreak | None:
    """The first evidence file that is not as its record sealed it, or kept unsealed.

    Compares the SHA-256 each record (as it reads now, with every amendment) names
    with the file's own record; ``journal.attachments.check`` re-hashes the bytes.
    """
    files = {
        (int(row), str(uuid)): str(digest)
        for row, uuid, digest in db.execute(
            "SELECT incident, uuid, sha256 FROM attachments WHERE incident IS NOT NULL"
        )
    }
    named: set[tuple[int, str]] = set()
    for row_id, incident in _every_record(db):
        for item in every_evidence(incident):
            key = (row_id, item.attachment)
            named.add(key)
            if files.get(key) != item.sha256:
                return ChainBreak(
                    None,
                    incident.id,
                    Said(QT_TR_NOOP("has an evidence file that was changed or lost")),
                )
    unsealed = sorted(set(files) - named)
    if unsealed:
        record = db.execute("SELECT uuid FROM incidents WHERE id = ?", (unsealed[0][0],))
        return ChainBreak(
            None, str(record.fetchone()[0]), Said(QT_TR_NOOP("has an evidence file no link seals"))
        )
    return None


def _every_record(db: Connection) -> list[tuple[int, Incident]]:
    rows = db.execute(f"SELECT id, {COLUMNS} FROM incidents").fetchall()
    amendments = amendments_by_row(db)
    found = []
    for row in rows:
        try:
            found.append(
                (int(row[0]), incident_from_row(row[1:], tuple(amendments.get(int(row[0]), ()))))
            )
        except (ValueError, TypeError, KeyError):  # named by the chain's own check
            continue
    return found


def every_evidence(incident: Incident) -> set[Evidence]:
    """Every evidence file the record has named: first, or after any amendment."""
    views = [
        amended(incident.fields, incident.amendments[:count])
        for count in range(len(incident.amendments) + 1)
    ]
    return {item for view in views for item in view.evidence}
