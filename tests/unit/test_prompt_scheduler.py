"""The scheduler: never repeats inside its window, honours phases and pulls."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from app.prompts.scheduler import (
    REPEAT_WINDOW,
    PromptRequest,
    candidates,
    choose_prompt,
)
from app.records.prompts import Intensity, Phase, Prompt

TODAY = dt.date(2026, 11, 25)
THEMES = ("guilt", "shame", "worth", "shield")


def make_prompt(number: int, theme: str, phases: frozenset[Phase]) -> Prompt:
    return Prompt(f"p{number}", theme, phases, Intensity.GENTLE, f"Prompt {number}?", ("Why?",))


prompt_lists = st.lists(
    st.tuples(
        st.sampled_from(THEMES),
        st.frozensets(st.sampled_from(list(Phase)), min_size=1),
    ),
    min_size=1,
    max_size=30,
).map(lambda specs: [make_prompt(n, t, p) for n, (t, p) in enumerate(specs)])


@st.composite
def situations(draw: st.DrawFn) -> tuple[list[Prompt], PromptRequest]:
    prompts = draw(prompt_lists)
    ids = [p.id for p in prompts]
    used = draw(st.dictionaries(st.sampled_from(ids), st.integers(0, 60), max_size=len(ids)))
    request = PromptRequest(
        today=TODAY,
        phase=draw(st.none() | st.sampled_from(list(Phase))),
        pulled_themes=draw(st.frozensets(st.sampled_from(THEMES))),
        last_used={pid: TODAY - dt.timedelta(days=ago) for pid, ago in used.items()},
        passed_over=draw(st.frozensets(st.sampled_from(ids))),
        theme=draw(st.none() | st.sampled_from(THEMES)),
    )
    return prompts, request


def fresh(prompt: Prompt, request: PromptRequest) -> bool:
    used = request.last_used.get(prompt.id)
    return used is None or TODAY - used >= REPEAT_WINDOW


@settings(max_examples=400, deadline=None)
@given(situations(), st.integers(0, 2**32))
def test_the_choice_keeps_every_rule(
    situation: tuple[list[Prompt], PromptRequest], seed: int
) -> None:
    prompts, request = situation
    chosen = choose_prompt(prompts, request, random.Random(seed))
    in_theme = [p for p in prompts if request.theme in (None, p.theme)]
    if not in_theme:
        assert chosen is None
        return
    assert chosen is not None
    assert chosen.theme == request.theme or request.theme is None
    fitting = [p for p in in_theme if p.suits(request.phase)]
    if fitting:
        assert chosen.suits(request.phase), "a prompt for the phase existed"
    pool = fitting or in_theme
    if any(fresh(p, request) for p in pool):
        assert fresh(chosen, request), "repeated inside the window while a fresh prompt existed"
    else:
        oldest = min(request.last_used[p.id] for p in pool)
        assert request.last_used[chosen.id] == oldest
    if any(fresh(p, request) and p.id not in request.passed_over for p in pool):
        assert chosen.id not in request.passed_over


@settings(max_examples=100, deadline=None)
@given(situations())
def test_candidates_never_repeat_inside_the_window_when_avoidable(
    situation: tuple[list[Prompt], PromptRequest],
) -> None:
    prompts, request = situation
    pool = candidates(prompts, request)
    if any(fresh(p, request) for p in pool):
        assert all(fresh(p, request) for p in pool)


def test_pulled_themes_come_up_far_more_often() -> None:
    prompts = [make_prompt(n, THEMES[n % 4], frozenset(Phase)) for n in range(40)]
    request = PromptRequest(today=TODAY, pulled_themes=frozenset({"guilt"}))
    rng = random.Random(7)
    drawn = Counter(choose_prompt(prompts, request, rng).theme for _ in range(2000))  # type: ignore[union-attr]
    # Weight 4 against three themes of weight 1: about 4/7 of draws.
    assert 0.5 < drawn["guilt"] / 2000 < 0.65


def test_themes_of_the_last_days_come_up_less() -> None:
    prompts = [make_prompt(n, THEMES[n % 2], frozenset(Phase)) for n in range(20)]
    yesterday = {"p0": TODAY - dt.timedelta(days=1)}  # a guilt prompt
    request = PromptRequest(today=TODAY, last_used=yesterday)
    rng = random.Random(3)
    drawn = Counter(choose_prompt(prompts, request, rng).theme for _ in range(2000))  # type: ignore[union-attr]
    assert drawn["guilt"] < drawn["shame"] * 0.7


def test_a_sequence_of_evenings_never_repeats_inside_the_window() -> None:
    prompts = [make_prompt(n, THEMES[n % 4], frozenset(Phase)) for n in range(40)]
    used: dict[str, dt.date] = {}
    rng = random.Random(11)
    for day in range(120):
        today = TODAY + dt.timedelta(days=day)
        chosen = choose_prompt(prompts, PromptRequest(today=today, last_used=used), rng)
        assert chosen is not None
        last = used.get(chosen.id)
        assert last is None or today - last >= REPEAT_WINDOW
        used[chosen.id] = today


# ---------------------------------------------------------------- depth


def mixed_prompt(number: int, theme: str, phases: frozenset[Phase], deep: bool) -> Prompt:
    intensity = Intensity.DEEP if deep else Intensity.GENTLE
    return Prompt(f"p{number}", theme, phases, intensity, f"Prompt {number}?", ("Why?",))


mixed_lists = st.lists(
    st.tuples(
        st.sampled_from(THEMES),
        st.frozensets(st.sampled_from(list(Phase)), min_size=1),
        st.booleans(),
    ),
    min_size=1,
    max_size=30,
).map(lambda specs: [mixed_prompt(n, *spec) for n, spec in enumerate(specs)])


@st.composite
def after_a_prompt(draw: st.DrawFn) -> tuple[list[Prompt], PromptRequest]:
    prompts = draw(mixed_lists)
    ids = [p.id for p in prompts]
    used = draw(st.dictionaries(st.sampled_from(ids), st.integers(0, 60), max_size=len(ids)))
    request = PromptRequest(
        today=TODAY,
        phase=draw(st.none() | st.sampled_from(list(Phase))),
        last_used={pid: TODAY - dt.timedelta(days=ago) for pid, ago in used.items()},
        passed_over=draw(st.frozensets(st.sampled_from(ids))),
        theme=draw(st.none() | st.sampled_from(THEMES)),
        previous=draw(st.none() | st.sampled_from(ids)),
    )
    return prompts, request


@settings(max_examples=400, deadline=None)
@given(after_a_prompt(), st.integers(0, 2**32))
def test_a_deeper_prompt_never_follows_a_deeper_one(
    situation: tuple[list[Prompt], PromptRequest], seed: int
) -> None:
    """Two "goes deeper" prompts came in a row (issue 15, finding 8)."""
    prompts, request = situation
    chosen = choose_prompt(prompts, request, random.Random(seed))
    by_id = {p.id: p for p in prompts}
    previous = by_id.get(request.previous or "")
    in_theme = [p for p in prompts if request.theme in (None, p.theme)]
    if previous is not None and previous.deep:
        assert chosen is None or not chosen.deep
        if any(not p.deep for p in in_theme):
            assert chosen is not None, "a gentle prompt was there to offer"
    elif in_theme:
        assert chosen is not None


@settings(max_examples=150, deadline=None)
@given(
    mixed_lists,
    st.lists(st.none() | st.sampled_from(THEMES), min_size=1, max_size=25),
    st.integers(0, 2**32),
)
def test_an_evening_of_another_prompt_never_brings_two_deep_in_a_row(
    prompts: list[Prompt], themes: list[str | None], seed: int
) -> None:
    """As the check-in asks: each request names the prompt offered just before."""
    rng = random.Random(seed)
    shown: Prompt | None = None
    passed: frozenset[str] = frozenset()
    for theme in themes:
        request = PromptRequest(
            today=TODAY, passed_over=passed, theme=theme, previous=shown.id if shown else None
        )
        chosen = choose_prompt(prompts, request, rng)
        if chosen is None:
            continue  # the flow keeps the last one offered as "before"
        assert not (shown is not None and shown.deep and chosen.deep)
        passed |= {chosen.id}
        shown = chosen
