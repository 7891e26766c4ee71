"""Architecture contracts that must hold on every commit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app import APP_ID, __version__
from tests.helpers.paths import REPO

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


def _imported_modules(path: Path) -> list[str]:
    """Every module ``path`` imports, anywhere in it, spelled absolutely (``from x import y``
    counts as both ``x`` and ``x.y``, since ``y`` may be a module)."""
    import ast

    package = ".".join(path.relative_to(REPO).parent.parts)
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            found += [module, *(f"{module}.{alias.name}" for alias in node.names)]
    return found


def test_tests_import_helpers_never_another_test_module_or_a_conftest() -> None:
    """What tests share lives in tests/helpers (fixtures in a conftest.py): a test module
    that imports another one, or a conftest, breaks when that file is renamed or split."""
    leaning = []
    for path in sorted((REPO / "tests").rglob("*.py")):
        for module in _imported_modules(path):
            last = module.rsplit(".", 1)[-1]
            if module.startswith("tests.") and (last.startswith("test_") or last == "conftest"):
                leaning.append(f"{path.relative_to(REPO)}: {module}")
    assert not leaning, leaning


def test_every_room_is_on_the_map_and_in_the_contract() -> None:
    """A package added under app/ (or app/ui/) is described in ARCHITECTURE.md, and
    every room of the window is a layer of the import contract."""
    architecture = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    packages = [path for path in (REPO / "app").iterdir() if (path / "__init__.py").exists()]
    rooms = [path for path in (REPO / "app" / "ui").iterdir() if (path / "__init__.py").exists()]
    assert [p.name for p in packages if f"app/{p.name}/" not in architecture] == []
    assert [p.name for p in rooms if f"{p.name}/" not in architecture] == []
    assert [
        p.name
        for p in rooms
        if f'app.ui.{p.name}"' not in pyproject and f"app.ui.{p.name} " not in pyproject
    ] == []
