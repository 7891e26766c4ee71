"""The check-in's steps, by keyboard, for the journeys that pass through it.

"Next" is reached with Tab: its Alt+N is taken by the menu bar's "E&ntry" for now
(see test_checkin_window's mnemonic test). The Tabs are counted from the check-in's
data (the closer words after "guilty", the pulls after the first), so they go out
in one burst; a screen reader then says where the focus landed.
"""

from __future__ import annotations

from app.prompts.checkin_data import checkin_data
from tests.journeys.app_process import RunningApp

PANICKED = "panicked: more energy, pleasantness 1 of 5"  # where Tab enters the grid
HURT = "hurt: some energy, pleasantness 1 of 5"  # one row down
GUILTY = "Closer word: guilty"
VERY_LOW = "Mood: Very low, 1 of 5"
STEADY = "Mood: Steady, 4 of 5"
WORDS = "He texted at six. I read it once, put the phone in a drawer, and made soup."


def open_checkin(app: RunningApp) -> None:
    """Ctrl+E from the journal; the check-in's first step takes the focus."""
    app.xdo.key("ctrl+e")
    app.screen.wait_for_label("Step 1 of 5")
    app.screen.wait_for_focus(VERY_LOW)


def choose_hurt(app: RunningApp) -> None:
    """Tab into the feeling grid (one Tab stop), Down to "hurt", Space."""
    app.tab_to(PANICKED)
    app.xdo.key("Down")
    app.screen.wait_for_focus(HURT)
    app.xdo.key("space")
    app.screen.wait_for_label("Closer words")


def next_step(app: RunningApp, tabs: int, step: int) -> None:
    """``tabs`` Tabs to "Next" (Back or Not now, then Skip, come before it), then Space."""
    app.xdo.keys(["Tab"] * tabs)
    app.screen.wait_for_focus("Next")
    app.xdo.key("space")
    app.screen.wait_for_label(f"Step {step} of 5")


def tabs_to_next() -> tuple[int, int]:
    """Tabs from "guilty" (step 1) and from the first pull (step 2) to "Next"."""
    data = checkin_data()
    hurt = next(cell.words for cell in data.moods if cell.words[0] == "hurt")
    after_guilty = len(hurt) - hurt.index("guilty") - 1
    other_pulls = len(data.pulls) - 1
    return after_guilty + 3, other_pulls + 1 + 3  # (own words field,) back, skip, next
