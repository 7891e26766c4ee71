"""One long piece of work off the window's thread, with progress and a way to stop it.

An import of ten thousand entries, or an archive of all of them, takes seconds;
the window must stay responsive and the lock must be able to end it. ``Job``
runs one function on a worker thread of its own and carries what it says back
to the window's thread as signals. Stopping makes the next progress report
raise ``Stopped``, so the core rolls back whatever it had begun (an import is
one transaction; an archive is written to a temporary first).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

Report = Callable[[int, int], None]
"""Progress as (done, total); raises ``Stopped`` once the job was asked to stop."""
PROGRESS_GAP_S = 0.05  # at most twenty progress signals a second reach the window


class Stopped(Exception):
    """The person (or the lock) stopped the job; everything it began is undone."""


class Job(QObject):
    """Runs one function on a worker thread; its news arrive on the window's thread.

    The function is handed a ``Report`` for its progress. What it returns arrives
    through ``finished``; a ``Stopped`` or any other exception arrives the same way,
    as the value (the receiver decides: a known error is said, a bug is raised).

    Signals:
        said(object): something the work says before it ends (an import's preview).
        progressed(int, int): done and total, now and then.
        finished(object): what the function returned or raised.
    """

    said = Signal(object)
    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._last_report = 0.0
        self._running = False

    def start(self, work: Callable[[Report], object]) -> None:
        """Run ``work`` on the worker (one job at a time: the previous one must be done)."""
        assert not self._running, "one job at a time"
        self._stop.clear()
        self._running = True

        def run() -> None:
            try:
                result: object = work(self._report)
            except Exception as error:  # handed to the window's thread, which decides
                result = error
            self._running = False
            self._emit(self.finished, result)

        self._pool.start(run)

    def is_running(self) -> bool:
        """Whether work was started and has not ended yet."""
        return self._running

    def stop(self) -> None:
        """Ask the work to stop at its next progress report (all it began is undone)."""
        self._stop.set()

    def is_stopping(self) -> bool:
        """Whether the work was asked to stop (the worker checks this too)."""
        return self._stop.is_set()

    def wait(self, timeout_ms: int) -> bool:
        """Wait up to ``timeout_ms`` for the worker to end; True if it has."""
        return self._pool.waitForDone(timeout_ms)

    def say(self, value: object) -> None:
        """From the worker: hand ``value`` to the window's thread (``said``)."""
        self._emit(self.said, value)

    def _report(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Stopped
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_GAP_S:
            self._last_report = now
            self._emit(self.progressed, done, total)

    @staticmethod
    def _emit(signal: object, *args: object) -> None:
        """Emit from the worker; a job whose dialog has gone has no one to tell."""
        with contextlib.suppress(RuntimeError):  # its C++ half was deleted (after a lock)
            signal.emit(*args)  # type: ignore[attr-defined]
