"""Prompt pack files: what a valid pack reads as, and the error for every broken one."""

from __future__ import annotations

import textwrap
import time

import pytest

from app.prompts.pack_file import PackError, parse_pack
from app.records.prompts import Intensity, Phase, PromptSource, Theme

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
        (broken("version = 2", "version = 0"), 4, "version"),
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


# ------------------------------------------------------------------ hostile packs (issue 14)


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("version = 2", "version = 100000000000000000000000000", 4, "from 1 to 2147483647"),
        ("version = 2", "version = " + "7" * 5000, 4, "too long to read"),
        ("version = 2", "version = inf", 4, "whole number"),
        ('name = "From my sessions"', "name = " + "[" * 5000 + "]" * 5000, 3, "nested more than"),
        ('description = "Nights and rest."', "description = " + "{a=" * 3000 + "1" + "}" * 3000,
         9, "nested more than"),
        ('description = "Nights and rest."', ".".join(["a"] * 200_000) + " = 1", 9, "dotted parts"),
        ("[[themes]]", "[[themes." + ".".join(["a"] * 50) + "]]", 6, "dotted parts"),
    ],
    ids=["huge-version", "endless-digits", "infinite", "nested-arrays", "nested-tables",
         "endless-dotted-key", "dotted-header"],
)  # fmt: skip
def test_hostile_values_are_refused_with_file_and_line(
    old: str, new: str, line: int, words: str
) -> None:
    """Each once raised RecursionError, ValueError or OverflowError, or ran out of memory."""
    with pytest.raises(PackError) as caught:
        parse(broken(old, new))
    assert caught.value.message.startswith(f"pack.toml, line {line}: "), caught.value.message
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("old", "character"),
    [
        ('name = "From my sessions"', "\u202e"),
        ('name = "Sleep"', "\u2066"),
        ('description = "Nights and rest."', "\u202b"),
        ("How did   last night go?", "\u2067"),
        ("What helped, even a little?", "\u202d"),
        ("What would you forgive in a friend?", "\u206f"),
    ],
)
def test_characters_that_reorder_text_are_refused(old: str, character: str) -> None:
    """Trojan Source: "Good <U+202E>gnp.exe" must not reach the screen as "Good exe.png"."""
    value = old.split('"')[1] if '"' in old else old
    with pytest.raises(PackError, match=f"U\\+{ord(character):04X}"):
        parse(broken(value, value[:3] + character + value[3:]))


def test_right_to_left_writing_with_its_direction_marks_is_welcome() -> None:
    hebrew = "מה עזר לך הלילה?\u200f"
    pack = parse_pack(broken("How did   last night go?", hebrew).encode(), "pack.toml", KNOWN)
    assert pack.prompts[0].text == hebrew


def test_a_file_name_is_shown_without_its_hidden_characters() -> None:
    with pytest.raises(PackError) as caught:
        parse_pack(b"", "evil\u202egnp.toml\nsecond line")
    assert caught.value.message.startswith("evil\\u202egnp.toml\\u000asecond line: ")
    assert caught.value.file == "evil\u202egnp.toml\nsecond line"


def test_too_many_themes_are_refused() -> None:
    themes = "".join(f'[[themes]]\nid = "t{n}"\nname = "T"\n' for n in range(201))
    with pytest.raises(PackError, match="up to 200 themes"):
        parse(broken("[[themes]]", themes + "[[themes]]"))


def test_a_large_pack_reads_in_time_in_proportion_to_its_size() -> None:
    """A valid 775 KB pack of 62,000 lines took 33 s (each prompt rescanned every line)."""
    prompts = "".join(
        "".join(f"# note {j}\n" for j in range(20))
        + f'[[prompts]]\nid = "p{n}"\ntheme = "guilt"\nphases = [\n  "deciding",\n]\n'
        f'intensity = "gentle"\ntext = "{"w" * 40}"\nfollow_ups = [\n  "{"q" * 40}",\n]\n'
        for n in range(2000)
    )
    text = '[pack]\nid = "big"\nname = "Big"\n' + prompts
    started = time.perf_counter()
    pack = parse(text)
    assert time.perf_counter() - started < 5
    assert len(pack.prompts) == 2000  # type: ignore[attr-defined]
