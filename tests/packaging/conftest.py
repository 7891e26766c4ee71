"""The Linux bundle, built once per test run with scripts/build-bundle, and its figures."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

BUILD_TIMEOUT_S = 900
_FIGURES: dict[str, str] = {}


@dataclass(frozen=True)
class Bundle:
    """A built one-folder bundle: its launcher, files and PyInstaller's work folder."""

    folder: Path  # dist/threshold
    work: Path  # PyInstaller's work folder (tables of what went in)

    @property
    def executable(self) -> Path:
        return self.folder / "threshold"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    def run(
        self,
        *argv: str,
        data_dir: Path,
        env: dict[str, str] | None = None,
        stdin: bytes = b"",
        timeout: float = 120,
    ) -> subprocess.CompletedProcess[bytes]:
        """Run the bundled ``threshold`` from outside the checkout."""
        environment = {**os.environ, "THRESHOLD_DATA_DIR": str(data_dir), **(env or {})}
        return subprocess.run(
            [str(self.executable), *argv],
            input=stdin,
            capture_output=True,
            env=environment,
            cwd=data_dir.parent,
            timeout=timeout,
            check=False,
        )


def folder_size(folder: Path) -> int:
    """Bytes in the regular files under ``folder`` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


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
