"""Full-text search over the encrypted FTS5 index.

What a person types is never passed to FTS5 as query syntax: every word becomes a
quoted string (so ``AND``, ``NEAR``, ``*`` or a stray quote are just words), all
words must match, text in double quotes is a phrase, and the last word also
matches as a prefix so results appear while typing.
"""

from __future__ import annotations

import json
import re

from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START, EntryFilter, SearchHit
from app.storage.connection import Connection
from app.storage.filters import where_clause
from app.storage.rows import SUMMARY_COLUMNS, summary_from_row
from app.storage.search_snippets import best_column, make_snippet
from app.storage.sql_errors import known_errors

FTS_COLUMNS = 6  # title, body, tags, feeling, pulls, theme
MAX_TERMS = 64
MAX_QUERY_CHARS = 10_000
# Title and tags weigh more than the body: a word in a title is what the entry is about.
# Then the check-in's fields: feeling, pulls, theme.
_BM25 = "bm25(entries_fts, 8.0, 1.0, 4.0, 4.0, 2.0, 2.0)"
_TERMS = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w", re.UNICODE)


def build_match(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None if it has no words.

    A pasted page is not a query: a term said twice adds nothing, and past
    ``MAX_TERMS`` terms (or ``MAX_QUERY_CHARS`` characters) the rest is left out.
    FTS5's cost grows faster than the number of terms (a 300 KB paste took 19 s,
    search-as-you-type included); 64 terms that must all match find the entry.
    """
    parts: list[str] = []
    query = query[:MAX_QUERY_CHARS].replace("\x00", " ")  # FTS5 strings end at a NUL
    for phrase, word in _TERMS.findall(query):
        text = phrase or word
        term = '"' + text.replace('"', '""') + '"'
        if _WORD.search(text) and term not in parts:
            parts.append(term)
            if len(parts) == MAX_TERMS:
                break
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
    """Entries matching ``query``, best first, with highlighted snippets.

    Two steps, because snippets are the costly part and SQLite would compute one
    for every match before sorting: rank every match (bm25) keeping the best
    ``limit``, then make snippets for those rows only.
    """
    match = build_match(query)
    if match is None:
        return []
    entry_filter = entry_filter or EntryFilter()
    with known_errors():
        ranked = _rank(connection, match, entry_filter, limit)
        hits = _with_snippets(connection, match, entry_filter, ranked) if ranked else []
    return hits[:limit]


def _rank(
    connection: Connection, match: str, entry_filter: EntryFilter, limit: int
) -> list[tuple[int, float]]:
    """Row ids and scores of the best matches, best first."""
    if entry_filter == EntryFilter():
        # Live entries only, the common case: rank in the index alone (no join with
        # the entries table per match) and over-fetch by the few trashed entries.
        spare = connection.execute(
            "SELECT count(*) FROM entries WHERE trashed IS NOT NULL"
        ).fetchone()[0]
        sql = (
            f"SELECT rowid, {_BM25} AS score FROM entries_fts"
            " WHERE entries_fts MATCH ? ORDER BY score LIMIT ?"
        )
        rows = connection.execute(sql, (match, limit + int(spare))).fetchall()
    else:
        condition, params = where_clause(entry_filter)
        sql = (
            f"SELECT entries_fts.rowid, {_BM25} AS score"
            " FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
            f" WHERE entries_fts MATCH ? AND {condition} ORDER BY score LIMIT ?"
        )
        rows = connection.execute(sql, (match, *params, limit)).fetchall()
    return [(int(row_id), float(score)) for row_id, score in rows]


def _with_snippets(
    connection: Connection, match: str, entry_filter: EntryFilter, ranked: list[tuple[int, float]]
) -> list[SearchHit]:
    """Summaries and snippets for the ranked rows that pass the filter, in rank order.

    FTS5 marks the matched words in each column (``highlight``); the excerpt is cut
    from the best column on word boundaries (see ``search_snippets``). The unary
    ``+`` keeps SQLite from using the id list as an index constraint, which would
    restart the full-text query once per id.
    """
    condition, params = where_clause(entry_filter)
    marked = ", ".join(f"highlight(entries_fts, {column}, ?, ?)" for column in range(FTS_COLUMNS))
    sql = (
        f"SELECT e.id, {SUMMARY_COLUMNS}, {marked}"
        " FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
        " WHERE entries_fts MATCH ? AND +entries_fts.rowid IN (SELECT value FROM json_each(?))"
        f" AND {condition}"
    )
    ids = json.dumps([row_id for row_id, _ in ranked])
    markers = (HIGHLIGHT_START, HIGHLIGHT_END) * FTS_COLUMNS
    arguments = (*markers, match, ids, *params)
    rows = {int(row[0]): row for row in connection.execute(sql, arguments).fetchall()}
    weigh = " AND " in match  # several terms: show where most of them are
    return [
        SearchHit(summary_from_row(row[1:11]), _snippet(row[11:], weigh=weigh), score)
        for row_id, score in ranked
        if (row := rows.get(row_id)) is not None
    ]


def _snippet(marked_columns: tuple[object, ...], *, weigh: bool) -> str:
    """The excerpt for one hit, from the column that matched the most words."""
    texts = [None if text is None else str(text) for text in marked_columns]
    return make_snippet(best_column(texts, weigh=weigh), weigh=weigh)
