"""Where the app's data files (prompt packs, check-in data, window icons) are read from.

Installed (a wheel, ``pip install .`` or the desktop bundle), they sit inside the
package as ``app/_resources``: setup.py and pyproject.toml map the top-level
``resources/`` folder there, and the PyInstaller spec copies it there. In a source
checkout (or an editable install) they are read straight from ``resources/`` next to
the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding ``prompts/``, ``checkin.toml`` and ``icons/``."""
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def prompts_dir() -> Path:
    """The shipped prompt packs."""
    return resources_dir() / "prompts"


def checkin_file() -> Path:
    """Mood words, pulls, closing lines and grounding exercises for the check-in."""
    return resources_dir() / "checkin.toml"
