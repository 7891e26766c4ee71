"""Start the desktop app: one window per journal, in the system's light or dark look."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_ID, APP_NAME, __version__
from app.files import JournalFiles
from app.ui.controller import JournalController
from app.ui.main_window import MainWindow
from app.ui.single_instance import InstanceServer, ask_running_instance_to_show, server_name
from app.ui.theme import apply_theme
from app.ui.window_state import WindowState
from app.vault.keystore import Keystore, SystemKeystore


def create_application() -> QApplication:
    """The QApplication with our name, id and theme (following system changes)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    return app


def build_window(folder: Path, keystore: Keystore | None = None) -> MainWindow:
    """The main window for the journal in ``folder``, on its first screen."""
    controller = JournalController(JournalFiles(folder), keystore or SystemKeystore())
    window = MainWindow(controller, WindowState())
    window.show_start(controller.start())
    return window


def run_desktop_app(folder: Path, smoke_test: bool = False) -> int:
    """Show the window (or bring an already running one forward) and run the app.

    With ``smoke_test`` the app quits right after the window's first paint: packaging
    checks and the start-up benchmark use it.
    """
    app = create_application()
    name = server_name(folder)
    if ask_running_instance_to_show(name):
        return 0
    server = InstanceServer(name)
    window = build_window(folder)
    _guard_uncaught_errors(window)
    server.showRequested.connect(window.bring_forward)
    app.aboutToQuit.connect(window.save_before_quit)
    if smoke_test:
        window.smoke_test = True
        quit_after_first_paint(window)
    window.show()
    try:
        return app.exec()
    finally:
        server.close()


class _DamageBridge(QObject):
    """Carries "a read found damage" from whichever thread raised it to the window's."""

    found = Signal()


def _guard_uncaught_errors(window: MainWindow) -> None:
    """Uncaught errors print their type only; damage found by a read gets its screen."""
    from app.ui.crash_guard import CrashGuard  # noqa: PLC0415 - tiny, after the window

    bridge = _DamageBridge(window)
    bridge.found.connect(window.controller.report_damage)
    CrashGuard(bridge.found.emit).install()


class _FirstPaint(QObject):
    """Quits the application once ``target`` has painted for the first time."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    """Quit the event loop right after ``window`` first paints."""
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)


def main() -> int:
    """Entry point for ``threshold-gui``."""
    from app.paths import resolve_data_dir  # noqa: PLC0415

    return run_desktop_app(resolve_data_dir(None))
