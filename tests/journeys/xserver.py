"""A private X server (Xvfb) with a small window manager (openbox), for real input.

Why a window manager: without one nothing owns focus, so ``xdotool windowactivate``
fails and new windows are not given the keyboard; openbox is small, starts in well
under a second and behaves like a desktop's manager for focus and modal dialogs.
Xvfb picks a free display itself (``-displayfd``), so runs never collide with each
other or with a real desktop; everything is stopped again, also after a failure.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.journeys.waiting import wait_for

# What the harness runs; scripts/setup installs them (xvfb, openbox, xdotool, imagemagick).
TOOLS = ("Xvfb", "openbox", "xdotool", "import")
SCREEN = "1280x800x24"
X_OPTIONS = ("-nolisten", "tcp", "-noreset")  # local clients only; never reset between apps
START_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0


def missing_tools() -> list[str]:
    """The programs the journeys need that are not on PATH."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class XServer:
    """A running display: its name (``:N``) and a folder for its own files."""

    display: str
    folder: Path

    def environment(self) -> dict[str, str]:
        """What a client needs to talk to this display and no other."""
        return {"DISPLAY": self.display}


@contextlib.contextmanager
def running_x_server(folder: Path) -> Iterator[XServer]:
    """Start Xvfb and openbox; stop both on the way out, whatever happened."""
    folder.mkdir(parents=True, exist_ok=True)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        xvfb, display = _start_xvfb(folder)
        processes.append(xvfb)
        server = XServer(display, folder)
        processes.append(_start_window_manager(server))
        yield server
    finally:
        for process in reversed(processes):
            stop_process(process)


def _start_xvfb(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on the first free display; it writes the number to a pipe once it listens."""
    read_end, write_end = os.pipe()
    try:
        with (folder / "xvfb.log").open("wb") as log:
            xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, *X_OPTIONS],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        os.close(write_end)
        write_end = -1
        number = _read_display_number(read_end, xvfb)
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
    return xvfb, f":{number}"


def _read_display_number(descriptor: int, xvfb: subprocess.Popen[bytes]) -> int:
    data = b""
    deadline = time.monotonic() + START_TIMEOUT
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        readable = select.select([descriptor], [], [], max(remaining, 0))[0]
        chunk = os.read(descriptor, 16) if readable else b""
        if not chunk:
            stop_process(xvfb)
            raise RuntimeError(
                f"Xvfb gave no display number within {START_TIMEOUT:g} s "
                f"(exit status {xvfb.returncode}); see xvfb.log"
            )
        data += chunk
    return int(data)


def _start_window_manager(server: XServer) -> subprocess.Popen[bytes]:
    """Openbox with its own config and cache folders; ready once its start-up command ran."""
    ready = server.folder / "window-manager-ready"
    home = server.folder / "openbox-home"
    home.mkdir(exist_ok=True)
    environment = {
        **os.environ,
        **server.environment(),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    with (server.folder / "openbox.log").open("wb") as log:
        manager = subprocess.Popen(
            ["openbox", "--startup", f"touch {ready}"],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    try:
        wait_for(
            lambda: ready.exists() or manager.poll() is not None,
            "openbox to start",
            timeout=START_TIMEOUT,
        )
    except BaseException:
        stop_process(manager)
        raise
    if manager.poll() is not None:
        raise RuntimeError(f"openbox ended at once (exit {manager.returncode})")
    return manager


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """Terminate ``process``, then kill it if it does not end within a few seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT)
