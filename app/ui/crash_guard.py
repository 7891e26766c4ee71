"""What happens to an error nobody caught: no words on stderr, damage said plainly.

Why: an exception's message can quote what the user wrote (a value in a
ValueError, say), and a desktop session often keeps stderr in a file
(``~/.xsession-errors``, the systemd journal). So an uncaught error is reported by
its type and where it happened, never its message or locals (``THRESHOLD_DEBUG=1``
prints the whole traceback for development). A ``JournalDamaged`` raised by a read
in the middle of a session (a page that went bad after the check on opening) goes
to the same plain damaged-journal screen as the check's own findings. The app
keeps running either way: PySide returns to the event loop after the hook.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from app.errors import JournalDamaged

DEBUG_VARIABLE = "THRESHOLD_DEBUG"


def describe(error_type: type[BaseException], trace: TracebackType | None) -> str:
    """``TypeName at file.py:line in function``: the place, never the message."""
    frames = traceback.extract_tb(trace) if trace is not None else []
    where = ""
    if frames:
        last = frames[-1]
        where = f" at {Path(last.filename).name}:{last.lineno} in {last.name}"
    return f"{error_type.__name__}{where}"


class CrashGuard:
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``.

    Args:
        on_damage: called (on whichever thread raised; the window queues it) when
            a read found the journal damaged.
        stream: where the one-line report goes (stderr by default).
    """

    def __init__(self, on_damage: Callable[[], None], stream: TextIO | None = None) -> None:
        self._on_damage = on_damage
        self._stream = stream

    def install(self) -> None:
        """Take over both hooks for the life of the process."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(
        self,
        error_type: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Report an uncaught error by type and place; damage goes to its screen."""
        if isinstance(error, JournalDamaged):
            self._on_damage()
        stream = self._stream or sys.stderr
        if os.environ.get(DEBUG_VARIABLE):
            traceback.print_exception(error_type, error, trace, file=stream)
            return
        print(
            f"Threshold: unexpected error ({describe(error_type, trace)}).",
            file=stream,
        )

    def _handle_thread(self, hook: threading.ExceptHookArgs) -> None:
        if hook.exc_value is not None:
            self.handle(hook.exc_type, hook.exc_value, hook.exc_traceback)
