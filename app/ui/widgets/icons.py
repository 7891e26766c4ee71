"""The app's one icon set: line icons shipped as SVG, drawn for light and dark.

No platform stock icons: a theme's floppy disks and red crosses would look like
another app's, and under a bare X server there are none at all.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from app.resource_files import resources_dir
from app.ui.widgets.colours import is_dark
from app.ui.widgets.translate import tr

CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's name for a field's clear button


def icon_path(name: str, dark: bool | None = None) -> Path:
    """The SVG file of icon ``name`` for the current (or the given) mode."""
    mode = "dark" if (is_dark() if dark is None else dark) else "light"
    return resources_dir() / "icons" / "ui" / mode / f"{name}.svg"


@cache
def _icon(name: str, dark: bool) -> QIcon:
    return QIcon(str(icon_path(name, dark)))


def icon(name: str) -> QIcon:
    """Icon ``name`` for the current mode (loaded once per mode)."""
    return _icon(name, is_dark())


def with_kit_clear_button(field: QWidget) -> None:
    """Give a field's clear button (``setClearButtonEnabled``) the kit's close icon.

    Qt draws the platform's stock icon there, faint in dark mode and unlike the
    rest of the app; a key-sequence field holds its line edit inside.
    """
    edits = [field] if isinstance(field, QLineEdit) else field.findChildren(QLineEdit)
    for edit in edits:
        edit.setClearButtonEnabled(True)
        if edit is not field and not edit.accessibleName():
            edit.setAccessibleName(field.accessibleName())  # the inner field says the same
        for action in edit.findChildren(QAction):
            if action.objectName() == CLEAR_ACTION:
                action.setIcon(icon("close"))
        for clear in edit.findChildren(QToolButton):  # a screen reader hears a name
            clear.setAccessibleName(tr("Clear"))
            clear.setToolTip(tr("Clear"))
