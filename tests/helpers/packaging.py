"""Builds from a clean copy of the sources, and the built bundle, for the packaging tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.paths import REPO

# What a build reads from the checkout: copied, so nothing else can leak into it.
SOURCES = ("app", "resources", "pyproject.toml", "setup.py", "README.md")


def run(
    *argv: str | Path,
    cwd: Path,
    env: dict[str, str] | None = None,
    stdin: bytes = b"",
    timeout: float = 300,
) -> subprocess.CompletedProcess[bytes]:
    """Run a build or install step; it must succeed (its stderr's tail says why not)."""
    result = subprocess.run(
        [str(a) for a in argv],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (argv, result.stderr.decode(errors="replace")[-3000:])
    return result


def copy_sources(target: Path, *leave_out: str) -> None:
    """Copy the ``SOURCES`` into ``target``, without caches or the ``leave_out`` patterns."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", *leave_out)
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, target / name, ignore=ignore)
        else:
            shutil.copy2(REPO / name, target / name)


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
