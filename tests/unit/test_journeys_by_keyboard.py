"""Every journey works by keyboard alone: none of them ever moves or clicks a pointer.

The journeys drive the real app through XTEST key presses (``tests/journeys/xdo.py``);
a journey that needed the mouse would be a path a keyboard or switch user could not
take, so the pointer's commands are refused here rather than left to habit.
"""

from __future__ import annotations

import re

from tests.helpers.paths import REPO

# The pointer's xdotool commands, as the journeys would pass them.
POINTER = re.compile(r"[\"'](click|mousemove|mousedown|mouseup|mousemove_relative)[\"']")


def test_no_journey_uses_a_pointer() -> None:
    used = [
        f"{path.name}:{number}"
        for path in sorted((REPO / "tests" / "journeys").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if POINTER.search(line) and not line.lstrip().startswith("#")
    ]
    assert not used
