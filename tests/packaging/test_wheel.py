"""A built wheel carries every resource, and installs and runs in a fresh environment.

The wheel is built from a copy of the sources (pip builds in place), installed with
its dependencies into a new virtual environment, and run from a folder outside the
checkout, so nothing can be found in the repository by accident.
"""

from __future__ import annotations

import json
import os
import sys
import zipfile
from pathlib import Path

import pytest

from app import APP_NAME, __version__
from tests.helpers.packaging import copy_sources, run
from tests.helpers.paths import REPO

PASSPHRASE = {"THRESHOLD_PASSPHRASE": "a quiet evening by the door"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built by pip from a clean copy of the sources.

    As on a machine with PySide6 installed: its ``pyside6-lrelease`` on the PATH builds
    the window's catalogues into the wheel (a clean copy has no ``.qm``).
    """
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    copy_sources(source)
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-q",
        "-w",
        root / "dist",
        source,
        cwd=root,
        env={"PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"},
    )
    (built,) = (root / "dist").glob("threshold_journal-*.whl")
    return built


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (REPO / "resources").rglob("*"):
        if path.is_file():
            assert f"app/_resources/{path.relative_to(REPO / 'resources').as_posix()}" in names
    assert "app/py.typed" in names
    for code in ("en", "es", "de"):  # built at install time, never committed
        assert f"app/_resources/translations/threshold_{code}.qm" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "packaging/"))]


def test_the_installed_wheel_runs_headless(wheel: Path, tmp_path: Path) -> None:
    """A fresh environment: --version, then init, add, search and the prompt packs."""
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=tmp_path, timeout=600)
    threshold = venv / "bin" / "threshold"
    version = run(threshold, "--version", cwd=tmp_path)
    assert version.stdout.decode().strip() == f"{APP_NAME} {__version__}"

    env = {**PASSPHRASE, "THRESHOLD_DATA_DIR": str(tmp_path / "journal")}
    run(threshold, "init", "--json", cwd=tmp_path, env=env)
    added = run(threshold, "add", "--title", "door", cwd=tmp_path, env=env, stdin=b"it stays shut")
    found = run(threshold, "search", "shut", cwd=tmp_path, env=env)
    assert added.stdout.decode().strip()[:8] in found.stdout.decode()
    themes = run(threshold, "prompts", "themes", "--json", cwd=tmp_path, env=env)
    assert len(json.loads(themes.stdout)) >= 14

    where = "from app.resource_files import resources_dir; print(resources_dir())"
    found_at = run(venv / "bin" / "python", "-c", where, cwd=tmp_path).stdout.decode().strip()
    assert Path(found_at).is_relative_to(venv), found_at
