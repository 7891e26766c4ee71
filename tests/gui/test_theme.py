"""The palette meets WCAG AA contrast in both modes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.widgets.theme import DARK, LIGHT, Colours, contrast_ratio, style_sheet

AA_TEXT = 4.5


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_text_colours_meet_aa(colours: Colours, qtbot: QtBot) -> None:
    pairs = {
        "text on base": (colours.text, colours.base),
        "text on window": (colours.text, colours.window),
        "muted on base": (colours.muted_text, colours.base),
        "muted on window": (colours.muted_text, colours.window),
        "primary button": (colours.accent_text, colours.accent),
        "text on highlight": (colours.text, colours.highlight),
        "accent on window": (colours.accent, colours.window),
        "danger on base": (colours.danger, colours.base),
    }
    low = {name: round(contrast_ratio(*pair), 2) for name, pair in pairs.items()}
    assert all(ratio >= AA_TEXT for ratio in low.values()), low


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_selected_text_and_focus_rings_stand_out(colours: Colours, qtbot: QtBot) -> None:
    """A wrong passphrase left selected must be seen as selected (issue 15, 12), and a
    focus ring must be seen at all: both need 3:1 against what they sit on (WCAG 1.4.11)."""
    sheet = style_sheet(colours)
    assert f"selection-background-color: {colours.accent}" in sheet
    assert contrast_ratio(colours.accent, colours.base) >= 3.0  # the selection on a field
    assert contrast_ratio(colours.accent_text, colours.accent) >= AA_TEXT  # its text
    assert contrast_ratio(colours.text, colours.window) >= 3.0  # rings in the text colour
    assert f"QPushButton:focus {{ border: 2px solid {colours.text}" in sheet
