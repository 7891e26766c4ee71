"""The ``threshold`` command for tests: in this process (``Cli``) or in a fresh one."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli.context import CommandContext
from app.cli.main import build_parser, run_command
from app.cli.unlocking import SecretSources
from app.files import JournalFiles
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from tests.helpers.paths import REPO


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


def init_journal(cli: Cli) -> RecoveryKey:
    """``threshold init --json`` in process: a new keyring journal; returns its recovery key."""
    result = cli("init", "--json")
    assert result.status == 0, result.stderr
    return RecoveryKey.parse(json.loads(result.stdout)["recovery_key"])


def succeeds(cli: Cli, *argv: str, stdin: bytes = b"") -> str:
    """Run a command in process; it must exit 0. Its standard output, stripped."""
    result = cli(*argv, stdin=stdin)
    assert result.status == 0, result.stderr + result.stdout
    return result.stdout.strip()
