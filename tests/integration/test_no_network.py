"""Threshold never touches the network: every command runs under a socket audit hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import REPO

PROBE = Path(__file__).with_name("no_network_probe.py")


def run(
    *argv: str, data_dir: Path, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "THRESHOLD_DATA_DIR": str(data_dir), **(env or {})}
    return subprocess.run(
        [sys.executable, str(PROBE), *argv],
        input=stdin,
        capture_output=True,
        env=environment,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_the_probe_catches_network_access(tmp_path: Path) -> None:
    """A check on the probe itself: an internet connection attempt is caught."""
    script = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"exec(open({str(PROBE)!r}).read().split('from app.main')[0]); {script}",
        ],
        capture_output=True,
        cwd=REPO,
        timeout=30,
        check=False,
    )
    assert result.returncode == 99
    assert b"NETWORK ACCESS" in result.stderr


@pytest.mark.parametrize(
    "keyring",
    [
        pytest.param(False, id="passphrase"),
        pytest.param(True, id="keyring", marks=pytest.mark.keyring_integration),
    ],
)
def test_every_command_stays_off_the_network(tmp_path: Path, keyring: bool) -> None:
    env = {} if keyring else {"THRESHOLD_PASSPHRASE": "quiet evening"}
    data = tmp_path / "journal"
    created = run("init", "--json", data_dir=data, env=env)
    assert created.returncode == 0, created.stderr
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(json.loads(created.stdout)["recovery_key"])
    entry = (
        run("add", "--title", "t", stdin=b"words to find", data_dir=data, env=env)
        .stdout.decode()
        .strip()
    )
    for argv in (
        ["list"],
        ["search", "find"],
        ["show", entry],
        ["history", entry],
        ["delete", entry],
        ["trash"],
        ["restore", entry],
        ["verify"],
        ["keys", "status"],
        ["keys", "rotate", "--recovery-key-file", str(key_file)],
    ):
        result = run(*argv, stdin=b"", data_dir=data, env=env)
        assert result.returncode == 0, (argv, result.stderr)
        assert b"NETWORK ACCESS" not in result.stderr
