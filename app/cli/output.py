"""How the CLI shows entries: plain text for people, JSON for scripts.

JSON uses the keys id, date, created, updated, title, body, tags, mood, theme,
prompt, marked, heavy (lists and search results leave out the body); a whole entry
also has energy, feeling and pulls (each pull an object with its id and label).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TextIO, TypeVar

from app.cli.checkin_options import pull_label
from app.records.entries import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Entry,
    EntrySummary,
    Revision,
    SearchHit,
)

SHORT_ID = 8
_BOLD, _PLAIN = "\x1b[1m", "\x1b[0m"

Row = TypeVar("Row")


def entry_json(entry: Entry) -> dict[str, Any]:
    """The JSON object for a whole entry."""
    return {
        **summary_json(entry.summary()),
        "title": entry.title or entry.headline,
        "body": entry.body,
        "tags": list(entry.tags),
        "prompt": entry.prompt,
        "energy": entry.energy,
        "feeling": entry.feeling,
        "pulls": [{"id": pull, "label": pull_label(pull)} for pull in entry.pulls],
    }


def summary_json(summary: EntrySummary) -> dict[str, Any]:
    """The JSON object for a list row."""
    data: dict[str, Any] = {
        "id": summary.id,
        "date": summary.date.isoformat(),
        "created": summary.created.isoformat(),
        "updated": summary.updated.isoformat(),
        "title": summary.headline,
        "mood": summary.mood,
        "theme": summary.theme,
        "marked": summary.marked,
        "heavy": summary.heavy,
    }
    if summary.trashed is not None:
        data["trashed"] = summary.trashed.isoformat()
    return data


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """The JSON object for a search result (snippet matches in [brackets])."""
    return {
        **summary_json(hit.entry),
        "snippet": _highlight(hit.snippet, "[", "]"),
        "score": hit.score,
    }


def revision_json(revision: Revision) -> dict[str, Any]:
    """The JSON object for an earlier version."""
    return {
        "revision": revision.id,
        "saved": revision.saved.isoformat(),
        "title": revision.title,
        "body": revision.body,
        "tags": list(revision.tags),
        "mood": revision.mood,
    }


def write_json(stream: TextIO, data: object) -> None:
    """Pretty JSON with non-ASCII text kept readable."""
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_rows(
    stream: TextIO,
    rows: Sequence[Row],
    as_json: bool,
    to_json: Callable[[Row], object],
    to_line: Callable[[Row], str],
) -> None:
    """A list for scripts (one JSON array) or for people (one line a row)."""
    if as_json:
        write_json(stream, [to_json(row) for row in rows])
        return
    for row in rows:
        stream.write(to_line(row) + "\n")


def summary_line(summary: EntrySummary) -> str:
    """One list line: date, short id, marks, title."""
    marks = ("★" if summary.marked else " ") + ("◆" if summary.heavy else " ")
    title = summary.headline or "(untitled)"
    return f"{summary.date.isoformat()}  {summary.id[:SHORT_ID]}  {marks} {title}"


def entry_text(entry: Entry) -> str:
    """A whole entry for reading in a terminal."""
    lines = [entry.title or entry.headline or "(untitled)", f"Date: {entry.date.isoformat()}"]
    if entry.tags:
        lines.append("Tags: " + ", ".join(entry.tags))
    if entry.mood is not None:
        lines.append(f"Mood: {entry.mood}/5")
    lines += _checkin_lines(entry)
    marks = [name for name, on in (("remember this", entry.marked), ("heavy", entry.heavy)) if on]
    if marks:
        lines.append("Marked: " + ", ".join(marks))
    lines.append(f"Id: {entry.id}")
    return "\n".join(lines) + "\n\n" + entry.body.rstrip("\n") + "\n"


def _checkin_lines(entry: Entry) -> list[str]:
    """The check-in fields that are set; a preset pull shows its label and its id."""
    lines = []
    if entry.feeling:
        lines.append(f"Feeling: {entry.feeling}")
    if entry.energy is not None:
        lines.append(f"Energy: {entry.energy}/3")
    if entry.pulls:
        shown = [_pull_text(pull) for pull in entry.pulls]
        lines.append("What pulled at me: " + "; ".join(shown))
    return lines


def _pull_text(stored: str) -> str:
    label = pull_label(stored)
    return label if label == stored else f"{label} ({stored})"


def hit_text(hit: SearchHit, color: bool) -> str:
    """A search result: the list line and an indented snippet."""
    start, end = (_BOLD, _PLAIN) if color else ("[", "]")
    snippet = " ".join(_highlight(hit.snippet, start, end).split())
    return f"{summary_line(hit.entry)}\n      {snippet}"


def _highlight(snippet: str, start: str, end: str) -> str:
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)
