"""hypothesis drives the CLI with any mix of commands, options and values.

Whatever is typed, every run ends in a result (0), a plain error (1), a usage
message (2) or an unlock failure (3): never an unexpected exception (with
``THRESHOLD_DEBUG`` set, one would surface here as itself). After every run the
journal still passes its quick check and the entries added by earlier runs are
still there: a bad command changes nothing it should not.
"""

from __future__ import annotations

import argparse
import contextlib
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli.main import EXIT_ERROR, EXIT_OK, EXIT_UNLOCK, EXIT_USAGE, build_parser
from app.errors import KnownError
from app.journal import Journal, open_journal
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import Cli

# Options whose value names a file or folder: always somewhere in the test's folder.
PATH_OPTIONS = {
    "--data-dir",
    "--passphrase-file",
    "--recovery-key-file",
    "--new-passphrase-file",
    "--output",
    "-o",
    "--to",
    "--in",
    "--password-file",
    "--cover-note-file",
}
PATH_ARGUMENTS = {"file", "folder"}  # "folder": sync join's, never the working folder
KNOWN_STATUSES = {EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNLOCK}
ODD_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30
) | st.sampled_from(
    ["", " ", "-", "--", "2024-02-30", "2024-01-01", "0", "-1", "99999999999", "5", "1",
     "guilt", "shield", "deciding", "md", "html", "txt", "pdf", "\x00", "é\u0301", "🕯️",
     "<script>alert(1)</script>", "../../etc/passwd", "%s%n", "a" * 500]
)  # fmt: skip


@cache
def command_shapes() -> dict[tuple[str, ...], list[argparse.Action]]:
    """Every (sub)command's path and its options and arguments, read from the parser."""
    shapes: dict[tuple[str, ...], list[argparse.Action]] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    shapes[(*path, name)] = [
                        a
                        for a in sub._actions
                        if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)
                    ]
                    walk(sub, (*path, name))

    walk(build_parser(), ())
    return shapes


@st.composite
def command_lines(draw: st.DrawFn, folder: Path) -> list[str]:
    """A command with a random subset of its options, in a random order, odd values."""
    shapes = command_shapes()
    path = draw(st.sampled_from(sorted(p for p in shapes if p != ("init",))))
    argv = list(path)
    actions = shapes[path]
    chosen = draw(st.lists(st.sampled_from(actions), max_size=5)) if actions else []
    for action in chosen:
        name = action.option_strings[-1] if action.option_strings else None
        value = draw(values_for(action, folder))
        if name is not None and action.nargs == 0:
            argv.append(name)
        elif name is not None:
            argv += [name, value]
        else:
            argv.append(value)
    if draw(st.booleans()):
        argv.append(draw(ODD_TEXT))  # a stray word
    return argv


def values_for(action: argparse.Action, folder: Path) -> st.SearchStrategy[str]:
    if set(action.option_strings) & PATH_OPTIONS or action.dest in PATH_ARGUMENTS:
        return st.sampled_from(["missing", "secret.txt", "garbage.bin", "folder", ""]).map(
            lambda name: str(folder / name) if name else ""
        )
    return ODD_TEXT


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    (folder / "folder").mkdir(parents=True)
    (folder / "secret.txt").write_text("not the passphrase\n")
    (folder / "garbage.bin").write_bytes(bytes(range(256)) * 4)
    return folder


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_command_line_ends_calmly_and_harms_nothing(
    cli: Cli, sandbox: Path, monkeypatch: pytest.MonkeyPatch, data: st.DataObject
) -> None:
    monkeypatch.setenv("THRESHOLD_DEBUG", "1")  # an unexpected error raises here
    monkeypatch.delenv("THRESHOLD_PASSPHRASE", raising=False)
    monkeypatch.chdir(sandbox)  # a stray word taken as a folder lands here, not in the repo
    if not cli.files.database.exists():
        assert cli("init").status == EXIT_OK
    kept = cli("add", "--title", "Kept", stdin=b"A line that must survive.").stdout.strip()
    argv = data.draw(command_lines(sandbox), label="argv")
    stdin = data.draw(st.binary(max_size=200), label="stdin")
    try:
        status = cli(*argv, stdin=stdin).status
    except SystemExit as stopped:  # argparse: a usage message, exit status 2
        status = int(stopped.code or 0)
    assert status in KNOWN_STATUSES
    with opened(cli, sandbox, stdin) as journal:
        assert journal.verify().ok
        assert journal.entries.get(kept).body == "A line that must survive."


def opened(cli: Cli, sandbox: Path, stdin: bytes) -> Journal:
    """The journal, through the keyring; or, when the command set a passphrase, through it.

    ``keys set-passphrase --new-passphrase-file F`` is a fine command line: it removes
    the keyring slot. Then the passphrase it can have set (a sandbox file's words, or
    what came on stdin) opens the journal, and the keyring slot is put back so the
    next examples run as before.
    """
    for secret in cli.keystore.secrets.values():
        return open_journal(cli.files, SlotSecret.device(secret))
    for passphrase in passphrases_it_could_set(sandbox, stdin):
        with contextlib.suppress(KnownError):
            journal = open_journal(cli.files, SlotSecret.passphrase(passphrase))
            journal.remove_passphrase(cli.keystore)
            return journal
    raise AssertionError("the journal opens with neither the keyring nor any passphrase")


def passphrases_it_could_set(sandbox: Path, stdin: bytes) -> list[str]:
    texts = [stdin.decode("utf-8", errors="ignore")]
    texts += [f.read_text(errors="ignore") for f in sandbox.iterdir() if f.is_file()]
    return [variant for text in texts for variant in (text, text.strip(), text.rstrip("\n"))]


def test_a_backup_place_that_is_a_file_is_refused_plainly(cli: Cli, sandbox: Path) -> None:
    """Found by the fuzzer: `backup --to FILE` was an unexpected error."""
    assert cli("init").status == EXIT_OK
    result = cli("backup", "--to", str(sandbox / "secret.txt"))
    assert result.status == EXIT_ERROR
    assert "is a file, not a folder" in result.stderr
    assert (sandbox / "secret.txt").read_text() == "not the passphrase\n"


def test_a_pack_name_no_file_can_have_is_refused_plainly(cli: Cli) -> None:
    """Found by the fuzzer: `prompts import` with a NUL in the name raised ValueError."""
    assert cli("init").status == EXIT_OK
    result = cli("prompts", "import", "bad\x00name.toml")
    assert result.status == EXIT_ERROR
    assert "not a name a file can have" in result.stderr
