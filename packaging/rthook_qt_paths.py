"""Bundle start-up: tell Qt where its plugins are, without importing Qt.

PyInstaller's own PySide6 hook imports QtCore on every start, so each command-line
run (``threshold list``, ``threshold backup``) would load Qt, which the installed
app never does. Its other work is not needed here: the PySide6 wheels make Qt
relocatable when QtCore is first imported, and the bundle has no QML or OpenSSL.
"""

import os
import sys


def _point_qt_at_the_bundle() -> None:
    qt_dir = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
    if not sys.platform.startswith("win"):
        qt_dir = os.path.join(qt_dir, "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")


_point_qt_at_the_bundle()
