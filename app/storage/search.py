"""Full-text search over the encrypted FTS5 index.

What a person types is never passed to FTS5 as query syntax: every word becomes a
quoted string (so ``AND``, ``NEAR``, ``*`` or a stray quote are just words), all
words must match, text in double quotes is a phrase, and the last word also
matches as a prefix so results appear while typing.
"""

from __future__ import annotations

import re

from app.storage.connection import Connection
from app.storage.filters import where_clause
from app.storage.models import HIGHLIGHT_END, HIGHLIGHT_START, EntryFilter, SearchHit
from app.storage.rows import SUMMARY_COLUMNS, summary_from_row
from app.storage.sql_errors import known_errors

SNIPPET_TOKENS = 16
_TERMS = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w", re.UNICODE)


def build_match(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None if it has no words."""
    parts: list[str] = []
    query = query.replace("\x00", " ")  # FTS5 strings end at a NUL
    for phrase, word in _TERMS.findall(query):
        text = phrase or word
        if _WORD.search(text):
            parts.append('"' + text.replace('"', '""') + '"')
    if not parts:
        return None
    if not query.rstrip().endswith('"'):
        parts[-1] += "*"
    return " AND ".join(parts)


def search(
    connection: Connection,
    query: str,
    entry_filter: EntryFilter | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Entries matching ``query``, best first, with highlighted snippets."""
    match = build_match(query)
    if match is None:
        return []
    condition, params = where_clause(entry_filter or EntryFilter())
    sql = (
        f"SELECT {SUMMARY_COLUMNS}, snippet(entries_fts, -1, ?, ?, '…', ?), entries_fts.rank"
        " FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
        f" WHERE entries_fts MATCH ? AND {condition}"
        " ORDER BY entries_fts.rank LIMIT ?"
    )
    arguments = (HIGHLIGHT_START, HIGHLIGHT_END, SNIPPET_TOKENS, match, *params, limit)
    with known_errors():
        rows = connection.execute(sql, arguments).fetchall()
    return [SearchHit(summary_from_row(row), str(row[10]), float(row[11])) for row in rows]
