"""A corpus of hostile entry text and prompt packs, each done in time or refused plainly.

Issue 14 found entries that took minutes to render and packs that took minutes to
import, raised "unexpected" errors or ran out of memory. Here every input goes
the whole way a real one goes, with a time bound:

- a body: the editor's preview renders it, the journal saves it (or refuses it
  with a plain message: a NUL, half of a surrogate pair), and the export's text
  formats (Markdown, HTML, plain text) are made from it; a word written at its
  start and end is in each of them;
- a pack: read and validated, then imported into a journal (or refused with a
  plain ``PackError`` or ``InvalidInput`` naming the problem).

Anything else raised is a failure. Bounds are generous (CI runs on two slow
cores); the corpus runs at a few thousand repetitions by default and at the
issue's sizes (hundreds of thousands) with ``--run-slow``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput, KnownError
from app.export.model import ExportOptions
from app.export.prepare import prepare
from app.export.render import to_html, to_markdown, to_text
from app.journal import Journal
from app.prompts.pack_file import PackError, parse_pack
from app.records.entries import EntryFields
from app.render.markdown_html import render_html

SMALL, LARGE = 4_000, 50_000  # repetitions: by default, and with --run-slow
BODY_SECONDS, PACK_SECONDS = 20.0, 10.0
START, END = "zqstartword", "zqendword"

BODIES: dict[str, Callable[[int], str]] = {
    "open brackets": lambda n: "[" * (4 * n) + "](" * n,
    "brackets and quotes": lambda n: '[a](b "' * n + ")",
    "images": lambda n: "![a](" * n,
    "entities": lambda n: "&#x1F600;" * (4 * n),
    "named entities": lambda n: "&amp;&lt;&nbsp;&bogus;" * n,
    "escapes": lambda n: "\\*\\<\\[" * n,
    "backticks": lambda n: "``a`" * n,
    "emphasis": lambda n: "*a* _b_ **c** ~~d~~ " * n,
    "unclosed emphasis": lambda n: "*a _b **c ~~d " * n,
    "links": lambda n: "[a](https://e.org) <https://e.org> <a@b.cd> " * n,
    "definitions": lambda n: "[a]: javascript:x\n[b]: https://e.org\n" * n,
    "spaces in a link": lambda n: "[a](" + " " * (10 * n),
    "spaces in a definition": lambda n: "[a]:" + " " * (10 * n) + "\n" + " " * (10 * n),
    "long rule": lambda n: "`a|b`\n" + "-" * (20 * n) + "x",
    "long number": lambda n: "1" * (10 * n) + ". x",
    "nested quotes": lambda n: ">" * n + " deep",
    "nested lists": lambda n: "\n".join("  " * depth + "- x" for depth in range(n // 4)),
    "nested mix": lambda n: "> - 1. " * (n // 2) + "deep",
    "definition lists": lambda n: "term\n: what it means\n" * n,
    "table": lambda n: "| a | b |\n|---|---|\n" + "| *x* | [y](https://e.org) |\n" * n,
    "wide table": lambda n: "|" + "a|" * n + "\n|" + "-|" * n + "\n|" + "x|" * n,
    "long line": lambda n: "word " * (20 * n),
    "long word": lambda n: "w" * (50 * n),
    "many lines": lambda n: "line\n" * (10 * n),
    "blank lines": lambda n: "\n" * (10 * n) + "x",
    "line endings": lambda n: "a\r\nb\rc\n" * n,
    "fences": lambda n: "```\n<b>\n" * n,
    "tilde fences": lambda n: "~~~~a\n" * n,
    "indented code": lambda n: "    <x>\n" * n,
    "tabs": lambda n: "\t" * n + "x",
    "headings": lambda n: "#" * n + " x\n" + "# x\n" * n,
    "setext": lambda n: "x\n===\n" * n,
    "raw html": lambda n: "<div><span onclick=alert(1)><img src=x>" * n,
    "scripts": lambda n: "<script>" * n + "</script>",
    "comments": lambda n: "<!--" * n,
    "angle words": lambda n: "He said <you are nothing>. " * n,
    "bidi controls": lambda n: "\u202eabc\u2066def\u2069\u200f " * n,
    "zero width": lambda n: "a\u200b\u200c\u200d\ufeff" * n,
    "combining marks": lambda n: "e" + "\u0301" * (10 * n),
    "astral": lambda n: "👩🏽‍🦱🏳️‍🌈\U0001d54f" * n,
    "noncharacters": lambda n: "\ufffe\uffff\U0010ffff" * n,
    "controls": lambda n: "\x01\x07\x1b[31m\x7f\x85" * n,
    "nul": lambda n: "a\x00b" * n,
    "lone surrogates": lambda n: "a\ud800b\udc00" * n,
}


def _through_everything(journal: Journal, body: str) -> None:
    """Preview, save, and every export text format; or a plain refusal when saving."""
    text = f"{START} {body}\n\n{END}"
    render_html(text)
    try:
        entry = journal.entries.add(EntryFields(body=text))
    except KnownError:
        return  # refused with a plain message (a NUL, a broken character)
    document = prepare(journal, [entry.id], ExportOptions())
    for exported in (to_markdown(document), to_text(document), to_html(document)):
        assert START in exported and END in exported
    journal.entries.trash(entry.id)


def _check_body(journal: Journal, build: Callable[[int], str], size: int) -> None:
    started = time.perf_counter()
    _through_everything(journal, build(size))
    assert time.perf_counter() - started < BODY_SECONDS


@pytest.mark.parametrize("name", list(BODIES))
def test_a_hostile_body_is_handled_in_time(journal: Journal, name: str) -> None:
    _check_body(journal, BODIES[name], SMALL)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(BODIES))
def test_a_hostile_body_at_full_size_is_handled_in_time(journal: Journal, name: str) -> None:
    _check_body(journal, BODIES[name], LARGE)


PIECES = st.sampled_from(
    [
        "[", "]", "(", ")", "![", "](", "<", ">", "</", "`", "``", "```", "*", "_", "~~", "\\",
        "&", "&#x1F600;", "&lt;", "#", ">", "- ", "1. ", "|", "|-|", "\n", "\n\n", "    ", "\t",
        '"', "'", ":", "<b>", "<you>", "<!--", "-->", "<script>", "javascript:", "x", "שלום",
        "\u202e", "\u2066", "\x00", "\ud800", "\r",
    ]
)  # fmt: skip
HOSTILE_BODIES = st.lists(st.tuples(PIECES, st.integers(1, 800)), max_size=12).map(
    lambda runs: "".join(piece * count for piece, count in runs)
)
FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}


@settings(max_examples=25, **FUZZ)  # type: ignore[arg-type]
@given(body=HOSTILE_BODIES)
def test_any_run_of_hostile_pieces_is_handled_in_time(journal: Journal, body: str) -> None:
    started = time.perf_counter()
    _through_everything(journal, body)
    assert time.perf_counter() - started < BODY_SECONDS


@pytest.mark.slow
@settings(max_examples=400, **FUZZ)  # type: ignore[arg-type]
@given(body=HOSTILE_BODIES)
def test_many_runs_of_hostile_pieces_are_handled_in_time(journal: Journal, body: str) -> None:
    started = time.perf_counter()
    _through_everything(journal, body)
    assert time.perf_counter() - started < BODY_SECONDS


# ------------------------------------------------------------------ packs

HEADER = '[pack]\nid = "hostile.pack"\nname = "Hostile"\nversion = 1\n'
THEME = '\n[[themes]]\nid = "calm"\nname = "Calm"\n'


def _prompt(number: int, text: str = "What helped today?") -> str:
    return (
        f'\n[[prompts]]\nid = "p{number}"\ntheme = "calm"\nphases = ["deciding"]\n'
        f'intensity = "gentle"\ntext = "{text}"\nfollow_ups = ["And then?"]\n'
    )


PACKS: dict[str, Callable[[], str | bytes]] = {
    "a megabyte of prompts": lambda: (
        HEADER + THEME + "".join(_prompt(n, "w" * 400) for n in range(2000))
    ),
    "too many prompts": lambda: HEADER + THEME + "".join(_prompt(n) for n in range(2001)),
    "over a megabyte": lambda: HEADER + THEME + "#" * (1024 * 1024),
    "many lines": lambda: HEADER + THEME + "# note\n" * 120_000 + _prompt(1),
    "nested arrays": lambda: HEADER + THEME + "x = " + "[" * 100_000 + "]" * 100_000,
    "nested inline tables": lambda: HEADER + "x = " + "{a=" * 50_000 + "1" + "}" * 50_000,
    "dotted key": lambda: HEADER + ".".join(["a"] * 300_000) + " = 1\n",
    "dotted header": lambda: "[" + ".".join(["a"] * 300_000) + "]\n",
    "deep arrays of tables": lambda: "".join(f"[[{'.'.join(['a'] * n)}]]\n" for n in range(1, 200)),
    "brackets in strings": lambda: HEADER + THEME + _prompt(1, "[[[[{{{{" * 50),
    "multi-line strings": lambda: (
        HEADER
        + THEME
        + _prompt(1).replace(
            'text = "What helped today?"', 'text = """[[[[ a.b.c.d.e.f.g.h.i.j = 1 """"'
        )
    ),
    "huge version": lambda: HEADER.replace("version = 1", "version = " + "9" * 30),
    "endless digits": lambda: HEADER.replace("version = 1", "version = " + "9" * 100_000),
    "negative version": lambda: HEADER.replace("version = 1", "version = -1") + THEME,
    "float version": lambda: HEADER.replace("version = 1", "version = nan") + THEME,
    "bool version": lambda: HEADER.replace("version = 1", "version = true") + THEME,
    "date name": lambda: HEADER.replace('name = "Hostile"', "name = 1979-05-27") + THEME,
    "right-to-left override": lambda: HEADER.replace("Hostile", "Good \u202egnp.exe") + THEME,
    "isolates in a prompt": lambda: HEADER + THEME + _prompt(1, "a\u2066b\u2069"),
    "escaped NUL": lambda: HEADER + THEME + _prompt(1, "a\\u0000b"),
    "escaped surrogate": lambda: HEADER + THEME + _prompt(1, "a\\ud800b"),
    "escaped override": lambda: HEADER + THEME + _prompt(1, "a\\u202eb"),
    "byte order mark": lambda: b"\xef\xbb\xbf" + (HEADER + THEME).encode(),
    "line endings": lambda: (HEADER + THEME + _prompt(1)).replace("\n", "\r\n"),
    "lone carriage returns": lambda: (HEADER + THEME).replace("\n", "\r"),
    "binary": lambda: bytes(range(256)) * 100,
    "not UTF-8": lambda: (HEADER + THEME).encode("utf-16"),
    "empty": lambda: "",
    "JSON": lambda: '{"pack": {"id": "x", "name": "y"}}',
    "phases of every kind": lambda: (
        HEADER
        + THEME
        + _prompt(1).replace('phases = ["deciding"]', 'phases = [1, 2.5, true, [], {}, "deciding"]')
    ),
    "tables where text goes": lambda: (
        HEADER + THEME + _prompt(1).replace('text = "What helped today?"', "text = {a = 1}")
    ),
    "too many themes": lambda: (
        HEADER + "".join(f'[[themes]]\nid = "t{n}"\nname = "T"\n' for n in range(10_000))
    ),
    "long ids": lambda: HEADER.replace('"hostile.pack"', '"' + "a" * 100_000 + '"') + THEME,
    "duplicate ids": lambda: HEADER + THEME + _prompt(1) * 2,
    "reserved id": lambda: HEADER.replace("hostile.pack", "threshold.guilt") + THEME,
}


def _check_pack(journal: Journal, tmp_path: Path, data: str | bytes) -> None:
    """Read, then import: a whole pack, or a plain refusal."""
    raw = data.encode() if isinstance(data, str) else data
    started = time.perf_counter()
    try:
        parse_pack(raw, "pack.toml")
    except PackError as error:
        refusal = error.message
    else:
        refusal = "pack.toml"
    assert refusal.startswith("pack.toml")  # names the file
    path = tmp_path / "pack.toml"
    path.write_bytes(raw)
    with contextlib.suppress(PackError, InvalidInput):
        journal.prompts.import_file(path)
    assert time.perf_counter() - started < PACK_SECONDS


@pytest.mark.parametrize("name", list(PACKS))
def test_a_hostile_pack_is_read_in_time_or_refused_plainly(
    journal: Journal, tmp_path: Path, name: str
) -> None:
    _check_pack(journal, tmp_path, PACKS[name]())


def test_brackets_inside_strings_are_not_nesting() -> None:
    """The shape check skips strings as TOML does: a valid pack is never refused for them."""
    for name in ("brackets in strings", "multi-line strings"):
        data = PACKS[name]()
        assert isinstance(data, str)
        pack = parse_pack(data.encode(), "pack.toml")
        assert "[[[[" in pack.prompts[0].text


TOML_PIECES = st.sampled_from(
    [
        "[", "]", "[[", "]]", "{", "}", "=", ",", ".", '"', "'", '"""', "'''", "#", "\n", " ",
        "\\", "a", "1", "1.5", "-", "pack", "prompts", "themes", "id", "name", "version",
        "true", "inf", "\u202e", "\x00", "9" * 50,
    ]
)  # fmt: skip
HOSTILE_PACKS = st.lists(st.tuples(TOML_PIECES, st.integers(1, 400)), max_size=12).map(
    lambda runs: HEADER + "".join(piece * count for piece, count in runs)
)


@settings(max_examples=150, deadline=None)
@given(HOSTILE_PACKS)
def test_any_pack_text_is_read_in_time_or_refused_plainly(text: str) -> None:
    started = time.perf_counter()
    with contextlib.suppress(PackError):
        parse_pack(text.encode("utf-8", "surrogatepass"), "pack.toml")
    assert time.perf_counter() - started < PACK_SECONDS
