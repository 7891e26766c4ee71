"""A hybrid logical clock: wall time that never runs backwards across computers.

Two computers' clocks disagree, and one may be set wrong. A stamp is the wall
clock in milliseconds, a counter for changes in the same millisecond, and the
device that made it; a computer never stamps below what it has already seen from
the other, so a change made after reading one always orders after it, whatever
the clocks say. Stamps compare as tuples; the device breaks the last tie, so two
computers always agree which of two changes is later.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
"""The counter's four hex digits in a stamp's text."""
Wall = Callable[[], int]
"""Milliseconds since the epoch (``time.time_ns() // 1_000_000`` by default)."""


def wall_ms() -> int:
    """This computer's clock, in milliseconds."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    """One moment on the hybrid clock: (wall ms, counter, device), compared in that order."""

    wall: int
    counter: int
    device: str

    def text(self) -> str:
        """The stamp as stored and written: sortable text ("000001765432100000-0003-<device>")."""
        return f"{self.wall:018d}-{self.counter:04x}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """The stamp ``text`` holds.

        Raises:
            ValueError: ``text`` is not a stamp.
        """
        wall, counter, device = text.split("-", 2)
        if len(wall) != 18 or len(counter) != 4 or not device:
            raise ValueError("not a clock stamp")
        return cls(int(wall), int(counter, 16), device)


class HybridClock:
    """Stamps for one device: ``now`` for a local change, ``observe`` for one read."""

    def __init__(self, device: str, wall: Wall = wall_ms, last: Stamp | None = None) -> None:
        self.device = device
        self._wall = wall
        self._last = last or Stamp(0, 0, device)

    @property
    def last(self) -> Stamp:
        """The latest stamp made or seen (kept, so a restart never goes back)."""
        return self._last

    def now(self) -> Stamp:
        """A stamp after every stamp made or seen so far."""
        wall = self._wall()
        if wall > self._last.wall:
            stamp = Stamp(wall, 0, self.device)
        elif self._last.counter < MAX_COUNTER:
            stamp = Stamp(self._last.wall, self._last.counter + 1, self.device)
        else:  # 65,536 changes in one millisecond: borrow the next one
            stamp = Stamp(self._last.wall + 1, 0, self.device)
        self._last = stamp
        return stamp

    def observe(self, seen: Stamp) -> None:
        """A change read from elsewhere: later local stamps order after it."""
        if (seen.wall, seen.counter) > (self._last.wall, self._last.counter):
            self._last = Stamp(seen.wall, seen.counter, self.device)
