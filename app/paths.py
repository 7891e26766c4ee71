"""The default data folder, from the platform's conventions.

``--data-dir`` and ``THRESHOLD_DATA_DIR`` override it; platformdirs is imported only
when neither is given, so scripted commands with an explicit folder start faster.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_NAME

DATA_DIR_VARIABLE = "THRESHOLD_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder, such as ``~/.local/share/Threshold`` on Linux."""
    import platformdirs  # noqa: PLC0415 - lazy: costs ~17 ms at start-up

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | None) -> Path:
    """The folder to use: an explicit one, then the environment, then the default."""
    chosen = explicit or os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return default_data_dir()
