"""The charts' colours: quiet, never red, and each line visible without its colour's help."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from app.pdf_export.pattern_charts import ChartInk
from app.ui.patterns.words import SECOND_COLOURS
from app.ui.widgets.colours import DARK, LIGHT, Colours, contrast_ratio

GRAPHICS_CONTRAST = 3.0
"""WCAG 1.4.11: lines and marks that carry meaning, against what is behind them."""


@pytest.mark.parametrize(("mode", "colours"), [("light", LIGHT), ("dark", DARK)])
def test_every_line_stands_out_on_the_page(mode: str, colours: Colours) -> None:
    for name, colour in {**SECOND_COLOURS[mode], "mood": colours.accent}.items():
        for background in (colours.base, colours.window):
            assert contrast_ratio(colour, background) >= GRAPHICS_CONTRAST, (mode, name)


def test_paper_ink_stands_out_on_white() -> None:
    ink = ChartInk.paper()
    for colour in (ink.text, ink.muted, ink.mood, ink.energy, ink.contact, ink.incident):
        assert contrast_ratio(colour.name(), "#ffffff") >= GRAPHICS_CONTRAST


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_nothing_is_red(mode: str) -> None:
    for colour in SECOND_COLOURS[mode].values():
        hue = QColor(colour).hslHue()
        assert not (hue < 20 or hue > 340), colour  # reds are for destroying things only
