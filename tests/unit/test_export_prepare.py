"""Preparing an export: selection, order, options, exclusions, prompts and redaction."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import EntryNotFound, InvalidInput
from app.export.model import ExportOptions, Redaction
from app.export.paragraphs import split_paragraphs
from app.export.prepare import mood_label, prepare, select_ids
from app.journal import Journal
from app.records.entries import EntryFields, EntryFilter

BODY = "Margaret rang at nine.\n\nI did not answer.\n\n- breathe\n- walk"


def _add(journal: Journal, day: str, **fields: object) -> str:
    values: dict[str, object] = {"body": BODY, "date": dt.date.fromisoformat(day), **fields}
    return journal.entries.add(EntryFields(**values)).id  # type: ignore[arg-type]


def test_entries_come_oldest_first_whatever_order_they_were_given(journal: Journal) -> None:
    late = _add(journal, "2026-03-02", title="Late")
    early = _add(journal, "2026-01-05", title="Early")
    doc = prepare(journal, [late, early], ExportOptions())
    assert [entry.title for entry in doc.entries] == ["Early", "Late"]
    assert select_ids(journal, [late[:8], early]) == [early, late]


def test_select_by_filter_and_empty_selection(journal: Journal) -> None:
    _add(journal, "2026-01-01", marked=True)
    kept = _add(journal, "2026-02-01", marked=True, tags=("care",))
    _add(journal, "2026-03-01")
    assert select_ids(journal, entry_filter=EntryFilter(tags=("care",))) == [kept]
    assert len(select_ids(journal, entry_filter=EntryFilter(marked=True))) == 2
    with pytest.raises(InvalidInput, match="Nothing to export"):
        select_ids(journal, entry_filter=EntryFilter(theme="guilt"))
    with pytest.raises(EntryNotFound):
        select_ids(journal, ["ffffffff"])
    with pytest.raises(InvalidInput):
        prepare(journal, [], ExportOptions())


def test_excluded_paragraphs_are_dropped_and_no_headline_leaks_them(journal: Journal) -> None:
    entry_id = _add(journal, "2026-01-01")
    assert split_paragraphs(BODY)[0] == "Margaret rang at nine."
    doc = prepare(journal, [entry_id], ExportOptions(excluded=frozenset({(entry_id, 0)})))
    exported = doc.entries[0]
    assert exported.paragraphs == ("I did not answer.", "- breathe\n- walk")
    assert exported.title == ""
    assert "Margaret" not in repr(doc)


def test_options_leave_out_what_was_not_chosen(journal: Journal) -> None:
    entry_id = _add(journal, "2026-01-01", tags=("family",), mood=2, feeling="tense")
    plain = prepare(journal, [entry_id], ExportOptions()).entries[0]
    assert plain.mood is None and plain.tags == ()
    full = prepare(
        journal, [entry_id], ExportOptions(include_mood=True, include_tags=True)
    ).entries[0]
    assert full.mood == "Feeling tense, mood 2 of 5" and full.tags == ("family",)
    assert not prepare(journal, [entry_id], ExportOptions(include_date=False)).include_date


def test_mood_labels() -> None:
    assert mood_label(2, None) == "Mood 2 of 5"
    assert mood_label(None, "calm") == "Feeling calm"
    assert mood_label(None, None) is None


def test_the_prompt_and_follow_ups_are_looked_up(journal: Journal) -> None:
    prompt = journal.prompts.library().prompts[0]
    entry_id = _add(journal, "2026-01-01", prompt=prompt.id, theme=prompt.theme)
    exported = prepare(journal, [entry_id], ExportOptions()).entries[0]
    assert exported.prompt == prompt.text and exported.follow_ups == prompt.follow_ups
    hidden = prepare(journal, [entry_id], ExportOptions(include_prompt=False)).entries[0]
    assert hidden.prompt is None and hidden.follow_ups == ()
    gone = _add(journal, "2026-01-02", prompt="no-such-prompt")
    assert prepare(journal, [gone], ExportOptions()).entries[0].prompt is None


def test_names_are_redacted_everywhere(journal: Journal) -> None:
    entry_id = _add(
        journal,
        "2026-01-01",
        title="Margaret's call",
        tags=("margaret", "care"),
        feeling="Margaret-ish",
    )
    options = ExportOptions(
        include_mood=True,
        include_tags=True,
        cover_note="About Margaret.",
        redactions=(Redaction("Margaret"),),
    )
    doc = prepare(journal, [entry_id], options)
    exported = doc.entries[0]
    assert exported.title == "M.'s call"
    assert exported.tags == ("M.", "care")
    assert exported.paragraphs[0] == "M. rang at nine."
    assert doc.cover_note == "About M.."
    assert "argaret" not in repr(doc)
