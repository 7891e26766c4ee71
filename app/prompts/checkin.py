"""The evening check-in's answers, and the entry they become.

Every step is optional, so every field may stay empty. The answers are kept in
memory until the person goes on to write; then they become an entry whose
structured fields can be searched and filtered later. Declining before that
leaves nothing behind, except words the person typed themselves, which are
never lost.

The mood (1 to 5, the same scale as the editor's) and the feeling word are
separate answers: a word on the feeling grid never sets a mood by itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, replace

from app.prompts.checkin_data import MoodCell
from app.records.entries import EntryFields
from app.records.prompts import Prompt

EVENING_STARTS = dt.time(17, 0)
NIGHT_ENDS = dt.time(4, 0)


@dataclass(frozen=True)
class Feeling:
    """A place on the mood grid and the word chosen there."""

    energy: int
    pleasantness: int
    word: str

    @classmethod
    def from_cell(cls, cell: MoodCell, word: str | None = None) -> Feeling:
        """The feeling for a grid cell (its first word unless a closer one is given)."""
        return cls(cell.energy, cell.pleasantness, word or cell.words[0])


@dataclass(frozen=True)
class CheckinAnswers:
    """What the user chose so far; all optional."""

    mood: int | None = None
    feeling: Feeling | None = None
    pulls: tuple[str, ...] = ()
    prompt: Prompt | None = None

    def with_mood(self, mood: int | None) -> CheckinAnswers:
        """The answers with a new (or no) mood."""
        return replace(self, mood=mood)

    def with_feeling(self, feeling: Feeling | None) -> CheckinAnswers:
        """The answers with a new (or no) feeling."""
        return replace(self, feeling=feeling)

    def with_pulls(self, pulls: tuple[str, ...]) -> CheckinAnswers:
        """The answers with new pulls."""
        return replace(self, pulls=pulls)

    def with_prompt(self, prompt: Prompt | None) -> CheckinAnswers:
        """The answers with tonight's prompt (None: writing freely)."""
        return replace(self, prompt=prompt)

    @property
    def empty(self) -> bool:
        """Nothing chosen at all."""
        return self.mood is None and self.feeling is None and not self.pulls and self.prompt is None

    def typed_words(self, presets: Collection[str]) -> tuple[str, ...]:
        """The pulls the person wrote in their own words (not one of the ``presets``).

        Leaving the check-in before writing keeps the answers only when there are
        such words: declining leaves nothing behind, but typed words are never lost.
        """
        return tuple(pull for pull in self.pulls if pull not in presets)

    def entry_fields(self, body: str = "", marked: bool = False) -> EntryFields:
        """The entry these answers become."""
        feeling = self.feeling
        return EntryFields(
            body=body,
            mood=self.mood,
            energy=feeling.energy if feeling else None,
            feeling=feeling.word if feeling else None,
            pulls=self.pulls,
            theme=self.prompt.theme if self.prompt else None,
            prompt=self.prompt.id if self.prompt else None,
            marked=marked,
        )


def is_evening(moment: dt.datetime) -> bool:
    """Whether to offer the check-in: from late afternoon until the small hours."""
    now = moment.time()
    return now >= EVENING_STARTS or now < NIGHT_ENDS


def checkin_day(moment: dt.datetime) -> dt.date:
    """The evening a moment belongs to: after midnight still counts as last night."""
    day = moment.date()
    return day - dt.timedelta(days=1) if moment.time() < NIGHT_ENDS else day


def next_reminder(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The next moment the reminder should show, strictly after ``now``."""
    today = dt.datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    return today if today > now else today + dt.timedelta(days=1)
