"""The app's one icon set: line icons shipped as SVG, drawn for light and dark.

No platform stock icons: a theme's floppy disks and red crosses would look like
another app's, and under a bare X server there are none at all.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from app.resource_files import resources_dir
from app.ui.theme import is_dark


def icon_path(name: str, dark: bool | None = None) -> Path:
    """The SVG file of icon ``name`` for the current (or the given) mode."""
    mode = "dark" if (is_dark() if dark is None else dark) else "light"
    return resources_dir() / "icons" / "ui" / mode / f"{name}.svg"


@cache
def _icon(name: str, dark: bool) -> QIcon:
    return QIcon(str(icon_path(name, dark)))


def icon(name: str) -> QIcon:
    """Icon ``name`` for the current mode (loaded once per mode)."""
    return _icon(name, is_dark())
