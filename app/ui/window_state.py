"""Window geometry and layout, remembered between runs, and nothing else.

Kept in a small INI file in the user's config folder (platformdirs). Only sizes,
positions and splitter states go here: never a title, a tag, a search term or a
recent item. Preferences will live apart from this window state.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from app import APP_NAME

_KEYS = ("geometry", "window_state", "splitter")


def settings_path() -> Path:
    """Where the window state is kept."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "window.ini"


class WindowState:
    """Reads and writes the window's geometry blobs."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def presentation_path(self) -> Path:
        """The file beside this one that keeps the window's name, icon and hide choices."""
        from app.presentation import FILE_NAME  # noqa: PLC0415

        return self.path.with_name(FILE_NAME)

    def load(self, key: str) -> QByteArray | None:
        """A saved blob, or None."""
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def save(self, **blobs: QByteArray) -> None:
        """Save geometry blobs; unknown keys are refused so nothing else slips in."""
        for key, blob in blobs.items():
            if key not in _KEYS:
                raise ValueError(f"not a window-state key: {key}")
            self._settings.setValue(key, blob)
        self._settings.sync()
