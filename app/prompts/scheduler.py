"""Choose tonight's prompt.

The rules, in order of strength:

1. "Choose a theme" limits the choice to that theme.
2. Prompts that suit the user's phase come first (all prompts suit when no phase
   is set); others are used only when a theme has none for the phase.
3. A prompt used in the last ``REPEAT_WINDOW`` is not offered again while any other
   fitting prompt is fresh; when none is, the one used longest ago is offered.
4. Prompts passed over tonight ("another prompt") are skipped until all have been.
5. A prompt that goes deeper never follows another one that did: after a deep
   prompt (the one offered just before, say passed over with "another prompt"),
   only gentle ones are offered. When there is none, there is no prompt rather
   than a second deep one in a row.
6. Among what remains, the draw is weighted: themes tied to what pulled at the
   user today weigh ``PULL_WEIGHT`` times more, and the themes of the last few
   days weigh less, so evenings don't circle one subject.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.records.prompts import Phase, Prompt

REPEAT_WINDOW = dt.timedelta(days=28)
RECENT_THEME_WINDOW = dt.timedelta(days=3)
PULL_WEIGHT = 4.0
RECENT_THEME_WEIGHT = 0.5


@dataclass(frozen=True)
class PromptRequest:
    """What the scheduler knows about tonight.

    Attributes:
        today: the local date of the check-in.
        phase: the user's phase from settings, if set.
        pulled_themes: themes tied to today's pulls.
        last_used: prompt id -> the last date an entry used it.
        passed_over: prompts offered tonight and declined.
        theme: the theme the user chose, if any.
        previous: the prompt offered or answered just before this one, if any.
    """

    today: dt.date
    phase: Phase | None = None
    pulled_themes: frozenset[str] = frozenset()
    last_used: Mapping[str, dt.date] = field(default_factory=dict)
    passed_over: frozenset[str] = frozenset()
    theme: str | None = None
    previous: str | None = None


def choose_prompt(
    prompts: Sequence[Prompt], request: PromptRequest, rng: random.Random | None = None
) -> Prompt | None:
    """Tonight's prompt, or None when there is no prompt in the chosen theme."""
    pool = candidates(prompts, request)
    if not pool:
        return None
    recent = recent_themes(prompts, request)
    weights = [prompt_weight(prompt, request, recent) for prompt in pool]
    return (rng or random.Random()).choices(pool, weights=weights, k=1)[0]  # noqa: S311


def candidates(prompts: Sequence[Prompt], request: PromptRequest) -> list[Prompt]:
    """The prompts the weighted draw is made from (rules 1 to 5)."""
    in_theme = [p for p in prompts if request.theme is None or p.theme == request.theme]
    if follows_deep(prompts, request):
        in_theme = [p for p in in_theme if not p.deep]
    fitting = [p for p in in_theme if p.suits(request.phase)] or in_theme
    fresh = [p for p in fitting if not _used_recently(p, request)]
    if not fresh:
        fresh = _longest_unused(fitting, request)
    return [p for p in fresh if p.id not in request.passed_over] or fresh


def prompt_weight(prompt: Prompt, request: PromptRequest, recent: frozenset[str]) -> float:
    """How likely a candidate is to be drawn (rule 6)."""
    weight = 1.0
    if prompt.theme in request.pulled_themes:
        weight *= PULL_WEIGHT
    if prompt.theme in recent:
        weight *= RECENT_THEME_WEIGHT
    return weight


def follows_deep(prompts: Sequence[Prompt], request: PromptRequest) -> bool:
    """Whether the prompt before this one went deeper (rule 5)."""
    return request.previous is not None and any(
        p.id == request.previous and p.deep for p in prompts
    )


def recent_themes(prompts: Sequence[Prompt], request: PromptRequest) -> frozenset[str]:
    """The themes of prompts answered in the last few days."""
    return frozenset(
        p.theme
        for p in prompts
        if (used := request.last_used.get(p.id)) is not None
        and request.today - used < RECENT_THEME_WINDOW
    )


def _used_recently(prompt: Prompt, request: PromptRequest) -> bool:
    used = request.last_used.get(prompt.id)
    return used is not None and request.today - used < REPEAT_WINDOW


def _longest_unused(prompts: list[Prompt], request: PromptRequest) -> list[Prompt]:
    """The prompts whose last use is the oldest (ties all kept)."""
    if not prompts:
        return []
    oldest = min(request.last_used.get(p.id, dt.date.min) for p in prompts)
    return [p for p in prompts if request.last_used.get(p.id, dt.date.min) == oldest]
