"""The palette meets WCAG AA contrast in both modes, and AAA in high contrast."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.widgets import colours as chosen
from app.ui.widgets.colours import DARK, HIGH_DARK, HIGH_LIGHT, LIGHT, Colours, contrast_ratio
from app.ui.widgets.theme import palette_for, style_sheet

AA_TEXT = 4.5


EVERY_SET = [LIGHT, DARK, HIGH_LIGHT, HIGH_DARK]
SET_NAMES = ["light", "dark", "high-light", "high-dark"]
AAA_TEXT = 7.0


@pytest.mark.parametrize("colours", EVERY_SET, ids=SET_NAMES)
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
    assert all(ratio >= (AAA_TEXT if colours.high else AA_TEXT) for ratio in low.values()), low


@pytest.mark.parametrize("colours", [HIGH_LIGHT, HIGH_DARK], ids=SET_NAMES[2:])
def test_high_contrast_borders_are_seen(colours: Colours) -> None:
    """Field and card edges at 3:1 (WCAG 1.4.11), where the calm sets keep them faint."""
    assert contrast_ratio(colours.border, colours.base) >= 3.0
    assert contrast_ratio(colours.border, colours.window) >= 3.0


def test_high_contrast_follows_the_choice_and_the_environment(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    chosen.force_dark(False)
    try:
        assert not chosen.current_colours().high
        chosen.choose_high_contrast(True)
        assert chosen.current_colours() is HIGH_LIGHT
        chosen.choose_high_contrast(False)
        monkeypatch.setenv(chosen.CONTRAST_VARIABLE, "high")
        assert chosen.current_colours() is HIGH_LIGHT
    finally:
        chosen.choose_high_contrast(False)
        chosen.force_dark(None)


@pytest.mark.parametrize("colours", EVERY_SET, ids=SET_NAMES)
def test_selected_text_and_focus_rings_stand_out(colours: Colours, qtbot: QtBot) -> None:
    """A wrong passphrase left selected must be seen as selected (issue 15, 12), and a
    focus ring must be seen at all: both need 3:1 against what they sit on (WCAG 1.4.11)."""
    sheet = style_sheet(colours)
    assert f"selection-background-color: {colours.accent}" in sheet
    assert contrast_ratio(colours.accent, colours.base) >= 3.0  # the selection on a field
    assert contrast_ratio(colours.accent_text, colours.accent) >= AA_TEXT  # its text
    assert contrast_ratio(colours.text, colours.window) >= 3.0  # rings in the text colour
    assert f"QPushButton:focus {{ border: 2px solid {colours.text}" in sheet


def test_before_qt_6_10_the_system_contrast_is_simply_not_asked(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Qt before 6.10 (the Flatpak's runtime) has no accessibility hints: no crash."""

    class OlderQt:
        @staticmethod
        def styleHints() -> object:  # noqa: N802 - Qt's name
            return object()

    monkeypatch.setattr(chosen, "QGuiApplication", OlderQt)
    assert chosen.wants_high_contrast() is False


@pytest.mark.parametrize("colours", [HIGH_LIGHT, HIGH_DARK], ids=SET_NAMES[2:])
def test_in_high_contrast_a_focused_field_stands_out_from_an_unfocused_one(
    colours: Colours,
) -> None:
    """A 2 px ring in the text colour, 3:1 from a field's resting edge (WCAG 2.4.13)."""
    sheet = style_sheet(colours)
    assert f"border: 2px solid {colours.text}; padding: 3px 5px;" in sheet
    assert contrast_ratio(colours.text, colours.border) >= 3.0
    assert palette_for(colours).highlight().color().name() == colours.accent
