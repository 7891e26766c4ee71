"""Exports being written right now, noted inside the encrypted journal.

A killed export can leave a temp file in the folder the user chose (where the
system can't write an unnamed file). So before writing, the folder is noted
here, and cleared once the file is named or gone; a start that finds a note
sweeps that folder (``app.export.interrupted``). The note lives in the ``meta``
table of the encrypted database, never in plaintext settings. It holds the
folder only: never a file name, never text.
"""

from __future__ import annotations

import json
import os

from app.storage.connection import Connection, transaction
from app.storage.sql_errors import known_errors

_KEY = "exports_in_progress"


def note_export(connection: Connection, folder: str) -> str:
    """Note that an export to ``folder`` is starting; return its token for ``clear_exports``."""
    token = os.urandom(8).hex()  # not `secrets`: it loads OpenSSL into every start
    with transaction(connection):
        notes = _read(connection)
        notes[token] = folder
        _write(connection, notes)
    return token


def clear_exports(connection: Connection, tokens: list[str]) -> None:
    """Forget the notes with these tokens (finished or swept exports)."""
    with transaction(connection):
        notes = _read(connection)
        for token in tokens:
            notes.pop(token, None)
        _write(connection, notes)


def noted_exports(connection: Connection) -> dict[str, str]:
    """Token -> folder of every export noted and not cleared."""
    with known_errors():
        return _read(connection)


def _read(connection: Connection) -> dict[str, str]:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (_KEY,)).fetchone()
    try:
        raw = json.loads(str(row[0])) if row else {}
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(token): str(folder) for token, folder in raw.items()}


def _write(connection: Connection, notes: dict[str, str]) -> None:
    if not notes:
        connection.execute("DELETE FROM meta WHERE key = ?", (_KEY,))
        return
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_KEY, json.dumps(notes)),
    )
