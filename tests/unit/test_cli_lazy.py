"""A command loads only its own modules: the parser names handlers without importing them.

``import app.cli.main`` once loaded every command's modules (the export's Markdown
rendering, the backup package) before it knew which command would run, and
``threshold list`` paid for all of them (issue 16, "Start-up").
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.parser import EXPORT_FORMATS, build_parser, command_named
from app.cli.specs import Handler
from app.export.model import ExportFormat
from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.paths import REPO

HEAVY = ("app.export", "app.backup", "app.render", "markdown", "nh3", "pypdf", "PySide6")
COMMAND_MODULES = tuple(
    f"app.cli.{name}"
    for name in (
        "access_commands",
        "attachment_commands",
        "backup_commands",
        "contact_commands",
        "entry_commands",
        "export_commands",
        "import_commands",
        "incident_report_commands",
        "archive_commands",
        "journal_commands",
        "prompt_commands",
    )
)
PASSPHRASE = "a long passphrase for the lazy test"
REPORT = (
    "import atexit, sys\n"
    "def report():\n"
    f"    loaded = sorted(m for m in sys.modules if m.startswith({HEAVY + COMMAND_MODULES!r}))\n"
    "    sys.stderr.write('LOADED ' + repr(loaded) + '\\n')\n"
    "atexit.register(report)\n"
)


def _loaded(stderr: str) -> list[str]:
    line = next(line for line in stderr.splitlines() if line.startswith("LOADED "))
    loaded: list[str] = eval(line.removeprefix("LOADED "))
    return loaded


def _python(code: str, *, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", REPORT + code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
    )


def test_importing_the_cli_and_building_its_parser_loads_no_command() -> None:
    result = _python("import app.cli.main\napp.cli.main.build_parser()\n")
    assert result.returncode == 0, result.stderr
    assert _loaded(result.stderr) == []


def test_list_loads_its_own_module_and_nothing_heavy(tmp_path: Path) -> None:
    files = JournalFiles(tmp_path / "journal")
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    with journal:
        journal.entries.add(EntryFields(body="A quiet evening."))
    code = (
        "from app.main import main\n"
        f"status = main(['--data-dir', {str(files.folder)!r}, 'list'])\n"
        "sys.stdout.flush()\n"
        "raise SystemExit(status)\n"
    )
    result = _python(code, env={**os.environ, "THRESHOLD_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr
    assert "A quiet evening." in result.stdout
    assert _loaded(result.stderr) == ["app.cli.entry_commands"]


def _handlers(parser: argparse.ArgumentParser) -> list[Handler]:
    found = [parser.get_default("handler")]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found += _handlers(child)
    return [handler for handler in found if handler is not None]


def test_every_handler_names_a_function_that_exists() -> None:
    handlers = _handlers(build_parser())
    assert len(handlers) > 20
    for handler in handlers:
        assert callable(handler.resolve()), handler


def test_the_export_formats_offered_are_the_models() -> None:
    assert tuple(fmt.value for fmt in ExportFormat) == EXPORT_FORMATS


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--data-dir", "/x", "list", "--limit", "3", "--json"],
        ["--data", "/x", "search", "word", "--since", "2026-01-01"],
        ["--data-dir=/x", "verify", "--quick"],
        ["--passphrase-file", "list", "show", "abc"],
        ["prompts", "phase", "aftershock"],
        ["keys", "set-passphrase", "--new-passphrase-file", "f"],
        ["export", "abc", "-o", "out.md", "--format", "md", "--redact", "A=B"],
        ["restore", "backup.db", "--yes"],
        ["incidents", "report", "-o", "r.csv", "--format", "csv", "--kind", "threat"],
    ],
)
def test_building_only_the_named_command_parses_alike(argv: list[str]) -> None:
    only = command_named(argv)
    assert only is not None
    assert build_parser(only).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv", [[], ["-h"], ["--help", "list"], ["--hel"], ["lsit"], ["--", "list"], ["--data-dir"]]
)
def test_help_mistakes_and_the_unusual_get_the_whole_parser(argv: list[str]) -> None:
    assert command_named(argv) is None
