"""A clock that only moves when a test says so, for timers, countdowns and pauses."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock standing at ``now`` until a test moves it."""

    def __init__(self, now: float = 500.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
