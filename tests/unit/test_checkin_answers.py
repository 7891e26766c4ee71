"""The check-in's answers become an entry; evening and reminder times."""

from __future__ import annotations

import datetime as dt

import pytest

from app.journal import Journal
from app.prompts.checkin import CheckinAnswers, Feeling, checkin_day, is_evening, next_reminder
from app.prompts.checkin_data import checkin_data
from app.prompts.library import shipped_library
from app.records.entries import EntryFields


def test_no_answers_make_an_empty_entry() -> None:
    answers = CheckinAnswers()
    assert answers.empty
    assert answers.entry_fields() == EntryFields(body="")


def test_answers_become_structured_fields(journal: Journal) -> None:
    cell = checkin_data().mood_cell(1, 2)
    prompt = shipped_library().in_theme("guilt")[0]
    answers = (
        CheckinAnswers()
        .with_mood(2)
        .with_feeling(Feeling.from_cell(cell, cell.words[-1]))
        .with_pulls(("message", "A song on the radio"))
        .with_prompt(prompt)
    )
    entry = journal.entries.add(answers.entry_fields("words", marked=True))
    assert (entry.mood, entry.energy, entry.feeling) == (2, 1, cell.words[-1])
    assert (entry.theme, entry.prompt, entry.marked) == ("guilt", prompt.id, True)
    assert entry.pulls == ("message", "A song on the radio")
    assert journal.entries.checked_in_on(entry.date)


def test_a_plain_entry_is_not_a_checkin(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="just words"))
    assert not journal.entries.checked_in_on(entry.date)


@pytest.mark.parametrize(
    ("clock", "evening", "day"),
    [
        ("16:59", False, 25),
        ("17:00", True, 25),
        ("23:59", True, 25),
        ("01:30", True, 24),
        ("04:00", False, 25),
    ],
)
def test_evening_and_its_day(clock: str, evening: bool, day: int) -> None:
    moment = dt.datetime.fromisoformat(f"2026-11-25T{clock}")
    assert is_evening(moment) is evening
    assert checkin_day(moment) == dt.date(2026, 11, day)


def test_next_reminder_is_always_ahead() -> None:
    at = dt.time(21, 0)
    before = dt.datetime(2026, 11, 25, 20, 0)
    assert next_reminder(before, at) == dt.datetime(2026, 11, 25, 21, 0)
    exactly = dt.datetime(2026, 11, 25, 21, 0)
    assert next_reminder(exactly, at) == dt.datetime(2026, 11, 26, 21, 0)


def test_a_feeling_sets_no_mood_and_the_mood_is_its_own_answer() -> None:
    """Choosing "guilty" silently set the mood to 1 (issue 15, finding 8)."""
    guilty = next(cell for cell in checkin_data().moods if "guilty" in cell.words)
    answers = CheckinAnswers().with_feeling(Feeling.from_cell(guilty, "guilty"))
    assert answers.entry_fields().mood is None
    assert answers.entry_fields().feeling == "guilty"
    assert answers.with_mood(4).entry_fields().mood == 4
    assert not CheckinAnswers().with_mood(3).empty


def test_only_words_of_their_own_count_as_typed() -> None:
    presets = {pull.id for pull in checkin_data().pulls}
    answers = CheckinAnswers().with_pulls(("message", "guilt"))
    assert answers.typed_words(presets) == ()
    assert answers.with_pulls(("message", "a voicemail")).typed_words(presets) == ("a voicemail",)
