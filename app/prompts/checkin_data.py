"""The check-in's words, read from ``resources/checkin.toml``.

Feeling words for the mood grid, the quick "what pulled at me" choices (and the
themes each makes likelier tonight), closing lines and grounding exercises all
live in that file, so they can be reworded or translated without touching code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.language import chosen, localized
from app.prompts.pack_file import PackError
from app.records.prompts import Phase
from app.resource_files import checkin_file
from app.words import QT_TR_NOOP, Said

ENERGY_LEVELS = (3, 2, 1)  # rows of the grid, top to bottom
PLEASANTNESS_LEVELS = (1, 2, 3, 4, 5)  # columns, left to right
NOTHING_PULL = "nothing"


@dataclass(frozen=True)
class PhaseInfo:
    """A phase's name and a sentence for the settings page."""

    phase: Phase
    name: str
    description: str


@dataclass(frozen=True)
class MoodCell:
    """One cell of the mood grid; the first word is the one shown on the grid."""

    energy: int
    pleasantness: int
    words: tuple[str, ...]


@dataclass(frozen=True)
class Pull:
    """A quick choice for "what pulled at me today"."""

    id: str
    label: str
    themes: frozenset[str]


@dataclass(frozen=True)
class GroundingExercise:
    """A short exercise for "I need a pause"."""

    id: str
    title: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class CheckinData:
    """Everything the check-in shows besides the prompts."""

    phases: tuple[PhaseInfo, ...]
    moods: tuple[MoodCell, ...]
    pulls: tuple[Pull, ...]
    closing_lines: tuple[str, ...]
    grounding: tuple[GroundingExercise, ...]

    def mood_cell(self, energy: int, pleasantness: int) -> MoodCell:
        """The grid cell at a position (every position exists; checked on load)."""
        return next(c for c in self.moods if (c.energy, c.pleasantness) == (energy, pleasantness))

    def cell_for_word(self, word: str | None) -> MoodCell | None:
        """The cell a feeling word belongs to, if it is one of ours."""
        return next((c for c in self.moods if word in c.words), None)

    def pull(self, pull_id: str) -> Pull | None:
        """A preset pull by id (own words are not presets)."""
        return next((p for p in self.pulls if p.id == pull_id), None)

    def pull_label(self, stored: str) -> str:
        """What to show for a stored pull: a preset's label, or the user's own words."""
        preset = self.pull(stored)
        return preset.label if preset else stored

    def themes_for(self, pulls: tuple[str, ...]) -> frozenset[str]:
        """The themes tonight's pulls make likelier."""
        return frozenset(t for pull_id in pulls if (p := self.pull(pull_id)) for t in p.themes)

    def phase_name(self, phase: Phase) -> str:
        """The display name of a phase."""
        return next(info.name for info in self.phases if info.phase is phase)


def checkin_data() -> CheckinData:
    """The shipped check-in data in the language in use (read once per language)."""
    return _checkin_data(chosen())


@cache
def _checkin_data(code: str) -> CheckinData:
    return load_checkin_data(localized(checkin_file().name, code=code))


def load_checkin_data(path: Path) -> CheckinData:
    """Read and check a check-in data file.

    Raises:
        PackError: the file is broken (shipped files are guarded by tests).
    """
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise PackError(
            QT_TR_NOOP("can't be read ({reason})."), path.name, None, reason=error
        ) from None
    try:
        data = _build(document)
    except (KeyError, TypeError, ValueError) as error:
        raise PackError(
            QT_TR_NOOP("is malformed ({reason})."), path.name, None, reason=repr(error)
        ) from None
    _check(data, path.name)
    return data


def _build(document: dict[str, Any]) -> CheckinData:
    return CheckinData(
        phases=tuple(
            PhaseInfo(Phase(t["id"]), str(t["name"]), str(t["description"]))
            for t in document["phases"]
        ),
        moods=tuple(
            MoodCell(int(t["energy"]), int(t["pleasantness"]), tuple(map(str, t["words"])))
            for t in document["moods"]
        ),
        pulls=tuple(
            Pull(str(t["id"]), str(t["label"]), frozenset(map(str, t["themes"])))
            for t in document["pulls"]
        ),
        closing_lines=tuple(map(str, document["closing_lines"])),
        grounding=tuple(
            GroundingExercise(str(t["id"]), str(t["title"]), tuple(map(str, t["steps"])))
            for t in document["grounding"]
        ),
    )


def _check(data: CheckinData, name: str) -> None:
    positions = sorted((c.energy, c.pleasantness) for c in data.moods)
    expected = sorted((e, p) for e in ENERGY_LEVELS for p in PLEASANTNESS_LEVELS)
    problems = []
    if positions != expected:
        problems.append(
            Said(
                QT_TR_NOOP("the mood grid needs each energy (1-3) and pleasantness (1-5) cell once")
            )
        )
    words = [w for c in data.moods for w in c.words]
    if len(set(words)) != len(words) or any(not c.words for c in data.moods):
        problems.append(
            Said(QT_TR_NOOP("every mood cell needs words, and no word may appear twice"))
        )
    if [info.phase for info in data.phases] != list(Phase):
        problems.append(Said(QT_TR_NOOP("the phases must be listed once each, in order")))
    if not data.pulls or data.pulls[-1].id != NOTHING_PULL:
        problems.append(Said(QT_TR_NOOP("the last pull must be {id}"), {"id": repr(NOTHING_PULL)}))
    if not data.closing_lines or not data.grounding:
        problems.append(Said(QT_TR_NOOP("closing lines and grounding exercises can't be empty")))
    if problems:
        raise PackError(QT_TR_NOOP("{problems}."), name, None, problems=_Listed(tuple(problems)))


@dataclass(frozen=True)
class _Listed:
    """Several problems in one sentence, each said in the reader's language when shown."""

    problems: tuple[Said, ...]

    def __str__(self) -> str:
        return "; ".join(str(problem) for problem in self.problems)
