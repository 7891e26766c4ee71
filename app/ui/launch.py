"""Start the desktop app: one window per journal, in the system's light or dark look."""

from __future__ import annotations

import gc
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.files import JournalFiles
from app.presentation import FILE_NAME, Presentation, load_presentation
from app.ui.controller import JournalController
from app.ui.main_window import MainWindow
from app.ui.presentation import application_name, command_name, desktop_name
from app.ui.single_instance import InstanceServer, ask_running_instance_to_show, server_name
from app.ui.translation import install_language
from app.ui.widgets.colours import choose_high_contrast
from app.ui.widgets.theme import apply_theme
from app.ui.window_state import WindowState, settings_path
from app.vault.keyring_prefetch import PrefetchedKeystore
from app.vault.keystore import Keystore, SystemKeystore


def create_application(presentation: Presentation | None = None) -> QApplication:
    """The QApplication with its name, id and theme (following system changes).

    The name (the neutral one, when chosen) is set before the QApplication exists
    and is its argv[0]: Qt's accessibility bridge may register the application with
    screen readers as soon as events run, and X11's window class is made once, from
    argv[0] and the name, so neither may ever see the script's file name.
    """
    chosen = presentation or Presentation()
    QCoreApplication.setApplicationName(application_name(chosen))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([command_name(chosen)])
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(desktop_name(chosen))
    choose_high_contrast(chosen.high_contrast)
    apply_theme(app)
    styles = QGuiApplication.styleHints()
    styles.colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    if hasattr(styles, "accessibility"):  # the system's contrast, from Qt 6.10
        styles.accessibility().contrastPreferenceChanged.connect(lambda _pref: apply_theme(app))
    return app


def build_window(folder: Path, keystore: Keystore | None = None) -> MainWindow:
    """The main window for the journal in ``folder``, on its first screen.

    When the start-up helper is still waiting for a slow keyring, the window shows
    that it waits (and can be seen and quit) instead of appearing only once the
    keyring answers or times out.
    """
    controller = JournalController(JournalFiles(folder), keystore or SystemKeystore())
    state = WindowState()
    application = QCoreApplication.instance()
    if application is not None:
        install_language(application, load_presentation(state.presentation_path()).language)
    window = MainWindow(controller, state)
    waiting = keystore.waiting() if isinstance(keystore, PrefetchedKeystore) else None
    if waiting is None:
        window.show_start(controller.start())
    else:
        window.getting_in.wait_for_keyring(waiting.fileno(), waiting.seconds_left())
    return window


def run_desktop_app(
    folder: Path, smoke_test: bool = False, keystore: Keystore | None = None
) -> int:
    """Show the window (or bring an already running one forward) and run the app.

    With ``smoke_test`` the app quits once start-up has settled (see
    ``quit_once_settled``): packaging checks and the start-up benchmark use it.
    ``keystore`` may already be reading the keyring (``start_keyring_prefetch``).
    """
    app = create_application(load_presentation(settings_path().with_name(FILE_NAME)))
    name = server_name(folder)
    if ask_running_instance_to_show(name):
        if isinstance(keystore, PrefetchedKeystore):
            keystore.close()
        return 0
    server = InstanceServer(name)
    window = build_window(folder, keystore)
    _guard_uncaught_errors(window)
    window.first_paint.later(resume_garbage_collection)
    if isinstance(keystore, PrefetchedKeystore):
        app.aboutToQuit.connect(keystore.close)  # a start that never asked: reap the helper
    server.showRequested.connect(window.bring_forward)
    app.aboutToQuit.connect(window.save_before_quit)
    if smoke_test:
        window.smoke_test = True
        quit_once_settled(window)
    window.show()
    try:
        return app.exec()
    finally:
        server.close()


def resume_garbage_collection() -> None:
    """After the first paint: collect once (~15 ms, before anyone types), then resume.

    Nothing is frozen (``gc.freeze``): a journal opened at start-up and later locked
    must stay collectable, with the key it held.
    """
    gc.collect()
    gc.enable()


class _DamageBridge(QObject):
    """Carries "a read found damage" from whichever thread raised it to the window's."""

    found = Signal()


def _guard_uncaught_errors(window: MainWindow) -> None:
    """Uncaught errors print their type only; damage found by a read gets its screen."""
    from app.ui.crash_guard import CrashGuard  # noqa: PLC0415 - tiny, after the window

    bridge = _DamageBridge(window)
    bridge.found.connect(window.controller.report_damage)
    CrashGuard(bridge.found.emit).install()


# The smoke test's report of its first paint, read by benchmarks/run.py.
FIRST_PAINT_PREFIX = "first-paint-monotonic-ns "
_SETTLED_POLL_MS = 10


def quit_once_settled(window: MainWindow) -> None:
    """Smoke test: report the first paint, then quit once start-up has settled.

    Settled means the work put off past the first frame has run and the check after
    opening has finished, so a smoke test's peak memory is the whole start's. The
    moment of the first paint goes to standard output (``CLOCK_MONOTONIC``), so the
    start-up benchmark times the window rather than the process's teardown.
    """

    def report() -> None:
        print(f"{FIRST_PAINT_PREFIX}{time.monotonic_ns()}", flush=True)
        window.first_paint.later(poll.start)  # after the work already waiting

    def quit_if_settled() -> None:
        if window.first_paint.pending() == 0 and not window.controller.integrity.is_running():
            poll.stop()
            QCoreApplication.quit()

    poll = QTimer(window, interval=_SETTLED_POLL_MS)
    poll.timeout.connect(quit_if_settled)
    window.first_paint.painted.connect(report)


def main() -> int:
    """Entry point for ``threshold-gui``."""
    from app.paths import resolve_data_dir  # noqa: PLC0415

    return run_desktop_app(resolve_data_dir(None))
