"""Shared fixtures: journals in temp folders, fast KDF settings, fake keystores, the CLI.

Every test builds exactly what it needs in its own temp folder; nothing touches the
user's real data folder or keyring (scripts/test also points XDG_* at a sandbox).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli.context import CommandContext
from app.cli.main import build_parser, run_command
from app.cli.unlocking import SecretSources
from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from app.vault.wrapping import Argon2Params

REPO = Path(__file__).resolve().parent.parent
# Cheap Argon2id for unit tests; production parameters are tested once on purpose.
FAST_ARGON2 = Argon2Params(memory_kib=1024, iterations=1, lanes=1)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run the long fault suites")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long fault run: use --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


class MemoryKeystore:
    """A keystore that keeps secrets in a dict (fast GUI and unit tests only)."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def get_secret(self, journal_id: str) -> bytes | None:
        return self.secrets.get(journal_id)

    def set_secret(self, journal_id: str, secret: bytes) -> None:
        self.secrets[journal_id] = secret

    def delete_secret(self, journal_id: str) -> None:
        self.secrets.pop(journal_id, None)


@pytest.fixture
def files(tmp_path: Path) -> JournalFiles:
    return JournalFiles(tmp_path / "journal")


@pytest.fixture
def keystore() -> MemoryKeystore:
    return MemoryKeystore()


@dataclass
class NewJournal:
    journal: Journal
    recovery: RecoveryKey
    files: JournalFiles


@pytest.fixture
def journal(files: JournalFiles, keystore: MemoryKeystore) -> Iterator[Journal]:
    """A fresh keyring journal, open."""
    opened, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with opened:
        yield opened


@pytest.fixture
def new_journal(files: JournalFiles, keystore: MemoryKeystore) -> Iterator[NewJournal]:
    """A fresh keyring journal with its recovery key."""
    opened, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with opened:
        yield NewJournal(opened, recovery, files)


@dataclass
class CliResult:
    status: int
    stdout: str
    stderr: str


class Cli:
    """Runs ``threshold`` commands in process against one data folder."""

    def __init__(self, files: JournalFiles, keystore: Keystore, capsys: pytest.CaptureFixture[str]):
        self.files = files
        self.keystore: Any = keystore  # a MemoryKeystore in most tests
        self._capsys = capsys

    def __call__(
        self, *argv: str, stdin: bytes = b"", sources: SecretSources | None = None
    ) -> CliResult:
        args = build_parser().parse_args(list(argv))
        stdout = io.StringIO()
        context = CommandContext(
            files=self.files,
            keystore=self.keystore,
            sources=sources or SecretSources(args.passphrase_file, args.recovery_key_file),
            stdin=io.BytesIO(stdin),
            stdout=stdout,
        )
        self._capsys.readouterr()
        status = run_command(args.handler, context, args)
        return CliResult(status, stdout.getvalue(), self._capsys.readouterr().err)


@pytest.fixture
def cli(files: JournalFiles, keystore: MemoryKeystore, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(files, keystore, capsys)


def run_threshold(
    *argv: str,
    data_dir: Path,
    stdin: bytes = b"",
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """Run the real ``threshold`` command as a separate process."""
    environment = {**os.environ, "THRESHOLD_DATA_DIR": str(data_dir), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        input=stdin,
        capture_output=True,
        env=environment,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )
