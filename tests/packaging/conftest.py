"""The Linux bundle, built once per test run with scripts/build-bundle, and its figures."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.helpers.packaging import Bundle, folder_size
from tests.helpers.paths import REPO

BUILD_TIMEOUT_S = 900
_FIGURES: dict[str, str] = {}


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """Build the bundle the way a release is built, once for every test that needs it."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test builds the Linux bundle")
    root = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [str(REPO / "scripts" / "build-bundle"), str(root / "dist"), str(root / "work")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-4000:]
    built = Bundle(root / "dist" / "threshold", root / "work" / "threshold")
    size = folder_size(built.folder)
    _FIGURES["bundle"] = f"built in {seconds:.0f} s, {size / 2**20:.0f} MiB on disk"
    return built


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how long the bundle took to build and how big it is (CI logs keep it)."""
    for name, figures in _FIGURES.items():
        terminalreporter.write_line(f"packaging: the Linux {name} was {figures}")
