"""Make every import after PySide6's cheaper: its feature hook reads each module's source.

PySide6 supports ``from __feature__ import snake_case``. To know which modules may
switch features, it asks of every module imported after it whether its source
mentions PySide6, through ``inspect.getsource``. That reads and splits each file
and keeps all of it in ``linecache`` for the life of the process: for Threshold,
about 170 files, 2.3 MB of source and some 5 MiB of memory, and a measurable slice
of start-up. Threshold never uses ``__feature__``.

The check is replaced with one giving the same answer (does the file mention
PySide6?) by reading the file's bytes, keeping nothing. If a PySide6 release moves
or renames the hook, nothing is patched and PySide6 works as shipped.
"""

from __future__ import annotations

import sys
from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"
_HOOK = "_mod_uses_pyside"
_MARK = b"PySide6"


def mentions_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False without a source file)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return _MARK in source.read()
    except OSError:
        return False


def lighten_feature_hook() -> bool:
    """Swap PySide6's per-import source check for ``mentions_pyside``; True if it was swapped."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _HOOK, None)):
        return False
    setattr(feature, _HOOK, mentions_pyside)
    return True
