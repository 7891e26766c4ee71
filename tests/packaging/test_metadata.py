"""The packaging files agree with the package: one id, name and version everywhere.

The desktop entry and the AppStream metadata are checked with their own validators
(desktop-file-validate, appstreamcli; scripts/setup installs them); the Flatpak
manifest, the Inno Setup script, the PyInstaller spec and the icons are read here.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import APP_ID, APP_NAME, __version__
from tests.helpers.paths import REPO

PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.json"
FLATPAK_DEPS = PACKAGING / "flatpak" / "python3-deps.json"
INNO = PACKAGING / "windows" / "threshold.iss"
SPEC = PACKAGING / "threshold.spec"
ICONS = PACKAGING / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: scripts/setup installs it"
    return found


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_the_desktop_entry_is_valid_and_names_the_app() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "threshold"
    # The launcher can be seen by anyone at the computer: nothing says what it is for.
    assert not re.search(r"abus|secret|diary|escape", DESKTOP.read_text(), re.IGNORECASE)


def test_the_appstream_metadata_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    # Errors and warnings fail; infos pass (0.16 doesn't know <developer> yet).
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def test_the_appstream_metadata_matches_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "threshold"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    images = [image.text or "" for image in root.iter("image")]
    assert len(images) >= 3
    for url in images:
        assert url.startswith("https://")
        assert (REPO / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


def test_the_flatpak_gets_the_keyring_and_the_display_but_no_network() -> None:
    manifest = json.loads(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "threshold"
    permissions = manifest["finish-args"]
    assert "--talk-name=org.freedesktop.secrets" in permissions
    assert {"--socket=wayland", "--socket=fallback-x11"} <= set(permissions)
    assert not [p for p in permissions if "network" in p or p.startswith("--filesystem")]
    assert not {"--socket=session-bus", "--socket=system-bus"} & set(permissions)
    assert "--share=network" not in json.dumps(manifest)  # nor while building


def test_the_flatpak_lists_every_dependency_by_hash() -> None:
    module = json.loads(FLATPAK_DEPS.read_text(encoding="utf-8"))
    files = [source["url"].rsplit("/", 1)[-1].lower() for source in module["sources"]]
    assert all(
        s["url"].startswith("https://") and len(s["sha256"]) == 64 for s in module["sources"]
    )
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower().replace("-", "_")
        if name.startswith("pyside6"):
            continue  # from the PySide base app
        assert any(f.startswith(name + "-") for f in files), f"{name}: run make_python_deps.py"


def test_the_windows_installer_uses_the_package_id_and_version() -> None:
    script = INNO.read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in script
    assert f'#define AppName "{APP_NAME}"' in script
    assert f'#define AppVersion "{__version__}"' in script
    assert "PrivilegesRequired=lowest" in script


def test_the_spec_reads_the_package_and_sets_up_macos() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "from app import APP_ID, APP_NAME, __version__" in spec
    assert "bundle_identifier=APP_ID" in spec
    assert '"NSHighResolutionCapable": True' in spec
    assert '"CFBundleShortVersionString": __version__' in spec


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_every_icon_size_is_there(size: int) -> None:
    assert png_size(ICONS / "png" / f"threshold-{size}.png") == (size, size)


def test_the_platform_icons_are_there() -> None:
    assert (ICONS / "threshold.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "threshold.icns").read_bytes()[:4] == b"icns"
    for svg in ("threshold.svg", "threshold-small.svg"):
        assert ET.parse(ICONS / svg).getroot().tag.endswith("svg")
