"""The running app writes no core dump and can't be traced by other processes (Linux)."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest

from tests.helpers.paths import REPO

PROBE = """
import resource, sys
from app.main import main
from app import hardening
sys.argv = ["threshold", "--version"]
try:
    main()
except SystemExit:
    pass
print(resource.getrlimit(resource.RLIMIT_CORE), hardening.is_dumpable())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_the_process_is_hardened_before_anything_else() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "(0, 0) False"


def test_hardening_is_quiet_where_the_os_says_no(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import hardening

    def refuse(*_args: object) -> None:
        raise ValueError("not allowed")

    monkeypatch.setattr(resource, "setrlimit", refuse)
    hardening.harden_process()  # no exception reaches the user
