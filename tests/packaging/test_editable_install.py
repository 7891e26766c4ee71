"""`pip install -e .` (what scripts/run and scripts/test do) is quiet and reads resources in place.

Issue 15, finding 14: the first run printed a boxed setuptools warning ("Editable
installation … folders … may take precedence during imports"). Its cause was the
layout: ``resources/`` mapped into the package as ``app._resources`` made setuptools
serve the editable install through a meta path finder, which always warns. With a
plain layout the install is one ``.pth`` line and says nothing; the wheel still
carries the resources (test_wheel.py). Run in a fresh environment on a copy of the
sources, as test_wheel.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.helpers.packaging import copy_sources, run


def test_the_editable_install_says_nothing_alarming_and_reads_resources_in_place(
    tmp_path: Path,
) -> None:
    source = tmp_path / "source"
    copy_sources(source, "*.egg-info")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    # As scripts/setup does; older pips keep the build backend's warnings to themselves.
    run(python, "-m", "pip", "install", "-q", "--upgrade", "pip", cwd=tmp_path)
    done = run(python, "-m", "pip", "install", "-q", "--no-deps", "-e", source, cwd=tmp_path)
    said = (done.stdout + done.stderr).decode(errors="replace")
    setuptools_lines = [line for line in said.splitlines() if "Location" not in line]
    assert "Warning" not in "\n".join(setuptools_lines), said
    assert "!!" not in said, said

    where = "from app.resource_files import resources_dir; print(resources_dir())"
    found_at = run(python, "-c", where, cwd=tmp_path).stdout.decode().strip()
    assert Path(found_at) == source / "resources"
