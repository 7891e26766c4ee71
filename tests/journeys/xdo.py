"""Real X input and window lookup through xdotool, as a person's keyboard would do it.

Keys go through the XTEST extension to whichever window has the focus, exactly
like a keyboard's (``xdotool key``/``type`` without ``--window``; events sent to a
window directly are marked synthetic and some toolkits ignore them). So a journey
first makes sure the right window is active, then types. Text is typed one key
at a time with a small delay, never pasted or set.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Sequence

from tests.journeys.waiting import DEFAULT_TIMEOUT, wait_for

ACTIVATE_AGAIN_S = 1.0
FOCUS_DIRECTLY_AFTER = 3  # requests the window manager may drop before focusing directly

COMMAND_TIMEOUT = 20.0
TYPING_DELAY_MS = 25  # between keys: fast, yet each key is its own event in the app


class Xdo:
    """xdotool on one display.

    Args:
        display: the X display (``:N``) every command goes to.
    """

    def __init__(self, display: str) -> None:
        self.display = display

    def run(self, *args: str, check: bool = True, timeout: float = COMMAND_TIMEOUT) -> str:
        """Run ``xdotool ARGS`` on this display and return its output."""
        done = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: exit {done.returncode} {done.stderr}")
        return done.stdout

    # ------------------------------------------------------------------ windows

    def windows(self, pid: int) -> list[int]:
        """The visible (mapped) windows of process ``pid``, oldest first."""
        found = self.run("search", "--onlyvisible", "--pid", str(pid), check=False)
        return sorted(int(line) for line in found.split())

    def title(self, window: int) -> str:
        """A window's title ("" once it is gone)."""
        return self.run("getwindowname", str(window), check=False).strip()

    def active_window(self) -> int | None:
        """The window with the keyboard focus, if any."""
        found = self.run("getactivewindow", check=False).strip()
        return int(found) if found.isdigit() else None

    def activate(self, window: int, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Give ``window`` the focus (through the window manager) and wait until it has it.

        The request is made again every second: under load a window manager can drop
        one that arrives while the window is still being mapped (seen once in CI). After
        a few dropped requests the window is also raised and focused directly, as a
        click would (a CI run once saw openbox ignore every request for ten seconds).
        """
        asked = [0.0]
        tries = [0]

        def active() -> bool:
            now = time.monotonic()
            if now - asked[0] >= ACTIVATE_AGAIN_S:
                asked[0] = now
                tries[0] += 1
                self.run("windowactivate", str(window), check=False)
                if tries[0] >= FOCUS_DIRECTLY_AFTER:
                    self.run("windowraise", str(window), check=False)
                    self.run("windowfocus", str(window), check=False)
            return self.active_window() == window

        wait_for(active, f"window {window} to become active", timeout=timeout)

    def geometry(self, window: int) -> tuple[int, int, int, int]:
        """A window's x, y, width and height on the screen."""
        values: dict[str, int] = {}
        for line in self.run("getwindowgeometry", "--shell", str(window)).splitlines():
            name, _, value = line.partition("=")
            if value.lstrip("-").isdigit():
                values[name] = int(value)
        return values["X"], values["Y"], values["WIDTH"], values["HEIGHT"]

    # ------------------------------------------------------------------ keyboard

    def key(self, *keys: str) -> None:
        """Press and release each key or chord in turn ("ctrl+comma", "Tab", "alt+y")."""
        self.run("key", "--delay", str(TYPING_DELAY_MS), *keys)

    def keys(self, keys: Sequence[str]) -> None:
        """Press a sequence of keys given as a list."""
        self.key(*keys)

    def type(self, text: str, delay_ms: int = TYPING_DELAY_MS) -> None:
        """Type ``text`` one key at a time (a newline is Return)."""
        timeout = COMMAND_TIMEOUT + len(text) * delay_ms / 1000 * 2
        self.run("type", "--delay", str(delay_ms), "--", text, timeout=timeout)
