"""The one icon set: both modes drawn from the same drawing, every icon loads."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from app.ui.widgets.icons import icon_path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_icons.py"


def make_icons() -> object:
    spec = importlib.util.spec_from_file_location("make_icons", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_icons_are_what_the_drawing_script_makes() -> None:
    files = make_icons().rendered()  # type: ignore[attr-defined]
    stale = [path.name for path, text in files.items() if path.read_text("utf-8") != text]
    assert not stale, "run scripts/make_icons.py"
    shipped = set(SCRIPT.parent.parent.joinpath("resources", "icons", "ui").rglob("*.svg"))
    assert shipped == set(files), "an icon without a drawing (or the other way round)"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_icon_draws(qapp: object, dark: bool) -> None:
    names = make_icons().DRAWINGS  # type: ignore[attr-defined]
    for name in names:
        pixmap = QIcon(str(icon_path(name, dark))).pixmap(24, 24)
        assert not pixmap.isNull(), name
        image = pixmap.toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))
        assert inked > 10, f"{name} drew nothing"


def test_clear_buttons_use_the_kit_icon(qapp: object) -> None:
    """Qt's stock clear icon was faint in dark mode (issue 15, finding 10)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QKeySequenceEdit, QLineEdit

    from app.ui.widgets.icons import CLEAR_ACTION, icon, with_kit_clear_button

    for field in (QLineEdit(), QKeySequenceEdit()):
        with_kit_clear_button(field)
        actions = [a for a in field.findChildren(QAction) if a.objectName() == CLEAR_ACTION]
        assert actions, type(field).__name__
        assert all(a.icon().cacheKey() == icon("close").cacheKey() for a in actions)
