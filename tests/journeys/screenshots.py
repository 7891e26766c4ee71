"""Screenshots of the real X server, and a check that they show the expected mode.

``import`` (ImageMagick) reads the server's own pixels, so a shot is what a person
would see: the window manager's placement, real fonts, focus as drawn. A window's
shot is its client area (no title bar), like the README's other screenshots; a
failure keeps the whole screen.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from PySide6.QtGui import QImage

from app.ui.widgets.colours import DARK, HIGH_DARK, HIGH_LIGHT, LIGHT

SHOT_TIMEOUT = 20.0
SETTLE_INTERVAL = 0.15
SETTLE_TIMEOUT = 5.0
# No metadata (dates, profiles): a shot changes only when the screen does.
PNG_OPTIONS = ("-strip", "-define", "png:exclude-chunk=date,time")


def shoot(display: str, path: Path, window: int | None = None) -> Path:
    """Save the screen (or one window) as a PNG at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    target = "root" if window is None else str(window)
    subprocess.run(
        ["import", "-window", target, *PNG_OPTIONS, str(path)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        timeout=SHOT_TIMEOUT,
        check=True,
    )
    return path


def shoot_settled(display: str, path: Path, window: int) -> Path:
    """Shoot ``window`` once two shots in a row agree: a window just shown may not be painted.

    A blinking text cursor may make two shots differ; then a third is taken, and so on.
    """
    previous = b""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while True:
        current = shoot(display, path, window).read_bytes()
        if current == previous or time.monotonic() > deadline:
            return path
        previous = current
        time.sleep(SETTLE_INTERVAL)


def background(path: Path) -> str:
    """The colour of a shot's top-left corner (a window's background), as ``#rrggbb``."""
    image = QImage(str(path))
    if image.isNull():
        raise AssertionError(f"{path} is not an image")
    return str(image.pixelColor(2, 2).name())


def expected_background(appearance: str, high_contrast: bool = False) -> str:
    """The window colour of Threshold's light or dark palette (or its high contrast)."""
    if high_contrast:
        return (HIGH_DARK if appearance == "dark" else HIGH_LIGHT).window
    return (DARK if appearance == "dark" else LIGHT).window
