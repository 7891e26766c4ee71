"""What packaging/bundle_contents.py keeps, on every platform's file layout."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.helpers.paths import REPO


def load() -> ModuleType:
    # By path: the folder's name would clash with the PyPI package "packaging".
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", REPO / "packaging" / "bundle_contents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = load()


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),  # Windows
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # a language the app speaks
        ("PySide6\\translations\\qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("libssl.so.3", False),
        ("libssl-3-x64.dll", False),
        ("libcrypto.so.3", True),  # hashlib's
        ("libcups.so.2", False),
        ("app/_resources/checkin.toml", True),
    ],
)
def test_what_the_bundle_keeps(destination: str, kept: bool) -> None:
    assert contents.wanted((destination, "/src", "BINARY")) is kept


def test_links_to_left_out_libraries_go_too() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src", "BINARY")]
    links = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
        ("app/_resources/checkin.toml", "/src/checkin.toml", "DATA"),
    ]
    kept = contents.without_dangling_links(links, binaries)
    assert [entry[0] for entry in kept] == ["libQt6Core.so.6", "app/_resources/checkin.toml"]


def test_orphans_are_pruned_on_linux_only(monkeypatch: pytest.MonkeyPatch) -> None:
    binaries = [
        ("QtCore.abi3.so", "/src/QtCore", "EXTENSION"),
        ("libQt6Core.so.6", "/src/libQt6Core", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk", "BINARY"),
    ]
    needs = {"/src/QtCore": ["libQt6Core.so.6", "libc.so.6"], "/src/libQt6Core": []}
    monkeypatch.setattr(contents, "needed_libraries", lambda path: needs.get(path, []))
    monkeypatch.setattr(sys, "platform", "linux")
    assert [e[0] for e in contents.without_orphans(binaries)] == [
        "QtCore.abi3.so",
        "libQt6Core.so.6",
    ]
    monkeypatch.setattr(sys, "platform", "win32")
    assert contents.without_orphans(binaries) == binaries
