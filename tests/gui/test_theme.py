"""The palette meets WCAG AA contrast in both modes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.theme import DARK, LIGHT, Colours, contrast_ratio

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
