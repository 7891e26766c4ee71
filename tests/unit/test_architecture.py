"""Architecture contracts that must hold on every commit."""

from __future__ import annotations

import subprocess
import sys

from app import APP_ID, __version__
from tests.conftest import REPO

CORE_MODULES = [
    "app.cli.main",
    "app.journal",
    "app.vault.vault",
    "app.vault.keystore",
    "app.storage.entries",
    "app.storage.search",
    "app.storage.maintenance",
]


def test_the_core_and_cli_never_import_qt() -> None:
    """Running every headless command path loads no PySide6 module."""
    probe = (
        "import sys, importlib\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "from app.cli.main import build_parser\n"
        "build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'app.ui'))))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert output.stdout.strip() == "[]"


def test_version_and_id_are_defined_once() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert result.stdout.strip() == f"Threshold {__version__}"
    assert APP_ID.count(".") >= 2


KIT_MAY_IMPORT = ("app.ui.widgets.theme", "app.ui.widgets")


def test_the_kit_imports_no_screen() -> None:
    """The widget kit sits below every screen: it may use the theme and itself, never a
    page or dialog (a screen added next year must not be reachable from the kit)."""
    import ast

    kit = REPO / "app" / "ui" / "widgets"
    upward = []
    for module in sorted(kit.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            upward += [
                f"{module.name}: {name}"
                for name in names
                if name.startswith("app.ui") and not name.startswith(KIT_MAY_IMPORT)
            ]
    assert not upward, upward
