"""Prompt pack files: what a valid pack reads as, and the error for every broken one."""

from __future__ import annotations

import textwrap

import pytest

from app.prompts.models import Intensity, Phase, PromptSource, Theme
from app.prompts.pack_file import PackError, parse_pack

KNOWN = {"guilt": Theme("guilt", "Guilt")}
VALID = textwrap.dedent(
    """\
    [pack]
    id = "dr-lee.sessions"
    name = "From my sessions"
    version = 2

    [[themes]]
    id = "sleep"
    name = "Sleep"
    description = "Nights and rest."

    [[prompts]]
    id = "sleep-last-night"
    theme = "sleep"
    phases = ["just-left", "aftershock"]
    intensity = "gentle"
    text = "How did   last night go?"
    follow_ups = ["What helped, even a little?"]

    [[prompts]]
    id = "guilt-own"
    theme = "guilt"
    phases = ["deciding"]
    intensity = "deep"
    text = "What would you forgive in a friend?"
    follow_ups = ["And in yourself?", "What makes the difference?"]
    """
)


def parse(text: str) -> object:
    return parse_pack(text.encode(), "pack.toml", KNOWN, PromptSource.IMPORTED)


def test_a_valid_pack_reads_whole() -> None:
    pack = parse_pack(VALID.encode(), "pack.toml", KNOWN, PromptSource.IMPORTED)
    assert (pack.id, pack.name, pack.version) == ("dr-lee.sessions", "From my sessions", 2)
    assert pack.themes == (Theme("sleep", "Sleep", "Nights and rest."),)
    first, second = pack.prompts
    assert first.text == "How did last night go?"  # white space folded
    assert first.phases == frozenset({Phase.JUST_LEFT, Phase.AFTERSHOCK})
    assert (second.intensity, second.deep, second.source) == (
        Intensity.DEEP,
        True,
        PromptSource.IMPORTED,
    )
    assert second.pack == "dr-lee.sessions"


def broken(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (broken("version = 2", "version = "), 4, "valid TOML"),
        (broken("version = 2", "version = 0"), 1, "version"),
        (broken('id = "sleep-last-night"', 'id = "Sleep Last"'), 12, "id of lowercase"),
        (broken('theme = "sleep"', 'theme = "dreams"'), 13, "'dreams'"),
        (broken('["just-left", "aftershock"]', '["later"]'), 14, "unknown phase"),
        (broken('phases = ["deciding"]', "phases = []"), 22, "needs phases"),
        (broken('intensity = "deep"', 'intensity = "heavy"'), 23, "gentle"),
        (broken('follow_ups = ["What helped, even a little?"]', "follow_ups = []"), 17, "1 to 3"),
        (broken('["And in yourself?",', '["a", "b", "c",'), 25, "4 follow-up"),
        (broken('text = "What would', 'txt = "What would'), 24, "unknown key 'txt'"),
        (broken('id = "guilt-own"', 'id = "sleep-last-night"'), 20, "appears twice"),
        (broken("How did   last", "How did \\u0007 last"), 16, "control character"),
        (broken('name = "Sleep"', 'name = ""'), 8, "needs a name"),
        (broken("[pack]", "[pak]"), None, "unknown key 'pak'"),
        ("", None, "[pack]"),
        ('[pack]\nid = "a"\nname = "A"\n', None, "no themes and no prompts"),
        (broken("[[prompts]]", "[prompts]"), 19, "valid TOML"),
    ],
)
def test_a_broken_pack_names_file_and_line(text: str, line: int | None, words: str) -> None:
    with pytest.raises(PackError) as caught:
        parse(text)
    assert caught.value.file == "pack.toml"
    assert caught.value.line == line, caught.value.message
    assert words in caught.value.message
    assert caught.value.message.startswith("pack.toml" + (f", line {line}" if line else ""))


def test_long_text_is_refused() -> None:
    with pytest.raises(PackError, match="longer than 500"):
        parse(broken("How did   last night go?", "x" * 501))


@pytest.mark.parametrize(
    ("data", "words"),
    [(b"\xff\xfe[pack]", "UTF-8"), (b"#" * (1024 * 1024 + 1), "larger than 1 MB")],
)
def test_binary_and_huge_files_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(PackError, match=words):
        parse_pack(data, "pack.toml")
