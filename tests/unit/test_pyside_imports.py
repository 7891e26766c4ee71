"""PySide6's per-import feature check, made cheap: same answer, nothing kept."""

from __future__ import annotations

import importlib.util
import linecache
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

from app.ui.pyside_imports import lighten_feature_hook, mentions_pyside
from tests.helpers.paths import REPO


def module_from(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    return importlib.util.module_from_spec(spec)


def test_it_gives_pysides_answer(tmp_path: Path) -> None:
    uses = tmp_path / "uses_qt.py"
    uses.write_text("from PySide6.QtCore import QObject\n")
    plain = tmp_path / "plain.py"
    plain.write_text("import os\n")
    assert mentions_pyside(module_from(uses))
    assert not mentions_pyside(module_from(plain))
    assert not mentions_pyside(sys)  # built in: no source, as PySide6 says too
    assert not mentions_pyside(ModuleType("made_up"))


def test_the_hook_is_swapped_and_imports_no_longer_fill_linecache(tmp_path: Path) -> None:
    probe = tmp_path / "probe_module.py"
    probe.write_text("VALUE = 1\n")
    script = textwrap.dedent(
        f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import app.ui  # loads QtCore and lightens the hook
        feature = sys.modules["PySide6.support.feature"]
        assert feature._mod_uses_pyside.__module__ == "app.ui.pyside_imports"
        import probe_module
        assert feature.pyside_feature_dict["probe_module"] == -1
        assert not any(name.endswith("probe_module.py") for name in linecache.cache)
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr
    assert lighten_feature_hook()  # here too (PySide6 is loaded): swapping again is harmless
    assert isinstance(linecache.cache, dict)
