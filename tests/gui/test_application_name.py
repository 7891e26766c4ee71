"""The application's own name: the neutral one when chosen, and never a path.

The journey (tests/journeys/test_screen_reader_journey.py) reads it from outside,
over AT-SPI and in X11's window class; these are the rules it rests on.
"""

from __future__ import annotations

from app import APP_NAME
from app.presentation import Presentation, WindowIcon
from app.ui.presentation import application_name, command_name


def test_no_choice_is_the_app_s_own_name() -> None:
    assert application_name(Presentation()) == APP_NAME
    assert command_name(Presentation()) == APP_NAME


def test_a_neutral_name_or_icon_names_the_application() -> None:
    assert application_name(Presentation(title="Notes")) == "Notes"
    # An icon alone changes no name.
    assert application_name(Presentation(icon=WindowIcon.NOTES)) == APP_NAME


def test_the_command_name_has_no_slash() -> None:
    """Qt takes argv[0]'s base name for the window class: a slash would cut the name."""
    assert command_name(Presentation(title="Notes/Ideas")) == "Notes Ideas"
