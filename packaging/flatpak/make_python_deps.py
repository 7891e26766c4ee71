"""Write python3-deps.json for the Flatpak: every wheel Threshold needs, pinned by hash.

    .venv/bin/python packaging/flatpak/make_python_deps.py

Flatpak builds have no network, so each wheel is listed as a source with its URL and
sha256. pip resolves the dependencies in pyproject.toml for the runtime's Python on
each architecture (``pip install --dry-run --report``); PySide6 comes from the
PySide base app instead. Run it again after changing the dependencies.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TARGET = HERE / "python3-deps.json"
PYTHON_VERSION = "3.12"  # the Python of the KDE 6.8 runtime (freedesktop 24.08)
# pip takes each manylinux level as named (no older ones implied); the runtime's glibc
# (2.39) runs them all.
MANYLINUX = ("manylinux_2_34", "manylinux_2_28", "manylinux_2_17", "manylinux2014")
ARCHES = ("x86_64", "aarch64")
FROM_THE_BASE_APP = ("pyside6",)  # io.qt.PySide.BaseApp ships PySide6
# Needed only to build Threshold's own wheel inside the sandbox (PEP 639 licence).
BUILD_ONLY = ("setuptools>=77", "wheel")


def requirements() -> list[str]:
    """The runtime dependencies minus those the base app provides, plus build tools."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = project["project"]["dependencies"]
    kept = [r for r in listed if not r.lower().startswith(FROM_THE_BASE_APP)]
    return [*kept, *BUILD_ONLY]


def resolve(arch: str) -> list[dict[str, Any]]:
    """What pip would install for the runtime's Python on ``arch`` (its report)."""
    environment = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": ""}
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--dry-run",
                "--ignore-installed",
                "--only-binary=:all:",
                f"--python-version={PYTHON_VERSION}",
                "--implementation=cp",
                *(f"--platform={level}_{arch}" for level in MANYLINUX),
                f"--report={report}",
                *requirements(),
            ],
            check=True,
            env=environment,
        )
        install: list[dict[str, Any]] = json.loads(report.read_text())["install"]
        return install


def source(item: dict[str, Any]) -> dict[str, Any]:
    """One wheel as a flatpak-builder file source."""
    info = item["download_info"]
    return {"type": "file", "url": info["url"], "sha256": info["archive_info"]["hashes"]["sha256"]}


def module() -> dict[str, Any]:
    """The flatpak-builder module that installs every wheel without the network."""
    by_url: dict[str, dict[str, Any]] = {}
    arches_of: dict[str, list[str]] = {}
    names: set[str] = set()
    for arch in ARCHES:
        for item in resolve(arch):
            entry = source(item)
            by_url[entry["url"]] = entry
            arches_of.setdefault(entry["url"], []).append(arch)
            names.add(item["metadata"]["name"])
    sources = []
    for url, entry in sorted(by_url.items(), key=lambda pair: pair[0].rsplit("/", 1)[-1]):
        narrower = len(arches_of[url]) < len(ARCHES)
        sources.append({**entry, "only-arches": arches_of[url]} if narrower else entry)
    install = (
        'pip3 install --no-index --find-links="file://${PWD}" --prefix=${FLATPAK_DEST} '
        "--no-build-isolation " + " ".join(sorted(names))
    )
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sources,
    }


def main() -> int:
    """Resolve for every architecture and write the module file."""
    TARGET.write_text(json.dumps(module(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
