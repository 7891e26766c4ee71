"""Start a child, SIGKILL it at a chosen moment, and read the lines it finished printing.

Shared by the kill -9 campaigns (the core's saving loop and the real app window):
both wait for the child to say ``start`` or ``ready``, let it work a random while,
kill it, and trust only whole lines (a line cut short by the kill is no ack).
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence

from tests.helpers.paths import REPO

LINE_TIMEOUT = 30.0


class LineReader:
    """Reads a child's stdout without blocking past a deadline."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor
        self._buffer = b""

    def wait_for(self, wanted: bytes) -> bool:
        """Read until the line ``wanted`` arrives (True) or the output ends (False)."""
        deadline = time.monotonic() + LINE_TIMEOUT
        while wanted + b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no {wanted!r} from the child in {LINE_TIMEOUT} s")
            readable, _, _ = select.select([self._descriptor], [], [], remaining)
            if readable:
                chunk = os.read(self._descriptor, 65536)
                if not chunk:
                    return False
                self._buffer += chunk
        return True

    def complete_lines(self, rest: bytes) -> list[bytes]:
        """Every whole line printed (a line cut short by the kill is no ack)."""
        return (self._buffer + rest).split(b"\n")[:-1]


def run_and_kill(
    argv: Sequence[str],
    env: Mapping[str, str],
    *,
    wait_for: bytes,
    delay: Callable[[], float],
    who: str,
    where: str,
    may_finish: bool = False,
) -> list[list[str]]:
    """Run ``argv``; once it prints ``wait_for``, sleep ``delay()`` s and SIGKILL it.

    Returns its whole output lines, split into words. Fails the test if the child
    ended before ``wait_for`` or died of anything but the kill (or, when it
    ``may_finish``, ended well before the kill came).
    """
    process = subprocess.Popen(
        list(argv),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **env},
        cwd=REPO,
        bufsize=0,
    )
    assert process.stdout is not None
    reader = LineReader(process.stdout.fileno())
    try:
        seen = reader.wait_for(wait_for)
        if seen:
            time.sleep(delay())
            process.send_signal(signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
        rest, errors = process.communicate(timeout=LINE_TIMEOUT)
    problem = errors.decode(errors="replace")[-2000:]
    assert seen, f"{where}: the {who} ended before it was ready:\n{problem}"
    ended_well = may_finish and process.returncode == 0
    assert ended_well or process.returncode == -signal.SIGKILL, (
        f"{where}: the {who} failed:\n{problem}"
    )
    return [line.decode().split() for line in reader.complete_lines(rest)]
