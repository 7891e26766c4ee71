"""The bare-Qt floor for the desktop start-up benchmark: a list window and nothing else.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/qt_floor.py [ROWS]

Creates a QApplication and a QMainWindow holding a QListView over a ``ROWS``-row
string model (10,000 by default) with uniform item sizes, shows it at the app's
default window size and quits right after its first paint, the way
``threshold --smoke-test`` does, printing the moment of that paint as the app
does (``first-paint-monotonic-ns N``). No journal, keyring, theme or ``app`` import:
this is the least any Qt list window costs to start, so ``gui_bench.py`` can say
how far above it Threshold's real window is.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

DEFAULT_ROWS = 10_000
WINDOW_SIZE = (1100, 720)  # MainWindow's size when no geometry is remembered


class _FirstPaint(QObject):
    """Quits once the watched window has painted (as app.ui.launch's helper does).

    Copied rather than imported: importing ``app.ui.launch`` would load the whole app.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint-monotonic-ns {time.monotonic_ns()}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def main(argv: list[str]) -> int:
    """Show the list window and run until its first paint."""
    rows = int(argv[1]) if len(argv) > 1 else DEFAULT_ROWS
    app = QApplication(argv[:1])
    model = QStringListModel([f"Entry {number}" for number in range(rows)])
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(model)
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(*WINDOW_SIZE)
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
