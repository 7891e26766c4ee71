"""Turn chosen entries and the user's options into an ``ExportDocument``.

Everything that decides what leaves the vault happens here, before any
rendering: paragraphs the user left out are dropped, fields they did not
include are emptied, and names are redacted in every piece of text (title,
tags, prompt, mood word, cover note and body), so no renderer can leak them.
The attachments the kept paragraphs refer to are gathered last, so a picture
left out with its paragraph goes nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.errors import InvalidInput
from app.export import redaction
from app.export.attachments import gather
from app.export.model import ExportDocument, ExportEntry, ExportOptions, Redaction
from app.export.paragraphs import split_paragraphs
from app.records.entries import Entry, EntryFilter
from app.words import QT_TR_NOOP, say

if TYPE_CHECKING:
    from app.export.summary import Summary
    from app.journal import Journal

NOTHING_TO_EXPORT = QT_TR_NOOP("Nothing to export: no entries match what was chosen.")


def select_ids(
    journal: Journal, ids: Sequence[str] = (), entry_filter: EntryFilter | None = None
) -> list[str]:
    """Full ids of the entries to export, oldest first.

    Ids (or unique prefixes) win over the filter; with neither, every live entry
    matches. Duplicates are exported once.

    Raises:
        EntryNotFound: an id matches no entry, or several.
        InvalidInput: the selection is empty.
    """
    if ids:
        full_ids = list(dict.fromkeys(journal.entries.resolve_id(i) for i in ids))
        chosen = _oldest_first([journal.entries.get(i) for i in full_ids])
        selected = [entry.id for entry in chosen]
    else:
        rows = journal.entries.summaries(entry_filter or EntryFilter())
        selected = [row.id for row in reversed(rows)]
    if not selected:
        raise InvalidInput(NOTHING_TO_EXPORT)
    return selected


def prepare(journal: Journal, entry_ids: Sequence[str], options: ExportOptions) -> ExportDocument:
    """The document to render: chosen entries, oldest first, as the options say.

    Raises:
        EntryNotFound: an id matches no entry.
        InvalidInput: no ids were given.
    """
    if not entry_ids:
        raise InvalidInput(NOTHING_TO_EXPORT)
    entries = _oldest_first([journal.entries.get(entry_id) for entry_id in entry_ids])
    exported = tuple(_export_entry(journal, entry, options) for entry in entries)
    blocks = (block for entry in exported for block in entry.paragraphs)
    return ExportDocument(
        cover_note=redaction.apply(options.cover_note.strip(), options.redactions),
        entries=exported,
        include_date=options.include_date,
        attachments=gather(journal, blocks, lambda name: _redact(name, options.redactions)),
        summary=_summary(journal, options),
    )


def mood_label(mood: int | None, feeling: str | None) -> str | None:
    """A plain label: "Feeling tender, mood 2 of 5", "Feeling tender" or "Mood 2 of 5"."""
    word = (feeling or "").strip()
    if word and mood is not None:
        return say(QT_TR_NOOP("Feeling {feeling}, mood {mood} of 5"), feeling=word, mood=mood)
    if word:
        return say(QT_TR_NOOP("Feeling {feeling}"), feeling=word)
    return None if mood is None else say(QT_TR_NOOP("Mood {mood} of 5"), mood=mood)


def _oldest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda entry: (entry.date, entry.created))


def _export_entry(journal: Journal, entry: Entry, options: ExportOptions) -> ExportEntry:
    names = options.redactions
    kept = tuple(
        block
        for index, block in enumerate(split_paragraphs(entry.body))
        if (entry.id, index) not in options.excluded
    )
    prompt, follow_ups = _prompt(journal, entry) if options.include_prompt else (None, ())
    mood = mood_label(entry.mood, entry.feeling) if options.include_mood else None
    return ExportEntry(
        id=entry.id,
        title=_redact(entry.title, names),
        date=entry.date,
        mood=None if mood is None else _redact(mood, names),
        tags=tuple(_redact(tag, names) for tag in entry.tags) if options.include_tags else (),
        prompt=None if prompt is None else _redact(prompt, names),
        follow_ups=tuple(_redact(question, names) for question in follow_ups),
        paragraphs=tuple(_redact(block, names) for block in kept),
    )


def _prompt(journal: Journal, entry: Entry) -> tuple[str | None, tuple[str, ...]]:
    """The answered prompt's text and follow-ups, if it still exists."""
    if not entry.prompt:
        return None, ()
    found = journal.prompts.find(entry.prompt, entry.theme)
    if found is None:
        return None, ()
    return found.text, found.follow_ups


def _summary(journal: Journal, options: ExportOptions) -> Summary | None:
    """The summary page asked for, its words with the export's names replaced."""
    if options.summary is None:
        return None
    from app.export.summary import summary_for  # noqa: PLC0415 - only with a summary

    return summary_for(journal, options.summary, lambda word: _redact(word, options.redactions))


def _redact(text: str, names: tuple[Redaction, ...]) -> str:
    return redaction.apply(text, names)
