"""The package list and the resources for setuptools; the rest is in pyproject.toml.

Why a small build step instead of mapping ``resources/`` as a package: mapping a
folder outside ``app/`` (``package-dir = {"app._resources" = "resources"}``) made
the layout one that an editable install can only serve through a meta path finder,
and setuptools said so on every ``pip install -e .`` with a boxed warning about
folders that "may take precedence during imports", alarming on a first run. With
plain packages under ``app/``, the editable install is a single ``.pth`` line to
the checkout (where ``app/resource_files.py`` reads ``resources/`` in place), and
a wheel or an sdist still carries every file as ``app/_resources``, added here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = "resources"
INSTALLED_AS = ("app", "_resources")


LRELEASE = ("pyside6-lrelease", "lrelease", "lrelease-qt6")


def release_catalogues() -> None:
    """Build each ``resources/translations/*.qm`` from its ``.ts`` (never committed).

    Qt's ``lrelease`` comes with PySide6 (``pyside6-lrelease``) or with Qt's tools;
    without either, a build carries the catalogues already built, and says so.
    """
    folder = ROOT / RESOURCES / "translations"
    stale = [ts for ts in folder.glob("*.ts") if not _built_since(ts)]
    if not stale:
        return
    tool = _lrelease()
    if tool is None:
        print("setup.py: no lrelease found; the window's translations were not built")
        return
    # pip builds in an isolated environment whose PYTHONPATH hides the venv's PySide6
    # from pyside6-lrelease (a Python script): the tool runs with the caller's own paths.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    for ts in stale:
        done = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], env=env, check=False
        )
        if done.returncode != 0:
            print(f"setup.py: {tool} could not build {ts.name}; scripts/translations release can")
            return


def _built_since(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).parent
    for name in LRELEASE:
        found = shutil.which(name) or shutil.which(name, path=str(beside_python))
        if found:
            return found
    return None


def resource_files() -> list[str]:
    """Every file under ``resources/``, relative to it (no byte-code caches)."""
    folder = ROOT / RESOURCES
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


class BuildWithResources(build_py):
    """``build_py`` that also copies ``resources/`` into the package as ``app/_resources``.

    Given as one more data-files group, so the wheel, the sdist's file list and
    the build's outputs all include it (setuptools asks through both methods).
    """

    def _get_data_files(self) -> list[tuple[str, str, str, list[str]]]:
        return [*super()._get_data_files(), self._resources_group()]

    def get_data_files_without_manifest(self) -> list[tuple[str, str, str, list[str]]]:
        """The data files, for the sdist's list, with the resources among them."""
        return [*super().get_data_files_without_manifest(), self._resources_group()]

    def _resources_group(self) -> tuple[str, str, str, list[str]]:
        release_catalogues()
        build_dir = str(Path(self.build_lib, *INSTALLED_AS))
        return (".".join(INSTALLED_AS), RESOURCES, build_dir, resource_files())


setup(
    packages=find_namespace_packages(include=["app", "app.*"], exclude=["*.__pycache__"]),
    cmdclass={"build_py": BuildWithResources},
)
