"""The README opens with what Threshold is and the two commands; the set-up is lean.

Issue 15, finding 14: the quick start sat far down the page, and `scripts/run`
installed the test and packaging tools (a ~450 MB `.venv`, extra system packages)
for someone who only wanted to open the app. `scripts/setup` is run here for real,
in a scratch folder, with stand-ins for `dpkg-query`, `apt-get` and the venv's
Python that only write down what they were asked to do.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.helpers.paths import REPO

README = REPO / "README.md"
LOGGING_PROGRAM = '#!/bin/sh\necho "$(basename "$0") $*" >> "$LOG"\n'


def test_the_readme_opens_with_what_threshold_is_and_the_two_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    first_section = next(i for i, line in enumerate(lines) if line.startswith("## "))
    opening = "\n".join(lines[:first_section])
    assert "private journal" in "\n".join(lines[:8])
    run, test = opening.find("\nscripts/run "), opening.find("\nscripts/test ")
    assert 0 < run < test < opening.find("![")  # before the pictures and the status note
    assert run < 30 * 80  # within the first screenful or so


def test_every_picture_the_readme_shows_is_there() -> None:
    pictures = re.findall(r"\]\((docs/screenshots/[^)]+)\)", README.read_text(encoding="utf-8"))
    assert pictures
    assert [path for path in pictures if not (REPO / path).is_file()] == []


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A scratch checkout with the real scripts, and stand-ins that log what they do."""
    (tmp_path / "scripts").mkdir()
    for name in ("setup", "run", "translations"):
        shutil.copy2(REPO / "scripts" / name, tmp_path / "scripts" / name)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "setup.py").write_text("")
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir()
    for name in ("apt-get", "sudo"):
        program(bin_dir / name, LOGGING_PROGRAM)
    program(bin_dir / "dpkg-query", '#!/bin/sh\necho "install ok installed"\n')
    venv = tmp_path / ".venv" / "bin"
    venv.mkdir(parents=True)
    program(venv / "python", LOGGING_PROGRAM)
    program(venv / "threshold", LOGGING_PROGRAM)
    return tmp_path


def program(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def run(checkout: Path, *argv: str) -> list[str]:
    """Run a script of the scratch checkout; the lines its stand-ins logged."""
    log = checkout / "log.txt"
    log.write_text("")
    path = f"{checkout / 'fake-bin'}{os.pathsep}{os.environ['PATH']}"
    done = subprocess.run(
        [str(checkout / "scripts" / argv[0]), *argv[1:]],
        env={**os.environ, "PATH": path, "LOG": str(log)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return log.read_text().splitlines()


def installs(logged: list[str]) -> list[str]:
    return [line for line in logged if " -m pip install" in line and "--upgrade pip" not in line]


def test_run_installs_the_app_alone_and_opens_it(checkout: Path) -> None:
    logged = run(checkout, "run", "--version")
    assert installs(logged) == ["python -m pip install -q -e ."]
    assert logged[-1] == "threshold --version"
    assert not [line for line in logged if line.startswith(("apt-get", "sudo"))]


def test_setup_installs_everything_and_run_then_installs_nothing(checkout: Path) -> None:
    assert installs(run(checkout, "setup")) == ["python -m pip install -q -e .[test,build]"]
    assert installs(run(checkout, "run")) == []  # the full set covers the app
    assert installs(run(checkout, "setup")) == []


def test_a_changed_setup_py_installs_again(checkout: Path) -> None:
    run(checkout, "run")
    (checkout / "setup.py").write_text("# changed\n")
    assert installs(run(checkout, "run")) == ["python -m pip install -q -e ."]


def test_setup_refuses_an_unknown_option(checkout: Path) -> None:
    done = subprocess.run(
        [str(checkout / "scripts" / "setup"), "--tests"], capture_output=True, check=False
    )
    assert done.returncode == 2 and b"usage" in done.stderr
