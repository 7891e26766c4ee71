"""The app as a screen reader perceives it: the words showing, and where the focus is.

Journeys read messages here instead of guessing from pixels: the text a label
shows is its accessible name, and the focused control carries the FOCUSED state.
Qt exports its tree over AT-SPI when ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``; the
accessibility bus starts on demand in the test's D-Bus session (at-spi2-core's
D-Bus service), and ``atspi_tree.py`` reads it under the system's Python.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.journeys.waiting import wait_for

SYSTEM_PYTHON = "/usr/bin/python3"
HELPER = Path(__file__).with_name("atspi_tree.py")
READ_TIMEOUT = 20.0
# Items of lists, tables, trees and tab bars: "focused" only with their container.
ITEM_ROLES = frozenset({"list item", "page tab", "table cell", "tree item"})
# What a person can operate: each must have a name a screen reader can say.
INTERACTIVE_ROLES = frozenset(
    {
        "push button",
        "check box",
        "radio button",
        "combo box",
        "text",
        "entry",
        "password text",
        "spin button",
        "slider",
        "page tab",
        "menu item",
        "check menu item",
        "radio menu item",
        "toggle button",
        "list",
        "table",
        "tree",
        "tree table",
    }
)
# The app's side: export the accessible tree whether or not a screen reader asked (and
# without Qt's note, on every start, that one optional D-Bus method is missing).
APP_ENVIRONMENT = {
    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    "QT_LOGGING_RULES": "qt.accessibility.atspi.warning=false",
}


@dataclass(frozen=True)
class Node:
    """One showing control: its window's title, role, name (a label's text) and text.

    ``description`` is what a screen reader says after the name (a chart's chosen week);
    ``path`` is where the node sits in its window (roles, and names or indexes);
    ``widget`` is Qt's id for it ("QApplication.MainWindow.QStackedWidget.…");
    ``selected`` is a list's chosen row or a tab bar's current tab.
    """

    window: str
    depth: int
    role: str
    name: str
    text: str
    focused: bool
    checked: bool = False
    selected: bool = False
    description: str = ""
    path: str = ""
    widget: str = ""


def unnamed_controls(nodes: list[Node]) -> list[Node]:
    """The controls among ``nodes`` a person can operate but a screen reader can't name."""
    return [node for node in nodes if node.role in INTERACTIVE_ROLES and not node.name.strip()]


def missing_screen_reader() -> list[str]:
    """What reading the screen needs and this machine lacks (Debian package names)."""
    if not os.path.exists(SYSTEM_PYTHON):
        return ["python3"]
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    done = subprocess.run(
        [SYSTEM_PYTHON, "-I", "-c", probe], capture_output=True, timeout=30, check=False
    )
    return [] if done.returncode == 0 else ["python3-gi", "gir1.2-atspi-2.0", "at-spi2-core"]


def start_accessibility_bus() -> None:
    """Have the session's accessibility bus started before any app looks for it.

    A first read asks D-Bus for it (at-spi2-core's service starts on demand); an app
    started before the bus exists may not register at all.
    """
    ScreenReader(0, os.environ.get("DISPLAY", "")).nodes()


class ScreenReader:
    """Reads one app process's showing windows.

    Args:
        pid: the app's process id.
        display: its X display.
    """

    def __init__(self, pid: int, display: str) -> None:
        self.pid = pid
        self.display = display

    def nodes(self) -> list[Node]:
        """Every showing node, in tree order ([] while the app has not registered yet)."""
        read = self._read()
        return [Node(**node) for node in read] if read is not None else []

    def _read(self, *what: str) -> Any:
        """What ``atspi_tree.py`` prints of this app (None while it has not registered)."""
        done = subprocess.run(
            [SYSTEM_PYTHON, "-I", str(HELPER), str(self.pid), *what],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=READ_TIMEOUT,
            check=False,
        )
        return json.loads(done.stdout) if done.returncode == 0 else None

    def application_name(self) -> str | None:
        """The name the app gives itself over AT-SPI (None while it has not registered)."""
        read = self._read("--app")
        return str(read["name"]) if read is not None else None

    def labels(self, window: str | None = None) -> list[str]:
        """The words of every showing label (in ``window`` only, when given)."""
        return [
            node.name
            for node in self.nodes()
            if node.role == "label" and node.name and window in (None, node.window)
        ]

    def focused(self) -> Node | None:
        """The control that has the keyboard focus (the last focused node in tree order).

        Qt says "focused" of a list's current item or a tab widget's current tab even
        while the focus is elsewhere, so an item counts only when its list has the focus;
        and of a text field's unnamed viewport too, so the field itself is preferred.
        """
        found: list[Node] = []
        parents: list[Node] = []
        for node in self.nodes():
            del parents[node.depth :]
            in_focused_list = bool(parents) and parents[-1].focused
            if node.focused and (node.role not in ITEM_ROLES or in_focused_list):
                found.append(node)
            parents.append(node)
        named = [node for node in found if node.name]
        preferred = named or found
        return preferred[-1] if preferred else None

    def wait_for_text(
        self, name: str, text: str, *, part: bool = False, timeout: float = 10.0
    ) -> Node:
        """Wait until the field named ``name`` holds exactly ``text`` (or holds it, ``part``)."""

        def holds(node: Node) -> bool:
            return node.name == name and (text in node.text if part else node.text == text)

        def found() -> Node | None:
            return next((node for node in self.nodes() if holds(node)), None)

        return wait_for(found, f"{name!r} to hold {text!r}", timeout=timeout)

    def wait_for_focus(self, name: str, *, prefix: bool = False, timeout: float = 10.0) -> Node:
        """Wait until the control named ``name`` (or, ``prefix``, named ``name…``) has the focus."""

        def named(node: Node) -> bool:
            return node.name.startswith(name) if prefix else node.name == name

        def found() -> Node | None:
            focused = self.focused()
            return focused if focused is not None and named(focused) else None

        return wait_for(found, f"the focus on {name!r}", timeout=timeout)

    def wait_for_label(self, fragment: str, *, timeout: float = 10.0) -> str:
        """Wait until a showing label contains ``fragment``; its whole text."""

        def found() -> str | None:
            return next((label for label in self.labels() if fragment in label), None)

        return wait_for(found, f"a label showing {fragment!r}", timeout=timeout)
