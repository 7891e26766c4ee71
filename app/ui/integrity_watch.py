"""The check after opening, on a worker thread, reported back on the window's thread.

Opening reads only the pages the first screen needs, so damage elsewhere in the
file would show only when that page is read, perhaps weeks later. The full check
costs about 0.7 s at 10k entries, so it runs beside the open window instead of
before it: on its own read-only connection, with SQLCipher releasing the GIL while
it works, so typing stays smooth (the event loop's worst gap was 3-17 ms).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from app.journal import Journal
    from app.storage.maintenance import IntegrityReport
    from app.storage.read_only import LiveCheck

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries a finished check from the worker thread to the window's thread.

    It has no parent, and each worker holds a reference, so it outlives any
    worker still running when the window goes away.
    """

    done = Signal(object, object)  # the LiveCheck, its IntegrityReport or None


class IntegrityWatch(QObject):
    """Checks an open journal once, in the background.

    Signals:
        finished(object): the ``IntegrityReport``, or None when the check was
            stopped or could not conclude (a busy or failing disk); a journal is
            never called damaged on such a result.
        damaged(object): the ``IntegrityReport`` listing what was found.
    """

    finished = Signal(object)
    damaged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge()
        self._bridge.done.connect(self._on_done)
        self._check: LiveCheck | None = None
        self._journal: Journal | None = None
        app = QCoreApplication.instance()
        if app is not None:  # a quit without closing the window (a smoke test) stops it too
            app.aboutToQuit.connect(self.stop)

    def start(self, journal: Journal) -> None:
        """Check ``journal`` on a worker thread (a check still running is stopped)."""
        self.stop()
        check = journal.live_check()
        self._check = check
        self._journal = journal
        # Not a daemon: SQLCipher must not be torn down at exit under a running check,
        # so Python waits for it; quitting cancels it first (see __init__).
        threading.Thread(target=_run, args=(check, self._bridge), name="threshold-check").start()

    def is_running(self) -> bool:
        """Whether a check has started and not yet reported."""
        return self._check is not None

    def stop(self) -> None:
        """Cancel the running check without waiting; its result is not reported.

        The structure pass stops at once; an HMAC pass already begun (~0.15 s at
        10k entries) runs to its end on the worker, reading only.
        """
        if self._check is not None:
            self._check.cancel()
            self._check = None
            self._end()

    def _end(self) -> None:
        """Let the journal checkpoint again (it held off while the check read the file)."""
        journal, self._journal = self._journal, None
        if journal is not None:
            journal.live_check_ended()

    def _on_done(self, check: LiveCheck, report: IntegrityReport | None) -> None:
        if check is not self._check:
            return  # stopped, or a newer check replaced it
        self._check = None
        self._end()
        self.finished.emit(report)
        if report is not None and not report.ok:
            self.damaged.emit(report)


def _run(check: LiveCheck, bridge: _Bridge) -> None:
    """The worker: run the check and hand the result over (a bug is logged, never raised)."""
    report: IntegrityReport | None = None
    _yield_to_the_window()
    try:
        report = check.run()
    except Exception as error:  # a thread must not die silently; logged without content
        log.error("The check after opening failed: %s", type(error).__name__)
    if not check.cancelled():  # after a quit the window may be gone: say nothing then
        bridge.done.emit(check, report)


def _yield_to_the_window() -> None:
    """Lower this worker's priority, so on a busy machine the window's thread runs first.

    On Linux each thread has its own nice value (``setpriority`` with its id);
    elsewhere the call would renice the whole app, so it is skipped there.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
