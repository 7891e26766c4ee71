"""Print what a screen reader sees of one process's windows, as JSON (run by screen_reader.py).

Runs under the system's Python, which has the AT-SPI bindings (python3-gi and
gir1.2-atspi-2.0 on Debian); the project's virtual environment has not. Only what
is showing is walked: hidden pages and closed dialogs are left out, as a person
would not see them either.

Usage: python3 atspi_tree.py PID
"""

from __future__ import annotations

import json
import sys
from typing import Any

import gi  # type: ignore[import-not-found, unused-ignore]

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # type: ignore[import-not-found, unused-ignore]  # noqa: E402

MAX_DEPTH = 40


def main(pid: int) -> int:
    """Print the showing nodes of ``pid``'s accessible application; 1 when it isn't there."""
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        application = desktop.get_child_at_index(index)
        if application is not None and application.get_process_id() == pid:
            nodes: list[dict[str, Any]] = []
            for window_index in range(application.get_child_count()):
                window = application.get_child_at_index(window_index)
                if window is not None and _showing(window):
                    _walk(window, window.get_name() or "", 0, nodes)
            print(json.dumps(nodes))
            return 0
    return 1


def _walk(node: Any, window: str, depth: int, nodes: list[dict[str, Any]]) -> None:
    nodes.append(
        {
            "window": window,
            "depth": depth,
            "role": node.get_role_name(),
            "name": node.get_name() or "",
            "description": node.get_description() or "",
            "text": _text(node),
            "focused": node.get_state_set().contains(Atspi.StateType.FOCUSED),
            "checked": node.get_state_set().contains(Atspi.StateType.CHECKED),
        }
    )
    if depth >= MAX_DEPTH:
        return
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None and _showing(child):
            _walk(child, window, depth + 1, nodes)


def _showing(node: Any) -> bool:
    return bool(node.get_state_set().contains(Atspi.StateType.SHOWING))


def _text(node: Any) -> str:
    """The text of an editable or text node ("" for the rest)."""
    if "Text" not in node.get_interfaces():
        return ""
    return str(Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node)))


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
