"""The ``threshold prompts`` commands and the check-in fields on the entry commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import EXIT_ERROR, EXIT_USAGE, build_parser
from app.cli.parser import PHASE_CHOICES
from app.cli.prompt_commands import DEEP_NOTICE
from app.prompts.library import shipped_library
from app.records.prompts import Phase, Prompt
from tests.helpers.cli import Cli

SLEEP_PACK = """\
[pack]
id = "example.sleep"
name = "Sleep"
version = 1

[[themes]]
id = "sleep"
name = "Sleep and rest"
description = "A few questions for evenings when rest is hard to find."

[[prompts]]
id = "sleep-what-keeps-you-up"
theme = "sleep"
phases = ["deciding", "just-left", "aftershock", "rebuilding"]
intensity = "deep"
text = "When sleep is slow to come, what tends to be on your mind?"
follow_ups = [
    "What could you set down on the page before you rest?",
    "What helped on a night that went better?",
]

[[prompts]]
id = "guilt-at-night"
theme = "guilt"
phases = ["aftershock"]
intensity = "gentle"
text = "Does guilt feel different at night?"
follow_ups = ["What would you tell a friend lying awake with it?"]
"""

# The second prompt's phase (line 20) is wrong: the valid first prompt must not be stored.
BAD_PHASE_PACK = """\
[pack]
id = "example.broken"
name = "Broken"

[[themes]]
id = "broken-theme"
name = "Broken"

[[prompts]]
id = "broken-first"
theme = "guilt"
phases = ["aftershock"]
intensity = "gentle"
text = "A valid prompt."
follow_ups = ["A valid question?"]

[[prompts]]
id = "broken-second"
theme = "guilt"
phases = ["sometime"]
intensity = "gentle"
text = "An invalid prompt."
follow_ups = ["A question?"]
"""

BAD_TOML_PACK = """\
[pack]
id = "example.broken"
name = "Broken"

[[prompts]]
id = "broken-first"
text = "unclosed
"""


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A CLI with a fresh keyring journal."""
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    assert cli("init").status == 0
    return cli


def ok(cli: Cli, *argv: str, stdin: bytes = b"") -> str:
    result = cli(*argv, stdin=stdin)
    assert result.status == 0, result.stderr
    return result.stdout


def as_json(cli: Cli, *argv: str) -> object:
    return json.loads(ok(cli, *argv, "--json"))


def prompt_ids(cli: Cli, *argv: str) -> list[str]:
    rows = as_json(cli, "prompts", "list", *argv)
    assert isinstance(rows, list)
    return [row["id"] for row in rows]


def write_pack(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def add_entry(cli: Cli, body: str, *options: str) -> str:
    return ok(cli, "add", *options, stdin=body.encode()).strip()


# ---------------------------------------------------------------- themes and list


def test_themes_lists_ids_and_names(ready: Cli) -> None:
    shipped = shipped_library().themes
    assert as_json(ready, "prompts", "themes") == [
        {"id": t.id, "name": t.name, "description": t.description} for t in shipped
    ]
    first = ok(ready, "prompts", "themes").splitlines()[0]
    assert first.split()[0] == shipped[0].id and first.endswith(shipped[0].name)


def test_list_shows_every_prompt_in_theme_order(ready: Cli) -> None:
    library = shipped_library()
    rows = as_json(ready, "prompts", "list")
    assert isinstance(rows, list)
    expected = [p.id for theme in library.themes for p in library.in_theme(theme.id)]
    assert [row["id"] for row in rows] == expected
    assert {row["source"] for row in rows} == {"shipped"}
    first = library.prompt(expected[0])
    assert first is not None
    line = ok(ready, "prompts", "list").splitlines()[0].split()
    assert line[:4] == [first.id, first.theme, first.intensity.value, "shipped"]


def test_list_by_theme(ready: Cli) -> None:
    expected = [p.id for p in shipped_library().in_theme("guilt")]
    assert prompt_ids(ready, "--theme", "guilt") == expected
    unknown = ready("prompts", "list", "--theme", "nope")
    assert unknown.status == EXIT_ERROR and "prompts themes" in unknown.stderr


# ---------------------------------------------------------------- import


def test_import_list_and_remove_a_pack(ready: Cli, tmp_path: Path) -> None:
    path = write_pack(tmp_path, "sleep.toml", SLEEP_PACK)
    result = ok(ready, "prompts", "import", str(path))
    assert result.splitlines()[0] == "Imported 2 prompts from “Sleep”."
    assert "example.sleep" in result
    assert prompt_ids(ready, "--theme", "sleep") == ["sleep-what-keeps-you-up"]
    assert "guilt-at-night" in prompt_ids(ready, "--theme", "guilt")
    assert "Sleep and rest" in ok(ready, "prompts", "themes")

    assert "“Sleep”" in ok(ready, "prompts", "remove-pack", "example.sleep")
    assert "guilt-at-night" not in prompt_ids(ready)
    again = ready("prompts", "remove-pack", "example.sleep")
    assert again.status == EXIT_ERROR and "no imported pack" in again.stderr


@pytest.mark.parametrize(
    ("text", "line"), [(BAD_PHASE_PACK, 20), (BAD_TOML_PACK, 7)], ids=["bad-phase", "bad-toml"]
)
def test_a_malformed_pack_names_file_and_line_and_stores_nothing(
    ready: Cli, tmp_path: Path, text: str, line: int
) -> None:
    path = write_pack(tmp_path, "broken.toml", text)
    result = ready("prompts", "import", str(path))
    assert result.status == EXIT_ERROR
    assert result.stdout == ""
    assert result.stderr.startswith(f"threshold: broken.toml, line {line}:")
    rows = as_json(ready, "prompts", "list")
    assert isinstance(rows, list)
    assert {row["source"] for row in rows} == {"shipped"}
    assert "broken-theme" not in ok(ready, "prompts", "themes")


def test_a_pack_that_clashes_with_shipped_ids_stores_nothing(ready: Cli, tmp_path: Path) -> None:
    clashing = SLEEP_PACK.replace('id = "guilt-at-night"', 'id = "guilt-whose-voice"')
    result = ready("prompts", "import", str(write_pack(tmp_path, "sleep.toml", clashing)))
    assert result.status == EXIT_ERROR and "Nothing was imported" in result.stderr
    assert "sleep-what-keeps-you-up" not in prompt_ids(ready)
    assert "Sleep and rest" not in ok(ready, "prompts", "themes")


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("version = 1", "version = 100000000000000000000000000", "from 1 to 2147483647"),
        ("version = 1", "version = " + "[" * 3000 + "]" * 3000, "nested"),
        ('name = "Sleep"', 'name = "Sleep \u202egnp.exe"', "U+202E"),
    ],
    ids=["huge-version", "deep-nesting", "right-to-left-override"],
)
def test_a_hostile_pack_is_a_plain_error_and_stores_nothing(
    ready: Cli, tmp_path: Path, old: str, new: str, words: str
) -> None:
    """Found by issue 14: these said "Something unexpected went wrong", or were accepted."""
    assert old in SLEEP_PACK
    result = ready(
        "prompts", "import", str(write_pack(tmp_path, "sleep.toml", SLEEP_PACK.replace(old, new)))
    )
    assert result.status == EXIT_ERROR and result.stderr.startswith("threshold: sleep.toml, line ")
    assert words in result.stderr and "unexpected" not in result.stderr
    assert "sleep-what-keeps-you-up" not in prompt_ids(ready)


def test_a_missing_pack_file_is_a_plain_error(ready: Cli, tmp_path: Path) -> None:
    result = ready("prompts", "import", str(tmp_path / "absent.toml"))
    assert result.status == EXIT_ERROR and "absent.toml" in result.stderr


@pytest.mark.parametrize("kind", ["pipe", "folder", "endless", "huge"])
def test_a_pack_path_that_is_no_small_file_is_refused_at_once(
    ready: Cli, tmp_path: Path, kind: str
) -> None:
    """A pipe hung the import; /dev/zero or a huge file was read whole before the size check."""
    import os
    import time

    path = tmp_path / "pack.toml"
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "endless":
        path = Path("/dev/zero")
    else:
        path.write_bytes(b"#" * (50 * 1024 * 1024))
    started = time.monotonic()
    result = ready("prompts", "import", str(path))
    assert result.status == EXIT_ERROR and "unexpected" not in result.stderr
    assert time.monotonic() - started < 5


def test_remove_pack_leaves_shipped_and_own_prompts_alone(ready: Cli) -> None:
    ok(ready, "prompts", "add", "--theme", "guilt", "Mine.")
    for pack in ("custom", "threshold.guilt"):
        assert ready("prompts", "remove-pack", pack).status == EXIT_ERROR
    assert (
        len(prompt_ids(ready, "--theme", "guilt")) == len(shipped_library().in_theme("guilt")) + 1
    )


# ---------------------------------------------------------------- own prompts


def test_add_and_remove_own_prompts(ready: Cli) -> None:
    first = ok(
        ready,
        "prompts",
        "add",
        "--theme",
        "worth",
        "--follow-up",
        "Who said so?",
        "--follow-up",
        "Who says otherwise?",
        "--deep",
        "What were you told you are worth?",
    ).strip()
    second = ok(
        ready, "prompts", "add", "--theme", "worth", stdin=b"What is one thing you did well?\n"
    ).strip()
    listed = as_json(ready, "prompts", "list", "--theme", "worth")
    assert isinstance(listed, list)
    rows = {row["id"]: row for row in listed}
    assert rows[first]["source"] == "custom" and rows[first]["intensity"] == "deep"
    assert rows[first]["follow_ups"] == ["Who said so?", "Who says otherwise?"]
    assert rows[second]["text"] == "What is one thing you did well?"
    assert rows[second]["intensity"] == "gentle"

    assert "Removed" in ok(ready, "prompts", "remove", first)
    assert first not in prompt_ids(ready)
    assert ready("prompts", "remove", first).status == EXIT_ERROR
    assert ready("prompts", "remove", "guilt-whose-voice").status == EXIT_ERROR


def test_own_prompts_need_a_known_theme_and_some_text(ready: Cli) -> None:
    unknown = ready("prompts", "add", "--theme", "nope", "Text.")
    assert unknown.status == EXIT_ERROR and "no theme 'nope'" in unknown.stderr
    assert ready("prompts", "add", "--theme", "guilt", stdin=b"  \n").status == EXIT_ERROR
    assert prompt_ids(ready) == [p.id for p in _shipped_in_theme_order()]


# ---------------------------------------------------------------- tonight


def test_tonight_shows_theme_notice_text_and_follow_ups(ready: Cli, tmp_path: Path) -> None:
    ok(ready, "prompts", "import", str(write_pack(tmp_path, "sleep.toml", SLEEP_PACK)))
    text = ok(ready, "prompts", "tonight", "--theme", "sleep")
    assert text.startswith("Sleep and rest\n")
    assert DEEP_NOTICE in text
    assert "When sleep is slow to come, what tends to be on your mind?" in text
    assert "  - What helped on a night that went better?" in text
    assert "--prompt sleep-what-keeps-you-up" in text

    gentle = ok(ready, "prompts", "add", "--theme", "sleep", "What does rest look like?").strip()
    ok(ready, "add", "--prompt", "sleep-what-keeps-you-up", "--theme", "sleep", stdin=b"answered")
    shown = as_json(ready, "prompts", "tonight", "--theme", "sleep")
    assert isinstance(shown, dict)
    assert shown["id"] == gentle and shown["theme_name"] == "Sleep and rest"
    assert DEEP_NOTICE not in ok(ready, "prompts", "tonight", "--theme", "sleep")


def test_tonight_never_repeats_a_prompt_answered_in_the_last_28_days(ready: Cli) -> None:
    theme = "hope-reality"
    *answered, remaining = shipped_library().in_theme(theme)
    for prompt in answered:
        add_entry(ready, "an answer", "--theme", theme, "--prompt", prompt.id)
    for _ in range(10):
        shown = as_json(ready, "prompts", "tonight", "--theme", theme)
        assert isinstance(shown, dict)
        assert shown["id"] == remaining.id


def test_tonight_respects_the_phase(ready: Cli) -> None:
    theme = "hope-reality"
    unsuited = {p.id for p in shipped_library().in_theme(theme) if Phase.REBUILDING not in p.phases}
    assert unsuited  # otherwise this test proves nothing
    ok(ready, "prompts", "phase", "rebuilding")
    for _ in range(15):
        shown = as_json(
            ready, "prompts", "tonight", "--theme", theme, "--pull", "A message from them"
        )
        assert isinstance(shown, dict)
        assert shown["id"] not in unsuited and "rebuilding" in shown["phases"]


def test_tonight_without_a_theme_and_with_own_words(ready: Cli) -> None:
    text = ok(ready, "prompts", "tonight", "--pull", "guilt", "--pull", "the neighbour's dog")
    assert "threshold add --theme" in text
    unknown = ready("prompts", "tonight", "--theme", "nope")
    assert unknown.status == EXIT_ERROR and unknown.stdout == ""


# ---------------------------------------------------------------- phase


def test_phase_round_trip(ready: Cli) -> None:
    assert "No phase is set" in ok(ready, "prompts", "phase")
    assert "(just-left)" in ok(ready, "prompts", "phase", "just-left")
    shown = ok(ready, "prompts", "phase")
    assert shown.startswith("Your phase is ") and "(just-left)" in shown
    assert "No phase is set" in ok(ready, "prompts", "phase", "none")
    assert "No phase is set" in ok(ready, "prompts", "phase")


def test_phase_choices_match_the_phases() -> None:
    assert (*(phase.value for phase in Phase), "none") == PHASE_CHOICES


# ---------------------------------------------------------------- check-in fields


def test_add_and_show_checkin_fields(ready: Cli) -> None:
    entry_id = add_entry(
        ready,
        "after the call",
        "--feeling",
        "Hopeful",
        "--energy",
        "3",
        "--pull",
        "A MESSAGE FROM THEM",
        "--pull",
        "my sister called",
    )
    shown = as_json(ready, "show", entry_id)
    assert isinstance(shown, dict)
    assert shown["feeling"] == "hopeful" and shown["energy"] == 3
    assert shown["mood"] == 4  # from the grid: "hopeful" is pleasant
    assert shown["pulls"] == [
        {"id": "message", "label": "A message from them"},
        {"id": "my sister called", "label": "my sister called"},
    ]
    text = ok(ready, "show", entry_id)
    assert "Feeling: hopeful\n" in text and "Energy: 3/3\n" in text
    assert "A message from them (message); my sister called" in text


def test_a_feeling_off_the_grid_is_kept_as_typed(ready: Cli) -> None:
    entry_id = add_entry(ready, "odd day", "--feeling", "Wistful", "--mood", "2")
    shown = as_json(ready, "show", entry_id)
    assert isinstance(shown, dict)
    assert (shown["feeling"], shown["energy"], shown["mood"], shown["pulls"]) == (
        "Wistful",
        None,
        2,
        [],
    )


def test_an_entry_without_checkin_fields_shows_none(ready: Cli) -> None:
    entry_id = add_entry(ready, "plain")
    text = ok(ready, "show", entry_id)
    assert "Feeling" not in text and "Energy" not in text and "pulled" not in text


def test_list_and_search_filter_by_pull_and_feeling(ready: Cli) -> None:
    message = add_entry(ready, "a walk after the message", "--pull", "message", "--feeling", "numb")
    other = add_entry(ready, "a walk in the park", "--pull", "my own words", "--feeling", "calm")

    def listed(*options: str) -> list[str]:
        rows = as_json(ready, "list", *options)
        assert isinstance(rows, list)
        return [row["id"] for row in rows]

    assert listed("--pull", "message") == [message]
    assert listed("--pull", "A message from them") == [message]
    assert listed("--pull", "my own words") == [other]
    assert listed("--feeling", "NUMB") == [message]
    assert listed("--feeling", "calm", "--pull", "message") == []
    hits = as_json(ready, "search", "walk", "--pull", "message")
    assert isinstance(hits, list)
    assert [hit["id"] for hit in hits] == [message]
    hits = as_json(ready, "search", "walk", "--feeling", "calm")
    assert isinstance(hits, list)
    assert [hit["id"] for hit in hits] == [other]


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "--energy", "4"],
        ["add", "--energy", "0"],
        ["prompts"],
        ["prompts", "phase", "someday"],
        ["prompts", "add", "text without a theme"],
        ["list", "--pull"],
    ],
)
def test_prompt_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == EXIT_USAGE


def _shipped_in_theme_order() -> list[Prompt]:
    library = shipped_library()
    return [p for theme in library.themes for p in library.in_theme(theme.id)]


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from app.files import JournalFiles
    from app.journal import create_journal
    from tests.helpers.journals import FAST_ARGON2
    from tests.helpers.paths import REPO

    files = JournalFiles(tmp_path / "journal")
    create_journal(files, passphrase="a quiet evening", argon2=FAST_ARGON2)[0].close()
    env = {**os.environ, "THRESHOLD_DATA_DIR": str(files.folder)}
    env["THRESHOLD_PASSPHRASE"] = "a quiet evening"
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "prompts", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head` does once it has enough
    errors = process.stderr.read()
    process.stderr.close()
    process.wait(timeout=60)
    assert b"unexpected" not in errors and b"Traceback" not in errors
