"""What the desktop bundle leaves out, and why (read by threshold.spec).

PyInstaller's Qt hooks collect every plugin of each Qt module the app imports and,
on Linux, every system library those plugins link to: a copy of GTK 3, CUPS with
GnuTLS, Kerberos and Avahi, OpenSSL for Qt's TLS backend. Threshold needs few of
them and opens no network connection, so the bundle drops the plugins it has no use
for and then every library nothing left in the bundle links to.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable, Sequence

Entry = tuple[str, str, str]  # (path inside the bundle, source file, kind)

# Qt plugins (a plugin folder, or folder/file) the app has no use for. Several could
# reach the network: TLS backends, network information, the VNC platform and TUIO
# touch input (UDP, in "generic").
DROPPED_PLUGINS = (
    "tls/",
    "networkinformation/",
    "bearer/",
    "generic/",
    "egldeviceintegrations/",
    "platforms/libqvnc.so",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    # It would bring a copy of GTK 3 from the build machine; the portal theme stays.
    "platformthemes/libqgtk3.so",
)
# Libraries left out by name. OpenSSL's TLS library is only for Qt's TLS backend
# (PyInstaller adds it beside the plugin on Windows and macOS). CUPS is taken from
# the user's system rather than the build machine: printing then matches the local
# CUPS (the print dialog offers a PDF printer without it), and its GnuTLS, Kerberos
# and Avahi stay out of the bundle.
LEFT_OUT_LIBRARIES = ("libssl", "libcups.so")
# Qt's plugins and translations (PySide6/Qt/... on Linux and macOS, PySide6/... on
# Windows). Of Qt's translations only those of the standard dialogs (qtbase) in the
# languages the app itself speaks are kept: Qt's buttons in another language than
# the app's words would read oddly.
KEPT_QT_TRANSLATIONS = re.compile(r"^qtbase_(es|de)\.qm$")
_QT_PART = re.compile(r"^PySide6/(?:Qt/)?(plugins|translations)/(.*)$")
_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.MULTILINE)


def wanted(entry: Entry) -> bool:
    """False for a collected file the bundle must not carry."""
    destination = entry[0].replace("\\", "/")
    if destination.rsplit("/", 1)[-1].startswith(LEFT_OUT_LIBRARIES):
        return False
    qt_part = _QT_PART.match(destination)
    if qt_part is None:
        return True
    kind, rest = qt_part.groups()
    if kind == "translations":
        return KEPT_QT_TRANSLATIONS.match(rest) is not None
    return not rest.startswith(DROPPED_PLUGINS)


def needed_libraries(path: str) -> list[str]:
    """The libraries an ELF file links to by name (its DT_NEEDED entries)."""
    result = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, check=False, timeout=60
    )
    return _NEEDED.findall(result.stdout)


def without_orphans(binaries: Sequence[Entry]) -> list[Entry]:
    """Only the libraries something in the bundle still links to (Linux only).

    The roots are Python's extension modules, the Qt plugins and libpython, which
    the launcher loads itself. Elsewhere the binaries are returned unchanged.
    """
    if not sys.platform.startswith("linux"):
        return list(binaries)
    by_name = {entry[0].rsplit("/", 1)[-1]: entry for entry in binaries}
    roots = [entry for entry in binaries if _is_root(entry)]
    kept = {id(entry): entry for entry in roots}
    pending = [entry[1] for entry in roots]
    while pending:
        for name in needed_libraries(pending.pop()):
            entry = by_name.get(name)
            if entry is not None and id(entry) not in kept:
                kept[id(entry)] = entry
                pending.append(entry[1])
    return [entry for entry in binaries if id(entry) in kept]


def _is_root(entry: Entry) -> bool:
    destination = entry[0].replace("\\", "/")
    name = destination.rsplit("/", 1)[-1]
    return entry[2] == "EXTENSION" or "/plugins/" in destination or name.startswith("libpython")


def without_dangling_links(datas: Iterable[Entry], binaries: Sequence[Entry]) -> list[Entry]:
    """The data entries minus symbolic links to libraries that were left out."""
    present = {entry[0] for entry in binaries}
    return [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in present]
