"""Where the app's data files (prompt packs, check-in data) are read from.

Installed, they sit inside the package (``app/_resources``, mapped from the top-level
``resources/`` folder at build time); in a source checkout they are read straight
from ``resources/`` next to the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding ``prompts/`` and ``checkin.toml``."""
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
