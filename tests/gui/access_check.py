"""What a screen reader would meet unnamed, found by walking Qt's accessibility tree.

The walk goes through ``QAccessibleInterface`` (what AT-SPI is fed from), not the
widgets, so it sees what a screen reader sees: a button whose only text is an icon,
a field whose label is not its buddy, a list or table with no name. Every
interactive control a person can reach must say what it is. Used by
``test_accessibility.py`` on every page and dialog.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
# The roles a person acts on (or reads as a whole) and must hear a name for.
NAMED_ROLES = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.MenuItem,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.Chart,
    Role.Graphic,
    Role.Link,
}
# Rows and cells name themselves from their text; a focusable one with none is content.
ITEM_ROLES = {Role.ListItem, Role.Cell, Role.Row, Role.TreeItem, Role.ColumnHeader, Role.RowHeader}
MAX_NODES = 20_000  # a long list's rows are not walked one by one past this


def unnamed_controls(root: QWidget) -> list[str]:
    """Every shown control in ``root`` a screen reader would announce without a name.

    A control is a node of an interactive role, or anything the Tab key can reach.
    """
    interface = QAccessible.queryAccessibleInterface(root)
    assert interface is not None and interface.isValid()
    problems: list[str] = []
    _walk(interface, problems, [0])
    return problems


def _walk(node: QAccessibleInterface, problems: list[str], seen: list[int]) -> None:
    seen[0] += 1
    if seen[0] > MAX_NODES:
        return
    state = node.state()
    if state.invisible or state.offscreen:
        return
    role = node.role()
    unnamed = not node.text(QAccessible.Text.Name).strip()
    reached = state.focusable and role not in ITEM_ROLES and not _hands_focus_on(node)
    if unnamed and (role in NAMED_ROLES or reached):
        problems.append(_describe(node))
    if role in (Role.List, Role.Table, Role.Tree):
        return  # rows name themselves from the model; their texts are content
    for index in range(node.childCount()):
        child = node.child(index)
        if child is not None and child.isValid():
            _walk(child, problems, seen)


def _hands_focus_on(node: QAccessibleInterface) -> bool:
    """A widget whose focus goes to another (a tab widget's to its tab bar)."""
    widget = node.object()
    return isinstance(widget, QWidget) and widget.focusProxy() is not None


def _describe(node: QAccessibleInterface) -> str:
    """Where an unnamed control is: its role, class, object name and parents' names."""
    widget = node.object()
    kind = type(widget).__name__ if widget is not None else "?"
    name = widget.objectName() if widget is not None else ""
    path: list[str] = []
    parent = node.parent()
    while parent is not None and parent.isValid() and len(path) < 4:
        label = parent.text(QAccessible.Text.Name) or type(parent.object()).__name__
        path.append(label)
        parent = parent.parent()
    return f"{node.role().name} {kind}{'#' + name if name else ''} in {' < '.join(path)}"
