"""The check-in fields as typed on the command line: pulls and feeling words.

The app's check-in stores a preset pull by its id and a feeling word together with
its place on the mood grid. The CLI accepts what a person would naturally type (a
pull's id or its label, a feeling word in any case) and stores the same values, so
entries from either front end filter alike. The check-in data is read only when one
of these options is actually given.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FeelingFields:
    """A feeling word with the energy and mood it stands for on the grid."""

    feeling: str | None
    energy: int | None
    mood: int | None


def pull_value(text: str) -> str:
    """What to store for a typed pull: a preset's id (given by id or label), else the words.

    Matching is case-insensitive, so ``--pull "a message from them"`` and
    ``--pull message`` both mean the preset ``message``.
    """
    from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - only when given

    typed = " ".join(text.split())
    wanted = typed.casefold()
    preset = next(
        (p for p in checkin_data().pulls if wanted in {p.id.casefold(), p.label.casefold()}),
        None,
    )
    return preset.id if preset else typed


def pull_values(texts: list[str] | None) -> tuple[str, ...]:
    """Every typed pull as it is stored (see ``pull_value``)."""
    return tuple(pull_value(text) for text in texts or ())


def pull_label(stored: str) -> str:
    """How a stored pull reads: a preset's label, or the person's own words."""
    from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - only when shown

    return checkin_data().pull_label(stored)


def feeling_fields(word: str | None, energy: int | None, mood: int | None) -> FeelingFields:
    """A feeling with the grid's energy and mood filled in where not given.

    Choosing a word on the app's grid sets energy and mood too; doing the same here
    keeps CLI entries comparable. Values given explicitly always win, and a word
    that isn't on the grid is kept as typed without filling anything.
    """
    if word is None:
        return FeelingFields(None, energy, mood)
    from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - only when given

    typed = " ".join(word.split())
    for cell in checkin_data().moods:
        grid_word = next((w for w in cell.words if w.casefold() == typed.casefold()), None)
        if grid_word is not None:
            return FeelingFields(
                grid_word,
                cell.energy if energy is None else energy,
                cell.pleasantness if mood is None else mood,
            )
    return FeelingFields(typed, energy, mood)
