"""The Linux desktop bundle: it starts, opens its window, and carries only what it needs.

One PyInstaller build per run (the ``bundle`` fixture); every check then runs the
bundled launcher from outside the checkout, as a user's copy would run.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import APP_NAME, __version__
from tests.helpers.packaging import Bundle, folder_size
from tests.helpers.paths import REPO

PASSPHRASE = {"THRESHOLD_PASSPHRASE": "a quiet evening by the door"}
OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
SIZE_BUDGET_MIB = 170  # 143 MiB when measured; ICU's data alone is 31 MiB

# Nothing in the bundle may speak TLS or reach out: no OpenSSL's libssl, no GnuTLS,
# curl, NSS, CUPS or Avahi (printing uses the system's CUPS), no GTK copy, no Qt
# network plugins, VNC platform or TUIO (UDP) input.
FORBIDDEN_FILES = (
    "libssl.so",
    "libgnutls",
    "libcurl",
    "libnss3",
    "libcups.so",
    "libavahi",
    "libgtk-3",
    "libgdk-3",
    "_ssl.cpython",
    "libqvnc.so",
    "libqtuiotouchplugin.so",
    "libqgtk3.so",
)
FORBIDDEN_FOLDERS = (
    "PySide6/Qt/plugins/tls",
    "PySide6/Qt/plugins/networkinformation",
    "PySide6/Qt/plugins/generic",
    "PIL",
    "pygments",
)
REQUIRED_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland.so",
    "platforms/libqoffscreen.so",
    "platformthemes/libqxdgdesktopportal.so",
    "iconengines/libqsvgicon.so",  # the window icons are SVGs
    "imageformats/libqsvg.so",
    "printsupport/libcupsprintersupport.so",
)
# Standard-library and third-party modules the bundle must not carry.
FORBIDDEN_MODULES = (
    "ssl",
    "asyncio",
    "http.server",
    "xmlrpc",
    "ftplib",
    "smtplib",
    "sqlite3",
    "tkinter",
    "PIL",
    "pygments",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSql",
)


def is_within(module: str, packages: tuple[str, ...]) -> bool:
    """Whether ``module`` is one of ``packages`` or inside one of them."""
    return any(module == p or module.startswith(p + ".") for p in packages)


def bundled_modules(bundle: Bundle) -> set[str]:
    """Every Python module in the bundle's archives: PyInstaller's table and base library.

    Also the few modules its bootstrap needs (``struct``, say), which go into the
    executable's own package rather than the module archive.
    """
    table = ast.literal_eval((bundle.work / "PYZ-00.toc").read_text(encoding="utf-8"))
    modules = {entry[0] for entry in table[1]}
    package = ast.literal_eval((bundle.work / "PKG-00.toc").read_text(encoding="utf-8"))
    modules |= {entry[0] for entry in package[2] if entry[2] == "PYMODULE"}
    with zipfile.ZipFile(bundle.internal / "base_library.zip") as base:
        for name in base.namelist():
            parts = name.removesuffix(".pyc").split("/")
            modules.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def test_the_bundle_tells_its_version(bundle: Bundle, tmp_path: Path) -> None:
    result = bundle.run("--version", data_dir=tmp_path / "journal")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == f"{APP_NAME} {__version__}"


def test_the_app_opens_its_window_on_a_fresh_folder(bundle: Bundle, tmp_path: Path) -> None:
    """Offscreen, on an empty folder: the first-run window paints, then the app quits."""
    env = {**OFFSCREEN, "QT_DEBUG_PLUGINS": "1"}
    result = bundle.run("--smoke-test", data_dir=tmp_path / "journal", env=env, timeout=60)
    stderr = result.stderr.decode(errors="replace")
    assert result.returncode == 0, stderr[-3000:]
    assert "Traceback" not in stderr
    # Qt took its platform plugin from the bundle, not from anywhere else.
    offscreen = bundle.internal / "PySide6/Qt/plugins/platforms/libqoffscreen.so"
    assert f'"{offscreen}" loaded library' in stderr


def test_the_app_opens_its_window_on_an_x_server(bundle: Bundle, tmp_path: Path) -> None:
    """The xcb platform, as on an X11 desktop: its plugin and libraries all load."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: scripts/setup installs xvfb"
    env = {"QT_QPA_PLATFORM": "xcb", "QT_DEBUG_PLUGINS": "1"}
    data = tmp_path / "journal"
    environment = {**os.environ, "THRESHOLD_DATA_DIR": str(data), **env}
    result = subprocess.run(
        [xvfb_run, "-a", str(bundle.executable), "--smoke-test"],
        capture_output=True,
        env=environment,
        cwd=tmp_path,
        timeout=90,
        check=False,
    )
    stderr = result.stderr.decode(errors="replace")
    assert result.returncode == 0, stderr[-3000:]
    xcb = bundle.internal / "PySide6/Qt/plugins/platforms/libqxcb.so"
    assert f'"{xcb}" loaded library' in stderr


@pytest.mark.keyring_integration
def test_the_app_opens_a_keyring_journal(bundle: Bundle, tmp_path: Path) -> None:
    """A journal made by the bundled command line opens with the keyring, straight away."""
    data = tmp_path / "journal"
    created = bundle.run("init", "--json", data_dir=data)
    assert created.returncode == 0, created.stderr
    assert "keyring" in json.loads(created.stdout)["opens_with"]
    added = bundle.run("add", "--title", "kept", stdin=b"kept safe", data_dir=data)
    assert added.returncode == 0, added.stderr
    opened = bundle.run("--smoke-test", data_dir=data, env=OFFSCREEN, timeout=60)
    assert opened.returncode == 0, opened.stderr[-3000:]
    assert b"Traceback" not in opened.stderr


def test_the_command_line_round_trip_loads_no_qt(bundle: Bundle, tmp_path: Path) -> None:
    """init, add, search, the prompt packs and verify work; none of them loads Qt."""
    data = tmp_path / "journal"
    created = bundle.run("init", "--json", data_dir=data, env=PASSPHRASE)
    assert created.returncode == 0, created.stderr
    added = bundle.run(
        "add", "--title", "door", stdin=b"the door stays shut", data_dir=data, env=PASSPHRASE
    )
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.decode().strip()
    # LD_DEBUG lists every library the dynamic loader starts.
    found = bundle.run("search", "shut", data_dir=data, env={**PASSPHRASE, "LD_DEBUG": "libs"})
    assert found.returncode == 0, found.stderr[-3000:]
    assert entry_id[:8].encode() in found.stdout
    started = [line for line in found.stderr.splitlines() if b"calling init:" in line]
    assert started, "LD_DEBUG printed nothing: the check would prove nothing"
    assert not [line for line in started if b"libQt6" in line or b"pyside6" in line.lower()]
    themes = bundle.run("prompts", "themes", "--json", data_dir=data, env=PASSPHRASE)
    assert themes.returncode == 0, themes.stderr
    assert len(json.loads(themes.stdout)) >= 14  # the shipped packs were found
    verified = bundle.run("verify", data_dir=data, env=PASSPHRASE)
    assert verified.returncode == 0, verified.stderr


def test_every_resource_is_in_the_bundle(bundle: Bundle) -> None:
    shipped = bundle.internal / "app" / "_resources"
    for source in (REPO / "resources").rglob("*"):
        if source.is_file():
            copy = shipped / source.relative_to(REPO / "resources")
            assert copy.read_bytes() == source.read_bytes(), copy


def test_every_app_module_is_in_the_bundle(bundle: Bundle) -> None:
    """Modules imported lazily (Qt ones, commands) were found by the analysis too."""
    modules = bundled_modules(bundle)
    for path in (REPO / "app").rglob("*.py"):
        if path.name == "__main__.py":  # `python -m app` only
            continue
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        assert name in modules, name


def imported_modules(path: Path) -> Iterator[str]:
    """Absolute imports in a source file, except those only for type checkers."""
    pending: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            pending.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
        pending.extend(ast.iter_child_nodes(node))


def is_bundled(bundle: Bundle, module: str, archived: set[str]) -> bool:
    """In the archive, built into Python, or an extension module file in the bundle."""
    if module in archived or module in sys.builtin_module_names:
        return True
    *package, name = module.split(".")
    folders = [bundle.internal.joinpath(*package)]
    if not package:
        folders.append(bundle.internal / "python3.11" / "lib-dynload")
    return any(next(folder.glob(f"{name}.*so"), None) for folder in folders)


def test_everything_the_app_imports_is_in_the_bundle(bundle: Bundle) -> None:
    """The exclusions in the spec never take away a module the app's code imports."""
    archived = bundled_modules(bundle)
    missing = {
        (module, path.name)
        for path in (REPO / "app").rglob("*.py")
        for module in imported_modules(path)
        if not is_bundled(bundle, module, archived)
    }
    assert not missing


def test_the_bundle_leaves_out_network_and_unused_parts(bundle: Bundle) -> None:
    files = [p.relative_to(bundle.internal).as_posix() for p in bundle.internal.rglob("*")]
    assert not [f for f in files if any(part in f for part in FORBIDDEN_FILES)]
    assert not [f for f in files if f.startswith(FORBIDDEN_FOLDERS)]
    plugins = bundle.internal / "PySide6/Qt/plugins"
    assert [p for p in REQUIRED_PLUGINS if not (plugins / p).is_file()] == []
    qt_words = sorted(p.name for p in (bundle.internal / "PySide6/Qt/translations").glob("*"))
    assert qt_words == ["qtbase_de.qm", "qtbase_es.qm"]  # the standard dialogs, as the app
    ours = bundle.internal / "app" / "_resources" / "translations"
    assert {"threshold_de.qm", "threshold_es.qm", "threshold_en.qm"} <= {
        p.name for p in ours.glob("*.qm")
    }
    modules = bundled_modules(bundle)
    assert not [m for m in modules if is_within(m, FORBIDDEN_MODULES)]


def test_the_bundle_stays_lean(bundle: Bundle) -> None:
    assert folder_size(bundle.folder) < SIZE_BUDGET_MIB * 2**20
