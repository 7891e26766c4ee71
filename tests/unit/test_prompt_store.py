"""Storing imported packs: a clash is refused whole; a big pack among many is stored quickly."""

from __future__ import annotations

import time

import pytest

from app.errors import InvalidInput
from app.journal import Journal
from app.records.prompts import Intensity, Phase, Prompt, PromptPack, PromptSource, Theme


def _pack(count: int, prefix: str = "p") -> PromptPack:
    prompts = tuple(
        Prompt(f"{prefix}{n}", "t", frozenset({Phase.DECIDING}), Intensity.GENTLE, "Text?",
               ("And then?",), PromptSource.IMPORTED, "big.pack")
        for n in range(count)
    )  # fmt: skip
    return PromptPack("big.pack", "Big", 1, (Theme("t", "T"),), prompts)


def test_a_clash_with_another_pack_stores_nothing(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="'p7' is already used"):
        journal.prompts.import_pack(_pack(10), {"p7"})
    assert journal.prompts.packs() == []


def test_importing_again_may_reuse_its_own_ids(journal: Journal) -> None:
    journal.prompts.import_pack(_pack(10), set())
    journal.prompts.import_pack(_pack(12), {f"p{n}" for n in range(10)})
    assert len(journal.prompts.packs()[0].prompts) == 12


def test_a_big_pack_among_many_taken_ids_is_checked_once(journal: Journal) -> None:
    """Found by issue 14: the taken ids were copied into a new set for every prompt."""
    taken = [f"other-{n}" for n in range(100_000)]
    started = time.perf_counter()
    journal.prompts.import_pack(_pack(2000), taken)
    assert time.perf_counter() - started < 3
