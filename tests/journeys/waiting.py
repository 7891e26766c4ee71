"""Wait for a condition by polling it, never by sleeping a fixed long time.

A real app under a real X server answers in its own time: a window maps, a save
lands, a dialog closes. Journeys poll the thing they care about (a window title,
the journal through the CLI, a file) every few milliseconds up to a deadline, so
they are as fast as the app allows and fail with a message saying what never came.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

DEFAULT_TIMEOUT = 10.0
POLL_INTERVAL = 0.05


class NeverHappened(TimeoutError):
    """A waited-for condition did not come true in time (a journey failure).

    Not an AssertionError, so an expected failure (``xfail(raises=AssertionError)``)
    is never taken for one when the app merely stopped answering.
    """


def wait_for(
    probe: Callable[[], T | None],
    what: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    interval: float = POLL_INTERVAL,
) -> T:
    """Poll ``probe`` until it returns something truthy, and return that.

    Raises:
        NeverHappened: ``timeout`` seconds passed; the message names ``what`` and the
            last value seen, which is usually the clue.
    """
    deadline = time.monotonic() + timeout
    last: T | None = None
    while True:
        last = probe()
        if last:
            return last
        if time.monotonic() >= deadline:
            raise NeverHappened(f"{what}: not within {timeout:g} s (last seen: {last!r})")
        time.sleep(interval)
