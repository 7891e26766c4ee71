"""A wording lint over every shipped prompt: the words that blame or judge never ship.

Why a lint and not a test of one sentence: "the moment you came closest to giving
in" framed contact as defeat, and "become the size they wanted" could be read as
body size. Such a phrase is easy to write again in a new prompt, so every word a
person reads in the packs (theme names and descriptions, prompts, follow-ups) is
checked against a short list of phrasings that blame anyone who went back, call a
person weak or failing, tell them what they should have done, or talk about bodies
by size. A sentence that needs one of these words can be reworded; the list is kept
short so that it never pushes toward stilted prose.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.paths import REPO

PACKS = REPO / "resources" / "prompts"
# Keys whose values are never shown as sentences.
NOT_WORDS = {"id", "theme", "phases", "intensity", "version"}

# Each pattern, and why it doesn't belong in a prompt.
FORBIDDEN: dict[str, str] = {
    r"\bgiv(e|es|ing|en) in\b|\bgave in\b": "frames going back, or contact, as defeat",
    r"\bcav(e|ed|ing)( in)?\b": "frames going back as defeat",
    r"\brelapse": "treats going back as an illness",
    r"\bweak(ness|er|ly)?\b": "calls the person weak",
    r"\bfail(s|ed|ing|ure|ures)?\b": "calls the person a failure",
    r"\bshould(n't| not)?( you| I)? have\b": "tells them what they should have done",
    r"\byou should\b": "tells them what to do (DESIGN.md: no 'you should')",
    r"\byour (own )?fault\b": "blames the person",
    r"\b(body )?size\b|\bweight\b|\b(fat|thin|skinny|slim|diet)\b": "can be read as body size",
}


def shown_texts(value: object, where: str) -> Iterator[tuple[str, str]]:
    """Every string a person reads in a parsed pack, with where it sits."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from shown_texts(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_WORDS:
                yield from shown_texts(item, f"{where}.{key}")


def problems(text: str) -> list[str]:
    """The reasons ``text`` would be refused (none for a kind sentence)."""
    return [why for pattern, why in FORBIDDEN.items() if re.search(pattern, text, re.IGNORECASE)]


def pack_texts(path: Path) -> list[tuple[str, str]]:
    with path.open("rb") as stream:
        return list(shown_texts(tomllib.load(stream), path.name))


@pytest.mark.parametrize("path", sorted(PACKS.glob("*.toml")), ids=lambda path: path.name)
def test_no_prompt_blames_judges_or_talks_about_body_size(path: Path) -> None:
    found = [
        f"{where}: {text!r} ({', '.join(problems(text))})"
        for where, text in pack_texts(path)
        if problems(text)
    ]
    assert not found, "\n".join(found)


def test_every_pack_is_read() -> None:
    texts = [text for path in PACKS.glob("*.toml") for _, text in pack_texts(path)]
    assert len(list(PACKS.glob("*.toml"))) >= 15
    assert len(texts) > 300  # prompts, follow-ups and theme descriptions all reached


@pytest.mark.parametrize(
    "text",
    [
        "Describe the moment you came closest to giving in.",
        "When the pull to give in gets strong, what could you do first?",
        "What did you do to become the size they wanted?",
        "What should you have done instead?",
        "Was it weakness that kept you there?",
        "Write about the day you failed to keep your distance.",
        "You should write every day.",
    ],
)
def test_the_lint_catches_blaming_and_body_size_wording(text: str) -> None:
    assert problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Think of a time the pull back toward them was at its strongest.",
        "Which item on the list weighs the most?",
        "It can be small.",
        "Write down the 'shoulds' that came up today.",
        "What would you like to do if it happens again?",
    ],
)
def test_the_lint_lets_kind_wording_through(text: str) -> None:
    assert not problems(text)
