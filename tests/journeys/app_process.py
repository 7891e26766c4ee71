"""The real Threshold app as a separate process on the journeys' X server.

Started exactly as a person's launcher starts it (``python -m app --data-dir DIR``),
with the xcb platform (scripts/with-test-keyring sets ``offscreen`` for the in-process
GUI tests), its own home and XDG folders, and the session's D-Bus and keyring. Its
windows are found by process id and title; it is always stopped again.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Collection
from pathlib import Path

from tests.helpers.paths import REPO
from tests.journeys.screen_reader import APP_ENVIRONMENT, ScreenReader
from tests.journeys.waiting import NeverHappened, wait_for
from tests.journeys.xdo import Xdo
from tests.journeys.xserver import XServer, stop_process

WINDOW_TIMEOUT = 15.0  # a cold start on a slow, shared CI core, with margin
ACTIVATE_TIMEOUT = 6.0  # then the window is looked for again (it may be a new one)
EXIT_TIMEOUT = 15.0  # quitting makes the day's backup first
MAIN_TITLE = r"^Threshold$"
# Never inherited: a journey chooses how the journal opens and where it is.
_DROPPED = ("THRESHOLD_PASSPHRASE", "THRESHOLD_NEW_PASSPHRASE", "THRESHOLD_DATA_DIR")


def user_environment(home: Path) -> dict[str, str]:
    """Private home and XDG folders, so the app's settings and sockets are the journey's own."""
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_RUNTIME_DIR": home / "runtime",
    }
    for folder in folders.values():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return {name: str(folder) for name, folder in folders.items()}


class RunningApp:
    """One launch of the app: its process, its windows and its output.

    Args:
        process: the app's process (stdout and stderr go to files in ``logs``).
        xdo: input and window lookup on the app's display.
        logs: where its output is kept.
        appearance: "light" or "dark" (``THRESHOLD_APPEARANCE``).
    """

    def __init__(
        self, process: subprocess.Popen[bytes], xdo: Xdo, logs: Path, appearance: str
    ) -> None:
        self.process = process
        self.xdo = xdo
        self.logs = logs
        self.appearance = appearance
        self.screen = ScreenReader(process.pid, xdo.display)

    @property
    def pid(self) -> int:
        """The app's process id."""
        return self.process.pid

    def stderr(self) -> str:
        """What the app wrote to standard error so far."""
        return (self.logs / "stderr.txt").read_text(errors="replace")

    # ------------------------------------------------------------------ windows

    def windows(self) -> dict[int, str]:
        """The app's visible windows and their titles, oldest first."""
        return {window: self.xdo.title(window) for window in self.xdo.windows(self.pid)}

    def wait_window(
        self, title: str, *, besides: Collection[int] = (), timeout: float = WINDOW_TIMEOUT
    ) -> int:
        """Wait for a visible window whose title matches the regular expression ``title``.

        ``besides`` are windows that don't count (a message box titled like its parent).
        The newest match is returned and given the focus.
        """

        def found() -> int | None:
            self._fail_if_ended()
            matches = [w for w, name in self.windows().items() if re.search(title, name)]
            fresh = [window for window in matches if window not in besides]
            return fresh[-1] if fresh else None

        deadline = time.monotonic() + timeout
        while True:
            window = wait_for(found, f"a window titled {title!r}", timeout=timeout)
            try:
                self.xdo.activate(window, timeout=ACTIVATE_TIMEOUT)
                return window
            except NeverHappened:
                # The window may have been replaced (or never took the focus): look
                # again, until the overall deadline.
                if time.monotonic() >= deadline:
                    raise

    def main_window(self, timeout: float = WINDOW_TIMEOUT) -> int:
        """The journal window (the first screen, whichever it is), with the focus."""
        return self.wait_window(MAIN_TITLE, timeout=timeout)

    def wait_gone(self, window: int, timeout: float = WINDOW_TIMEOUT) -> None:
        """Wait until ``window`` is closed or hidden."""
        wait_for(
            lambda: window not in self.xdo.windows(self.pid),
            f"window {window} to close",
            timeout=timeout,
        )

    def tab_to(self, name: str, *, most: int = 12) -> None:
        """Press Tab until the control named ``name`` has the focus (a screen reader says so)."""
        focused = None
        for _ in range(most):
            focused = self.screen.focused()
            if focused is not None and focused.name == name:
                return
            self.xdo.key("Tab")
        raise AssertionError(f"{most} Tabs never reached {name!r} (last: {focused})")

    # ------------------------------------------------------------------ ending

    def wait_exit(self, timeout: float = EXIT_TIMEOUT) -> int:
        """Wait for the app to end by itself; its exit status."""
        return self.process.wait(timeout)

    def kill9(self) -> None:
        """SIGKILL, as a crash or a pulled plug would end it."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(EXIT_TIMEOUT)

    def stop(self) -> None:
        """End the app and anything it started (its start-up helper, say): teardown.

        The app runs in a process group of its own, so a helper stuck on a bad file
        goes with it instead of outliving the run.
        """
        stop_process(self.process)
        with contextlib.suppress(ProcessLookupError):  # none left: the usual case
            os.killpg(self.pid, signal.SIGKILL)

    def _fail_if_ended(self) -> None:
        status = self.process.poll()
        if status is not None:
            raise AssertionError(f"the app ended (exit {status}):\n{self.stderr()[-3000:]}")


def start_app(
    data_dir: Path,
    *,
    server: XServer,
    home: Path,
    logs: Path,
    appearance: str = "light",
    extra: dict[str, str] | None = None,
) -> RunningApp:
    """Start ``python -m app --data-dir DATA_DIR`` on ``server`` (light or dark)."""
    logs.mkdir(parents=True, exist_ok=True)
    environment = {
        name: value for name, value in os.environ.items() if name not in _DROPPED
    } | user_environment(home)
    environment |= server.environment() | {
        "QT_QPA_PLATFORM": "xcb",
        "THRESHOLD_APPEARANCE": appearance,
        **APP_ENVIRONMENT,
        **(extra or {}),
    }
    with (logs / "stdout.txt").open("wb") as out, (logs / "stderr.txt").open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir)],
            cwd=REPO,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own process group: see RunningApp.stop
        )
    return RunningApp(process, Xdo(server.display), logs, appearance)
