"""Print what a screen reader sees of one process's windows, as JSON (run by screen_reader.py).

Runs under the system's Python, which has the AT-SPI bindings (python3-gi and
gir1.2-atspi-2.0 on Debian); the project's virtual environment has not. Only what
is showing is walked: hidden pages and closed dialogs are left out, as a person
would not see them either. Each node carries its path from its window (the roles
and names above it) and Qt's id for it (the widget's chain of object names or
classes), so a test can say where an unnamed control sits.

Usage: python3 atspi_tree.py PID            the showing nodes, a JSON list
       python3 atspi_tree.py PID --app      the application's own name, a JSON object
"""

from __future__ import annotations

import json
import sys
from typing import Any

import gi  # type: ignore[import-not-found, unused-ignore]

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # type: ignore[import-not-found, unused-ignore]  # noqa: E402

MAX_DEPTH = 40
PATH_NAME_CHARS = 30


def main(pid: int, what: str = "") -> int:
    """Print the showing nodes of ``pid``'s accessible application; 1 when it isn't there."""
    application = _application(pid)
    if application is None:
        return 1
    if what == "--app":
        print(json.dumps({"name": application.get_name() or ""}))
        return 0
    nodes: list[dict[str, Any]] = []
    for window_index in range(application.get_child_count()):
        window = application.get_child_at_index(window_index)
        if window is not None and _showing(window):
            _walk(window, window.get_name() or "", (), nodes, window_index)
    print(json.dumps(nodes))
    return 0


def _application(pid: int) -> Any:
    """The accessible application of process ``pid`` on the desktop, or None."""
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        application = desktop.get_child_at_index(index)
        if application is not None and application.get_process_id() == pid:
            return application
    return None


def _walk(
    node: Any, window: str, path: tuple[str, ...], nodes: list[dict[str, Any]], index: int
) -> None:
    """Append ``node`` and its showing descendants.

    ``path`` is where its parent sits, from the window: each step a role with its
    name (cut short) or, unnamed, its index among its parent's children.
    """
    role, name = node.get_role_name(), node.get_name() or ""
    here = (*path, f"{role} {name[:PATH_NAME_CHARS]!r}" if name else f"{role} #{index}")
    depth = len(path)
    nodes.append(
        {
            "window": window,
            "depth": depth,
            "path": " > ".join(here),
            "widget": _widget(node),
            "role": role,
            "name": name,
            "description": node.get_description() or "",
            "text": _text(node),
            "focused": node.get_state_set().contains(Atspi.StateType.FOCUSED),
            "checked": node.get_state_set().contains(Atspi.StateType.CHECKED),
            "selected": node.get_state_set().contains(Atspi.StateType.SELECTED),
        }
    )
    if depth >= MAX_DEPTH:
        return
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None and _showing(child):
            _walk(child, window, here, nodes, index)


def _widget(node: Any) -> str:
    """Qt's id for the node: its widget's chain of object names or classes ("" if none)."""
    try:
        return str(node.get_accessible_id() or "")
    except AttributeError:  # libatspi before 2.34
        return ""


def _showing(node: Any) -> bool:
    return bool(node.get_state_set().contains(Atspi.StateType.SHOWING))


def _text(node: Any) -> str:
    """The text of an editable or text node ("" for the rest)."""
    if "Text" not in node.get_interfaces():
        return ""
    return str(Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node)))


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), *sys.argv[2:3]))
